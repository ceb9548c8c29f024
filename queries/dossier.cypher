// name: dossier
// description: Every claim made by or against an actor, with counterpart, action, date and source
// params: actor:string
//
// role is 'by' for claims the actor made and 'against' for claims that target
// it. Negated claims are included and flagged, since they are part of the record.
MATCH (x:Actor)
WHERE any(n IN coalesce(x.aliases, [x.name])
       WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($actor) + '\\E(?![\\p{L}\\p{N}_]).*'))
CALL (x) {
  MATCH (x)-[:MADE]->(c:Claim)
  OPTIONAL MATCH (c)-[:AGAINST]->(other:Actor)
  RETURN c, 'by' AS role, other
  UNION
  MATCH (other:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(x)
  RETURN c, 'against' AS role, other
}
MATCH (c)-[:REPORTED_IN]->(s:Source)
RETURN x.name AS actor, role, c.action AS action, other.name AS counterpart,
       c.allegation AS allegation, c.negated AS negated, s.published AS date,
       s.publisher AS publisher, s.url AS source_url, c.quote AS quote, c.id AS claim_id
ORDER BY date, actor, claim_id, role
