// name: mutual-accusations
// description: Pairs of actors that accuse each other, each pair once, with when each side first did
// params:
//
// Follows the derived ACCUSES edges. actor_a is the side that accused first
// (a_first is its earliest accusation of actor_b, b_first the reverse); when
// both dates are equal or unknown, actor_a is the one with the smaller id.
MATCH (x:Actor)-[r1:ACCUSES]->(y:Actor)-[r2:ACCUSES]->(x)
WITH x, y, r1, r2,
     coalesce(r1.first, date('9999-12-31')) AS f1, coalesce(r2.first, date('9999-12-31')) AS f2
WHERE x <> y AND (f1 < f2 OR (f1 = f2 AND x.id < y.id))
RETURN x.name AS actor_a, y.name AS actor_b, r1.first AS a_first, r2.first AS b_first,
       r1.claims AS a_claims, r2.claims AS b_claims
ORDER BY a_first, actor_a, actor_b
