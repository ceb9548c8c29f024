// name: dossier
// description: Every claim made by, on behalf of or against an actor, with counterpart, action, date and source
// params: actor:name limit:int=100
//
// role is 'by' for claims the actor made, 'for' for claims a person made on
// its behalf (a spokesperson speaking for a state) and 'against' for claims that
// target it; counterpart is the target ('by', 'for') or the maker ('against').
// speaker and speaks_for are the person who spoke and the body they spoke for,
// when the claim was made on a body's behalf (else null). Negated claims are included and flagged, since they are part of the record.
// answers is the action of the claim a response answers (its RESPONDS_TO link):
// 'sanction' for an appeal against a fine, 'accuse' for a denial.
// At most limit rows (the first ones in the order below).
// Two ways to the rows, by how many claims the named actors have (n): from the
// actors' own claims when n * n <= (all claims) * limit, else by walking the
// sources in date order (the source_published index) until limit rows are
// found, which also serves the case with no name at all.
WITH COLLECT { CALL db.index.fulltext.queryNodes('actor_keys', '"' + $actor + '"') YIELD node RETURN node } AS xs
WITH xs, reduce(n = 0, x IN xs | n + COUNT { (x)-[:MADE]->() } + COUNT { ()-[:AGAINST|ON_BEHALF_OF]->(x) }) AS claims
WITH xs, claims * claims > COUNT { (:Claim) } * $limit AS walk
// from the actors' own claims
WITH xs, walk, COLLECT {
  UNWIND CASE WHEN walk THEN [] ELSE xs END AS x
  CALL (x) {
    MATCH (x)-[:MADE]->(c:Claim)
    OPTIONAL MATCH (c)-[:AGAINST]->(other:Actor)
    RETURN c, 'by' AS role, other
    UNION
    MATCH (c:Claim)-[:ON_BEHALF_OF]->(x)
    OPTIONAL MATCH (c)-[:AGAINST]->(other:Actor)
    RETURN c, 'for' AS role, other
    UNION
    MATCH (other:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(x)
    RETURN c, 'against' AS role, other
  }
  MATCH (c)-[:REPORTED_IN]->(s:Source)
  WITH x, role, c, other, s ORDER BY s.published, x.name, c.id, role LIMIT toInteger($limit)
  RETURN {x: x, role: role, c: c, other: other, s: s} AS row
} AS found
// or along the sources in date order
WITH xs, walk, found + COLLECT {
  MATCH (s:Source)
  WHERE s.published >= CASE WHEN walk THEN date('-999999999-01-01') END
  WITH s ORDER BY s.published
  MATCH (c:Claim)-[:REPORTED_IN]->(s)
  MATCH (a:Actor)-[:MADE]->(c)
  OPTIONAL MATCH (c)-[:AGAINST]->(t:Actor)
  OPTIONAL MATCH (c)-[:ON_BEHALF_OF]->(b:Actor)
  UNWIND [r IN [{x: a, role: 'by', other: t}, {x: b, role: 'for', other: t}, {x: t, role: 'against', other: a}]
          WHERE r.x IN xs] AS r
  WITH r.x AS x, r.role AS role, c, r.other AS other, s
  ORDER BY s.published, x.name, c.id, role LIMIT toInteger($limit)
  RETURN {x: x, role: role, c: c, other: other, s: s} AS row
} AS found
// then the undated sources, when fewer than limit dated rows were found
WITH xs, found, walk AND size(found) < $limit AS more
WITH found + COLLECT {
  UNWIND CASE WHEN more THEN [true] ELSE [] END AS go
  MATCH (s:Source) WHERE s.published IS NULL
  MATCH (c:Claim)-[:REPORTED_IN]->(s)
  MATCH (a:Actor)-[:MADE]->(c)
  OPTIONAL MATCH (c)-[:AGAINST]->(t:Actor)
  OPTIONAL MATCH (c)-[:ON_BEHALF_OF]->(b:Actor)
  UNWIND [r IN [{x: a, role: 'by', other: t}, {x: b, role: 'for', other: t}, {x: t, role: 'against', other: a}]
          WHERE r.x IN xs] AS r
  WITH r.x AS x, r.role AS role, c, r.other AS other, s
  ORDER BY x.name, c.id, role LIMIT toInteger($limit)
  RETURN {x: x, role: role, c: c, other: other, s: s} AS row
} AS found
UNWIND found AS row
// a fresh row per result (grouping drops the list itself, which sorting would copy per row)
WITH row, count(*) AS once
WITH row.x AS x, row.role AS role, row.c AS c, row.other AS other, row.s AS s
ORDER BY s.published, x.name, c.id, role
LIMIT toInteger($limit)
OPTIONAL MATCH (c)-[:RESPONDS_TO]->(answered:Claim)
OPTIONAL MATCH (speaker:Actor)-[:MADE]->(c)-[:ON_BEHALF_OF]->(body:Actor)
RETURN x.name AS actor, role, c.action AS action, other.name AS counterpart,
       speaker.name AS speaker, body.name AS speaks_for, answered.action AS answers,
       c.allegation AS allegation, c.negated AS negated, s.published AS date,
       s.publisher AS publisher, s.url AS source_url, c.quote AS quote, c.id AS claim_id
ORDER BY date, actor, claim_id, role
