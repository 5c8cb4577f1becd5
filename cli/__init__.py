"""The command line of main.py (see docs/cli.md): batch work over the core, no Qt."""
