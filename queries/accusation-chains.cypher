// name: accusation-chains
// description: Chains of accusations (A accuses B, B accuses C, ...) of 2 to max_hops hops, no actor twice
// params: start:string? max_hops:int=4 limit:int=100
//
// Follows the derived ACCUSES edges. Only maximal chains are listed: a chain
// that could be extended by another actor (at its end, or at its beginning
// when no start is given) within max_hops is shown only in its longer form.
// claims[i] is the earliest claim behind hop i (by published date, then id).
// Longest chains first, then by the names along the chain; at most limit rows.
// Cypher cannot take the length of a pattern as a parameter: there is one walk
// per length up to 6, each guarded by $max_hops, so values above 6 act as 6.
// Each walk goes from the first actors in name order and takes each next actor
// in name order, stopping after limit chains, so a large graph is never
// enumerated whole.
// Names: the full-text index actor_names finds candidate actors by the words of
// the value (a Lucene phrase; the value is data, escaped, never Cypher text),
// then each candidate's aliases are tested exactly (case-insensitive, whole word
// or phrase), so the rows start from a few actors instead of every claim.
WITH CASE WHEN $start IS NULL THEN COLLECT { MATCH (a:Actor) RETURN a ORDER BY a.name }
     ELSE COLLECT { CALL () {
  CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($start, '\\', '\\\\'), '"', '\\"') + '"')
    YIELD node AS x
  WITH x WHERE x:Actor AND any(n IN coalesce(x.aliases, [x.name])
    WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($start) + '\\E(?![\\p{L}\\p{N}_]).*'))
  RETURN DISTINCT x
  UNION
  // a value the index makes no word of ("--", "¼") gets no candidate from it: test every actor
  UNWIND CASE WHEN COUNT { CALL db.index.fulltext.queryNodes('actor_names', '"' + replace(replace($start, '\\', '\\\\'), '"', '\\"') + '"') YIELD node RETURN node } > 0
    THEN [] ELSE [true] END AS scan
  MATCH (x:Actor) WHERE any(n IN coalesce(x.aliases, [x.name])
    WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($start) + '\\E(?![\\p{L}\\p{N}_]).*'))
  RETURN DISTINCT x
  } RETURN x ORDER BY x.name
} END AS firsts, [] AS found
WITH firsts, found + COLLECT {
  // chains of 6 hops, only while fewer than limit longer ones were found
  UNWIND CASE WHEN 6 <= $max_hops AND size(found) < $limit THEN firsts ELSE [] END AS a0
  CALL (a0) { MATCH (a0)-[:ACCUSES]->(a1:Actor) WHERE NOT a1 IN [a0] RETURN a1 ORDER BY a1.name }
  CALL (a0, a1) { MATCH (a1)-[:ACCUSES]->(a2:Actor) WHERE NOT a2 IN [a0, a1] RETURN a2 ORDER BY a2.name }
  CALL (a0, a1, a2) { MATCH (a2)-[:ACCUSES]->(a3:Actor) WHERE NOT a3 IN [a0, a1, a2] RETURN a3 ORDER BY a3.name }
  CALL (a0, a1, a2, a3) { MATCH (a3)-[:ACCUSES]->(a4:Actor) WHERE NOT a4 IN [a0, a1, a2, a3] RETURN a4 ORDER BY a4.name }
  CALL (a0, a1, a2, a3, a4) { MATCH (a4)-[:ACCUSES]->(a5:Actor) WHERE NOT a5 IN [a0, a1, a2, a3, a4] RETURN a5 ORDER BY a5.name }
  CALL (a0, a1, a2, a3, a4, a5) { MATCH (a5)-[:ACCUSES]->(a6:Actor) WHERE NOT a6 IN [a0, a1, a2, a3, a4, a5] RETURN a6 ORDER BY a6.name }
  WITH [a0, a1, a2, a3, a4, a5, a6] AS actors
  WHERE (6 >= $max_hops OR NOT EXISTS { MATCH (a6)-[:ACCUSES]->(next:Actor) WHERE NOT next IN actors })
    AND ($start IS NOT NULL OR 6 >= $max_hops
         OR NOT EXISTS { MATCH (before:Actor)-[:ACCUSES]->(a0) WHERE NOT before IN actors })
  RETURN actors LIMIT toInteger($limit)
} AS found
WITH firsts, found + COLLECT {
  // chains of 5 hops, only while fewer than limit longer ones were found
  UNWIND CASE WHEN 5 <= $max_hops AND size(found) < $limit THEN firsts ELSE [] END AS a0
  CALL (a0) { MATCH (a0)-[:ACCUSES]->(a1:Actor) WHERE NOT a1 IN [a0] RETURN a1 ORDER BY a1.name }
  CALL (a0, a1) { MATCH (a1)-[:ACCUSES]->(a2:Actor) WHERE NOT a2 IN [a0, a1] RETURN a2 ORDER BY a2.name }
  CALL (a0, a1, a2) { MATCH (a2)-[:ACCUSES]->(a3:Actor) WHERE NOT a3 IN [a0, a1, a2] RETURN a3 ORDER BY a3.name }
  CALL (a0, a1, a2, a3) { MATCH (a3)-[:ACCUSES]->(a4:Actor) WHERE NOT a4 IN [a0, a1, a2, a3] RETURN a4 ORDER BY a4.name }
  CALL (a0, a1, a2, a3, a4) { MATCH (a4)-[:ACCUSES]->(a5:Actor) WHERE NOT a5 IN [a0, a1, a2, a3, a4] RETURN a5 ORDER BY a5.name }
  WITH [a0, a1, a2, a3, a4, a5] AS actors
  WHERE (5 >= $max_hops OR NOT EXISTS { MATCH (a5)-[:ACCUSES]->(next:Actor) WHERE NOT next IN actors })
    AND ($start IS NOT NULL OR 5 >= $max_hops
         OR NOT EXISTS { MATCH (before:Actor)-[:ACCUSES]->(a0) WHERE NOT before IN actors })
  RETURN actors LIMIT toInteger($limit)
} AS found
WITH firsts, found + COLLECT {
  // chains of 4 hops, only while fewer than limit longer ones were found
  UNWIND CASE WHEN 4 <= $max_hops AND size(found) < $limit THEN firsts ELSE [] END AS a0
  CALL (a0) { MATCH (a0)-[:ACCUSES]->(a1:Actor) WHERE NOT a1 IN [a0] RETURN a1 ORDER BY a1.name }
  CALL (a0, a1) { MATCH (a1)-[:ACCUSES]->(a2:Actor) WHERE NOT a2 IN [a0, a1] RETURN a2 ORDER BY a2.name }
  CALL (a0, a1, a2) { MATCH (a2)-[:ACCUSES]->(a3:Actor) WHERE NOT a3 IN [a0, a1, a2] RETURN a3 ORDER BY a3.name }
  CALL (a0, a1, a2, a3) { MATCH (a3)-[:ACCUSES]->(a4:Actor) WHERE NOT a4 IN [a0, a1, a2, a3] RETURN a4 ORDER BY a4.name }
  WITH [a0, a1, a2, a3, a4] AS actors
  WHERE (4 >= $max_hops OR NOT EXISTS { MATCH (a4)-[:ACCUSES]->(next:Actor) WHERE NOT next IN actors })
    AND ($start IS NOT NULL OR 4 >= $max_hops
         OR NOT EXISTS { MATCH (before:Actor)-[:ACCUSES]->(a0) WHERE NOT before IN actors })
  RETURN actors LIMIT toInteger($limit)
} AS found
WITH firsts, found + COLLECT {
  // chains of 3 hops, only while fewer than limit longer ones were found
  UNWIND CASE WHEN 3 <= $max_hops AND size(found) < $limit THEN firsts ELSE [] END AS a0
  CALL (a0) { MATCH (a0)-[:ACCUSES]->(a1:Actor) WHERE NOT a1 IN [a0] RETURN a1 ORDER BY a1.name }
  CALL (a0, a1) { MATCH (a1)-[:ACCUSES]->(a2:Actor) WHERE NOT a2 IN [a0, a1] RETURN a2 ORDER BY a2.name }
  CALL (a0, a1, a2) { MATCH (a2)-[:ACCUSES]->(a3:Actor) WHERE NOT a3 IN [a0, a1, a2] RETURN a3 ORDER BY a3.name }
  WITH [a0, a1, a2, a3] AS actors
  WHERE (3 >= $max_hops OR NOT EXISTS { MATCH (a3)-[:ACCUSES]->(next:Actor) WHERE NOT next IN actors })
    AND ($start IS NOT NULL OR 3 >= $max_hops
         OR NOT EXISTS { MATCH (before:Actor)-[:ACCUSES]->(a0) WHERE NOT before IN actors })
  RETURN actors LIMIT toInteger($limit)
} AS found
WITH firsts, found + COLLECT {
  // chains of 2 hops, only while fewer than limit longer ones were found
  UNWIND CASE WHEN 2 <= $max_hops AND size(found) < $limit THEN firsts ELSE [] END AS a0
  CALL (a0) { MATCH (a0)-[:ACCUSES]->(a1:Actor) WHERE NOT a1 IN [a0] RETURN a1 ORDER BY a1.name }
  CALL (a0, a1) { MATCH (a1)-[:ACCUSES]->(a2:Actor) WHERE NOT a2 IN [a0, a1] RETURN a2 ORDER BY a2.name }
  WITH [a0, a1, a2] AS actors
  WHERE (2 >= $max_hops OR NOT EXISTS { MATCH (a2)-[:ACCUSES]->(next:Actor) WHERE NOT next IN actors })
    AND ($start IS NOT NULL OR 2 >= $max_hops
         OR NOT EXISTS { MATCH (before:Actor)-[:ACCUSES]->(a0) WHERE NOT before IN actors })
  RETURN actors LIMIT toInteger($limit)
} AS found
UNWIND found AS actors
WITH actors
ORDER BY size(actors) DESC, [x IN actors | x.name]
LIMIT toInteger($limit)
WITH collect(actors) AS chains
// the earliest claim of each distinct hop, once. Hops are grouped by accuser:
// an accuser with few claims for its hops has its claims read once for all of
// them; each other hop reads the side with fewer claims, or (both sides large)
// only the claims of the day the derived edge says was its first
WITH chains, COLLECT {
  UNWIND chains AS ch
  UNWIND range(0, size(ch) - 2) AS i
  WITH DISTINCT ch[i] AS x, ch[i + 1] AS y
  WITH x, collect(y) AS ys, COUNT { (x)-[:MADE]->() } AS made
  WITH x, ys, made,
       reduce(n = 0, y IN ys | n + CASE WHEN made <= 250 OR COUNT { ()-[:AGAINST]->(y) } <= 250
         THEN 8 * CASE WHEN made <= COUNT { ()-[:AGAINST]->(y) } THEN made ELSE COUNT { ()-[:AGAINST]->(y) } END
         ELSE 2000 END) AS each
  CALL (x, ys, made, each) {
    // the accuser's claims, once for all its hops
    UNWIND CASE WHEN 6 * made <= each THEN [x] ELSE [] END AS ax
    MATCH (ax)-[:MADE]->(c:Claim)
    WHERE c.action = 'accuse' AND NOT c.negated
    MATCH (c)-[:AGAINST]->(y)
    WHERE y IN ys
    OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Source)
    WITH y, c.id AS claim, s.published AS day ORDER BY day, claim
    RETURN y, collect(claim)[0] AS claim
    UNION ALL
    // or hop by hop
    UNWIND CASE WHEN 6 * made <= each THEN [] ELSE ys END AS y
    MATCH (x)-[r:ACCUSES]->(y)
    WITH x, y, r, made, COUNT { ()-[:AGAINST]->(y) } AS against
    CALL (x, y, r, made, against) {
      // few claims on the accuser's side (or no date to go by): read them
      UNWIND CASE WHEN r.first IS NULL OR (made <= 250 AND made <= against) THEN [x] ELSE [] END AS ax
      MATCH (ax)-[:MADE]->(c:Claim)
      WHERE c.action = 'accuse' AND NOT c.negated AND (c)-[:AGAINST]->(y)
      OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Source)
      RETURN c.id AS claim ORDER BY s.published, claim LIMIT 1
      UNION ALL
      // few on the accused's side
      UNWIND CASE WHEN r.first IS NOT NULL AND against <= 250 AND against < made THEN [y] ELSE [] END AS ay
      MATCH (ay)<-[:AGAINST]-(c:Claim)
      WHERE c.action = 'accuse' AND NOT c.negated AND (x)-[:MADE]->(c)
      OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Source)
      RETURN c.id AS claim ORDER BY s.published, claim LIMIT 1
      UNION ALL
      // else the derived edge knows the earliest date: only that day's claims are read
      UNWIND CASE WHEN r.first IS NOT NULL AND made > 250 AND against > 250 THEN [r.first] ELSE [] END AS day
      MATCH (:Source {published: day})<-[:REPORTED_IN]-(c:Claim)
      WHERE c.action = 'accuse' AND NOT c.negated AND (x)-[:MADE]->(c) AND (c)-[:AGAINST]->(y)
      RETURN c.id AS claim ORDER BY claim LIMIT 1
    }
    RETURN y, claim
  }
  RETURN {x: x, y: y, claim: claim} AS hop
} AS hops
UNWIND chains AS actors
RETURN [x IN actors | x.name] AS chain,
       [i IN range(0, size(actors) - 2) |
        [h IN hops WHERE h.x = actors[i] AND h.y = actors[i + 1]][0].claim] AS claims,
       size(actors) - 1 AS hops
ORDER BY hops DESC, chain
