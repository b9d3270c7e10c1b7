"""Reading a built graph: analysis tables for notebooks and the subgraphs the view draws."""
