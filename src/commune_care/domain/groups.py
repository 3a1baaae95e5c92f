"""The groups a child can be classified in (DOMAIN.md §2).

The 14 groups of *trẻ em có hoàn cảnh đặc biệt* (Luật Trẻ em 2016, Điều 10 khoản 1) with the
sub-groups of Nghị định 56/2017/NĐ-CP Điều 3–16, worded as the law writes them; then the groups the
programme counts outside Điều 10: at risk, abused, the two mental-health flags of QĐ 1591/QĐ-TTg,
and children who lost one parent.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Group:
    code: str  # stable, ASCII: stored in the database
    letter: str  # the point of Điều 10 khoản 1 ("a" … "o"), "" outside Điều 10
    name: str  # exactly as the law writes it
    subgroups: tuple[str, ...] = ()  # khoản 1, 2, … of the Nghị định 56 article
    basis: str = ""  # the legal source

    @property
    def is_special_circumstance(self) -> bool:
        return bool(self.letter)

    @property
    def label(self) -> str:
        return f"{self.letter}) {self.name}" if self.letter else self.name

    def subgroup_name(self, number: int | None) -> str:
        if number is None or not 1 <= number <= len(self.subgroups):
            return ""
        return self.subgroups[number - 1]


_ND56 = "Nghị định 56/2017/NĐ-CP"

GROUPS: tuple[Group, ...] = (
    Group(
        "hcdb_a",
        "a",
        "Trẻ em mồ côi cả cha và mẹ",
        (
            "Trẻ em mồ côi cả cha và mẹ không có người chăm sóc.",
            "Trẻ em mồ côi cả cha và mẹ được nuôi dưỡng trong cơ sở cung cấp dịch vụ bảo vệ trẻ"
            " em hoặc cơ sở trợ giúp xã hội.",
            "Trẻ em mồ côi cả cha và mẹ sống với người thân thích.",
            "Trẻ em mồ côi cả cha và mẹ được nhận chăm sóc thay thế bởi cá nhân, gia đình không"
            " phải người thân thích, trừ trường hợp được nhận làm con nuôi.",
        ),
        f"Điều 10 Luật Trẻ em; Điều 3 {_ND56}",
    ),
    Group(
        "hcdb_b",
        "b",
        "Trẻ em bị bỏ rơi",
        (
            "Trẻ em bị bỏ rơi chưa được chăm sóc thay thế.",
            "Trẻ em bị bỏ rơi được chăm sóc thay thế.",
        ),
        f"Điều 10 Luật Trẻ em; Điều 4 {_ND56}",
    ),
    Group(
        "hcdb_c",
        "c",
        "Trẻ em không nơi nương tựa",
        (
            "Trẻ em mồ côi cha hoặc mẹ và người còn lại mất tích theo quy định của pháp luật.",
            "Trẻ em mồ côi cha hoặc mẹ và người còn lại đang hưởng chế độ chăm sóc, nuôi dưỡng tại"
            " cơ sở trợ giúp xã hội hoặc không còn khả năng chăm sóc, nuôi dưỡng.",
            "Trẻ em mồ côi cha hoặc mẹ và người còn lại đang chấp hành án phạt tù tại trại giam"
            " hoặc đang chấp hành quyết định đưa vào cơ sở giáo dục bắt buộc, cơ sở cai nghiện"
            " bắt buộc.",
            "Trẻ em có cả cha và mẹ mất tích theo quy định của pháp luật.",
            "Trẻ em có cha hoặc mẹ mất tích theo quy định của pháp luật và người còn lại đang"
            " hưởng chế độ chăm sóc, nuôi dưỡng tại cơ sở trợ giúp xã hội.",
            "Trẻ em có cha hoặc mẹ mất tích theo quy định của pháp luật và người còn lại đang"
            " chấp hành án phạt tù tại trại giam hoặc đang chấp hành quyết định đưa vào cơ sở giáo"
            " dục bắt buộc, cơ sở cai nghiện bắt buộc.",
            "Trẻ em có cả cha và mẹ không còn khả năng chăm sóc trẻ em.",
            "Trẻ em có cả cha và mẹ đang hưởng chế độ chăm sóc, nuôi dưỡng tại cơ sở trợ giúp xã"
            " hội.",
            "Trẻ em có cả cha và mẹ đang chấp hành án phạt tù tại trại giam hoặc đang chấp hành"
            " quyết định đưa vào cơ sở giáo dục bắt buộc, cơ sở cai nghiện bắt buộc.",
            "Trẻ em có cha hoặc mẹ đang hưởng chế độ chăm sóc, nuôi dưỡng tại cơ sở trợ giúp xã"
            " hội và người còn lại đang chấp hành án phạt tù tại trại giam hoặc đang chấp hành"
            " quyết định đưa vào cơ sở giáo dục bắt buộc, cơ sở cai nghiện bắt buộc.",
            "Trẻ em sống trong gia đình có cả cha và mẹ trong độ tuổi trẻ em.",
            "Trẻ em có cả cha và mẹ bị hạn chế quyền làm cha mẹ hoặc tạm thời cách ly khỏi cha"
            " hoặc mẹ theo quy định của pháp luật.",
        ),
        f"Điều 10 Luật Trẻ em; Điều 5 {_ND56}",
    ),
    Group(
        "hcdb_d",
        "d",
        "Trẻ em khuyết tật",
        (
            "Trẻ em khuyết tật đặc biệt nặng.",
            "Trẻ em khuyết tật nặng.",
            "Trẻ em khuyết tật nhẹ.",
        ),
        f"Điều 10 Luật Trẻ em; Điều 6 {_ND56}",
    ),
    Group(
        "hcdb_dd",
        "đ",
        "Trẻ em nhiễm HIV/AIDS",
        (),
        f"Điều 10 Luật Trẻ em; Điều 7 {_ND56}",
    ),
    Group(
        "hcdb_e",
        "e",
        "Trẻ em vi phạm pháp luật",
        (
            "Trẻ em vi phạm pháp luật đang bị áp dụng biện pháp xử lý hành chính, giáo dục tại xã,"
            " phường, thị trấn hoặc biện pháp đưa vào trường giáo dưỡng; đang bị áp dụng biện pháp"
            " thay thế xử lý vi phạm hành chính quản lý tại gia đình.",
            "Trẻ em vi phạm pháp luật chưa xác định được nơi cư trú ổn định đang chấp hành biện"
            " pháp xử lý hành chính giáo dục tại xã, phường, thị trấn, tại cơ sở cung cấp dịch vụ"
            " bảo vệ trẻ em, cơ sở trợ giúp xã hội.",
            "Trẻ em vi phạm pháp luật đang bị áp dụng biện pháp tư pháp giáo dục tại xã, phường,"
            " thị trấn hoặc đưa vào trường giáo dưỡng; đang bị áp dụng hình phạt cải tạo không giam"
            " giữ, tù có thời hạn hoặc tù có thời hạn nhưng được hưởng án treo.",
            "Trẻ em chấp hành xong hình phạt tù có thời hạn hoặc chấp hành xong biện pháp đưa vào"
            " trường giáo dưỡng.",
        ),
        f"Điều 10 Luật Trẻ em; Điều 8 {_ND56}",
    ),
    Group(
        "hcdb_g",
        "g",
        "Trẻ em nghiện ma túy",
        (
            "Trẻ em nghiện ma túy trong cơ sở cai nghiện.",
            "Trẻ em nghiện ma túy đang áp dụng biện pháp cai nghiện, điều trị nghiện tại gia đình,"
            " cộng đồng.",
        ),
        f"Điều 10 Luật Trẻ em; Điều 9 {_ND56}",
    ),
    Group(
        "hcdb_h",
        "h",
        "Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở",
        (
            "Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở không có"
            " người chăm sóc.",
            "Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở sống"
            " cùng cha, mẹ hoặc người chăm sóc.",
        ),
        f"Điều 10 Luật Trẻ em; Điều 10 {_ND56}",
    ),
    Group(
        "hcdb_i",
        "i",
        "Trẻ em bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực",
        (),
        f"Điều 10 Luật Trẻ em; Điều 11 {_ND56}",
    ),
    Group(
        "hcdb_k",
        "k",
        "Trẻ em bị bóc lột",
        (
            "Trẻ em bị bắt buộc tham gia lao động trái quy định của pháp luật về lao động.",
            "Trẻ em bị rủ rê, xúi giục, kích động, lợi dụng, lôi kéo, dụ dỗ, ép buộc tham gia các"
            " hoạt động trình diễn hoặc bị sử dụng trong sản xuất các sản phẩm khiêu dâm.",
            "Trẻ em bị rủ rê, xúi giục, kích động, lợi dụng, lôi kéo, dụ dỗ, ép buộc tham gia hoạt"
            " động du lịch mà bị xâm hại tình dục; bị cho, nhận hoặc cung cấp để hoạt động mại dâm.",
            "Trẻ em bị rủ rê, xúi giục, kích động, lợi dụng, lôi kéo, dụ dỗ, ép buộc tham gia hoạt"
            " động vận chuyển, mua bán, sản xuất, tàng trữ chất gây nghiện và các hàng hóa khác bị"
            " cấm giao dịch theo quy định của pháp luật.",
            "Trẻ em bị rủ rê, xúi giục, kích động, lợi dụng, lôi kéo, dụ dỗ, ép buộc tham gia các"
            " hoạt động trục lợi khác.",
        ),
        f"Điều 10 Luật Trẻ em; Điều 12 {_ND56}",
    ),
    Group(
        "hcdb_l",
        "l",
        "Trẻ em bị xâm hại tình dục",
        (
            "Trẻ em bị hiếp dâm.",
            "Trẻ em bị cưỡng dâm.",
            "Trẻ em bị giao cấu.",
            "Trẻ em bị dâm ô.",
            "Trẻ em bị sử dụng vào mục đích mại dâm, khiêu dâm dưới mọi hình thức.",
        ),
        f"Điều 10 Luật Trẻ em; Điều 13 {_ND56}",
    ),
    Group(
        "hcdb_m",
        "m",
        "Trẻ em bị mua bán",
        (
            "Trẻ em bị mua bán trở về sống với cha, mẹ.",
            "Trẻ em bị mua bán trở về được nhận chăm sóc thay thế.",
        ),
        f"Điều 10 Luật Trẻ em; Điều 14 {_ND56}",
    ),
    Group(
        "hcdb_n",
        "n",
        "Trẻ em mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày thuộc hộ nghèo hoặc hộ cận"
        " nghèo",
        (
            "Trẻ em thuộc hộ nghèo mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày theo quy"
            " định của cơ quan có thẩm quyền.",
            "Trẻ em thuộc hộ cận nghèo mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày theo"
            " quy định của cơ quan có thẩm quyền.",
        ),
        f"Điều 10 Luật Trẻ em; Điều 15 {_ND56}",
    ),
    Group(
        "hcdb_o",
        "o",
        "Trẻ em di cư, trẻ em lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người"
        " chăm sóc",
        (
            "Trẻ em là công dân Việt Nam di cư, lánh nạn trong nước chưa xác định được cha mẹ hoặc"
            " không có người chăm sóc.",
            "Trẻ em có quốc tịch nước ngoài di cư, lánh nạn, tị nạn không có người chăm sóc.",
            "Trẻ em chưa xác định được quốc tịch, chưa xác định được cha mẹ hoặc không có người"
            " chăm sóc di cư, lánh nạn, tị nạn vào Việt Nam.",
        ),
        f"Điều 10 Luật Trẻ em; Điều 16 {_ND56}",
    ),
    Group(
        "nguy_co",
        "",
        "Trẻ em có nguy cơ bị bạo lực, bóc lột, bỏ rơi",
        (
            "Có nguy cơ bị bạo lực.",
            "Có nguy cơ bị bóc lột.",
            "Có nguy cơ bị bỏ rơi.",
        ),
        "Điều 49 Luật Trẻ em",
    ),
    Group(
        "bi_xam_hai",
        "",
        "Trẻ em bị xâm hại",
        (
            "Bạo lực.",
            "Bóc lột.",
            "Xâm hại tình dục.",
            "Mua bán.",
            "Bỏ rơi, bỏ mặc.",
        ),
        "Điều 4, Điều 50 Luật Trẻ em",
    ),
    Group(
        "sktt_van_de",
        "",
        "Trẻ em có vấn đề sức khỏe tâm thần",
        (),
        "Quyết định 1591/QĐ-TTg",
    ),
    Group(
        "sktt_nguy_co_cao",
        "",
        "Trẻ em có nguy cơ cao rối loạn sức khỏe tâm thần",
        (),
        "Quyết định 1591/QĐ-TTg",
    ),
    Group(
        "mo_coi_cha_hoac_me",
        "",
        "Trẻ em mồ côi cha hoặc mẹ",
        (),
        "Quyết định 1591/QĐ-TTg",
    ),
)

GROUP_BY_CODE: dict[str, Group] = {g.code: g for g in GROUPS}
SPECIAL_CIRCUMSTANCE_CODES: frozenset[str] = frozenset(
    g.code for g in GROUPS if g.is_special_circumstance
)
MENTAL_HEALTH_CODES: frozenset[str] = frozenset({"sktt_van_de", "sktt_nguy_co_cao"})
ORPHAN_CODES: frozenset[str] = frozenset({"hcdb_a", "mo_coi_cha_hoac_me"})


def group_label(code: str) -> str:
    group = GROUP_BY_CODE.get(code)
    return group.label if group else code
