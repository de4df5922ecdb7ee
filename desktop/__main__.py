"""`python -m desktop` runs the `emend` command."""

import sys

from desktop.cli import main

sys.exit(main())
