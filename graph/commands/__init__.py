"""CLI command modules; each registers its commands on ``graph.cli_app.app``."""
