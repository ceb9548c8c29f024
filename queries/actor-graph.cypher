// name: actor-graph
// description: Every derived actor-to-actor edge (accusations, denials, sanctions, lawsuits, ...), for Browser's graph view
// params:
//
// The derived edges are the only relationships from one actor to another; at most 150,
// whose actors fit the 300 nodes Browser draws at first (its initialNodeDisplay).
MATCH p = (:Actor)-->(:Actor)
RETURN p
LIMIT 150
