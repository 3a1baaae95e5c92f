"""Accounts: the first administrator, login with lock-out, account administration, one's own
password, and the account settings (issue #8).

Passwords are hashed with Argon2id (``argon2-cffi``, RFC 9106 low-memory profile). A hash is
never returned, logged or written to the audit trail; it is upgraded at the next successful
login when the parameters change (``check_needs_rehash``). A name that is not an account is
still "verified" against a dummy hash, so a wrong name and a wrong password take the same time
and read the same.

Every login, logout, failed login, lock-out, screen lock and account change is an audit row,
written in the same unit of work as the change (a refused login is committed before the refusal
is raised).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import math
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.profiles import RFC_9106_LOW_MEMORY
from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commune_care.db.models import AccountRecord, SettingRecord
from commune_care.db.session import Database
from commune_care.domain.access import Actor, Permission, Role, as_actor, require, system_user
from commune_care.domain.accounts import (
    DISABLED,
    LOCKOUT_FAILURES,
    LOCKOUT_MINUTES,
    WRONG_CREDENTIALS,
    AccountIn,
    AccountOut,
    AccountSettings,
    Login,
    LoginRefused,
    check_full_name,
    locked_message,
    normalise_password,
    parse_roles,
    password_problem,
    printable,
    store_roles,
    username_key,
)
from commune_care.domain.errors import InvalidInput, NotFound, UserError
from commune_care.services import audit

log = logging.getLogger(__name__)

SETTING_KEYS = {
    "lock_minutes": "accounts.lock_minutes",
    "min_password_length": "accounts.min_password_length",
}
ENTITY = "account"


# Argon2id with OWASP's first recommended setting (46 MiB, 1 pass, 1 lane): ~0.05 s on a 2-core
# office PC, where argon2-cffi's default (64 MiB, 3 passes, 4 lanes) takes 0.25 s at every
# login and unlock and pushed the start-up over its 1.5 s. The data file itself is not
# encrypted, so the hash guards the password (often reused elsewhere), not the records; see
# docs/decisions/accounts.md. Changing these re-hashes each password at its next login.
HASH_PARAMETERS = dataclasses.replace(
    RFC_9106_LOW_MEMORY, time_cost=1, memory_cost=46 * 1024, parallelism=1
)


def default_hasher() -> PasswordHasher:
    """The parameters every new hash gets."""
    return PasswordHasher.from_parameters(HASH_PARAMETERS)


@cache
def _dummy_hash(hasher_key: tuple[int, int, int]) -> str:
    time_cost, memory_cost, parallelism = hasher_key
    return PasswordHasher(time_cost, memory_cost, parallelism).hash("không phải mật khẩu")


class AccountsService:
    def __init__(
        self,
        db: Database,
        user: str | Actor | None = None,
        *,
        hasher: PasswordHasher | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.db = db
        self.actor = as_actor(user)
        self.hasher = hasher or default_hasher()
        self.clock = clock

    @staticmethod
    def validate_account(values: dict[str, object]) -> AccountIn:
        """A new account from raw form values, or InvalidInput with field messages."""
        try:
            return AccountIn.model_validate(values)
        except ValidationError as exc:
            raise InvalidInput.from_pydantic(exc) from None

    # --- first start ----------------------------------------------------------------------
    def has_accounts(self) -> bool:
        with self.db.session() as s:
            return bool(s.scalar(select(func.count()).select_from(AccountRecord)))

    def create_first_admin(self, data: AccountIn) -> Login:
        """The administrator of a database without accounts, logged in at once. Refused as
        soon as any account exists (also one created meanwhile by another program)."""
        self._check_password(data.password, data.username)
        if Role.ADMIN not in data.roles:
            raise InvalidInput({"roles": "Tài khoản đầu tiên phải có vai trò Quản trị."})
        with self.db.session() as s:
            self._ensure_name_free(s, data.username)
            record = self._new_record(data, must_change=False)
            record.last_login_at = record.created_at
            s.add(record)
            s.flush()
            # Counted after our insert: a second program doing the same waits for our write
            # lock, then sees two rows and gives up.
            if s.scalar(select(func.count()).select_from(AccountRecord)) != 1:
                raise UserError(
                    "Tệp dữ liệu đã có tài khoản quản trị. Hãy đăng nhập bằng tài khoản đó."
                )
            summary = f"Tạo tài khoản quản trị đầu tiên «{record.username}»"
            audit.record(s, system_user(), "account_create", ENTITY, record.id,
                         {**self._described(record), "summary": summary})  # fmt: skip
            audit.record(s, record.username, "login", ENTITY, record.id, {})
            out = self._out(record)
        return Login(actor=out.actor(), must_change_password=False)

    # --- login ------------------------------------------------------------------------------
    def authenticate(
        self, username: str, password: str, before_write: Callable[[], None] | None = None
    ) -> Login:
        """A login, or ``LoginRefused`` with the reason in Vietnamese. Five failures in a row
        lock the account for five minutes; a disabled account is refused even with the right
        password (said only then, so it gives nothing away to a guesser). ``before_write``
        runs after the password was checked and before anything is written (the start-up
        waits there for its integrity check, which runs meanwhile)."""
        now = self.clock()
        key = username_key(username)
        password = normalise_password(password)
        refusal: str | None = None
        login: Login | None = None
        with self.db.session() as s:
            record = s.scalar(select(AccountRecord).where(AccountRecord.username_key == key))
            verified = (
                record is not None
                and not (record.locked_until is not None and record.locked_until > now)
                and self._verify(record, password)
            )
            if before_write is not None:
                before_write()
            if record is None:
                self._burn_time(password)
                audit.record(s, printable(username) or "?", "login_failed", ENTITY, None,
                             {"summary": "Tên đăng nhập không có"})  # fmt: skip
                refusal = WRONG_CREDENTIALS
            elif record.locked_until is not None and record.locked_until > now:
                refusal = locked_message(_minutes_left(record.locked_until, now))
                audit.record(s, record.username, "login_failed", ENTITY, record.id,
                             {"summary": "Tài khoản đang tạm khóa"})  # fmt: skip
            elif not verified:
                refusal = self._count_failure(s, record, now)
            elif not record.active:
                audit.record(s, record.username, "login_failed", ENTITY, record.id,
                             {"summary": "Tài khoản đã ngừng sử dụng"})  # fmt: skip
                refusal = DISABLED
            else:
                record.failed_attempts = 0
                record.locked_until = None
                record.last_login_at = now
                self._rehash_if_needed(record, password)
                audit.record(s, record.username, "login", ENTITY, record.id, {})
                out = self._out(record)
                login = Login(actor=out.actor(), must_change_password=record.must_change_password)
        if refusal is not None:
            raise LoginRefused(refusal)
        assert login is not None
        return login

    def _verify(self, record: AccountRecord, password: str) -> bool:
        try:
            return self.hasher.verify(record.password_hash, password)
        except VerifyMismatchError:
            return False
        except (VerificationError, InvalidHashError):
            log.warning("Account %s has an unreadable password hash", record.id)
            return False

    def _burn_time(self, password: str) -> None:
        """Verify against a hash of the same cost, so an unknown name answers as slowly."""
        key = (self.hasher.time_cost, self.hasher.memory_cost, self.hasher.parallelism)
        with contextlib.suppress(VerificationError):
            self.hasher.verify(_dummy_hash(key), password)

    def _count_failure(self, s: Session, record: AccountRecord, now: datetime) -> str:
        record.failed_attempts += 1
        if record.failed_attempts < LOCKOUT_FAILURES:
            audit.record(s, record.username, "login_failed", ENTITY, record.id,
                         {"summary": f"Sai mật khẩu (lần {record.failed_attempts})"})  # fmt: skip
            return WRONG_CREDENTIALS
        record.failed_attempts = 0
        record.locked_until = now + timedelta(minutes=LOCKOUT_MINUTES)
        audit.record(s, record.username, "account_locked", ENTITY, record.id, {
            "summary": f"Sai mật khẩu {LOCKOUT_FAILURES} lần liên tiếp: tạm khóa "
            f"{LOCKOUT_MINUTES} phút, đến {record.locked_until:%H:%M %d/%m/%Y}",
        })  # fmt: skip
        return locked_message(LOCKOUT_MINUTES)

    def _rehash_if_needed(self, record: AccountRecord, password: str) -> None:
        if self.hasher.check_needs_rehash(record.password_hash):
            record.password_hash = self.hasher.hash(password)
            log.info("Password hash of account %s upgraded to the current parameters", record.id)

    # --- sessions in the app ------------------------------------------------------------------
    def record_event(self, action: str, summary: str = "") -> None:
        """``logout`` or ``screen_lock`` of the acting account (unlocking is a login)."""
        if action not in ("logout", "screen_lock"):
            raise ValueError(action)
        with self.db.session() as s:
            audit.record(s, self.actor.username, action, ENTITY, self.actor.account_id,
                         {"summary": summary} if summary else {})  # fmt: skip

    def current(self) -> AccountOut:
        """The acting account as stored now (its roles may have changed since the login)."""
        if self.actor.account_id is None:
            raise NotFound("Người dùng hiện tại không đăng nhập bằng tài khoản.")
        return self.get(self.actor.account_id, check=False)

    # --- administration ---------------------------------------------------------------------
    def list(self) -> list[AccountOut]:
        require(self.actor, Permission.MANAGE_ACCOUNTS)
        with self.db.session() as s:
            records = s.scalars(select(AccountRecord).order_by(AccountRecord.username_key))
            return [self._out(r) for r in records]

    def get(self, account_id: int, *, check: bool = True) -> AccountOut:
        if check and account_id != self.actor.account_id:
            require(self.actor, Permission.MANAGE_ACCOUNTS)
        with self.db.session() as s:
            return self._out(self._record(s, account_id))

    def find(self, username: str) -> AccountOut:
        require(self.actor, Permission.MANAGE_ACCOUNTS)
        with self.db.session() as s:
            record = s.scalar(
                select(AccountRecord).where(AccountRecord.username_key == username_key(username))
            )
            if record is None:
                raise NotFound(f"Không có tài khoản «{printable(username)}».")
            return self._out(record)

    def create(self, data: AccountIn) -> AccountOut:
        """A new account; its user changes the password at the first login."""
        require(self.actor, Permission.MANAGE_ACCOUNTS)
        self._check_password(data.password, data.username)
        with self.db.session() as s:
            self._ensure_name_free(s, data.username)
            record = self._new_record(data, must_change=True)
            s.add(record)
            s.flush()
            audit.record(s, self.actor.username, "account_create", ENTITY, record.id,
                         self._described(record))  # fmt: skip
            return self._out(record)

    def update(self, account_id: int, full_name: str, roles: frozenset[Role]) -> AccountOut:
        """Change the full name and roles. The last active administrator keeps Quản trị."""
        require(self.actor, Permission.MANAGE_ACCOUNTS)
        errors: dict[str, str] = {}
        try:
            full_name = check_full_name(full_name)
        except ValueError as exc:
            errors["full_name"] = str(exc)
        if not roles:
            errors["roles"] = "Hãy chọn ít nhất một vai trò."
        if errors:
            raise InvalidInput(errors)
        with self.db.session() as s:
            record = self._record(s, account_id)
            old = self._described(record)
            if Role.ADMIN not in roles:
                self._keep_an_admin(s, record, "bỏ vai trò Quản trị của")
            record.full_name = full_name
            record.roles = store_roles(roles)
            if changes := audit.diff(old, self._described(record)):
                audit.record(s, self.actor.username, "account_update", ENTITY, record.id, changes)
            return self._out(record)

    def disable(self, account_id: int) -> AccountOut:
        require(self.actor, Permission.MANAGE_ACCOUNTS)
        if account_id == self.actor.account_id:
            raise UserError("Không thể tự ngừng tài khoản đang đăng nhập của mình.")
        with self.db.session() as s:
            record = self._record(s, account_id)
            if record.active:
                self._keep_an_admin(s, record, "ngừng")
                record.active = False
                audit.record(s, self.actor.username, "account_disable", ENTITY, record.id,
                             {"summary": f"Ngừng tài khoản «{record.username}»"})  # fmt: skip
            return self._out(record)

    def enable(self, account_id: int) -> AccountOut:
        require(self.actor, Permission.MANAGE_ACCOUNTS)
        with self.db.session() as s:
            record = self._record(s, account_id)
            if not record.active or record.locked_until is not None:
                record.active = True
                record.failed_attempts = 0
                record.locked_until = None
                audit.record(s, self.actor.username, "account_enable", ENTITY, record.id,
                             {"summary": f"Mở lại tài khoản «{record.username}»"})  # fmt: skip
            return self._out(record)

    def reset_password(self, account_id: int, new_password: str) -> AccountOut:
        """A password the administrator gives; its user must change it at the next login.
        A lock-out ends with it."""
        require(self.actor, Permission.MANAGE_ACCOUNTS)
        with self.db.session() as s:
            record = self._record(s, account_id)
            self._check_password(new_password, record.username)
            record.password_hash = self.hasher.hash(normalise_password(new_password))
            record.password_changed_at = self.clock()
            record.must_change_password = True
            record.failed_attempts = 0
            record.locked_until = None
            audit.record(s, self.actor.username, "account_reset_password", ENTITY, record.id,
                         {"summary": f"Đặt lại mật khẩu của «{record.username}»; phải đổi khi "
                          "đăng nhập"})  # fmt: skip
            return self._out(record)

    # --- one's own password -----------------------------------------------------------------
    def change_own_password(self, old_password: str, new_password: str) -> None:
        account_id = self.actor.account_id
        if account_id is None:
            raise UserError("Chỉ đổi được mật khẩu của một tài khoản đã đăng nhập.")
        with self.db.session() as s:
            record = self._record(s, account_id)
            if not self._verify(record, normalise_password(old_password)):
                raise InvalidInput({"old_password": "Mật khẩu hiện tại không đúng."})
            self._check_password(new_password, record.username, field="new_password")
            if normalise_password(new_password) == normalise_password(old_password):
                raise InvalidInput({"new_password": "Mật khẩu mới phải khác mật khẩu hiện tại."})
            record.password_hash = self.hasher.hash(normalise_password(new_password))
            record.password_changed_at = self.clock()
            record.must_change_password = False
            audit.record(s, record.username, "password_change", ENTITY, record.id, {})

    # --- settings -----------------------------------------------------------------------------
    def settings(self) -> AccountSettings:
        with self.db.session() as s:
            rows = s.scalars(select(SettingRecord).where(SettingRecord.key.like("accounts.%")))
            stored = {r.key: r.value for r in rows}
        values = {f: stored[k] for f, k in SETTING_KEYS.items() if k in stored}
        try:
            return AccountSettings.model_validate(values)
        except ValidationError:  # a value edited by hand: the defaults, never a crash
            log.warning("Account settings %r are not valid; using the defaults", values)
            return AccountSettings()

    @staticmethod
    def validate_settings(values: dict[str, object]) -> AccountSettings:
        try:
            return AccountSettings.model_validate(values)
        except ValidationError as exc:
            raise InvalidInput.from_pydantic(exc) from None

    def save_settings(self, new: AccountSettings) -> AccountSettings:
        require(self.actor, Permission.EDIT_SETTINGS)
        old = self.settings()
        with self.db.session() as s:
            for field, key in SETTING_KEYS.items():
                record = s.get(SettingRecord, key)
                if record is None:
                    s.add(SettingRecord(key=key, value=str(getattr(new, field))))
                else:
                    record.value = str(getattr(new, field))
            if changes := audit.diff(old.model_dump(), new.model_dump()):
                summary = (
                    f"Tài khoản: tự khóa màn hình sau {new.lock_minutes} phút, mật khẩu ít nhất "
                    f"{new.min_password_length} ký tự"
                )
                audit.record(s, self.actor.username, "update", "setting", None,
                             {**changes, "summary": summary})  # fmt: skip
        return new

    # --- helpers ------------------------------------------------------------------------------
    def _check_password(self, password: str, username: str, field: str = "password") -> None:
        problem = password_problem(password, username, self.settings().min_password_length)
        if problem is not None:
            raise InvalidInput({field: problem})

    @staticmethod
    def _ensure_name_free(s: Session, username: str) -> None:
        key = username_key(username)
        if s.scalar(select(AccountRecord.id).where(AccountRecord.username_key == key)):
            raise InvalidInput(
                {"username": f"Tên đăng nhập «{username}» đã có người dùng. Hãy chọn tên khác."}
            )

    def _new_record(self, data: AccountIn, must_change: bool) -> AccountRecord:
        now = self.clock()
        return AccountRecord(
            username=data.username,
            username_key=username_key(data.username),
            full_name=data.full_name,
            roles=store_roles(data.roles),
            password_hash=self.hasher.hash(normalise_password(data.password)),
            active=True,
            failed_attempts=0,
            must_change_password=must_change,
            created_at=now,
            password_changed_at=now,
        )

    @staticmethod
    def _record(s: Session, account_id: int) -> AccountRecord:
        record = s.get(AccountRecord, account_id)
        if record is None:
            raise NotFound(f"Không tìm thấy tài khoản có mã {account_id}.")
        return record

    @staticmethod
    def _keep_an_admin(s: Session, record: AccountRecord, what: str) -> None:
        """Refuse to leave the data without an active administrator."""
        if not record.active or Role.ADMIN not in parse_roles(record.roles):
            return
        others = [
            r
            for r in s.scalars(select(AccountRecord).where(AccountRecord.active.is_(True)))
            if r.id != record.id and Role.ADMIN in parse_roles(r.roles)
        ]
        if not others:
            raise UserError(
                f"Không thể {what} tài khoản «{record.username}»: đây là quản trị viên duy nhất "
                "còn hoạt động. Hãy cấp vai trò Quản trị cho một tài khoản khác trước."
            )

    @staticmethod
    def _described(record: AccountRecord) -> dict[str, object]:
        """What the audit trail says about an account: never the hash."""
        return {
            "username": record.username,
            "full_name": record.full_name,
            "roles": ", ".join(r.label for r in Role if r in parse_roles(record.roles)),
        }

    @staticmethod
    def _out(record: AccountRecord) -> AccountOut:
        return AccountOut(
            id=record.id,
            username=record.username,
            full_name=record.full_name,
            roles=parse_roles(record.roles),
            active=record.active,
            must_change_password=record.must_change_password,
            failed_attempts=record.failed_attempts,
            locked_until=record.locked_until,
            created_at=record.created_at,
            last_login_at=record.last_login_at,
        )


def _minutes_left(until: datetime, now: datetime) -> int:
    return max(1, math.ceil((until - now).total_seconds() / 60))
