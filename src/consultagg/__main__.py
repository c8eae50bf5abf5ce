"""``python -m consultagg`` runs the command line."""

from consultagg.cli import main

raise SystemExit(main())
