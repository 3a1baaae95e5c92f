"""Documents built from data: each a function that takes DTOs and returns an
:class:`~commune_care.domain.official_document.OfficialDocument` for the engine."""

from commune_care.exports.pdf.documents.child_sheet import child_sheet
from commune_care.exports.pdf.documents.children_list import children_list

__all__ = ["child_sheet", "children_list"]
