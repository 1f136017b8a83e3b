"""Entry script of the desktop bundle: the same as the ``analyst`` console command."""

import multiprocessing
import sys

from analyst.cli import main

if __name__ == "__main__":
    # A frozen program that starts worker processes must say so before anything else.
    multiprocessing.freeze_support()
    sys.exit(main())
