"""The vocabulary at the bottom of ``graph``: our RDF namespace, identity (keys to ids and
IRIs), CAMEO families, the ontology and the SHACL shapes. It imports nothing else of ``graph``.
"""
