"""The templates of the documents the officer edits before printing: the year's plan of the
programme (QĐ 1591/QĐ-TTg), the year's report, the decision approving a case's plan (Mẫu 05,
with the plan of Mẫu 04 attached) and the decision placing a child in alternative care (Mẫu 12).

A template is a list of fields, each a text the officer may rewrite. ``default`` is the standard
text with ``{placeholders}`` filled from the commune and the data. ``reuse``: the field is taken
from the last document of the same template (last year's plan, the last decision), so what the
commune rewrote once stays rewritten; fields that carry a case's, a child's or a year's data are
built again each time. The plan's texts follow the real plans of ``shared/seeds`` (000: a
commune's plan of this very programme; 002: a commune's plan for 2023–2030): their sections,
their wording, the two targets, a paragraph per responsible body.

Where the official form is not known (Mẫu 04, 05 and 12 of Nghị định 56/2017 are [U] in
``shared/reference/nd56-forms.md``), the fixed texts follow the decree's articles and the
decision layout of Nghị định 30/2020 Mẫu 1.2; every one of them can be rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "APPROVAL",
    "CASE_PLAN_MONITORING",
    "FIELD_LABELS",
    "PLACEMENT",
    "PLAN",
    "PLAN_ORG_KEYS",
    "REPORT",
    "TEMPLATES",
    "TemplateField",
    "template_fields",
]

PLAN = "ke_hoach_sktt_mo_coi"
REPORT = "bao_cao_ket_qua_nam"
APPROVAL = "quyet_dinh_mau_05"
PLACEMENT = "quyet_dinh_mau_12"


@dataclass(frozen=True, slots=True)
class TemplateField:
    key: str
    default: str
    reuse: bool = True
    multiline: bool = True

    @property
    def label(self) -> str:
        """The field's name in Vietnamese, for the messages of the service."""
        return FIELD_LABELS.get(self.key, self.key)


FIELD_LABELS = {
    "subject": "Trích yếu",
    "intro": "Phần mở đầu",
    "purpose": "Mục đích",
    "requirements": "Yêu cầu",
    "targets": "Mục tiêu, chỉ tiêu",
    "figures": "Số liệu trên địa bàn",
    "tasks": "Nhiệm vụ và giải pháp",
    "budget": "Kinh phí thực hiện",
    "org_vhxh": "Công chức Văn hóa - Xã hội",
    "org_health": "Trạm Y tế xã",
    "org_schools": "Các trường học",
    "org_justice": "Công chức Tư pháp - Hộ tịch",
    "org_finance": "Công chức Tài chính - Kế toán",
    "org_front": "Ủy ban Mặt trận Tổ quốc và các đoàn thể",
    "closing": "Đoạn kết",
    "recipients": "Nơi nhận",
    "addressees": "Kính gửi",
    "direction": "Công tác chỉ đạo, triển khai",
    "children_note": "Nhận xét về tình hình trẻ em",
    "mental_health_note": "Nhận xét về chăm sóc sức khỏe tâm thần",
    "orphans_note": "Nhận xét về chăm sóc trẻ em mồ côi",
    "cases_note": "Nhận xét về hỗ trợ, can thiệp",
    "services_note": "Nhận xét về dịch vụ",
    "activities": "Hoạt động truyền thông, tập huấn, thăm hỏi",
    "strengths": "Ưu điểm",
    "limits": "Tồn tại, hạn chế",
    "next_year": "Phương hướng, nhiệm vụ năm sau",
    "proposals": "Đề xuất, kiến nghị",
    "authority": "Thẩm quyền ban hành",
    "basis": "Căn cứ ban hành",
    "basis_case": "Căn cứ của trường hợp",
    "proposal": "Theo đề nghị của",
    "article_1": "Điều 1",
    "article_2": "Điều 2",
    "article_3": "Điều 3",
    "monitoring": "Giám sát, đánh giá (kế hoạch hỗ trợ, can thiệp)",
}


# --- Kế hoạch thực hiện Chương trình … năm YYYY (seeds 000 and 002) -----------------------------

