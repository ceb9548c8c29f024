// name: evidence-trail
// description: Each claim from an actor to a target, any action, with its evidence and source
// params: actor:string target:string limit:int=100
//
// Negated and hedged claims are included and flagged. At most limit rows (the
// first ones in the order below). Each claim keeps its pair ([actor id, target
// id]) and its source's date, so the index claim_pair finds the claims between
// each named actor and each named target without reading the other claims of
// either.
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
  // a value the index makes no word of ("--", "¼") gets no candidate from it: test every actor
  UNWIND CASE WHEN COUNT { CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($actor, '\\', '\\\\'), '"', '\\"') + '"') YIELD node RETURN node } > 0
    THEN [] ELSE [true] END AS scan
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
  // a value the index makes no word of ("--", "¼") gets no candidate from it: test every actor
  UNWIND CASE WHEN COUNT { CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($target, '\\', '\\\\'), '"', '\\"') + '"') YIELD node RETURN node } > 0
    THEN [] ELSE [true] END AS scan
  MATCH (x:Actor) WHERE any(n IN coalesce(x.aliases, [x.name])
    WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($target) + '\\E(?![\\p{L}\\p{N}_]).*'))
  RETURN DISTINCT x
} END AS targets
UNWIND actors AS a
UNWIND targets AS t
MATCH (c:Claim {pair: [a.id, t.id]})
WITH a, c, t ORDER BY c.published, c.id LIMIT toInteger($limit)
MATCH (c)-[:REPORTED_IN]->(s:Source)
OPTIONAL MATCH (c)-[:CITES]->(e:Evidence)
RETURN a.name AS actor, c.action AS action, t.name AS target, c.allegation AS allegation,
       c.hedged AS hedged, c.negated AS negated, e.status AS evidence_status,
       e.description AS evidence, c.quote AS quote, s.publisher AS publisher,
       s.url AS source_url, s.published AS published, c.id AS claim_id
ORDER BY published, claim_id
