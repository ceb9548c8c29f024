// name: who-accused-whom
// description: Accusing claims (accuse, criticize, sue, investigate) with their evidence and source, oldest first
// params: actor:string? target:string? since:date? until:date?
//
// Negated claims ("X denied accusing Y") are left out. actor and target match
// an actor's name or any alias, case-insensitively, as a whole word or phrase.
MATCH (a:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(t:Actor)
WHERE c.action IN ['accuse', 'criticize', 'sue', 'investigate']
  AND NOT c.negated
  AND ($actor IS NULL OR any(n IN coalesce(a.aliases, [a.name])
       WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($actor) + '\\E(?![\\p{L}\\p{N}_]).*')))
  AND ($target IS NULL OR any(n IN coalesce(t.aliases, [t.name])
       WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($target) + '\\E(?![\\p{L}\\p{N}_]).*')))
MATCH (c)-[:REPORTED_IN]->(s:Source)
WHERE ($since IS NULL OR s.published >= $since)
  AND ($until IS NULL OR s.published <= $until)
OPTIONAL MATCH (c)-[:CITES]->(e:Evidence)
RETURN a.name AS actor, c.action AS action, t.name AS target, c.allegation AS allegation,
       e.status AS evidence_status, e.description AS evidence, c.quote AS quote,
       s.url AS source_url, s.publisher AS publisher, s.published AS published
ORDER BY published, actor, target, c.id
