"""The register of outgoing documents on a real SQLite file: numbers per type and year from 01,
unique (the database refuses a second one too), drafts numbered when issued, cancelling keeps the
number, bad input refused with nothing written; the issued document frozen as it was signed."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from typing import Any

import pytest

from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.domain.documents import DocumentStatus, DocumentType, EntityKind, SignerRole
from commune_care.domain.errors import InvalidInput, NotFound
from commune_care.domain.official_document import Paragraph
from commune_care.domain.schemas.documents import DocumentFilter
from commune_care.services.children import ChildrenService
from commune_care.services.commune import CommuneService
from commune_care.services.documents import DocumentsService, SignerChoice
from tests.exports.pdf_reading import Pdf
from tests.exports.samples import plan

RECIPIENTS = ["UBND huyện;", "- Trạm y tế xã;", "Lưu: VT, VHXH."]


@pytest.fixture
def documents(db: Database) -> DocumentsService:
    return DocumentsService(db, user="test")


def draft(documents: DocumentsService, doc_type: DocumentType = DocumentType.KE_HOACH,
          **extra: Any) -> int:  # fmt: skip
    values: dict[str, Any] = {
        "doc_type": doc_type,
        "subject": "Thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em năm 2025",
        "recipients": RECIPIENTS,
    } | extra
    return documents.create_draft(documents.validate_draft(values)).id


def issue(documents: DocumentsService, doc_id: int, day: date = date(2025, 3, 5),
          **extra: Any) -> Any:  # fmt: skip
    values = {"issued_on": day, "signer_role": SignerRole.CHAIRMAN,
              "signer_name": "Nguyễn Văn Bình"} | extra  # fmt: skip
    return documents.issue(doc_id, documents.validate_issue(values))


def rows(db: Database, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    assert db.path is not None
    with sqlite3.connect(db.path) as conn:
        return conn.execute(sql, args).fetchall()


def snapshot(db: Database) -> tuple[Any, ...]:
    return (
        rows(db, "SELECT * FROM documents ORDER BY id"),
        rows(db, "SELECT count(*) FROM audit_log"),
    )


def test_numbers_run_per_type_and_restart_each_year(documents: DocumentsService) -> None:
    plans = [draft(documents) for _ in range(3)]
    report = draft(documents, DocumentType.BAO_CAO, subject="Kết quả năm 2024")
    issued = [issue(documents, i, date(2024, 12, 30)) for i in plans[:2]]
    assert [d.number for d in issued] == [1, 2]
    assert [d.number_symbol for d in issued] == ["01/KH-UBND", "02/KH-UBND"]
    assert issue(documents, report, date(2024, 12, 31)).number_symbol == "01/BC-UBND"
    new_year = issue(documents, plans[2], date(2025, 1, 2))
    assert (new_year.year, new_year.number, new_year.number_symbol) == (2025, 1, "01/KH-UBND")
    assert documents.next_number(DocumentType.KE_HOACH, 2024) == 3
    assert documents.next_number(DocumentType.KE_HOACH, 2025) == 2
    assert documents.next_number(DocumentType.QUYET_DINH, 2025) == 1


def test_a_draft_is_unnumbered_until_issued_then_frozen(
    documents: DocumentsService, db: Database, commune: CommuneService
) -> None:
    content = plan([Paragraph(text="Nội dung kế hoạch của xã.")], number=None, issued_on=None)
    doc_id = draft(documents, content=content, entity_kind=EntityKind.YEAR, entity_id=2025)
    out = documents.get(doc_id)
    assert out.status is DocumentStatus.DRAFT and out.number is None and out.number_symbol == ""
    assert out.recipients == ("UBND huyện", "Trạm y tế xã", "Lưu: VT, VHXH")
    preview = Pdf(documents.render(doc_id, SignerChoice(role=SignerRole.VICE_CHAIRMAN)).data)
    text = preview.text()
    assert "/KH-UBND" in text and "Số: 0" not in text  # the number left blank
    assert "KT. CHỦ TỊCH" in text and "Lê Văn Sơn" in text  # the profile's Phó Chủ tịch
    assert "Thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em năm 2025" in text
    assert "- Lưu: VT, VHXH." in text
    preview.close()

    issued = issue(documents, doc_id, date(2025, 3, 5), signer_role=SignerRole.VICE_CHAIRMAN,
                   signer_name="Lê Văn Sơn", on_behalf=True)  # fmt: skip
    assert issued.status is DocumentStatus.ISSUED and issued.number == 1
    assert (
        issued.issued_on == date(2025, 3, 5) and issued.signer_label == "Lê Văn Sơn (Phó Chủ tịch)"
    )
    assert issued.signer_title == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    # A later change of the commune's name does not touch the issued document.
    profile = commune.profile()
    assert profile is not None
    renamed = profile.model_copy(update={"agency_name": "XÃ HÒA CƯ MỚI"})
    commune.save_profile(renamed)
    signed = Pdf(documents.render(doc_id, SignerChoice(role=SignerRole.CHAIRMAN)).data)
    text = signed.text()
    assert "Số: 01/KH-UBND" in text and "Hòa Cư, ngày 05 tháng 3 năm 2025" in text
    assert "XÃ HÒA CƯ MỚI" not in text and "PHÓ CHỦ TỊCH" in text  # the signer it was issued with
    signed.close()
    actions = [r[0] for r in rows(db, "SELECT action FROM audit_log WHERE entity='document'")]
    assert actions == ["draft", "issue"]
    with pytest.raises(InvalidInput, match="không cấp số lại"):
        issue(documents, doc_id)
    with pytest.raises(InvalidInput, match="không sửa được"):
        documents.update_draft(doc_id, documents.validate_draft(
            {"doc_type": DocumentType.KE_HOACH, "subject": "Khác"}))  # fmt: skip


def test_cancelling_keeps_the_number_which_is_never_given_again(
    documents: DocumentsService, db: Database
) -> None:
    first, second = draft(documents), draft(documents)
    issue(documents, first)
    cancelled = documents.cancel(
        first, documents.validate_cancel({"reason": "Sai đối tượng", "cancelled_on": date(2025, 3, 6)})
    )  # fmt: skip
    assert cancelled.status is DocumentStatus.CANCELLED and cancelled.number == 1
    assert cancelled.cancel_reason == "Sai đối tượng"
    assert issue(documents, second).number == 2  # 01 stays with the cancelled document
    assert rows(db, "SELECT id, number, status FROM documents ORDER BY id") == [
        (first, 1, "da_huy"), (second, 2, "da_ban_hanh"),
    ]  # fmt: skip
    with pytest.raises(InvalidInput, match="đã hủy"):
        documents.cancel(first, documents.validate_cancel({"reason": "x", "cancelled_on": date(2025, 3, 6)}))  # fmt: skip
    with pytest.raises(InvalidInput, match="cấp số lại"):
        issue(documents, first)
    history = documents.history(first)
    assert [h.action for h in history] == ["Hủy văn bản", "Ban hành, cấp số", "Lập dự thảo"]
    assert history[0].summary == "Sai đối tượng"
    # A draft given up is cancelled too, never deleted.
    third = draft(documents)
    documents.cancel(third, documents.validate_cancel({"reason": "Không dùng", "cancelled_on": date.today()}))  # fmt: skip
    assert documents.get(third).number is None
    assert rows(db, "SELECT count(*) FROM documents") == [(3,)]


def test_a_number_is_unique_in_its_year_and_type(documents: DocumentsService, db: Database) -> None:
    a, b, c = draft(documents), draft(documents), draft(documents, DocumentType.QUYET_DINH)
    assert issue(documents, a, number=12).number == 12  # the paper register was at 11
    before = snapshot(db)
    with pytest.raises(InvalidInput) as caught:
        issue(documents, b, number=12)
    assert "12/KH-UBND đã cấp" in caught.value.errors["number"]
    assert "(13)" in caught.value.errors["number"]
    assert snapshot(db) == before
    assert issue(documents, b).number == 13
    assert issue(documents, c, number=12).number_symbol == "12/QĐ-UBND"  # another type
    # The database refuses it too, whoever writes.
    with pytest.raises(sqlite3.IntegrityError), sqlite3.connect(str(db.path)) as conn:
        conn.execute(
            "INSERT INTO documents (doc_type, status, year, number, issued_on, subject, "
            "recipients, signer_role, signer_title, signer_name, entity_kind, template, "
            "marking, content, cancel_reason, created_by, created_at, updated_at) VALUES "
            "('ke_hoach', 'da_ban_hanh', 2025, 12, '2025-03-05', 'x', '', '', '', '', '', "
            "'', '', '', '', '', '2025-03-05', '2025-03-05')"
        )
    # an issued document without a number
    with pytest.raises(sqlite3.IntegrityError), sqlite3.connect(str(db.path)) as conn:
        conn.execute(
            "INSERT INTO documents (doc_type, status, subject, recipients, signer_role, "
            "signer_title, signer_name, entity_kind, template, marking, content, "
            "cancel_reason, created_by, created_at, updated_at) VALUES ('ke_hoach', "
            "'da_ban_hanh', 'x', '', '', '', '', '', '', '', '', '', '', '2025-03-05', "
            "'2025-03-05')"
        )


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"subject": "  "}, "subject", "trích yếu"),
        ({"doc_type": "cong_van"}, "doc_type", "danh sách"),
        ({"entity_kind": EntityKind.CHILD}, "__all__", "cả loại và đối tượng"),
        ({"entity_kind": EntityKind.YEAR, "entity_id": 25}, "__all__", "4 chữ số"),
        ({"entity_kind": EntityKind.CHILD, "entity_id": 999}, "entity_id", "Không có trẻ"),
        ({"entity_kind": EntityKind.CASE, "entity_id": 999}, "entity_id", "Không có hồ sơ"),
        ({"recipients": ["x" * 300]}, "recipients", "quá giới hạn"),
        ({"marking": "M\x00T"}, "marking", "ký tự điều khiển"),
    ],
)
def test_bad_drafts_are_refused_with_nothing_written(
    documents: DocumentsService, db: Database, values: dict[str, Any], field: str, words: str
) -> None:
    before = snapshot(db)
    base = {"doc_type": DocumentType.KE_HOACH, "subject": "Kế hoạch năm 2025"}
    with pytest.raises(InvalidInput) as caught:
        documents.create_draft(documents.validate_draft(base | values))
    assert field in caught.value.errors, caught.value.errors
    assert words.lower() in caught.value.errors[field].lower()
    assert snapshot(db) == before


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"issued_on": date.today() + timedelta(days=1)}, "issued_on", "tương lai"),
        ({"signer_name": " "}, "signer_name", "họ tên người ký"),
        ({"number": 0}, "number", "01"),
        ({"signer_role": "bi_thu"}, "signer_role", "danh sách"),
    ],
)
def test_bad_issues_are_refused_with_nothing_written(
    documents: DocumentsService, db: Database, values: dict[str, Any], field: str, words: str
) -> None:
    doc_id = draft(documents)
    before = snapshot(db)
    with pytest.raises(InvalidInput) as caught:
        issue(documents, doc_id, **values)
    assert words.lower() in caught.value.errors[field].lower(), caught.value.errors
    assert snapshot(db) == before


def test_issue_needs_the_keep_line_of_noi_nhan(documents: DocumentsService, db: Database) -> None:
    doc_id = draft(documents, recipients=["UBND huyện"])
    before = snapshot(db)
    with pytest.raises(InvalidInput) as caught:
        issue(documents, doc_id)
    assert "Lưu: VT" in caught.value.errors["recipients"]
    assert snapshot(db) == before
    with pytest.raises(InvalidInput, match="lý do hủy"):
        documents.validate_cancel({"reason": "", "cancelled_on": date.today()})
    with pytest.raises(NotFound):
        documents.get(9999)


def test_list_filters_by_year_type_and_status(
    documents: DocumentsService, children: ChildrenService
) -> None:
    child = children.create(
        children.validate({"full_name": "Hà Văn Khánh", "birth": PartialDate(2015)})
    ).id
    old = draft(documents)
    issue(documents, old, date(2024, 5, 6))
    this_year = draft(documents, DocumentType.BAO_CAO, subject="Báo cáo")
    issue(documents, this_year, date.today())
    pending = draft(documents, DocumentType.QUYET_DINH, subject="Quyết định",
                    entity_kind=EntityKind.CHILD, entity_id=child)  # fmt: skip
    everything = documents.list()
    assert [d.id for d in everything] == [pending, this_year, old]  # drafts first, then latest
    assert [d.id for d in documents.list(DocumentFilter(year=2024))] == [old]
    assert {d.id for d in documents.list(DocumentFilter(year=date.today().year))} == {
        pending, this_year,
    }  # fmt: skip
    assert [d.id for d in documents.list(DocumentFilter(doc_type=DocumentType.BAO_CAO))] == [
        this_year
    ]
    drafts = documents.list(DocumentFilter(status=DocumentStatus.DRAFT))
    assert [d.id for d in drafts] == [pending]
    mine = documents.list(DocumentFilter(entity_kind=EntityKind.CHILD, entity_id=child))
    assert [d.id for d in mine] == [pending]
    assert documents.years() == sorted({date.today().year, 2024}, reverse=True)


def test_update_draft_records_what_changed(documents: DocumentsService, db: Database) -> None:
    doc_id = draft(documents)
    updated = documents.update_draft(
        doc_id,
        documents.validate_draft(
            {
                "doc_type": DocumentType.KE_HOACH,
                "subject": "Kế hoạch sửa lại",
                "recipients": "UBND huyện\nLưu: VT",
                "marking": "mật",
                "content": plan([Paragraph(text="Mới.")]),
            }
        ),
    )
    assert updated.subject == "Kế hoạch sửa lại" and updated.marking == "MẬT"
    changes = json.loads(
        rows(db, "SELECT changes FROM audit_log WHERE action='update' AND entity='document'")[0][0]
    )
    assert set(changes) >= {"subject", "recipients", "marking", "content"}
    assert "Mới." in Pdf(documents.render(doc_id).data).text()
