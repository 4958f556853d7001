"""`python -m dechrome` is the `dechrome` command."""

from dechrome.cli import main

raise SystemExit(main())
