"""The ``newsgraph`` command line: thin typer commands that call the library."""
