// name: most-accused
// description: Actors most often the target of accusing claims (or of another family of actions), with how many accusers and publishers
// params: limit:int=10 family:family=accusing answerable:actions response:actions
//
// family chooses the actions counted, a family of actions.yaml: accusing (the
// default: accuse, criticize, sue, investigate), answerable (also sanctions
// and threats: every act a denial or appeal can answer) or response.
// accusations counts the family's claims (not negated) against the actor;
// publishers counts distinct publisher names, ignoring case and surrounding
// spaces, so one publisher is never counted twice; sources with no (or a
// blank) publisher are not counted as publishers.
// For the accusing family the ranking reads the counts each actor keeps of the
// accusing claims against it (the loader maintains them with the derived edges,
// see graph/derived.py), through the actor_accusations index; publishers are
// then read from the derived ACCUSES, CRITICIZES, SUES and INVESTIGATES edges
// into the ranked actors, each of which keeps the distinct publishers of its
// claims. Another family is counted from its claims, each source's publisher
// compared as graph/rules.py's PUBLISHER_KEY compares it (a test holds the two
// the same).
CALL () {
  WITH $family = 'accusing' AS kept
  MATCH (t:Actor)
  WHERE kept AND t.accusations > 0
  WITH t ORDER BY t.accusations DESC, t.accusers DESC, t.name
  LIMIT toInteger($limit)
  CALL (t) {
    MATCH (t)<-[r:ACCUSES|CRITICIZES|SUES|INVESTIGATES]-(:Actor)
    UNWIND coalesce(r.publishers, []) AS publisher
    RETURN count(DISTINCT publisher) AS publishers
  }
  RETURN t.name AS actor, t.accusations AS accusations, t.accusers AS accusers, publishers
  UNION ALL
  WITH CASE $family WHEN 'answerable' THEN $answerable WHEN 'response' THEN $response END AS actions
  MATCH (a:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(t:Actor)
  WHERE c.action IN actions AND NOT c.negated
  OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Source)
  WITH t, count(DISTINCT c) AS accusations, count(DISTINCT a) AS accusers,
       count(DISTINCT CASE WHEN trim(s.publisher) <> '' THEN toLower(trim(s.publisher)) END) AS publishers
  ORDER BY accusations DESC, accusers DESC, t.name
  LIMIT toInteger($limit)
  RETURN t.name AS actor, accusations, accusers, publishers
}
RETURN actor, accusations, accusers, publishers
ORDER BY accusations DESC, accusers DESC, actor
