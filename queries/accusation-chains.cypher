// name: accusation-chains
// description: Chains of accusations (A accuses B, B accuses C, ...) of 2 to max_hops hops, no actor twice
// params: start:name? max_hops:int=4 limit:int=100
//
// Follows the derived ACCUSES edges. Only maximal chains are listed: a chain
// that could be extended by another actor (at its end, or at its beginning
// when no start is given) within max_hops is shown only in its longer form.
// claims[i] is the earliest claim behind hop i (by published date, then id).
// Longest chains first, then by the names along the chain; at most limit rows.
// The walk goes from the first actors in name order and takes each next actor
// in name order, no actor twice, one line per hop (Cypher cannot take the
// length of a pattern as a parameter, so values of max_hops above 6 act as 6).
// It is walked for each length from the longest down, and stops after limit
// chains, so a large graph is never enumerated whole.
WITH CASE WHEN $start IS NULL THEN COLLECT { MATCH (a:Actor) RETURN a ORDER BY a.name }
     ELSE COLLECT { CALL db.index.fulltext.queryNodes('actor_keys', '"' + $start + '"') YIELD node
                    RETURN node ORDER BY node.name }
END AS firsts
UNWIND [len IN range(6, 2, -1) WHERE len <= $max_hops] AS len
CALL (firsts, len) {
  UNWIND firsts AS a0
  CALL (a0) { MATCH (a0)-[:ACCUSES]->(a1:Actor) WHERE a1 <> a0 RETURN a1 ORDER BY a1.name }
  CALL (a0, a1) { MATCH (a1)-[:ACCUSES]->(a2:Actor) WHERE NOT a2 IN [a0, a1] RETURN a2 ORDER BY a2.name }
  // hops 3 to 6 are walked only as far as len; beyond it they are null
  OPTIONAL CALL (len, a0, a1, a2) { UNWIND CASE WHEN len >= 3 THEN [a2] ELSE [] END AS x
    MATCH (x)-[:ACCUSES]->(a3:Actor) WHERE NOT a3 IN [a0, a1, a2] RETURN a3 ORDER BY a3.name }
  OPTIONAL CALL (len, a0, a1, a2, a3) { UNWIND CASE WHEN len >= 4 THEN [a3] ELSE [] END AS x
    MATCH (x)-[:ACCUSES]->(a4:Actor) WHERE NOT a4 IN [a0, a1, a2, a3] RETURN a4 ORDER BY a4.name }
  OPTIONAL CALL (len, a0, a1, a2, a3, a4) { UNWIND CASE WHEN len >= 5 THEN [a4] ELSE [] END AS x
    MATCH (x)-[:ACCUSES]->(a5:Actor) WHERE NOT a5 IN [a0, a1, a2, a3, a4] RETURN a5 ORDER BY a5.name }
  OPTIONAL CALL (len, a0, a1, a2, a3, a4, a5) { UNWIND CASE WHEN len >= 6 THEN [a5] ELSE [] END AS x
    MATCH (x)-[:ACCUSES]->(a6:Actor) WHERE NOT a6 IN [a0, a1, a2, a3, a4, a5] RETURN a6 ORDER BY a6.name }
  WITH len, a0, [x IN [a0, a1, a2, a3, a4, a5, a6] WHERE x IS NOT NULL] AS actors
  WITH len, a0, actors, last(actors) AS end
  // a chain of len hops, maximal: not to be extended at its end, nor at its beginning without a start
  WHERE size(actors) = len + 1
    AND (len >= $max_hops OR NOT EXISTS { MATCH (end)-[:ACCUSES]->(next:Actor) WHERE NOT next IN actors })
    AND ($start IS NOT NULL OR len >= $max_hops
         OR NOT EXISTS { MATCH (before:Actor)-[:ACCUSES]->(a0) WHERE NOT before IN actors })
  RETURN actors LIMIT toInteger($limit)
}
WITH actors LIMIT toInteger($limit)
WITH actors ORDER BY size(actors) DESC, [x IN actors | x.name]
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