_PLAN_SUBJECT = (
    "Thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em mồ côi năm "
    "{year} trên địa bàn {commune}"
)
_PLAN_INTRO = (
    "Thực hiện Quyết định số 1591/QĐ-TTg ngày 08/12/2023 của Thủ tướng Chính phủ phê duyệt "
    "Chương trình chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em mồ côi giai đoạn 2023 - "
    "2030 và Kế hoạch số ……/KH-…… ngày …… của {upper} về thực hiện Chương trình năm {year}. "
    "{committee} xây dựng Kế hoạch thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em, "
    "chăm sóc trẻ em mồ côi năm {year} trên địa bàn {commune}, cụ thể như sau:"
)
_PLAN_PURPOSE = """\
Trẻ em có vấn đề về sức khỏe tâm thần, trẻ em mồ côi đều được chăm sóc sức khỏe tâm thần, được tiếp cận các dịch vụ hỗ trợ phù hợp nhằm thực hiện các quyền của trẻ em, chăm sóc phát triển toàn diện trẻ em.
Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền, sự phối hợp giữa các tổ chức đoàn thể, tổ chức chính trị - xã hội, đơn vị sự nghiệp, sự tham gia của gia đình, cá nhân và cộng đồng nhằm nâng cao hiệu quả quản lý nhà nước về công tác chăm sóc sức khỏe tâm thần trẻ em và chăm sóc trẻ em mồ côi trên địa bàn xã.
Xây dựng môi trường sống an toàn, lành mạnh, thân thiện để thực hiện ngày càng tốt hơn các quyền của trẻ em; chủ động phòng ngừa, kiểm soát và giảm thiểu nguy cơ trẻ em bị bạo lực, xâm hại, tai nạn thương tích, bóc lột lao động, bảo đảm sự an toàn cho mọi trẻ em; giảm thiểu nguy cơ trẻ em rơi vào hoàn cảnh đặc biệt."""
_PLAN_REQUIREMENTS = """\
Công tác chăm sóc, giáo dục và bảo vệ trẻ em là việc làm thường xuyên, liên tục của cấp ủy, chính quyền, các ban, ngành, đơn vị nhằm thực hiện tốt công tác chăm sóc sức khỏe cho trẻ em, đặc biệt là chăm sóc sức khỏe tâm thần và trẻ em mồ côi.
Huy động nguồn lực và sự tham gia đóng góp tích cực của các tổ chức, cá nhân, các tầng lớp Nhân dân để thực hiện tốt các chương trình, kế hoạch chăm sóc sức khỏe tâm thần trẻ em và chăm sóc trẻ em mồ côi trên địa bàn."""
_PLAN_TARGETS = """\
1. Phấn đấu 80% trẻ em có vấn đề sức khỏe tâm thần, trẻ em có nguy cơ cao rối loạn sức khỏe tâm thần được tiếp cận các dịch vụ tư vấn, hỗ trợ tâm lý, các dịch vụ xã hội phù hợp tại trường học, cơ sở khám bệnh, chữa bệnh, cơ sở trợ giúp xã hội, cơ sở cung cấp dịch vụ bảo vệ trẻ em và tại cộng đồng.
2. Phấn đấu 100% trẻ em mồ côi được chăm sóc thay thế bởi người thân thích, cá nhân, gia đình không phải là người thân thích, được nhận làm con nuôi hoặc được chăm sóc nuôi dưỡng tạm thời tại các cơ sở trợ giúp xã hội, được tiếp cận các dịch vụ chăm sóc, hỗ trợ phù hợp."""
_PLAN_TASKS = """\
1. Triển khai thực hiện pháp luật, chính sách về chăm sóc sức khỏe tâm thần cho trẻ em, chăm sóc trẻ em mồ côi với các hình thức, mô hình đa dạng, linh hoạt, trong đó chú trọng chăm sóc thay thế cho trẻ em tại gia đình. Thực hiện các chính sách, dịch vụ chăm sóc, nuôi dưỡng trẻ em mồ côi tại các cơ sở trợ giúp xã hội nuôi dưỡng, chăm sóc trẻ em tập trung.
2. Tăng cường truyền thông, tập huấn nâng cao nhận thức của các cấp, các ngành, gia đình, cơ sở giáo dục, cộng đồng về chăm sóc sức khỏe tâm thần trẻ em, bảo vệ và chăm sóc trẻ em mồ côi; chú trọng cung cấp các thông tin về quyền trẻ em, kiến thức, kỹ năng cho cha mẹ, người chăm sóc, người nhận chăm sóc thay thế trẻ em về chăm sóc sức khỏe tâm thần, chăm sóc, nuôi dưỡng và chăm sóc thay thế trẻ em mồ côi.
3. Quan tâm tạo điều kiện cho cán bộ, công chức, viên chức, người lao động được đào tạo, nâng cao năng lực, đặc biệt là cán bộ làm công tác chăm sóc, giáo dục, bảo vệ trẻ em, giáo viên làm công tác chăm sóc sức khỏe tâm thần trẻ em, nhân viên y tế, nhân viên công tác xã hội tại cơ sở giáo dục, cơ sở khám bệnh, chữa bệnh và tại cộng đồng.
4. Triển khai giáo dục sức khỏe tâm thần cho học sinh; phát triển mạng lưới giáo viên, nhân viên, cộng tác viên có kiến thức, kỹ năng chăm sóc sức khỏe tâm thần cho học sinh tại các cơ sở giáo dục trên địa bàn.
5. Phát động, duy trì phong trào xã hội tham gia chăm sóc, hỗ trợ trẻ em mồ côi, gia đình, cá nhân nhận chăm sóc thay thế, nhận đỡ đầu trẻ em mồ côi.
6. Tăng cường phối hợp liên ngành trong việc chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em mồ côi phù hợp với từng đối tượng; kết nối, chuyển gửi trẻ em đến các dịch vụ phù hợp.
7. Tăng cường công tác kiểm tra, theo dõi, đánh giá thực hiện Kế hoạch; rà soát, cập nhật danh sách trẻ em có vấn đề sức khỏe tâm thần, trẻ em mồ côi trên địa bàn."""
_PLAN_BUDGET = """\
1. Căn cứ tình hình thực tế, Ủy ban nhân dân xã bố trí kinh phí từ nguồn ngân sách xã được phân bổ để chi cho công tác chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em mồ côi năm {year} trên địa bàn xã bảo đảm thiết thực, phù hợp và hiệu quả.
2. Huy động các nguồn lực xã hội hóa để tăng cường kinh phí tổ chức các hoạt động bảo vệ, chăm sóc trẻ em tại địa phương."""
_PLAN_ORG_VHXH = """\
Công chức Văn hóa - Xã hội phụ trách công tác trẻ em
- Là công chức tham mưu thực hiện Kế hoạch, có trách nhiệm phối hợp với các cơ quan liên quan triển khai các nội dung của Kế hoạch này.
- Truyền thông về chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em mồ côi; tuyên truyền về Tổng đài điện thoại quốc gia bảo vệ trẻ em 111. Hướng dẫn thực hiện các dịch vụ chăm sóc sức khỏe tâm thần trẻ em, chăm sóc thay thế cho trẻ em mồ côi, trẻ em không nơi nương tựa theo chức năng, nhiệm vụ được giao.
- Kiểm tra, theo dõi, thu thập số liệu, đánh giá kết quả thực hiện Chương trình; tổng hợp, báo cáo kết quả thực hiện gửi {upper} theo quy định."""
_PLAN_ORG_HEALTH = """\
Trạm Y tế xã
Chủ trì triển khai củng cố công tác chăm sóc sức khỏe tâm thần trẻ em; phát hiện sớm, tư vấn, kết nối chuyển tuyến cho trẻ em có vấn đề sức khỏe tâm thần, trẻ em có nguy cơ cao rối loạn sức khỏe tâm thần; cử cán bộ tham gia các khóa nâng cao năng lực về chăm sóc sức khỏe tâm thần."""
_PLAN_ORG_SCHOOLS = """\
Các trường học trên địa bàn xã
Chủ trì triển khai công tác chăm sóc sức khỏe tâm thần trẻ em, học sinh trong trường học; triển khai giáo dục sức khỏe tâm thần cho trẻ em, học sinh, lồng ghép chăm sóc sức khỏe tâm thần trong các chương trình giáo dục kỹ năng sống; hướng dẫn công tác chăm sóc, phục hồi khả năng học tập cho học sinh có vấn đề sức khỏe tâm thần; hỗ trợ về giáo dục đối với trẻ em mồ côi."""
_PLAN_ORG_JUSTICE = """\
Công chức Tư pháp - Hộ tịch
Hướng dẫn, triển khai thực hiện chăm sóc thay thế bằng hình thức nhận con nuôi cho trẻ em mồ côi, trẻ em có hoàn cảnh đặc biệt theo quy định của pháp luật; tư vấn pháp luật, trợ giúp pháp lý cho trẻ em và gia đình."""
_PLAN_ORG_FINANCE = """\
Công chức Tài chính - Kế toán
Cân đối ngân sách, tham mưu cho Ủy ban nhân dân xã bố trí kinh phí bảo đảm thực hiện các nhiệm vụ theo Kế hoạch."""
_PLAN_ORG_FRONT = """\
Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể
Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên Cộng sản Hồ Chí Minh xã, Hội Chữ thập đỏ và các tổ chức xã hội trong phạm vi chức năng, nhiệm vụ của mình vận động các cá nhân, tổ chức và Nhân dân tham gia thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em mồ côi năm {year} theo nội dung của Kế hoạch này."""
_PLAN_CLOSING = (
    "Trên đây là Kế hoạch thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em, chăm sóc "
    "trẻ em mồ côi năm {year} trên địa bàn {commune}. Đề nghị các ban, ngành, đoàn thể, đơn vị "
    "có liên quan nghiêm túc triển khai thực hiện./."
)
_PLAN_RECIPIENTS = """\
{upper_report}
TT Đảng ủy, TT HĐND xã
CT, PCT UBND xã
UBMTTQ Việt Nam và các đoàn thể xã
Các công chức liên quan
Các trường học trên địa bàn xã
Trạm Y tế xã
Lưu: VT, VHXH"""

