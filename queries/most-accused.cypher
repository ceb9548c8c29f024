// name: most-accused
// description: Actors most often the target of accusing claims, with how many accusers and publishers
// params: limit:int=10
//
// accusations counts accusing claims (not negated);
// publishers counts distinct publisher names, ignoring case and surrounding
// spaces, so one publisher is never counted twice; sources with no (or a
// blank) publisher are not counted as publishers.
// The ranking reads the counts each actor keeps of the accusing claims against
// it (the loader maintains them with the derived edges, see graph/derived.py),
// through the actor_accusations index; publishers are then read from the
// derived ACCUSES, CRITICIZES, SUES and INVESTIGATES edges into the ranked
// actors, each of which keeps the distinct publishers of its claims.
MATCH (t:Actor)
WHERE t.accusations > 0
WITH t ORDER BY t.accusations DESC, t.accusers DESC, t.name
LIMIT toInteger($limit)
CALL (t) {
  MATCH (t)<-[r:ACCUSES|CRITICIZES|SUES|INVESTIGATES]-(:Actor)
  UNWIND coalesce(r.publishers, []) AS publisher
  RETURN count(DISTINCT publisher) AS publishers
}
RETURN t.name AS actor, t.accusations AS accusations, t.accusers AS accusers, publishers
ORDER BY accusations DESC, accusers DESC, actor
