// name: timeline
// description: Claims in published-date order, optionally between two dates and involving one actor
// params: since:date? until:date? actor:string?
//
// since and until are inclusive; with either given, sources without a date
// are left out. actor matches the claim's actor or its target. Negated claims
// are included and flagged.
MATCH (c:Claim)-[:REPORTED_IN]->(s:Source)
WHERE ($since IS NULL OR s.published >= $since)
  AND ($until IS NULL OR s.published <= $until)
MATCH (a:Actor)-[:MADE]->(c)
OPTIONAL MATCH (c)-[:AGAINST]->(t:Actor)
WITH c, s, a, t
WHERE $actor IS NULL
   OR any(n IN coalesce(a.aliases, [a.name])
       WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($actor) + '\\E(?![\\p{L}\\p{N}_]).*'))
   OR (t IS NOT NULL AND any(n IN coalesce(t.aliases, [t.name])
       WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($actor) + '\\E(?![\\p{L}\\p{N}_]).*')))
RETURN s.published AS published, a.name AS actor, c.action AS action, t.name AS target,
       c.allegation AS allegation, c.negated AS negated, s.publisher AS publisher,
       s.url AS source_url, c.quote AS quote, c.id AS claim_id
ORDER BY published, source_url, c.start, claim_id
