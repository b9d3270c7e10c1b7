"""The persistent Oxigraph store: adding and removing articles, SPARQL queries (shipped ones
included), the read-only server and pushing to other stores.
"""
