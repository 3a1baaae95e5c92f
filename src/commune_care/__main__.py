"""``python -m commune_care``: the same as the ``commune-care`` command."""

from commune_care.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
