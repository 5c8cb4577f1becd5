"""Alliance Secretariat: ``python main.py`` starts the program; ``python main.py --help``
lists the commands for batch work."""

import sys

from cli.main import run

if __name__ == "__main__":
    sys.exit(run())
