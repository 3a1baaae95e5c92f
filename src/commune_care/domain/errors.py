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


class DatabaseDamaged(DatabaseError):
    """The file fails SQLite's integrity check: never run on it, restore from a backup."""

    def __init__(self, message: str | None = None, problems: list[str] | None = None) -> None:
        self.problems = list(problems or [])
        super().__init__(
            message
            or "Tệp dữ liệu bị hỏng (kiểm tra toàn vẹn không đạt). Phần mềm không làm việc trên "
            "tệp hỏng; hãy khôi phục từ bản sao lưu gần nhất."
        )


class DatabaseInUse(DatabaseError):
    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "Tệp dữ liệu đang được một chương trình khác dùng (có thể là một cửa sổ "
            "commune_care khác). Hãy đóng chương trình đó rồi thử lại; dữ liệu không bị thay đổi."
        )


class DiskFull(UserError):
    """No space left where a file was being written; nothing half-written is kept."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "Ổ đĩa đã đầy, không ghi được. Hãy giải phóng chỗ trống (hoặc dùng USB khác) rồi "
            "thử lại; dữ liệu đã lưu không bị mất."
        )


class OperationCancelled(UserError):
    """The user cancelled a long operation; nothing was changed."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or "Đã hủy theo yêu cầu; không có gì bị thay đổi.")


class BackupError(UserError):
    """A backup file cannot be written, read or restored; the message says why and what to do."""


class WrongPassword(BackupError):
    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "Mật khẩu không đúng. Hãy nhập đúng mật khẩu đã dùng khi sao lưu (phân biệt chữ "
            "hoa, chữ thường và dấu); dữ liệu hiện tại không bị thay đổi."
        )


class NotABackup(BackupError):
    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "Tệp này không phải là bản sao lưu của commune_care. Hãy chọn tệp có đuôi .ccbak; "
            "dữ liệu hiện tại không bị thay đổi."
        )


class BackupDamaged(BackupError):
    """Truncated, tampered with, or written badly: refused whole, never partly restored."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "Tệp sao lưu bị hỏng, bị cắt cụt hoặc đã bị sửa đổi nên không dùng được. Hãy dùng "
            "một bản sao lưu khác; dữ liệu hiện tại không bị thay đổi."
        )


class BackupTooNew(BackupError):
    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "Bản sao lưu này được tạo bởi một phiên bản mới hơn của phần mềm. Hãy cài phiên "
            "bản mới nhất rồi khôi phục lại; dữ liệu hiện tại không bị thay đổi."
        )


class OtherCommuneBackup(BackupError):
    """The backup belongs to another commune: restoring it needs an explicit confirmation."""

    def __init__(self, backup_commune: str, current_commune: str) -> None:
        self.backup_commune = backup_commune
        self.current_commune = current_commune
        super().__init__(
            f"Bản sao lưu này là của «{backup_commune}», không phải của «{current_commune}» đang "
            "dùng. Chỉ khôi phục khi chắc chắn muốn thay toàn bộ dữ liệu hiện tại bằng dữ liệu của "
            "xã đó; dữ liệu hiện tại chưa bị thay đổi."
        )


class BackupTargetError(BackupError):
    """The folder chosen for a backup cannot be written (write-protected, removed, missing)."""