# The bodies of "V. TỔ CHỨC THỰC HIỆN", in order: the first line of each is its heading.
PLAN_ORG_KEYS = ("org_vhxh", "org_health", "org_schools", "org_justice", "org_finance",
                 "org_front")  # fmt: skip

_PLAN = (
    TemplateField("subject", _PLAN_SUBJECT, multiline=False),
    TemplateField("intro", _PLAN_INTRO),
    TemplateField("purpose", _PLAN_PURPOSE),
    TemplateField("requirements", _PLAN_REQUIREMENTS),
    TemplateField("targets", _PLAN_TARGETS),
    TemplateField("figures", "{figures}", reuse=False),
    TemplateField("tasks", _PLAN_TASKS),
    TemplateField("budget", _PLAN_BUDGET),
    TemplateField("org_vhxh", _PLAN_ORG_VHXH),
    TemplateField("org_health", _PLAN_ORG_HEALTH),
    TemplateField("org_schools", _PLAN_ORG_SCHOOLS),
    TemplateField("org_justice", _PLAN_ORG_JUSTICE),
    TemplateField("org_finance", _PLAN_ORG_FINANCE),
    TemplateField("org_front", _PLAN_ORG_FRONT),
    TemplateField("closing", _PLAN_CLOSING),
    TemplateField("recipients", _PLAN_RECIPIENTS),
)

