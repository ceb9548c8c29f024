// name: no-public-evidence
// description: Accusing claims whose evidence is none_public or not_mentioned, with quote and source
// params: target:string?
//
// Accusing claims are accuse, criticize, sue and investigate; negated claims are left out.
MATCH (a:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(t:Actor)
WHERE c.action IN ['accuse', 'criticize', 'sue', 'investigate']
  AND NOT c.negated
  AND ($target IS NULL OR any(n IN coalesce(t.aliases, [t.name])
       WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($target) + '\\E(?![\\p{L}\\p{N}_]).*')))
MATCH (c)-[:CITES]->(e:Evidence)
WHERE e.status IN ['none_public', 'not_mentioned']
MATCH (c)-[:REPORTED_IN]->(s:Source)
RETURN a.name AS actor, c.action AS action, t.name AS target, c.allegation AS allegation,
       e.status AS evidence_status, c.quote AS quote,
       s.url AS source_url, s.publisher AS publisher, s.published AS published
ORDER BY published, actor, target, c.id
