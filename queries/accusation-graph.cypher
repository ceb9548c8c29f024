// name: accusation-graph
// description: Who accused whom, as a picture: the derived ACCUSES edges between actors, for Browser's graph view
// params:
//
// The graph companion of who-accused-whom, whose rows are table columns; at most 150 edges,
// whose actors fit the 300 nodes Browser draws at first (its initialNodeDisplay).
MATCH p = (:Actor)-[:ACCUSES]->(:Actor)
RETURN p
LIMIT 150
