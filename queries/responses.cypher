// name: responses
// description: Each accusing act against a target (accusation, sanction, suit, investigation, threat; or one claim by id) and every claim that answers it, in date order
// params: target:name? claim_id:string? limit:int=100 answerable:actions
//
// The accusing acts are the actions a response can answer (answerable in
// actions.yaml): an accusation or criticism, and a sanction, suit,
// investigation or threat, which a denial, dispute or appeal answers as well.
// A response is a claim linked to the act by its responds_to field (deny,
// dispute, defend, an appeal recorded as sue, ...); negated responses are
// left out. An act nobody answered appears once with empty response
// columns. accuser_speaks_for and responder_speaks_for are the bodies a
// spokesperson making the act or the response spoke for, or null. With neither parameter, every act is listed. At most limit
// acts (the first ones by date, then id), each with all its responses.
// Two ways to the rows, by how many claims the named actors have (n): from the
// actors' own claims when n * n <= (all claims) * limit, else by walking the
// sources in date order (the source_published index) until limit rows are
// found, which also serves the case with no name at all. On the walk, the
// named actors' claims are marked first when n * n <= 30 * (sources) * limit,
// so only marked claims are looked at; else each claim's target is tested first.
WITH CASE WHEN $target IS NOT NULL THEN
  COLLECT { CALL db.index.fulltext.queryNodes('actor_keys', '"' + $target + '"') YIELD node RETURN node } END AS targets
WITH targets, CASE WHEN targets IS NULL THEN null
     ELSE reduce(n = 0, t IN targets | n + COUNT { ()-[:AGAINST]->(t) }) END AS against
WITH targets, against, $claim_id IS NULL AND coalesce(against * against > COUNT { (:Claim) } * $limit, true) AS walk
// one claim by id, or the named targets' claims
WITH targets, walk, against, COLLECT {
  MATCH (accuser:Actor)-[:MADE]->(acc:Claim {id: $claim_id})-[:AGAINST]->(t:Actor)
  WHERE acc.action IN $answerable AND NOT acc.negated
    AND (targets IS NULL OR t IN targets)
  MATCH (acc)-[:REPORTED_IN]->(s:Source)
  RETURN {accuser: accuser, acc: acc, t: t, s: s} AS row
} + COLLECT {
  UNWIND CASE WHEN walk OR $claim_id IS NOT NULL THEN [] ELSE targets END AS t
  MATCH (accuser:Actor)-[:MADE]->(acc:Claim)-[:AGAINST]->(t)
  WHERE acc.action IN $answerable AND NOT acc.negated
  MATCH (acc)-[:REPORTED_IN]->(s:Source)
  WITH accuser, acc, t, s ORDER BY s.published, acc.id LIMIT toInteger($limit)
  RETURN {accuser: accuser, acc: acc, t: t, s: s} AS row
} AS found
// the named targets' claims, marked for the walk below, when not too many
WITH targets, walk, found, COLLECT {
  UNWIND CASE WHEN walk AND against IS NOT NULL AND against * against <= 30 * COUNT { (:Source) } * $limit
    THEN targets ELSE [] END AS t
  MATCH (c)-[:AGAINST]->(t)
  RETURN c
} AS marked
// or along the sources in date order
WITH targets, walk, found + COLLECT {
  MATCH (s:Source)
  WHERE s.published >= CASE WHEN walk THEN date('-999999999-01-01') END
  WITH s ORDER BY s.published
  MATCH (acc)-[:REPORTED_IN]->(s)
  WHERE marked = [] OR acc IN marked
  CALL (acc, targets) {
    MATCH (acc)-[:AGAINST]->(t:Actor)
    WHERE targets IS NULL OR t IN targets
    RETURN t
  }
  WITH acc, t, s WHERE acc:Claim AND acc.action IN $answerable AND NOT acc.negated
  MATCH (accuser:Actor)-[:MADE]->(acc)
  WITH accuser, acc, t, s ORDER BY s.published, acc.id LIMIT toInteger($limit)
  RETURN {accuser: accuser, acc: acc, t: t, s: s} AS row
} AS found
// then the undated sources, when fewer than limit dated rows were found
WITH targets, found, walk AND size(found) < $limit AS more
WITH found + COLLECT {
  UNWIND CASE WHEN more THEN [true] ELSE [] END AS go
  MATCH (s:Source) WHERE s.published IS NULL
  MATCH (accuser:Actor)-[:MADE]->(acc:Claim)-[:REPORTED_IN]->(s)
  MATCH (acc)-[:AGAINST]->(t:Actor)
  WHERE acc.action IN $answerable AND NOT acc.negated
    AND (targets IS NULL OR t IN targets)
  WITH accuser, acc, t, s ORDER BY acc.id LIMIT toInteger($limit)
  RETURN {accuser: accuser, acc: acc, t: t, s: s} AS row
} AS found
UNWIND found AS row
// a fresh row per result (grouping drops the list itself, which sorting would copy per row)
WITH row, count(*) AS once
WITH row.accuser AS accuser, row.acc AS acc, row.t AS t, row.s AS s
ORDER BY s.published, acc.id
LIMIT toInteger($limit)
OPTIONAL MATCH (acc)-[:ON_BEHALF_OF]->(ab:Actor)
OPTIONAL MATCH (r:Claim)-[:RESPONDS_TO]->(acc)
WHERE NOT r.negated
OPTIONAL MATCH (responder:Actor)-[:MADE]->(r)
OPTIONAL MATCH (r)-[:ON_BEHALF_OF]->(rb:Actor)
OPTIONAL MATCH (r)-[:REPORTED_IN]->(rs:Source)
RETURN acc.id AS accusation_id, accuser.name AS accuser, ab.name AS accuser_speaks_for, t.name AS target,
       acc.allegation AS allegation, s.published AS accused_on,
       r.id AS response_id, responder.name AS responder, rb.name AS responder_speaks_for, r.action AS response,
       r.quote AS response_quote, rs.published AS responded_on, rs.url AS response_source
ORDER BY accused_on, accusation_id, responded_on, response_id
