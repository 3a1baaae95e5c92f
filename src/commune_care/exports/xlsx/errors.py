"""The one error of the Excel reading side: a file or sheet that cannot be read as a list."""

from __future__ import annotations

from commune_care.domain.errors import UserError


class WorkbookError(UserError):
    """The file is not a workbook we can read, or the sheet holds no list; the message is
    Vietnamese and says what to do."""
