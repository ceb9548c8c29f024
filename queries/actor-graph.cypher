// name: actor-graph
// description: Every derived actor-to-actor edge (accusations, denials, sanctions, lawsuits, ...), for Browser's graph view
// params:
//
// The derived edges are the only relationships from one actor to another; at most 300.
MATCH p = (:Actor)-->(:Actor)
RETURN p
LIMIT 300
