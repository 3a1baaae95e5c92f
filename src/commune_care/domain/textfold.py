"""Text normalisation and the folded search key (DESIGN.md §3).

Every string that enters the app is NFC; searching compares *folded* text: no diacritics,
``đ``/``Đ`` → ``d``, case-folded, single spaces. SQLite cannot fold ``đ``, so the key is
computed here and stored beside each searchable row.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Control characters other than tab and newline: never valid in stored text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


# Invisible format characters that arrive with pasted text (web pages, Word, chat apps): zero
# width space / joiners, left-to-right and right-to-left marks, bidi embeddings, overrides and
# isolates, word joiner, byte-order mark, soft hyphen. They cannot be seen, so they would make
# two equal names differ (duplicates missed, search failing) or reorder what is shown.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def strip_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def to_nfc(text: str) -> str:
    """NFC-normalise and strip the ends."""
    return unicodedata.normalize("NFC", text).strip()


def collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def has_control_chars(text: str) -> bool:
    return _CONTROL.search(text) is not None


def fold(text: str) -> str:
    """'Nguyễn Văn Đức' → 'nguyen van duc'."""
    decomposed = unicodedata.normalize("NFD", strip_invisible(text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return collapse_spaces(stripped.casefold())


def fold_words(text: str) -> list[str]:
    """The folded words of a query, punctuation removed."""
    return [w for w in re.split(r"[^0-9a-z]+", fold(text)) if w]
