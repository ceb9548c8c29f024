// name: most-accused
// description: Actors most often the target of accusing claims, with how many accusers and publishers
// params: limit:int=10
//
// accusations counts claims (accuse, criticize, sue, investigate; not negated);
// publishers counts distinct publisher names, ignoring case and surrounding
// spaces, so one publisher is never counted twice; sources with no publisher
// are not counted as publishers.
MATCH (a:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(t:Actor)
WHERE c.action IN ['accuse', 'criticize', 'sue', 'investigate']
  AND NOT c.negated
MATCH (c)-[:REPORTED_IN]->(s:Source)
WITH t, count(DISTINCT c) AS accusations, count(DISTINCT a) AS accusers,
     count(DISTINCT toLower(trim(s.publisher))) AS publishers
RETURN t.name AS actor, accusations, accusers, publishers
ORDER BY accusations DESC, accusers DESC, actor
LIMIT $limit
