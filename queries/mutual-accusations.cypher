// name: mutual-accusations
// description: Pairs of actors that accuse each other, each pair once, with when each side first did
// params: limit:int=100
//
// Follows the derived ACCUSES edges. actor_a is the side that accused first
// (a_first is its earliest accusation of actor_b, b_first the reverse); when
// both dates are equal or unknown, actor_a is the one with the smaller id.
// At most limit rows (the first ones in the order below). The edges are read
// in date order from the accuses_first index until limit pairs are found;
// pairs with no date on either side come last.
WITH COLLECT {
  MATCH (x:Actor)-[r1:ACCUSES]->(y:Actor)
  WHERE r1.first >= date('-999999999-01-01')
  WITH x, y, r1 ORDER BY r1.first
  MATCH (y)-[r2:ACCUSES]->(x)
  WITH x, y, r1, r2, coalesce(r2.first, date('9999-12-31')) AS f2
  WHERE x <> y AND (r1.first < f2 OR (r1.first = f2 AND x.id < y.id))
  WITH x, y, r1, r2 ORDER BY r1.first, x.name, y.name LIMIT toInteger($limit)
  RETURN {x: x, y: y, r1: r1, r2: r2} AS row
} AS found
WITH found + COLLECT {
  UNWIND CASE WHEN size(found) < $limit THEN [true] ELSE [] END AS go
  MATCH (x:Actor)-[r1:ACCUSES]->(y:Actor)-[r2:ACCUSES]->(x)
  WHERE r1.first IS NULL AND r2.first IS NULL AND x <> y AND x.id < y.id
  WITH x, y, r1, r2 ORDER BY x.name, y.name LIMIT toInteger($limit)
  RETURN {x: x, y: y, r1: r1, r2: r2} AS row
} AS found
UNWIND found AS row
WITH row, count(*) AS once
WITH row.x AS x, row.y AS y, row.r1 AS r1, row.r2 AS r2
RETURN x.name AS actor_a, y.name AS actor_b, r1.first AS a_first, r2.first AS b_first,
       r1.claims AS a_claims, r2.claims AS b_claims
ORDER BY a_first, actor_a, actor_b
LIMIT toInteger($limit)
