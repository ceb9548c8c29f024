// name: corroboration
// description: Actor-action-target statements reported by at least min_publishers distinct publishers
// params: min_publishers:int=2 limit:int=100
//
// All actions count; negated claims do not. Publishers are compared ignoring
// case and surrounding spaces, so two articles from one publisher count once;
// sources with no (or a blank) publisher count as sources but not as publishers.
// At most limit rows (the first ones in the order below).
// Reads the derived actor-to-actor edges, which keep each statement's distinct
// publishers and sources (the loader maintains them from the claims). A
// statement has at most as many publishers as sources, so edges with too few
// sources are passed over before their publisher lists are read.
MATCH ()-[r:ACCUSES|CRITICIZES|DENIES|DISPUTES|DEFENDS|SANCTIONS|SUES|CUTS_TIES_WITH|INVESTIGATES|THREATENS]->()
WHERE r.sources >= $min_publishers
WITH r, size(coalesce(r.publishers, [])) AS publishers
WHERE publishers >= $min_publishers
WITH r, publishers, startNode(r) AS a, endNode(r) AS t
RETURN a.name AS actor,
       CASE type(r)
         WHEN 'ACCUSES' THEN 'accuse' WHEN 'CRITICIZES' THEN 'criticize' WHEN 'DENIES' THEN 'deny'
         WHEN 'DISPUTES' THEN 'dispute' WHEN 'DEFENDS' THEN 'defend' WHEN 'SANCTIONS' THEN 'sanction'
         WHEN 'SUES' THEN 'sue' WHEN 'CUTS_TIES_WITH' THEN 'cut_ties' WHEN 'INVESTIGATES' THEN 'investigate'
         WHEN 'THREATENS' THEN 'threaten'
       END AS action,
       t.name AS target, publishers, r.sources AS sources
ORDER BY publishers DESC, sources DESC, actor, action, target
LIMIT toInteger($limit)
