"""The frozen build's entry point: the same `emend` command the console script runs."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
