"""`python -m handout_builder` — same as the `handout-builder` command."""

import sys

from handout_builder.cli import main

if __name__ == "__main__":
    sys.exit(main())
