"""The bundle's entry point: the same ``main`` as the installed ``imin-desktop`` command."""

import sys

from imin_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
