// name: most-accused
// description: Actors most often the target of accusing claims, with how many accusers and publishers
// params: limit:int=10
//
// accusations counts claims (accuse, criticize, sue, investigate; not negated);
// publishers counts distinct publisher names, ignoring case and surrounding
// spaces, so one publisher is never counted twice; sources with no publisher
// are not counted as publishers.
// The ranking reads the derived ACCUSES, CRITICIZES, SUES and INVESTIGATES
// edges (their claims add up to the accusing claims of the pair); publishers
// are then counted from the claims of the ranked actors only.
MATCH (a:Actor)-[r:ACCUSES|CRITICIZES|SUES|INVESTIGATES]->(t:Actor)
WITH t, sum(r.claims) AS accusations, count(DISTINCT a) AS accusers
ORDER BY accusations DESC, accusers DESC, t.name
LIMIT toInteger($limit)
CALL (t) {
  MATCH (t)<-[:AGAINST]-(c:Claim)-[:REPORTED_IN]->(s:Source)
  WHERE c.action IN ['accuse', 'criticize', 'sue', 'investigate']
    AND NOT c.negated
  RETURN count(DISTINCT toLower(trim(s.publisher))) AS publishers
}
RETURN t.name AS actor, accusations, accusers, publishers
ORDER BY accusations DESC, accusers DESC, actor
