// name: corroboration
// description: Actor-action-target statements reported by at least min_publishers distinct publishers
// params: min_publishers:int=2 limit:int=100
//
// All actions count; negated claims do not. Publishers are compared ignoring
// case and surrounding spaces, so two articles from one publisher count once;
// sources with no publisher count as sources but not as publishers.
// At most limit rows (the first ones in the order below).
MATCH (a:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(t:Actor)
WHERE NOT c.negated
MATCH (c)-[:REPORTED_IN]->(s:Source)
WITH a, c.action AS action, t,
     count(DISTINCT toLower(trim(s.publisher))) AS publishers, count(DISTINCT s) AS sources
WHERE publishers >= $min_publishers
RETURN a.name AS actor, action, t.name AS target, publishers, sources
ORDER BY publishers DESC, sources DESC, actor, action, target
LIMIT toInteger($limit)
