"""Accounts on a real database: the first administrator, login and lock-out with a clock the
test moves, disabled accounts, administration, resets and one's own password, hostile names."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from commune_care.db.session import Database
from commune_care.domain.access import AccessDenied, Actor, Role
from commune_care.domain.accounts import AccountIn, AccountSettings, LoginRefused
from commune_care.domain.errors import InvalidInput, NotFound, UserError
from commune_care.services.accounts import AccountsService

CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
ADMIN_ROLES = frozenset({Role.ADMIN, Role.OFFICER})


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 8, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def service(db: Database, clock: Clock, user: str | Actor | None = "test") -> AccountsService:
    return AccountsService(db, user, hasher=CHEAP, clock=clock)


def account(username: str = "hanh.tt", password: str = "mat-khau-1", roles=None) -> AccountIn:
    return AccountIn(
        username=username,
        full_name="Trần Thị Hạnh",
        roles=roles or frozenset({Role.OFFICER}),
        password=password,
    )


def audit_rows(db: Database) -> list[tuple[str, str, str]]:
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        return conn.execute(
            "SELECT user, action, changes FROM audit_log WHERE entity IN ('account', 'setting') "
            "ORDER BY id"
        ).fetchall()


def test_first_start_creates_the_administrator_only_once(db: Database, clock: Clock) -> None:
    accounts = service(db, clock, None)
    assert not accounts.has_accounts()
    login = accounts.create_first_admin(account("quantri", "quan-tri-xa", ADMIN_ROLES))
    assert login.actor.username == "quantri" and login.actor.roles == ADMIN_ROLES
    assert login.actor.account_id is not None and not login.must_change_password
    assert accounts.has_accounts()
    with pytest.raises(UserError, match="đã có tài khoản quản trị"):
        accounts.create_first_admin(account("khac", "mat-khau-khac", ADMIN_ROLES))
    assert [a.username for a in service(db, clock).list()] == ["quantri"]
    actions = [a for _, a, _ in audit_rows(db)]
    assert actions == ["account_create", "login"]


def test_the_first_account_must_be_an_administrator(db: Database, clock: Clock) -> None:
    with pytest.raises(InvalidInput) as err:
        service(db, clock, None).create_first_admin(account())
    assert "Quản trị" in err.value.errors["roles"]
    assert not service(db, clock).has_accounts()


def test_a_login_gives_the_actor_and_records_it(db: Database, clock: Clock) -> None:
    admin = service(db, clock)
    created = admin.create(account())
    login = admin.authenticate("HANH.TT", "mat-khau-1")  # the name's case does not matter
    assert login.actor == Actor("hanh.tt", frozenset({Role.OFFICER}), "Trần Thị Hạnh", created.id)
    assert login.must_change_password  # created by an administrator
    assert admin.get(created.id).last_login_at == clock.now
    assert audit_rows(db)[-1][:2] == ("hanh.tt", "login")


def test_wrong_name_and_wrong_password_read_the_same(db: Database, clock: Clock) -> None:
    admin = service(db, clock)
    admin.create(account())
    with pytest.raises(LoginRefused) as no_user:
        admin.authenticate("khong.co", "mat-khau-1")
    with pytest.raises(LoginRefused) as bad_password:
        admin.authenticate("hanh.tt", "sai-mat-khau")
    assert no_user.value.message == bad_password.value.message
    assert "không đúng" in no_user.value.message
    assert [a for _, a, _ in audit_rows(db)][-2:] == ["login_failed", "login_failed"]


def test_five_failures_lock_the_account_for_five_minutes(db: Database, clock: Clock) -> None:
    admin = service(db, clock)
    created = admin.create(account())
    for _ in range(4):
        with pytest.raises(LoginRefused, match="không đúng"):
            admin.authenticate("hanh.tt", "sai")
    with pytest.raises(LoginRefused, match=r"5 lần liên tiếp.*sau 5 phút") as fifth:
        admin.authenticate("hanh.tt", "sai")
    assert "khóa" in fifth.value.message
    assert admin.get(created.id).locked_at(clock.now)
    # Locked: even the right password is refused, with the minutes left.
    clock.advance(minutes=2, seconds=10)
    with pytest.raises(LoginRefused, match="sau 3 phút"):
        admin.authenticate("hanh.tt", "mat-khau-1")
    clock.advance(minutes=2, seconds=40)  # 4 min 50 s after the lock
    with pytest.raises(LoginRefused, match="sau 1 phút"):
        admin.authenticate("hanh.tt", "mat-khau-1")
    clock.advance(seconds=10)  # the five minutes are over
    assert admin.authenticate("hanh.tt", "mat-khau-1").actor.account_id == created.id
    after = admin.get(created.id)
    assert after.failed_attempts == 0 and after.locked_until is None
    actions = [a for _, a, _ in audit_rows(db)]
    assert actions.count("account_locked") == 1


def test_a_success_resets_the_count_of_failures(db: Database, clock: Clock) -> None:
    admin = service(db, clock)
    admin.create(account())
    for _ in range(4):
        with pytest.raises(LoginRefused):
            admin.authenticate("hanh.tt", "sai")
    admin.authenticate("hanh.tt", "mat-khau-1")
    for _ in range(4):
        with pytest.raises(LoginRefused, match="không đúng"):
            admin.authenticate("hanh.tt", "sai")


def test_a_disabled_account_is_refused_and_can_be_enabled(db: Database, clock: Clock) -> None:
    admin = service(db, clock)
    created = admin.create(account())
    assert not admin.disable(created.id).active
    with pytest.raises(LoginRefused, match="ngừng sử dụng"):
        admin.authenticate("hanh.tt", "mat-khau-1")
    with pytest.raises(LoginRefused, match="không đúng"):  # says nothing without the password
        admin.authenticate("hanh.tt", "sai")
    assert admin.enable(created.id).active
    assert admin.authenticate("hanh.tt", "mat-khau-1").actor.username == "hanh.tt"


def test_the_last_administrator_stays(db: Database, clock: Clock) -> None:
    first = service(db, clock, None).create_first_admin(
        account("quantri", "quan-tri-xa", ADMIN_ROLES)
    )
    me = service(db, clock, first.actor)
    assert first.actor.account_id is not None
    with pytest.raises(UserError, match="tự ngừng"):
        me.disable(first.actor.account_id)
    with pytest.raises(UserError, match="quản trị viên duy nhất"):
        me.update(first.actor.account_id, "Quản trị", frozenset({Role.OFFICER}))
    other = me.create(account("phoquantri", "mat-khau-2", frozenset({Role.ADMIN})))
    me.update(first.actor.account_id, "Quản trị xã", frozenset({Role.OFFICER}))
    with pytest.raises(UserError, match="quản trị viên duy nhất"):
        service(db, clock).disable(other.id)


def test_reset_forces_a_change_at_the_next_login(db: Database, clock: Clock) -> None:
    admin = service(db, clock)
    created = admin.create(account())
    login = admin.authenticate("hanh.tt", "mat-khau-1")
    service(db, clock, login.actor).change_own_password("mat-khau-1", "mat-khau-moi")
    assert not admin.authenticate("hanh.tt", "mat-khau-moi").must_change_password
    for _ in range(5):  # locked out, then reset by the administrator
        with pytest.raises(LoginRefused):
            admin.authenticate("hanh.tt", "sai")
    reset = admin.reset_password(created.id, "tam-thoi-123")
    assert reset.must_change_password and reset.locked_until is None
    login = admin.authenticate("hanh.tt", "tam-thoi-123")
    assert login.must_change_password
    own = service(db, clock, login.actor)
    with pytest.raises(InvalidInput) as err:
        own.change_own_password("tam-thoi-123", "tam-thoi-123")
    assert "khác mật khẩu hiện tại" in err.value.errors["new_password"]
    own.change_own_password("tam-thoi-123", "mat-khau-cua-toi")
    assert not admin.authenticate("hanh.tt", "mat-khau-cua-toi").must_change_password
    with pytest.raises(LoginRefused):
        admin.authenticate("hanh.tt", "tam-thoi-123")


def test_changing_ones_password_needs_the_old_one_and_the_rules(db: Database, clock: Clock) -> None:
    admin = service(db, clock)
    admin.create(account("tran.thi.hanh"))
    own = service(db, clock, admin.authenticate("tran.thi.hanh", "mat-khau-1").actor)
    with pytest.raises(InvalidInput) as wrong:
        own.change_own_password("sai", "mat-khau-moi")
    assert wrong.value.errors == {"old_password": "Mật khẩu hiện tại không đúng."}
    with pytest.raises(InvalidInput) as short:
        own.change_own_password("mat-khau-1", "ngan")
    assert "ít nhất 8 ký tự" in short.value.errors["new_password"]
    with pytest.raises(InvalidInput) as same_as_name:
        own.change_own_password("mat-khau-1", "Tran.Thi.Hanh")
    assert "trùng với tên đăng nhập" in same_as_name.value.errors["new_password"]
    with pytest.raises(UserError, match="tài khoản đã đăng nhập"):
        service(db, clock, "test").change_own_password("mat-khau-1", "mat-khau-moi")
    assert admin.authenticate("tran.thi.hanh", "mat-khau-1")  # nothing changed


def test_minimum_length_follows_the_setting(db: Database, clock: Clock) -> None:
    admin = service(db, clock)
    assert admin.settings() == AccountSettings(lock_minutes=10, min_password_length=8)
    admin.save_settings(admin.validate_settings({"lock_minutes": "3", "min_password_length": 12}))
    assert admin.settings().lock_minutes == 3
    with pytest.raises(InvalidInput) as err:
        admin.create(account(password="muoi-mot-k"))
    assert "ít nhất 12 ký tự" in err.value.errors["password"]
    with pytest.raises(InvalidInput) as bad:
        admin.validate_settings({"lock_minutes": "0", "min_password_length": "5"})
    assert set(bad.value.errors) == {"lock_minutes", "min_password_length"}
    assert audit_rows(db)[-1][1] == "update"


@pytest.mark.parametrize(
    ("username", "why"),
    [
        ("hanh\u200btt", "ký tự ẩn"),  # zero-width space
        ("hanh\ttt", "ký tự điều khiển"),
        ("ha\x00nh", "ký tự điều khiển"),
        ("\u202eadmin", "ký tự ẩn"),  # right-to-left override
        ("a" * 33, "dài quá 32"),
        ("a" * 10_000, "dài quá 32"),
        ("admin'; DROP TABLE accounts;--", "chỉ gồm chữ cái không dấu"),
        ("' OR '1'='1", "chỉ gồm chữ cái không dấu"),
        ("hạnh", "chỉ gồm chữ cái không dấu"),
        ("ab", "3–32 ký tự"),
        ("1abc", "bắt đầu bằng chữ cái"),
        ("", "Hãy nhập tên đăng nhập"),
    ],
)
def test_hostile_user_names_are_refused_with_the_rule(
    db: Database, clock: Clock, username: str, why: str
) -> None:
    with pytest.raises(InvalidInput) as err:
        AccountsService.validate_account(
            {"username": username, "full_name": "Trần Thị Hạnh", "roles": ["can_bo"],
             "password": "mat-khau-1"}
        )  # fmt: skip
    assert why in err.value.errors["username"]
    assert not service(db, clock).has_accounts()


def test_hostile_text_at_login_is_refused_and_recorded_safely(db: Database, clock: Clock) -> None:
    admin = service(db, clock)
    admin.create(account())
    for typed in ("admin'; DROP TABLE accounts;--", "hanh.tt\u200b", "x" * 100_000, "\x00\x1b[2J"):
        with pytest.raises(LoginRefused, match="không đúng"):
            admin.authenticate(typed, "mat-khau-1")
    assert [a.username for a in admin.list()] == ["hanh.tt"]  # the table is still there
    users = [u for u, a, _ in audit_rows(db) if a == "login_failed"]
    assert all(len(u) <= 60 and "\x00" not in u and "\u200b" not in u for u in users)
    assert users[0] == "admin'; DROP TABLE accounts;--"


def test_names_differ_by_more_than_case(db: Database, clock: Clock) -> None:
    admin = service(db, clock)
    admin.create(account("Hanh.TT"))
    with pytest.raises(InvalidInput) as err:
        admin.create(account("hanh.tt"))
    assert "đã có người dùng" in err.value.errors["username"]


def test_full_names_with_hidden_characters_are_refused(db: Database, clock: Clock) -> None:
    with pytest.raises(InvalidInput) as err:
        AccountsService.validate_account(
            {"username": "hanh.tt", "full_name": "Trần\u200b Thị Hạnh", "roles": ["can_bo"],
             "password": "x"}
        )  # fmt: skip
    assert "ký tự ẩn" in err.value.errors["full_name"]
    with pytest.raises(InvalidInput) as no_role:
        AccountsService.validate_account(
            {"username": "hanh.tt", "full_name": "Trần Thị Hạnh", "roles": [], "password": "x"}
        )
    assert "ít nhất một vai trò" in no_role.value.errors["roles"]


def test_only_an_administrator_manages_accounts(db: Database, clock: Clock) -> None:
    admin = service(db, clock)
    admin.create(account())
    officer = admin.authenticate("hanh.tt", "mat-khau-1").actor
    other = service(db, clock, officer)
    with pytest.raises(AccessDenied, match="quản lý tài khoản"):
        other.list()
    with pytest.raises(AccessDenied):
        other.create(account("moi.tk", "mat-khau-2"))
    with pytest.raises(AccessDenied):
        other.reset_password(1, "mat-khau-3")
    with pytest.raises(AccessDenied, match="cài đặt"):
        other.save_settings(AccountSettings())
    assert other.current().username == "hanh.tt"  # one's own account is readable


def test_hashes_are_never_returned_nor_recorded(db: Database, clock: Clock) -> None:
    admin = service(db, clock)
    created = admin.create(account())
    admin.reset_password(created.id, "tam-thoi-123")
    assert "hash" not in json.dumps(created.model_dump(mode="json"))
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        (stored,) = conn.execute("SELECT password_hash FROM accounts").fetchone()
        trail = " ".join(r[0] for r in conn.execute("SELECT changes FROM audit_log"))
    assert stored.startswith("$argon2id$")
    assert "$argon2" not in trail and "tam-thoi-123" not in trail and "mat-khau-1" not in trail


def test_an_old_hash_is_upgraded_at_the_next_login(db: Database, clock: Clock) -> None:
    service(db, clock).create(account())
    stronger = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1)
    AccountsService(db, "test", hasher=stronger, clock=clock).authenticate("hanh.tt", "mat-khau-1")
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        (stored,) = conn.execute("SELECT password_hash FROM accounts").fetchone()
    assert "m=2048,t=2,p=1" in stored
    assert not stronger.check_needs_rehash(stored)
    login = AccountsService(db, "test", hasher=stronger, clock=clock)
    assert login.authenticate("hanh.tt", "mat-khau-1").actor.username == "hanh.tt"


def test_find_by_name_and_missing_accounts(db: Database, clock: Clock) -> None:
    admin = service(db, clock)
    created = admin.create(account())
    assert admin.find("HANH.tt").id == created.id
    with pytest.raises(NotFound, match="Không có tài khoản"):
        admin.find("khong.co")
    with pytest.raises(NotFound):
        admin.disable(9999)


def test_events_of_a_session_are_recorded(db: Database, clock: Clock, tmp_path: Path) -> None:
    admin = service(db, clock)
    admin.create(account())
    actor = admin.authenticate("hanh.tt", "mat-khau-1").actor
    own = service(db, clock, actor)
    own.record_event("screen_lock", "Tự khóa sau 10 phút không thao tác")
    own.record_event("logout")
    assert [(u, a) for u, a, _ in audit_rows(db)][-2:] == [
        ("hanh.tt", "screen_lock"),
        ("hanh.tt", "logout"),
    ]
