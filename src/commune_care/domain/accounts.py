"""Accounts: the rules for user names, full names and passwords, the lock-out policy, the
account settings, and the DTOs the accounts service takes and returns (issue #8).

A user name is typed at every login, so it is kept simple and unambiguous: ASCII letters,
digits and ``. _ -``, starting with a letter, compared without case. Anything else (accents,
spaces, control or zero-width characters, quotes and semicolons of SQL-looking text) is refused
with a message that says what is allowed — never silently changed into another name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

from commune_care.domain.access import Actor, Role
from commune_care.domain.errors import UserError

USERNAME_MIN, USERNAME_MAX = 3, 32
FULL_NAME_MAX = 100
PASSWORD_MAX = 128  # argon2 would take more; a longer "password" is a pasted accident
LOCKOUT_FAILURES = 5  # consecutive failed logins …
LOCKOUT_MINUTES = 5  # … lock the account for this long

_USERNAME = re.compile(r"[A-Za-z][A-Za-z0-9._-]*")
# Characters that print as nothing (zero-width spaces and joiners, BOM, bidi controls):
# two names that look the same on screen must not be two accounts.
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")

USERNAME_RULE = (
    f"Tên đăng nhập dài {USERNAME_MIN}–{USERNAME_MAX} ký tự, chỉ gồm chữ cái không dấu (a–z), "
    "chữ số và các dấu . _ -, bắt đầu bằng chữ cái (ví dụ: hanh.tt)."
)


def has_hidden_chars(text: str) -> bool:
    """Control characters (tab and new line too) or characters that print as nothing."""
    return any(unicodedata.category(ch) == "Cc" for ch in text) or bool(_INVISIBLE.search(text))


def printable(text: str, limit: int = 60) -> str:
    """A typed name made safe to show and record: hidden characters dropped, cut to ``limit``."""
    shown = _INVISIBLE.sub("", "".join(ch for ch in text if unicodedata.category(ch) != "Cc"))
    shown = unicodedata.normalize("NFC", shown).strip()
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def username_key(username: str) -> str:
    """What makes two user names the same: case is ignored."""
    return unicodedata.normalize("NFC", username).strip().lower()


def check_username(value: str) -> str:
    """The user name as stored, or ValueError with the Vietnamese rule."""
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        raise ValueError("Hãy nhập tên đăng nhập.")
    if has_hidden_chars(text):
        raise ValueError("Tên đăng nhập có ký tự điều khiển hoặc ký tự ẩn. " + USERNAME_RULE)
    if len(text) > USERNAME_MAX:
        raise ValueError(f"Tên đăng nhập dài quá {USERNAME_MAX} ký tự. " + USERNAME_RULE)
    if len(text) < USERNAME_MIN or not _USERNAME.fullmatch(text):
        raise ValueError(USERNAME_RULE)
    return text


def check_full_name(value: str) -> str:
    text = " ".join(unicodedata.normalize("NFC", value).split())
    if has_hidden_chars(value.strip()):
        raise ValueError("Họ và tên có ký tự điều khiển hoặc ký tự ẩn; hãy gõ lại họ và tên.")
    if not text:
        raise ValueError("Hãy nhập họ và tên của người dùng tài khoản.")
    if len(text) > FULL_NAME_MAX:
        raise ValueError(f"Họ và tên dài quá {FULL_NAME_MAX} ký tự.")
    return text


def password_problem(password: str, username: str, min_length: int) -> str | None:
    """Why ``password`` may not be used for ``username``, or None. The password is compared
    as NFC (the same word typed on another keyboard layout is the same password)."""
    text = normalise_password(password)
    if len(text) < min_length:
        return f"Mật khẩu phải có ít nhất {min_length} ký tự."
    if len(text) > PASSWORD_MAX:
        return f"Mật khẩu dài quá {PASSWORD_MAX} ký tự."
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        return "Mật khẩu không được có ký tự điều khiển (Tab, xuống dòng…)."
    if text.strip().lower() == username_key(username):
        return "Mật khẩu không được trùng với tên đăng nhập."
    return None


def normalise_password(password: str) -> str:
    return unicodedata.normalize("NFC", password)


def parse_roles(stored: str) -> frozenset[Role]:
    """Roles as stored (comma-separated codes); an unknown code is ignored, never a crash."""
    codes = {c.strip() for c in stored.split(",") if c.strip()}
    return frozenset(r for r in Role if r.value in codes)


def store_roles(roles: frozenset[Role] | set[Role]) -> str:
    return ",".join(r.value for r in Role if r in roles)


class AccountIn(BaseModel):
    """A new account, as the administrator (or the first start) types it."""

    model_config = ConfigDict(frozen=True)

    username: str
    full_name: str
    roles: frozenset[Role]
    password: str

    @field_validator("username", mode="before")
    @classmethod
    def _username(cls, value: Any) -> str:
        return check_username(str(value or ""))

    @field_validator("full_name", mode="before")
    @classmethod
    def _full_name(cls, value: Any) -> str:
        return check_full_name(str(value or ""))

    @field_validator("roles", mode="after")
    @classmethod
    def _roles(cls, value: frozenset[Role]) -> frozenset[Role]:
        if not value:
            raise ValueError("Hãy chọn ít nhất một vai trò.")
        return value


class AccountOut(BaseModel):
    """An account as lists show it. Never the password hash."""

    model_config = ConfigDict(frozen=True)

    id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    active: bool
    must_change_password: bool
    failed_attempts: int
    locked_until: datetime | None
    created_at: datetime
    last_login_at: datetime | None

    @property
    def roles_label(self) -> str:
        return ", ".join(r.label for r in Role if r in self.roles)

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now

    def actor(self) -> Actor:
        return Actor(
            username=self.username, roles=self.roles, full_name=self.full_name, account_id=self.id
        )


_SETTING_LIMITS = {
    "lock_minutes": (1, 240, "Số phút không thao tác trước khi tự khóa màn hình"),
    "min_password_length": (8, 64, "Độ dài tối thiểu của mật khẩu"),
}


class AccountSettings(BaseModel):
    """Stored in the ``settings`` table (keys ``accounts.*``): they belong to the data."""

    model_config = ConfigDict(frozen=True)

    lock_minutes: int = 10  # the screen locks after this many minutes without input
    min_password_length: int = 8

    @field_validator("lock_minutes", "min_password_length", mode="before")
    @classmethod
    def _bounded(cls, value: Any, info: Any) -> int:
        low, high, label = _SETTING_LIMITS[info.field_name]
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ValueError(f"{label} phải là một số nguyên.") from None
        if not low <= number <= high:
            raise ValueError(f"{label} phải từ {low} đến {high}.")
        return number


@dataclass(frozen=True)
class Login:
    """A successful login: who acts, and whether they must choose a new password first."""

    actor: Actor
    must_change_password: bool


class LoginRefused(UserError):
    """Wrong name or password, a locked or disabled account: the message says which and what
    to do (a wrong name and a wrong password read the same, so names cannot be guessed)."""


WRONG_CREDENTIALS = "Tên đăng nhập hoặc mật khẩu không đúng. Hãy kiểm tra rồi nhập lại."
DISABLED = (
    "Tài khoản này đã bị ngừng sử dụng. Hãy liên hệ người quản trị phần mềm của xã để mở lại."
)


def locked_message(minutes_left: int) -> str:
    return (
        f"Tài khoản tạm thời bị khóa vì nhập sai mật khẩu {LOCKOUT_FAILURES} lần liên tiếp. "
        f"Hãy thử lại sau {minutes_left} phút nữa, hoặc nhờ người quản trị đặt lại mật khẩu."
    )