# --- Báo cáo kết quả thực hiện năm YYYY ---------------------------------------------------------

_REPORT_SUBJECT = (
    "Kết quả thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em mồ côi "
    "và công tác bảo vệ trẻ em năm {year}"
)
_REPORT_INTRO = (
    "Thực hiện {plan_reference} về thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em, "
    "chăm sóc trẻ em mồ côi năm {year}, {committee} báo cáo kết quả thực hiện năm {year} trên "
    "địa bàn {commune} (số liệu tính đến ngày {on}) như sau:"
)
_REPORT_DIRECTION = (
    "Ủy ban nhân dân xã đã ban hành {plan_reference} thực hiện Chương trình năm {year}; phân "
    "công nhiệm vụ cho công chức Văn hóa - Xã hội, Trạm Y tế xã, các trường học, công chức Tư "
    "pháp - Hộ tịch và các đoàn thể; chỉ đạo rà soát, cập nhật danh sách trẻ em có vấn đề sức "
    "khỏe tâm thần, trẻ em mồ côi, trẻ em có hoàn cảnh đặc biệt trên địa bàn."
)
_REPORT_ACTIVITIES = """\
- Tổ chức …… buổi truyền thông về chăm sóc sức khỏe tâm thần trẻ em, chăm sóc trẻ em mồ côi, phòng, chống bạo lực, xâm hại trẻ em với …… lượt người tham gia.
- Cử …… lượt cán bộ, giáo viên, nhân viên y tế tham gia tập huấn về chăm sóc sức khỏe tâm thần trẻ em, chăm sóc thay thế.
- Thăm hỏi, tặng quà cho …… trẻ em có hoàn cảnh đặc biệt, trẻ em mồ côi với tổng giá trị …… đồng.
- Vận động …… cá nhân, gia đình nhận đỡ đầu trẻ em mồ côi, trẻ em có hoàn cảnh đặc biệt."""
_REPORT_NEXT_YEAR = """\
1. Tiếp tục rà soát, cập nhật danh sách trẻ em có vấn đề sức khỏe tâm thần, trẻ em có nguy cơ cao rối loạn sức khỏe tâm thần, trẻ em mồ côi; kết nối, chuyển gửi trẻ em đến các dịch vụ phù hợp.
2. Phấn đấu đạt và vượt các chỉ tiêu của Chương trình: 80% trẻ em có vấn đề sức khỏe tâm thần, trẻ em có nguy cơ cao được tiếp cận dịch vụ; 100% trẻ em mồ côi được chăm sóc thay thế.
3. Đẩy mạnh truyền thông, tập huấn; vận động cá nhân, gia đình nhận chăm sóc thay thế, nhận đỡ đầu trẻ em mồ côi."""
_REPORT_CLOSING = (
    "Trên đây là báo cáo kết quả thực hiện Chương trình chăm sóc sức khỏe tâm thần trẻ em, "
    "chăm sóc trẻ em mồ côi và công tác bảo vệ trẻ em năm {year} của {committee}./."
)
_REPORT_RECIPIENTS = """\
Như trên
TT Đảng ủy, TT HĐND xã
CT, PCT UBND xã
Lưu: VT, VHXH"""

