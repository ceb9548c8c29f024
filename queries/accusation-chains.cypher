// name: accusation-chains
// description: Chains of accusations (A accuses B, B accuses C, ...) of 2 to max_hops hops, no actor twice
// params: start:string? max_hops:int=4
//
// Follows the derived ACCUSES edges. Only maximal chains are listed: a chain
// that could be extended by another actor (at its end, or at its beginning
// when no start is given) within max_hops is shown only in its longer form.
// claims[i] is the earliest claim behind hop i (by published date, then id).
// Cypher cannot take the upper bound of *2..N as a parameter: the pattern is
// bounded at 6 hops and filtered by $max_hops, so values above 6 act as 6.
MATCH p = (first:Actor)-[:ACCUSES*2..6]->(last:Actor)
WHERE length(p) <= $max_hops
  AND ($start IS NULL OR any(n IN coalesce(first.aliases, [first.name])
       WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($start) + '\\E(?![\\p{L}\\p{N}_]).*')))
WITH p, first, last, nodes(p) AS actors
WHERE all(i IN range(0, size(actors) - 2) WHERE NOT actors[i] IN actors[i + 1..])
  AND (length(p) >= $max_hops
       OR NOT EXISTS { MATCH (last)-[:ACCUSES]->(next:Actor) WHERE NOT next IN actors })
  AND ($start IS NOT NULL OR length(p) >= $max_hops
       OR NOT EXISTS { MATCH (before:Actor)-[:ACCUSES]->(first) WHERE NOT before IN actors })
RETURN [x IN actors | x.name] AS chain,
       COLLECT {
         UNWIND range(0, size(actors) - 2) AS i
         CALL (actors, i) {
           WITH actors[i] AS x, actors[i + 1] AS y
           MATCH (x)-[:MADE]->(c:Claim {action: 'accuse'})-[:AGAINST]->(y)
           WHERE NOT c.negated
           OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Source)
           RETURN c.id AS claim
           ORDER BY s.published, c.id
           LIMIT 1
         }
         RETURN claim ORDER BY i
       } AS claims,
       length(p) AS hops
ORDER BY hops DESC, chain
