// name: evidence-trail
// description: Each claim from an actor to a target, any action, with its evidence and source
// params: actor:string target:string limit:int=100
//
// Negated and hedged claims are included and flagged. At most limit rows (the
// first ones in the order below). The claims are read from whichever side has
// fewer.
// Names: the full-text index actor_names finds candidate actors by the words of
// the value (a Lucene phrase; the value is data, escaped, never Cypher text),
// then each candidate's aliases are tested exactly (case-insensitive, whole word
// or phrase), so the rows start from a few actors instead of every claim.
WITH CASE WHEN $actor IS NULL THEN null ELSE COLLECT {
  CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($actor, '\\', '\\\\'), '"', '\\"') + '"')
    YIELD node AS x
  WITH x WHERE x:Actor AND any(n IN coalesce(x.aliases, [x.name])
    WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($actor) + '\\E(?![\\p{L}\\p{N}_]).*'))
  RETURN DISTINCT x
  UNION
  // a value without a letter or digit gives the index no word: test every actor
  UNWIND CASE WHEN $actor =~ '(?s).*[\\p{L}\\p{N}].*' THEN [] ELSE [true] END AS scan
  MATCH (x:Actor) WHERE any(n IN coalesce(x.aliases, [x.name])
    WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($actor) + '\\E(?![\\p{L}\\p{N}_]).*'))
  RETURN DISTINCT x
} END AS actors
WITH actors, CASE WHEN $target IS NULL THEN null ELSE COLLECT {
  CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($target, '\\', '\\\\'), '"', '\\"') + '"')
    YIELD node AS x
  WITH x WHERE x:Actor AND any(n IN coalesce(x.aliases, [x.name])
    WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($target) + '\\E(?![\\p{L}\\p{N}_]).*'))
  RETURN DISTINCT x
  UNION
  // a value without a letter or digit gives the index no word: test every actor
  UNWIND CASE WHEN $target =~ '(?s).*[\\p{L}\\p{N}].*' THEN [] ELSE [true] END AS scan
  MATCH (x:Actor) WHERE any(n IN coalesce(x.aliases, [x.name])
    WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($target) + '\\E(?![\\p{L}\\p{N}_]).*'))
  RETURN DISTINCT x
} END AS targets
WITH actors, targets,
     reduce(n = 0, a IN actors | n + COUNT { (a)-[:MADE]->() }) AS made,
     reduce(n = 0, t IN targets | n + COUNT { ()-[:AGAINST]->(t) }) AS against
CALL (actors, targets, made, against) {
  WITH actors, targets WHERE made <= against
  UNWIND actors AS a
  MATCH (a)-[:MADE]->(c:Claim)-[:AGAINST]->(t:Actor)
  WHERE t IN targets
  RETURN a, c, t
  UNION ALL
  WITH actors, targets WHERE made > against
  UNWIND targets AS t
  MATCH (a:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(t)
  WHERE a IN actors
  RETURN a, c, t
}
MATCH (c)-[:REPORTED_IN]->(s:Source)
WITH a, c, t, s
ORDER BY s.published, c.id
LIMIT toInteger($limit)
OPTIONAL MATCH (c)-[:CITES]->(e:Evidence)
RETURN a.name AS actor, c.action AS action, t.name AS target, c.allegation AS allegation,
       c.hedged AS hedged, c.negated AS negated, e.status AS evidence_status,
       e.description AS evidence, c.quote AS quote, s.publisher AS publisher,
       s.url AS source_url, s.published AS published, c.id AS claim_id
ORDER BY published, claim_id
