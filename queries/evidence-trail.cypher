// name: evidence-trail
// description: Each claim from an actor to a target, any action, with its evidence and source
// params: actor:string target:string limit:int=100
//
// Negated and hedged claims are included and flagged. At most limit rows (the
// first ones in the order below). Three ways to the rows, by estimated reads:
// the claims of the side with fewer (made by the actors, or against the
// targets) read whole; or those claims marked, then either the other side's
// claims tested against the marks, or the sources walked in date order (the
// source_published index) until limit marked rows are found. How many claims
// link the two sides is estimated from up to 200 claims of the side with fewer.
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
WITH actors, targets,
     reduce(n = 0, a IN actors | n + COUNT { (a)-[:MADE]->() }) AS made,
     reduce(n = 0, t IN targets | n + COUNT { ()-[:AGAINST]->(t) }) AS against
// up to 200 claims of the side with fewer: how many of them link the two sides
WITH actors, targets, made, against, COLLECT {
  UNWIND CASE WHEN made <= against THEN actors ELSE [] END AS a
  MATCH (a)-[:MADE]->(c)
  WITH c LIMIT 200
  RETURN EXISTS { MATCH (c)-[:AGAINST]->(t) WHERE t IN targets } AS linked
  UNION ALL
  UNWIND CASE WHEN made > against THEN targets ELSE [] END AS t
  MATCH (c)-[:AGAINST]->(t)
  WITH c LIMIT 200
  RETURN EXISTS { MATCH (a)-[:MADE]->(c) WHERE a IN actors } AS linked
} AS sample
WITH actors, targets, made <= against AS from_actors,
     CASE WHEN made <= against THEN made ELSE against END AS fewer,
     CASE WHEN made <= against THEN against ELSE made END AS more,
     size([x IN sample WHERE x]) AS linked, size(sample) AS sampled
// the estimated reads of each way; the least wins
WITH actors, targets, from_actors,
     9.0 * fewer AS by_fewer,
     fewer + more + 11.0 * fewer * linked / CASE WHEN sampled = 0 THEN 1 ELSE sampled END AS by_both,
     CASE WHEN linked > 0 THEN fewer + 5.0 * $limit * COUNT { (:Source) } * sampled / (fewer * linked) END AS by_walk
WITH actors, targets, from_actors,
     CASE WHEN by_fewer <= by_both AND (by_walk IS NULL OR by_fewer <= by_walk) THEN 'fewer'
          WHEN by_walk IS NULL OR by_both <= by_walk THEN 'both'
          ELSE 'walk' END AS way
// 'both' and 'walk': the claims of the side with fewer, marked
WITH actors, targets, from_actors, way, COLLECT {
  UNWIND CASE WHEN way IN ['both', 'walk'] AND from_actors THEN actors ELSE [] END AS a
  MATCH (a)-[:MADE]->(c)
  RETURN c
  UNION ALL
  UNWIND CASE WHEN way IN ['both', 'walk'] AND NOT from_actors THEN targets ELSE [] END AS t
  MATCH (c)-[:AGAINST]->(t)
  RETURN c
} AS marked
WITH actors, targets, way, marked, COLLECT {
  CALL (actors, targets, from_actors, way, marked) {
    // 'fewer': the claims of the side with fewer, read whole
    UNWIND CASE WHEN way = 'fewer' AND from_actors THEN actors ELSE [] END AS a
    MATCH (a)-[:MADE]->(c:Claim)-[:AGAINST]->(t:Actor)
    WHERE t IN targets
    RETURN a, c, t
    UNION ALL
    UNWIND CASE WHEN way = 'fewer' AND NOT from_actors THEN targets ELSE [] END AS t
    MATCH (a:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(t)
    WHERE a IN actors
    RETURN a, c, t
    UNION ALL
    // 'both': the other side's claims that are marked
    UNWIND CASE WHEN way = 'both' AND from_actors THEN targets ELSE [] END AS t
    MATCH (c)-[:AGAINST]->(t)
    WHERE c IN marked
    MATCH (a)-[:MADE]->(c:Claim)
    WHERE a IN actors
    RETURN a, c, t
    UNION ALL
    UNWIND CASE WHEN way = 'both' AND NOT from_actors THEN actors ELSE [] END AS a
    MATCH (a)-[:MADE]->(c)
    WHERE c IN marked
    MATCH (c:Claim)-[:AGAINST]->(t)
    WHERE t IN targets
    RETURN a, c, t
  }
  MATCH (c)-[:REPORTED_IN]->(s:Source)
  WITH a, c, t, s ORDER BY s.published, c.id LIMIT toInteger($limit)
  RETURN {a: a, c: c, t: t, s: s} AS row
} AS found
// 'walk': the sources in date order (the source_published index), testing only
// the marked claims, until limit rows are found
WITH actors, targets, way, marked, found + COLLECT {
  MATCH (s:Source)
  WHERE s.published >= CASE WHEN way = 'walk' THEN date('-999999999-01-01') END
  WITH s ORDER BY s.published
  MATCH (c)-[:REPORTED_IN]->(s)
  WHERE c IN marked
  MATCH (a)-[:MADE]->(c:Claim)-[:AGAINST]->(t)
  WHERE a IN actors AND t IN targets
  WITH a, c, t, s ORDER BY s.published, c.id LIMIT toInteger($limit)
  RETURN {a: a, c: c, t: t, s: s} AS row
} AS found
// then the undated sources, which sort last, when the walk found fewer
WITH found + COLLECT {
  UNWIND CASE WHEN way = 'walk' AND size(found) < $limit THEN marked ELSE [] END AS c
  MATCH (c)-[:REPORTED_IN]->(s:Source)
  WHERE s.published IS NULL
  MATCH (a)-[:MADE]->(c:Claim)-[:AGAINST]->(t)
  WHERE a IN actors AND t IN targets
  WITH a, c, t, s ORDER BY c.id LIMIT toInteger($limit)
  RETURN {a: a, c: c, t: t, s: s} AS row
} AS found
UNWIND found AS row
// a fresh row per result (grouping drops the list itself, which sorting would copy per row)
WITH row, count(*) AS once
WITH row.a AS a, row.c AS c, row.t AS t, row.s AS s
ORDER BY s.published, c.id
LIMIT toInteger($limit)
OPTIONAL MATCH (c)-[:CITES]->(e:Evidence)
RETURN a.name AS actor, c.action AS action, t.name AS target, c.allegation AS allegation,
       c.hedged AS hedged, c.negated AS negated, e.status AS evidence_status,
       e.description AS evidence, c.quote AS quote, s.publisher AS publisher,
       s.url AS source_url, s.published AS published, c.id AS claim_id
ORDER BY published, claim_id
