"""Reading a password from a file (the CLI's backups and accounts, the benchmark's login):
the first line, without its line ending, a BOM from Notepad too."""

from __future__ import annotations

from pathlib import Path

from commune_care.domain.errors import UserError


def read_password(path_text: str) -> str:
    path = Path(path_text)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"Không tìm thấy tệp mật khẩu «{path}».") from None
    except UnicodeDecodeError:
        raise UserError(f"Tệp mật khẩu «{path}» không phải văn bản UTF-8.") from None
    except OSError as exc:
        raise UserError(f"Không đọc được tệp mật khẩu «{path}» ({exc.strerror}).") from None
    lines = text.splitlines()
    password = lines[0] if lines else ""
    if not password:
        raise UserError(f"Tệp mật khẩu «{path}» trống: hãy ghi mật khẩu ở dòng đầu.")
    return password
