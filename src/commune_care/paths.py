"""Where things live: the app's own files, the per-user data, the database to open."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "commune_care"
APP_AUTHOR = "commune_care"
DB_ENV = "COMMUNE_CARE_DB"
HOME_ENV = "COMMUNE_CARE_HOME"
DATA_ENV = "COMMUNE_CARE_DATA_DIR"

_dirs = PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)


def app_root() -> Path:
    """The folder that holds ``resources/`` and ``migrations/``: the source checkout, or the
    installed app folder (the installer sets COMMUNE_CARE_HOME when it lays them elsewhere)."""
    if home := os.environ.get(HOME_ENV):
        return Path(home)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return app_root() / "resources"


def migrations_dir() -> Path:
    return app_root() / "migrations"


def data_dir() -> Path:
    """Per-user data folder (%LOCALAPPDATA%\\commune_care on Windows)."""
    if override := os.environ.get(DATA_ENV):
        return Path(override)
    return Path(_dirs.user_data_dir)


def log_dir() -> Path:
    if override := os.environ.get(DATA_ENV):
        return Path(override) / "logs"
    return Path(_dirs.user_log_dir)


def backups_dir() -> Path:
    return data_dir() / "backups"


def default_database() -> Path:
    return data_dir() / "commune_care.sqlite3"


def resolve_database(cli_value: str | None) -> str:
    """``--db`` first, then the COMMUNE_CARE_DB variable, then the per-user default."""
    if cli_value:
        return cli_value
    if env := os.environ.get(DB_ENV):
        return env
    return str(default_database())
