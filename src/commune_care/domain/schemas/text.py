"""Validators shared by the DTOs: every string is cleaned here, at the boundary."""

from __future__ import annotations

from typing import Any

from commune_care.domain.textfold import (
    collapse_spaces,
    has_control_chars,
    strip_invisible,
    to_nfc,
)


def clean_text(value: Any, *, label: str, max_length: int, multiline: bool = False) -> str:
    """NFC, stripped, without invisible format characters (zero-width, bidi: removed, since
    nobody could find them to delete); one-line text has single spaces. Control characters
    are refused, and so is text over ``max_length`` — the message names the field and the
    limit. Raises a Vietnamese ``ValueError``."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{label}: phải là chữ.")
    text = to_nfc(strip_invisible(value))
    if has_control_chars(text) or (not multiline and ("\n" in text or "\t" in text)):
        raise ValueError(f"{label} có ký tự điều khiển không hiển thị được. Hãy gõ lại đoạn này.")
    if not multiline:
        text = collapse_spaces(text)
    if len(text) > max_length:
        raise ValueError(
            f"{label} dài {len(text)} ký tự, quá giới hạn {max_length} ký tự. Hãy rút gọn."
        )
    return text