_REPORT = (
    TemplateField("subject", _REPORT_SUBJECT, multiline=False),
    TemplateField("addressees", "{upper}"),
    TemplateField("intro", _REPORT_INTRO, reuse=False),
    TemplateField("direction", _REPORT_DIRECTION, reuse=False),
    TemplateField("children_note", "", reuse=False),
    TemplateField("mental_health_note", "", reuse=False),
    TemplateField("orphans_note", "", reuse=False),
    TemplateField("cases_note", "", reuse=False),
    TemplateField("services_note", "", reuse=False),
    TemplateField("activities", _REPORT_ACTIVITIES, reuse=False),
    TemplateField("strengths", "……", reuse=False),
    TemplateField("limits", "……", reuse=False),
    TemplateField("next_year", _REPORT_NEXT_YEAR),
    TemplateField("proposals", "……", reuse=False),
    TemplateField("closing", _REPORT_CLOSING),
    TemplateField("recipients", _REPORT_RECIPIENTS),
)

# --- Quyết định phê duyệt kế hoạch hỗ trợ, can thiệp (Mẫu 05, the plan of Mẫu 04 attached) ----

_DECISION_BASIS = """\
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025
Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016
Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em"""
_APPROVAL_PROPOSAL = (
    "Theo đề nghị của công chức Văn hóa - Xã hội phụ trách công tác trẻ em (người làm công tác "
    "bảo vệ trẻ em cấp xã)"
)
_APPROVAL_ARTICLE_1 = (
    "Phê duyệt Kế hoạch hỗ trợ, can thiệp đối với trẻ em {child_full} (hồ sơ số {case_code}) "
    "kèm theo Quyết định này.{budget}"
)
_APPROVAL_ARTICLE_2 = (
    "Công chức Văn hóa - Xã hội phụ trách công tác trẻ em chủ trì, phối hợp với các cơ quan, tổ "
    "chức, cá nhân được phân công tại Kế hoạch tổ chức thực hiện; theo dõi, ghi chép quá trình "
    "thực hiện; rà soát, đánh giá tình trạng của trẻ em sau khi thực hiện Kế hoạch và báo cáo "
    "Chủ tịch Ủy ban nhân dân xã. Quyết định này có hiệu lực kể từ ngày ký."
)
_APPROVAL_ARTICLE_3 = (
    "Văn phòng HĐND và UBND xã, công chức Văn hóa - Xã hội, các cơ quan, tổ chức, cá nhân được "
    "phân công tại Kế hoạch và cha, mẹ, người chăm sóc trẻ em chịu trách nhiệm thi hành Quyết "
    "định này./."
)
_DECISION_RECIPIENTS = """\
Như Điều 3
CT, PCT UBND xã
Lưu: VT, VHXH"""
# The last section of the plan (Mẫu 04), shared by the plan printed alone and the one attached:
# TT 14/2020 Điều 9.3.g "Giám sát, đánh giá việc thực hiện kế hoạch"; Nghị định 56 Điều 29–30.
CASE_PLAN_MONITORING = (
    "Công chức Văn hóa - Xã hội phụ trách công tác trẻ em theo dõi, ghi chép quá trình thực "
    "hiện Kế hoạch; phối hợp với các cơ quan, tổ chức, cá nhân thực hiện rà soát, đánh giá tình "
    "trạng của trẻ em sau khi thực hiện Kế hoạch (Mẫu số 06) và báo cáo Chủ tịch Ủy ban nhân "
    "dân xã để quyết định kết thúc hoặc tiếp tục hỗ trợ, can thiệp."
)

