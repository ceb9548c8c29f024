// name: claim-graph
// description: The claims themselves: who made each, against whom, its evidence, its source and what it answers
// params:
//
// For Browser's graph view: each row is the paths around one claim; at most 50, whose
// claims, parties, evidence, sources and answered claims (6 nodes each at most) fit
// the 300 nodes Browser draws at first (its initialNodeDisplay).
MATCH p = (:Actor)-[:MADE]->(c:Claim)
OPTIONAL MATCH q = (c)-[:AGAINST]->(:Actor)
OPTIONAL MATCH e = (c)-[:CITES]->(:Evidence)
OPTIONAL MATCH s = (c)-[:REPORTED_IN]->(:Source)
OPTIONAL MATCH r = (c)-[:RESPONDS_TO]->(:Claim)
RETURN p, q, e, s, r
LIMIT 50
