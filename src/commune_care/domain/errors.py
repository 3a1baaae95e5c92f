"""Typed errors the user can act on. Every message is Vietnamese and says what to do."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class UserError(Exception):
    """An error caused by input or state the user can fix; shown as is, never as a crash."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(UserError):
    """Input that breaks a rule. ``errors`` maps a field name to its message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("\n".join(self.errors.values()))

    @classmethod
    def from_pydantic(cls, exc: Any) -> InvalidInput:
        """Turn a pydantic ``ValidationError`` into field → Vietnamese message."""
        errors: dict[str, str] = {}
        for err in exc.errors():
            field = ".".join(str(p) for p in err.get("loc", ())) or "__all__"
            ctx = err.get("ctx") or {}
            raw = ctx.get("error")
            message = str(raw) if raw is not None else _PYDANTIC_FALLBACK.get(err["type"], "")
            errors.setdefault(field, message or "Giá trị không hợp lệ.")
        return cls(errors)


_PYDANTIC_FALLBACK = {
    "missing": "Trường này bắt buộc phải nhập.",
    "enum": "Hãy chọn một giá trị trong danh sách.",
    "int_parsing": "Hãy nhập một số nguyên.",
    "date_parsing": "Ngày không đúng dạng dd/mm/yyyy.",
    "date_from_datetime_parsing": "Ngày không đúng dạng dd/mm/yyyy.",
}


class NotFound(UserError):
    pass


class NeedsConfirmation(UserError):
    """Saving is allowed, but only once the user has read ``warnings`` (Vietnamese, one per
    line) and confirmed: call again with ``confirm_warnings=True``. Nothing was written."""

    def __init__(self, warnings: list[str]) -> None:
        self.warnings = list(warnings)
        super().__init__(
            "Hãy đọc các lưu ý sau và xác nhận để lưu:\n"
            + "\n".join(f"- {w}" for w in self.warnings)
        )


class LikelyDuplicate(UserError):
    """Saving would probably register a child who is already in the register."""

    def __init__(self, matches: list[Any]) -> None:
        self.matches = matches
        super().__init__(
            "Có thể trẻ này đã có trong danh sách. Hãy mở hồ sơ đã có, hoặc xác nhận lưu thành"
            " hồ sơ mới."
        )


class SetupRequired(UserError):
    def __init__(self) -> None:
        super().__init__("Xã chưa được thiết lập. Hãy nhập thông tin của xã trước.")


class DatabaseError(UserError):
    """The database file cannot be used as it is (newer schema, damaged, locked)."""