_APPROVAL = (
    TemplateField("subject", "Về việc phê duyệt Kế hoạch hỗ trợ, can thiệp đối với trẻ em {child}",
                  reuse=False, multiline=False),
    TemplateField("authority", "{authority}", reuse=False, multiline=False),
    TemplateField("basis", _DECISION_BASIS),
    TemplateField("proposal", _APPROVAL_PROPOSAL, multiline=False),
    TemplateField("article_1", _APPROVAL_ARTICLE_1, reuse=False),
    TemplateField("article_2", _APPROVAL_ARTICLE_2),
    TemplateField("article_3", _APPROVAL_ARTICLE_3),
    TemplateField("monitoring", CASE_PLAN_MONITORING),
    TemplateField("recipients", _DECISION_RECIPIENTS),
)  # fmt: skip

# --- Quyết định giao, nhận trẻ em cho cá nhân, gia đình nhận chăm sóc thay thế (Mẫu 12) -------

_PLACEMENT_BASIS = _DECISION_BASIS
# Luật Trẻ em Điều 64.1 (the carer's duties), Nghị định 56 Điều 42.7 (the handover within 15
# working days) and Điều 43.2 (the worker's follow-up at 1 and 3 months, every 6 months).
_PLACEMENT_ARTICLE_2 = """\
Cá nhân, gia đình nhận chăm sóc thay thế có tên tại Điều 1 có trách nhiệm bảo đảm điều kiện để trẻ em được sống an toàn, thực hiện quyền và bổn phận của trẻ em; thông báo cho Ủy ban nhân dân xã về tình hình sức khỏe thể chất, tinh thần, sự hòa nhập của trẻ em sau 06 tháng kể từ ngày nhận chăm sóc thay thế và hằng năm, trường hợp có vấn đề đột xuất, phát sinh thì thông báo kịp thời (Điều 64 Luật Trẻ em).
Việc giao, nhận trẻ em được tổ chức trong thời hạn 15 ngày làm việc kể từ ngày ban hành Quyết định này. Công chức Văn hóa - Xã hội phụ trách công tác trẻ em theo dõi, đánh giá tình hình của trẻ em sau 01 tháng, 03 tháng kể từ ngày nhận chăm sóc thay thế và định kỳ 06 tháng báo cáo Ủy ban nhân dân xã.
Quyết định này có hiệu lực kể từ ngày ký."""
_PLACEMENT_ARTICLE_3 = (
    "Văn phòng HĐND và UBND xã, công chức Văn hóa - Xã hội, cá nhân, gia đình nhận chăm sóc "
    "thay thế có tên tại Điều 1 và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm "
    "thi hành Quyết định này./."
)
_PLACEMENT = (
    TemplateField("subject",
                  "Về việc giao, nhận trẻ em cho cá nhân, gia đình nhận chăm sóc thay thế",
                  multiline=False),
    TemplateField("authority", "{authority}", reuse=False, multiline=False),
    TemplateField("basis", _PLACEMENT_BASIS),
    TemplateField("basis_case", "{basis_case}", reuse=False),
    TemplateField("proposal", _APPROVAL_PROPOSAL, multiline=False),
    TemplateField("article_1", "{article_1}", reuse=False),
    TemplateField("article_2", _PLACEMENT_ARTICLE_2),
    TemplateField("article_3", _PLACEMENT_ARTICLE_3),
    TemplateField("recipients", _DECISION_RECIPIENTS),
)  # fmt: skip

TEMPLATES: dict[str, tuple[TemplateField, ...]] = {
    PLAN: _PLAN,
    REPORT: _REPORT,
    APPROVAL: _APPROVAL,
    PLACEMENT: _PLACEMENT,
}


def template_fields(template: str) -> tuple[TemplateField, ...]:
    return TEMPLATES[template]
