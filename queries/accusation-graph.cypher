// name: accusation-graph
// description: Who accused whom, as a picture: the derived ACCUSES edges between actors, for Browser's graph view
// params:
//
// The graph companion of who-accused-whom, whose rows are table columns; at most 300 edges.
MATCH p = (:Actor)-[:ACCUSES]->(:Actor)
RETURN p
LIMIT 300
