"""The exports as LibreOffice prints them (issue #6 item 7): ``soffice --headless
--convert-to pdf`` on our workbook and on a filled province template, then the pages read back:
the official header lines on the first page of every sheet, A4 landscape, the list fitted to the
page width, the header rows repeated on every page of the long list, the template's title,
totals and signatures. Skipped where LibreOffice is not installed (CI does not install it)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from commune_care.db.migrate import migrate
from commune_care.db.session import Database
from commune_care.services.demo import generate_demo
from commune_care.services.excel_export import ExcelExportService
from commune_care.services.excel_template_export import TemplateExportService
from commune_care.services.excel_templates import ExcelTemplatesService
from tests.excel_template_samples import province_template

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: the PDF look of the exports is not checked "
    "here. Install libreoffice-calc to run it.",
)
TODAY = date(2026, 11, 20)
A4_LANDSCAPE = (842, 595)  # points


def to_pdf(xlsx: Path, tmp_path: Path) -> Path:
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(xlsx.parent), str(xlsx)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    pdf = xlsx.with_suffix(".pdf")
    assert pdf.exists(), "LibreOffice wrote no PDF"
    return pdf


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database(tmp_path_factory.mktemp("lo") / "demo.sqlite3")
    migrate(db)
    generate_demo(db, 600, seed=8, today=TODAY, user="test")
    yield db
    db.dispose()


def test_our_workbook_prints_landscape_fitted_with_repeated_headers(
    demo: Database, tmp_path: Path
) -> None:
    out = tmp_path / "so-lieu.xlsx"
    ExcelExportService(demo, user="test").export(2026, out, today=TODAY)
    with pdfplumber.open(to_pdf(out, tmp_path)) as pdf:
        pages = [(round(p.width), round(p.height), p.extract_text() or "", p) for p in pdf.pages]
        assert all((w, h) == A4_LANDSCAPE for w, h, _t, _p in pages)
        firsts = [t for _w, _h, t, _p in pages if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in t]
        assert len(firsts) == 6  # one first page per sheet
        assert all("Độc lập - Tự do - Hạnh phúc" in t for t in firsts)
        children = [
            t for _w, _h, t, _p in pages if "Họ và tên" in t and "Đối tượng" in t and "Địa chỉ" in t
        ]
        assert len(children) > 3  # the long list runs over pages, its header on each one
        for _w, _h, _t, page in pages:  # fitted to the width: nothing cut at the right edge
            assert all(ch["x1"] <= page.width + 0.5 for ch in page.chars)
        # no column of the list on a page of its own (fit to width keeps them together)
        assert all("Mẹ" in t for t in children)


def test_a_filled_template_prints_its_title_totals_and_signatures(
    demo: Database, tmp_path: Path
) -> None:
    source = province_template(tmp_path / "mau.xlsx")
    service = ExcelTemplatesService(demo, user="test")
    layout = service.inspect(source)
    service.save("Mẫu in", source, layout, layout.columns)
    out = tmp_path / "gui-so.xlsx"
    summary = TemplateExportService(demo, user="test").export("Mẫu in", 2026, out, today=TODAY)
    with pdfplumber.open(to_pdf(out, tmp_path)) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
        sizes = {(round(p.width), round(p.height)) for p in pdf.pages}
        listing = [
            p.extract_text() or "" for p in pdf.pages if "Họ và tên" in (p.extract_text() or "")
        ]
    assert sizes <= {A4_LANDSCAPE, (595, 842)}  # the guide sheet keeps its own portrait page
    assert "DANH SÁCH TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT" in text
    assert f"Tổng cộng: {summary.rows}" in text
    assert "Người lập biểu" in text and "TM. ỦY BAN NHÂN DÂN" in text
    assert len(listing) >= 1 and all("Ngày sinh" in t for t in listing)
