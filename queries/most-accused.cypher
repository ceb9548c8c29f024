// name: most-accused
// description: Actors most often the target of accusing claims, with how many accusers and publishers
// params: limit:int=10
//
// accusations counts claims (accuse, criticize, sue, investigate; not negated);
// publishers counts distinct publisher names, ignoring case and surrounding
// spaces, so one publisher is never counted twice; sources with no (or a
// blank) publisher are not counted as publishers.
// Both read the derived ACCUSES, CRITICIZES, SUES and INVESTIGATES edges:
// their claims add up to the accusing claims of the pair, and each keeps the
// distinct publishers of its claims.
// The ranking scans those edges by type (no actor is visited to find them).
MATCH ()-[r:ACCUSES|CRITICIZES|SUES|INVESTIGATES]->()
WITH endNode(r) AS t, sum(r.claims) AS accusations, count(DISTINCT startNode(r)) AS accusers
ORDER BY accusations DESC, accusers DESC, t.name
LIMIT toInteger($limit)
CALL (t) {
  MATCH (t)<-[r:ACCUSES|CRITICIZES|SUES|INVESTIGATES]-(:Actor)
  UNWIND coalesce(r.publishers, []) AS publisher
  RETURN count(DISTINCT publisher) AS publishers
}
RETURN t.name AS actor, accusations, accusers, publishers
ORDER BY accusations DESC, accusers DESC, actor
