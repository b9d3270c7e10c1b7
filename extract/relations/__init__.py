"""Relations and their arguments: triggers read off the dependency parse, who acts on whom,
and how the act is stated (negated, planned, conditional, reported).
"""
