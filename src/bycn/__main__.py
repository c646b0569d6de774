"""``python -m bycn`` runs the command-line interface."""

from bycn.cli import main

raise SystemExit(main())
