"""Look at a file before openpyxl does: is it an .xlsx at all, whole, not encrypted, not a
bomb? Each refusal is one Vietnamese sentence that says what the file is and what to do.

openpyxl reads the cells of a sheet as a stream (read-only mode) but loads the shared-strings
table and the styles whole, so those two parts are bounded here by their uncompressed size.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from commune_care.exports.xlsx.errors import WorkbookError

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_SHARED_STRINGS_BYTES = 256 * 1024 * 1024
MAX_STYLES_BYTES = 64 * 1024 * 1024
CFB_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")  # OLE2 compound file: .xls, or encrypted .xlsx
_CFB_SCAN_BYTES = 4 * 1024 * 1024
_SAVE_AS = (
    "Hãy mở tệp bằng Excel, chọn «Lưu thành» (Save As) kiểu Excel Workbook (.xlsx) rồi chọn lại."
)


def _name(path: Path) -> str:
    return path.name or str(path)


def _compound_file_kind(path: Path) -> str:
    """What an OLE2 compound file holds, from the names of its streams (UTF-16 in the
    directory): 'encrypted' (an .xlsx with a password to open), 'xls', or ''."""
    with path.open("rb") as f:
        head = f.read(_CFB_SCAN_BYTES)
    if (
        "EncryptedPackage".encode("utf-16-le") in head
        or "EncryptionInfo".encode("utf-16-le") in head
    ):
        return "encrypted"
    if "Workbook".encode("utf-16-le") in head or "Book".encode("utf-16-le") in head:
        return "xls"
    return ""


def check_workbook_file(path: Path) -> None:
    """Raise ``WorkbookError`` unless ``path`` looks like a whole, readable .xlsx/.xlsm file."""
    name = _name(path)
    if not path.exists():
        raise WorkbookError(f"Không tìm thấy tệp «{path}». Hãy kiểm tra đường dẫn.")
    if path.is_dir():
        raise WorkbookError(
            f"«{path}» là một thư mục, không phải tệp Excel. Hãy chọn một tệp .xlsx."
        )
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise WorkbookError(
            f"Không mở được tệp «{name}» ({exc.strerror or exc}). Nếu tệp đang mở trong Excel, "
            "hãy đóng Excel rồi thử lại."
        ) from None
    if size == 0:
        raise WorkbookError(f"Tệp «{name}» rỗng (0 byte). Hãy chọn đúng tệp danh sách.")
    if size > MAX_FILE_BYTES:
        raise WorkbookError(
            f"Tệp «{name}» quá lớn ({size // (1024 * 1024)} MB, tối đa "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB). Hãy chỉ giữ trang danh sách trẻ em, hoặc "
            "chia thành nhiều tệp."
        )
    if head.startswith(CFB_SIGNATURE):
        kind = _compound_file_kind(path)
        if kind == "encrypted":
            raise WorkbookError(
                f"Tệp «{name}» được đặt mật khẩu (mã hóa), phần mềm không đọc được. Hãy mở tệp "
                "bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật "
                "khẩu: để trống), lưu lại rồi chọn lại."
            )
        if kind == "xls":
            raise WorkbookError(f"Tệp «{name}» là tệp Excel cũ (.xls). {_SAVE_AS}")
        raise WorkbookError(
            f"Tệp «{name}» được đặt mật khẩu hoặc là tệp Excel cũ (.xls), phần mềm không đọc "
            f"được. Nếu có mật khẩu, hãy bỏ mật khẩu trong Excel. {_SAVE_AS}"
        )
    if not head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise WorkbookError(
            f"Tệp «{name}» không phải là tệp Excel .xlsx (có thể là tệp .xls cũ, CSV hoặc trang "
            f"web đã đổi tên). {_SAVE_AS}"
        )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = {i.filename: i for i in archive.infolist()}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise WorkbookError(
            f"Tệp «{name}» bị hỏng hoặc chưa được chép/tải về đủ: không đọc được cấu trúc của tệp "
            ".xlsx. Hãy chép lại tệp từ nơi gửi, hoặc mở bằng Excel và lưu lại."
        ) from None
    if not any(n.startswith("xl/") and n.endswith(".xml") and "workbook" in n for n in infos):
        if "content.xml" in infos:
            raise WorkbookError(f"Tệp «{name}» là bảng tính LibreOffice (.ods). {_SAVE_AS}")
        if "word/document.xml" in infos:
            raise WorkbookError(f"Tệp «{name}» là văn bản Word, không phải bảng tính Excel.")
        raise WorkbookError(f"Tệp «{name}» không phải là tệp Excel .xlsx. {_SAVE_AS}")
    shared = infos.get("xl/sharedStrings.xml")
    styles = infos.get("xl/styles.xml")
    if (shared is not None and shared.file_size > MAX_SHARED_STRINGS_BYTES) or (
        styles is not None and styles.file_size > MAX_STYLES_BYTES
    ):
        raise WorkbookError(
            f"Tệp «{name}» chứa quá nhiều dữ liệu chữ để đọc an toàn. Hãy chép riêng trang danh "
            "sách trẻ em sang một tệp mới rồi chọn tệp đó."
        )
