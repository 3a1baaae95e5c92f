"""The use cases. ``Database`` is re-exported so the UI can name the handle it is given
without importing the db layer."""

from commune_care.db.session import Database

__all__ = ["Database"]
