// name: evidence-trail
// description: Each claim from an actor to a target, any action, with its evidence and source
// params: actor:string target:string
//
// Negated and hedged claims are included and flagged.
MATCH (a:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(t:Actor)
WHERE any(n IN coalesce(a.aliases, [a.name])
       WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($actor) + '\\E(?![\\p{L}\\p{N}_]).*'))
  AND any(n IN coalesce(t.aliases, [t.name])
       WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($target) + '\\E(?![\\p{L}\\p{N}_]).*'))
MATCH (c)-[:REPORTED_IN]->(s:Source)
OPTIONAL MATCH (c)-[:CITES]->(e:Evidence)
RETURN a.name AS actor, c.action AS action, t.name AS target, c.allegation AS allegation,
       c.hedged AS hedged, c.negated AS negated, e.status AS evidence_status,
       e.description AS evidence, c.quote AS quote, s.publisher AS publisher,
       s.url AS source_url, s.published AS published, c.id AS claim_id
ORDER BY published, claim_id
