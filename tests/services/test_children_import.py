"""Importing children from Excel lists, on a real SQLite file: what each line becomes, the
duplicate check, all-or-nothing, the saved mapping, the rejected lines, malformed files."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import Household, ParentStatus, Sex
from commune_care.domain.schemas.children_import import ImportField, RowStatus
from commune_care.exports.xlsx.errors import WorkbookError
from commune_care.services import children_import
from commune_care.services.children import ChildrenService
from commune_care.services.children_import import ChildrenImportService, ImportCancelled
from tests import import_samples as samples
from tests.import_samples import Y

F = ImportField


@pytest.fixture
def importer(db: Database) -> ChildrenImportService:
    return ChildrenImportService(db, user="test")


def counts(db: Database) -> dict[str, int]:
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        result = {
            t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in ("children", "classifications", "audit_log", "children_fts")
        }
    conn.close()
    return result


def by_row(rows: object) -> dict[int, object]:
    return {r.row: r for r in rows}  # type: ignore[attr-defined]


# --- what the lines become --------------------------------------------------------------------


def test_the_official_list_line_by_line(importer: ChildrenImportService, tmp_path: Path) -> None:
    layout = importer.inspect(samples.official_list(tmp_path / "ds.xlsx"))
    assert layout.sheet == "Danh sách"  # the hidden sheet before it is not chosen
    assert layout.header_rows == (6, 7) and layout.mapping_source == "guessed"
    assert "Nguyễn Văn An" in layout.columns[1].samples
    preview = importer.preview(layout)
    rows = by_row(preview.rows)
    assert {n: r.status for n, r in rows.items()} == {
        9: RowStatus.SKIPPED, 10: RowStatus.READY, 11: RowStatus.READY, 12: RowStatus.READY,
        14: RowStatus.REJECTED, 15: RowStatus.DUPLICATE, 16: RowStatus.REJECTED,
        17: RowStatus.REJECTED, 18: RowStatus.READY, 20: RowStatus.SKIPPED,
    }  # fmt: skip
    an = rows[10].child
    assert an.full_name == "Nguyễn Văn An"  # stray spaces gone
    assert an.birth == PartialDate(Y - 11, 3, 7) and an.sex is Sex.MALE
    assert an.village_id == 1  # from the heading line "THÔN ĐÔNG" above it
    assert an.father_name == "Nguyễn Văn Hải" and an.father_status is ParentStatus.DEAD
    assert [g.group_code for g in rows[10].groups] == ["mo_coi_cha_hoac_me"]
    bich = rows[11].child
    assert bich.full_name == "Trần Thị Bích"  # NFD in the file, NFC in the register
    assert bich.sex is Sex.FEMALE and bich.birth == PartialDate(Y - 14, 3, 15)
    assert bich.village_id == 2 and bich.ethnicity_code == "02" and bich.notes == "Học giỏi"
    assert bich.household is Household.POOR
    assert [(g.group_code, g.subgroup) for g in rows[11].groups] == [("hcdb_d", 2)]
    pao = rows[12].child
    assert pao.ethnicity_code == "08" and pao.mother_status is ParentStatus.DEAD
    assert rows[12].groups[0].group_code == "hcdb_a"
    assert rows[18].child.birth == PartialDate(Y - 10) and rows[18].child.sex is Sex.MALE
    assert rows[18].groups[0].group_code == "sktt_van_de"
    assert (
        "Xóm Bắc" in rows[14].reasons[0] and "Thôn Đông, Thôn Tây, Bản Nà Hừ" in rows[14].reasons[0]
    )
    assert rows[15].reasons == (
        "Có thể trùng dòng 10 của tệp: Trùng họ tên và ngày sinh; Trùng họ tên và tên cha mẹ.",
    )
    assert rows[16].reasons == (f"Ngày 31/02/{Y - 12} không có thật trong lịch.",)
    assert rows[17].reasons == ("Hãy nhập ngày sinh, năm sinh hoặc tuổi ước tính của trẻ.",)
    assert any("con nhà khó khăn" in w for w in rows[17].warnings)
    assert rows[20].reasons == ("Dòng tổng cộng, không phải một trẻ.",)
    assert preview.unknown_villages == (("Xóm Bắc", 1),)
    assert preview.rows_read == 10 and preview.count(RowStatus.READY) == 4


def test_import_writes_the_valid_lines_with_search_groups_and_history(
    importer: ChildrenImportService, db: Database, tmp_path: Path
) -> None:
    before = counts(db)
    preview = importer.preview(importer.inspect(samples.official_list(tmp_path / "ds.xlsx")))
    summary = importer.import_rows(preview)
    assert (summary.rows_read, summary.imported, summary.duplicates, summary.rejected,
            summary.skipped) == (10, 4, 1, 3, 2)  # fmt: skip
    assert summary.classifications == 4
    assert (summary.first_code, summary.last_code) == ("TE000001", "TE000004")
    after = counts(db)
    assert after["children"] == before["children"] + 4 == after["children_fts"]
    assert after["classifications"] == 4
    # one row for the import, one "create" per child, one "classify" per group, the mapping
    assert after["audit_log"] - before["audit_log"] == 1 + 4 + 4 + 1
    children = ChildrenService(db)
    found = children.search("nguyen van an")
    assert [c.full_name for c in found] == ["Nguyễn Văn An"]
    assert found[0].group_codes == ("mo_coi_cha_hoac_me",)
    assert [c.full_name for c in children.search("bich")] == ["Trần Thị Bích"]
    history = children.history(found[0].id)
    assert history[-1].action == "Tạo hồ sơ"
    assert history[-1].summary == "Nhập từ tệp Excel «ds.xlsx», trang «Danh sách», dòng 10"
    group = children.get(found[0].id).classifications[0]
    assert group.start_date == date.today() and group.basis == "Danh sách Excel «ds.xlsx»"
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        action, changes = conn.execute(
            "SELECT action, changes FROM audit_log WHERE entity = 'children_import'"
        ).fetchone()
    conn.close()
    assert action == "import" and json.loads(changes)["imported"] == 4


def test_importing_the_same_file_again_adds_nobody(
    importer: ChildrenImportService, db: Database, tmp_path: Path
) -> None:
    path = samples.official_list(tmp_path / "ds.xlsx")
    first, _ = importer.run(path)
    assert first.imported == 4
    before = counts(db)["children"]
    again, _ = importer.run(path)
    assert again.imported == 0 and again.duplicates == 5 and again.rejected == 3
    assert counts(db)["children"] == before
    reasons = [r.reasons[0] for r in again.rows if r.status is RowStatus.DUPLICATE]
    assert reasons[0].startswith("Có thể trùng hồ sơ TE000001 «Nguyễn Văn An»: Trùng")


def test_duplicates_of_children_already_registered(
    importer: ChildrenImportService, children: ChildrenService, tmp_path: Path
) -> None:
    children.create(children.validate({"full_name": "Lê Văn Cường", "birth": PartialDate(Y - 14)}))
    children.create(children.validate(
        {"full_name": "Người Khác", "birth": PartialDate(2001), "id_number": "008313000045",
         "over_age_reason": "Kiểm tra"}
    ))  # fmt: skip
    preview = importer.preview(importer.inspect(samples.plain_list(tmp_path / "ds.xlsx")))
    rows = preview.rows
    assert rows[0].status is RowStatus.DUPLICATE and rows[0].duplicate_of == "TE000001"
    assert "Trùng họ tên và ngày sinh" in rows[0].reasons[0]  # both: the year only
    assert rows[1].status is RowStatus.DUPLICATE and rows[1].duplicate_of == "TE000002"
    assert "Trùng số định danh cá nhân 008313000045" in rows[1].reasons[0]


def test_sex_spellings_numbers_and_villages_of_a_plain_list(
    importer: ChildrenImportService, tmp_path: Path
) -> None:
    preview = importer.preview(importer.inspect(samples.plain_list(tmp_path / "ds.xlsx")))
    rows = preview.rows
    assert [r.child.sex if r.child else None for r in rows] == [
        Sex.MALE, Sex.FEMALE, Sex.MALE, None, Sex.MALE,
    ]  # fmt: skip
    assert rows[1].child.id_number == "008313000045"
    assert any("đã thêm lại" in w for w in rows[1].warnings)
    assert rows[1].child.village_id == 1  # "thon dong"
    assert rows[2].child.mother_status is ParentStatus.DEAD
    assert rows[3].status is RowStatus.REJECTED
    assert rows[3].reasons == ("Số định danh cá nhân phải gồm đúng 12 chữ số (đang có 6 ký tự).",)
    assert rows[4].child.village_id is None and rows[4].status is RowStatus.READY


def test_ticked_group_columns_and_a_date_in_three_columns(
    importer: ChildrenImportService, tmp_path: Path
) -> None:
    preview = importer.preview(importer.inspect(samples.tick_columns_list(tmp_path / "ds.xlsx")))
    tu, hanh, long = preview.rows
    assert tu.child.birth == PartialDate(Y - 12, 4, 3) and tu.child.sex is Sex.MALE
    assert [g.group_code for g in tu.groups] == ["hcdb_a"] and tu.child.household is Household.POOR
    assert hanh.child.birth == PartialDate(Y - 10) and hanh.child.sex is Sex.FEMALE
    assert [g.group_code for g in hanh.groups] == ["hcdb_d"]
    assert long.status is RowStatus.REJECTED
    assert long.reasons == ("Dòng này ghi ở cả cột Nam và cột Nữ: hãy để lại một cột.",)


def test_a_child_aged_16_or_more_is_refused_by_the_register_rule(
    importer: ChildrenImportService, tmp_path: Path
) -> None:
    old = date.today().year - 17
    path = samples.plain_list(
        tmp_path / "ds.xlsx", [["Đỗ Văn Lớn", old, "Nam", "", "", "", "", ""]]
    )
    row = importer.preview(importer.inspect(path)).rows[0]
    assert row.status is RowStatus.REJECTED
    assert "đủ 16 tuổi" in row.reasons[0]


# --- formulas ---------------------------------------------------------------------------------


def test_formulas_give_their_stored_values_or_a_clear_reason(
    importer: ChildrenImportService, tmp_path: Path
) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Năm sinh", "Giới tính"])
    ws.append(["Nguyễn Văn An", f"={Y - 11}", "Nam"])
    ws.append(["Trần Thị Bình", "=YEAR(TODAY())-9", "Nữ"])
    path = tmp_path / "cong-thuc.xlsx"
    wb.save(path)
    samples.add_cached_values(path, {"B2": str(Y - 11)})
    preview = importer.preview(importer.inspect(path))
    an, binh = preview.rows
    assert an.status is RowStatus.READY and an.child.birth == PartialDate(Y - 11)
    assert binh.status is RowStatus.REJECTED
    assert binh.reasons[0].startswith("Ô B3 là công thức chưa có giá trị đã tính")
    assert "mở tệp bằng Excel, lưu lại" in binh.reasons[0]
    assert preview.notes == (
        "1 dòng bị từ chối vì có ô công thức chưa có giá trị đã tính (tệp chưa được mở và lưu "
        "bằng Excel). Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.",
    )


def test_an_excel_error_value_is_named(importer: ChildrenImportService, tmp_path: Path) -> None:
    path = samples.plain_list(tmp_path / "ds.xlsx", [["Lê Văn Cường", "#REF!", "Nam"]])
    row = importer.preview(importer.inspect(path)).rows[0]
    assert row.reasons[0] == "Ô B2 có lỗi công thức #REF!. Hãy sửa ô này trong Excel rồi nhập lại."


# --- all or nothing ---------------------------------------------------------------------------


def test_cancel_while_writing_leaves_nothing(
    importer: ChildrenImportService, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(children_import, "BATCH", 2)
    preview = importer.preview(importer.inspect(samples.official_list(tmp_path / "ds.xlsx")))
    before = counts(db)
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1  # after the first batch is written

    with pytest.raises(ImportCancelled, match="không có trẻ nào được nhập"):
        importer.import_rows(preview, cancelled=cancelled)
    assert counts(db) == before


def test_a_failure_in_the_middle_leaves_nothing(
    importer: ChildrenImportService, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(children_import, "BATCH", 2)
    real = children_import.insert_children
    written: list[int] = []

    def failing(*args: object, **kwargs: object) -> list[str]:
        if written:
            raise OSError("disk full")
        written.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(children_import, "insert_children", failing)
    preview = importer.preview(importer.inspect(samples.official_list(tmp_path / "ds.xlsx")))
    before = counts(db)
    with pytest.raises(OSError):
        importer.import_rows(preview)
    assert written and counts(db) == before


def test_a_child_registered_after_the_preview_is_not_imported_twice(
    importer: ChildrenImportService, children: ChildrenService, tmp_path: Path
) -> None:
    preview = importer.preview(importer.inspect(samples.plain_list(tmp_path / "ds.xlsx")))
    children.create(children.validate({"full_name": "Lê Văn Cường", "birth": PartialDate(Y - 14)}))
    summary = importer.import_rows(preview)
    assert summary.duplicates == 1 and summary.imported == 3


def test_a_dry_run_writes_nothing(
    importer: ChildrenImportService, db: Database, tmp_path: Path
) -> None:
    before = counts(db)
    summary, _ = importer.run(samples.official_list(tmp_path / "ds.xlsx"), dry_run=True)
    assert summary.dry_run and summary.imported == 4 and summary.first_code == ""
    assert counts(db) == before


# --- the mapping ------------------------------------------------------------------------------


def test_a_corrected_mapping_is_saved_for_the_template(
    importer: ChildrenImportService, db: Database, tmp_path: Path
) -> None:
    path = samples.plain_list(tmp_path / "ds.xlsx")
    layout = importer.inspect(path)
    mapping = list(layout.mapping)
    mapping[6] = F.NOTES  # "DOI TUONG" kept as notes, not read as groups
    corrected = layout.with_mapping(tuple(mapping))
    summary = importer.import_rows(importer.preview(corrected))
    assert summary.classifications == 0
    other = samples.plain_list(tmp_path / "khac.xlsx", [["Mạc Văn Tí", Y - 11, "Nam", "", "", "",
                                                        "Khuyết tật", ""]])  # fmt: skip
    again = importer.inspect(other)
    assert again.mapping_source == "saved" and again.mapping[6] is F.NOTES
    assert again.guessed[6] is F.GROUPS
    row = importer.preview(again).rows[0]
    assert row.child.notes == "Khuyết tật" and row.groups == ()


def test_a_mapping_that_cannot_work_is_refused(
    importer: ChildrenImportService, tmp_path: Path
) -> None:
    layout = importer.inspect(samples.plain_list(tmp_path / "ds.xlsx"))
    twice = (F.FULL_NAME, F.BIRTH, F.SEX, F.VILLAGE, F.FULL_NAME, F.MOTHER_NAME, F.GROUPS,
             F.ID_NUMBER)  # fmt: skip
    with pytest.raises(WorkbookError, match="Cột A và cột E cùng được nhập vào «Họ và tên»"):
        importer.preview(layout.with_mapping(twice))
    no_name = (F.IGNORE, *layout.mapping[1:])
    with pytest.raises(WorkbookError, match="cột chứa «Họ và tên»"):
        importer.preview(layout.with_mapping(no_name))
    no_birth = (layout.mapping[0], F.IGNORE, *layout.mapping[2:])
    with pytest.raises(WorkbookError, match="ngày sinh hoặc năm sinh"):
        importer.preview(layout.with_mapping(no_birth))


# --- the lines not imported -------------------------------------------------------------------


def test_rejected_lines_go_to_a_workbook_that_can_be_corrected_and_imported(
    importer: ChildrenImportService, db: Database, tmp_path: Path
) -> None:
    errors = tmp_path / "loi.xlsx"
    summary, preview = importer.run(samples.official_list(tmp_path / "ds.xlsx"), errors_path=errors)
    assert importer.write_problems(preview.layout, summary.rows, errors) == 4
    ws = load_workbook(errors).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0][-2:] == ["Lý do", "Dòng gốc"]
    assert rows[0][1] == "Họ và tên" and rows[0][2] == "Ngày, tháng, năm sinh / Nam"
    by_line = {r[-1]: r for r in rows[1:]}
    assert set(by_line) == {14, 15, 16, 17}
    assert by_line[16][-2] == f"Ngày 31/02/{Y - 12} không có thật trong lịch."
    # The officer corrects two lines in the error workbook and imports it.
    ws.cell(row=[r[-1] for r in rows].index(16) + 1, column=3).value = f"28/02/{Y - 12}"
    ws.cell(row=[r[-1] for r in rows].index(14) + 1, column=6).value = "Thôn Tây"
    fixed = tmp_path / "da-sua.xlsx"
    ws.parent.save(fixed)
    layout = importer.inspect(fixed)
    assert layout.mapping[-2:] == (F.IGNORE, F.IGNORE)  # "Lý do" and "Dòng gốc" stay out
    again = importer.import_rows(importer.preview(layout))
    assert again.imported == 2 and again.duplicates == 1 and again.rejected == 1


# --- files that cannot be imported ------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: samples.not_xlsx(d / "a.xlsx"), "không phải là tệp Excel"),
        (lambda d: samples.truncated(d / "b.xlsx", samples.official_list(d / "src.xlsx")),
         "bị hỏng"),
        (lambda d: samples.encrypted(d / "c.xlsx"), "mật khẩu"),
        (lambda d: samples.empty_sheet(d / "d.xlsx"), "không có dữ liệu"),
    ],
)  # fmt: skip
def test_malformed_files_are_refused_and_nothing_is_written(
    importer: ChildrenImportService, db: Database, tmp_path: Path, make: object, words: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    before = counts(db)
    with pytest.raises(WorkbookError, match=words):
        importer.run(path)
    assert counts(db) == before


def test_a_sheet_over_the_limit_is_refused_whole(
    importer: ChildrenImportService, db: Database, tmp_path: Path
) -> None:
    path = samples.huge_sheet(tmp_path / "lon.xlsx", rows=1_000_000)
    before = counts(db)
    with pytest.raises(WorkbookError, match=r"hơn 20\.000 dòng.*Chưa có trẻ nào được nhập"):
        importer.run(path)
    assert counts(db) == before


def test_a_hidden_sheet_can_be_chosen_and_a_missing_one_is_named(
    importer: ChildrenImportService, tmp_path: Path
) -> None:
    path = samples.official_list(tmp_path / "ds.xlsx")
    assert [s.name for s in importer.sheets(path)] == ["Dữ liệu cũ", "Danh sách"]
    layout = importer.inspect(path, "Dữ liệu cũ")
    assert importer.preview(layout).rows[0].name == "Không được nhập"
    with pytest.raises(WorkbookError, match="không có trang tính «Trẻ em»"):
        importer.inspect(path, "Trẻ em")


def test_a_sheet_without_a_header(importer: ChildrenImportService, tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["Báo cáo", "số liệu"])
    wb.active.append([1, 2])
    path = tmp_path / "bao-cao.xlsx"
    wb.save(path)
    with pytest.raises(WorkbookError, match="Không tìm thấy dòng tiêu đề"):
        importer.inspect(path)


def test_progress_is_reported_and_cancel_while_reading(
    importer: ChildrenImportService, tmp_path: Path
) -> None:
    rows = [[f"Trẻ số {i}", Y - 11, "Nam", "", "", "", "", ""] for i in range(600)]
    layout = importer.inspect(samples.plain_list(tmp_path / "ds.xlsx", rows))
    seen: list[tuple[int, int]] = []
    importer.preview(layout, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    with pytest.raises(ImportCancelled):
        importer.preview(layout, cancelled=lambda: True)
