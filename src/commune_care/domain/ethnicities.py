"""Danh mục 54 dân tộc Việt Nam và mã số chính thức.

Nguồn mã số và tên gọi: "Danh mục các thành phần dân tộc Việt Nam" ban hành kèm theo
Quyết định số 121-TCTK/PPCĐ ngày 02/3/1979 của Tổng cục trưởng Tổng cục Thống kê. Đây là
bộ mã mà các hệ thống nghiệp vụ hiện hành vẫn dẫn chiếu (ví dụ trường ``MA_DANTOC`` trong
chuẩn dữ liệu đầu ra của Bộ Y tế theo QĐ 130/QĐ-BYT và QĐ 4750/QĐ-BYT): 01 Kinh, 02 Tày,
03 Thái, 04 Hoa, 05 Khơ-me, 06 Mường, 07 Nùng, 08 HMông, 09 Dao, 10 Gia-rai, …,
52 Brâu, 53 Ơ Đu, 54 Rơ-măm. Mã 55 ("Người nước ngoài") không thuộc danh mục này.

Lưu ý: Quyết định số 1019/QĐ-TCTK ngày 12/11/2008 (dùng cho Tổng điều tra 2009) giữ
nguyên 54 dân tộc nhưng đánh số lại một phần theo quy mô dân số (04 Mường, 05 Khơ me,
06 Hoa, 10 Gia-rai, 11 Ê-đê, …). Module này dùng bộ mã năm 1979 ở trên; không trộn lẫn
hai bộ mã.

Tỷ lệ dân số (``population_share``) tính từ số dân theo dân tộc của Tổng điều tra dân số
và nhà ở thời điểm 01/4/2019 (tổng dân số 96.208.984 người). Chỉ dùng cho dữ liệu minh họa.

Mọi chuỗi đều ở dạng chuẩn hóa Unicode NFC.
"""

from dataclasses import dataclass

__all__ = [
    "ETHNICITIES",
    "ETHNICITY_BY_CODE",
    "KINH_CODE",
    "Ethnicity",
    "ethnicity_name",
]

KINH_CODE = "01"

# Tổng dân số Việt Nam tại thời điểm 01/4/2019 (Tổng điều tra dân số và nhà ở 2019).
_TOTAL_POPULATION_2019 = 96_208_984


@dataclass(frozen=True, slots=True)
class Ethnicity:
    """Một dân tộc trong danh mục: mã hai chữ số, tên chính thức và tỷ lệ dân số."""

    code: str
    name: str
    population_share: float


# (mã, tên theo danh mục 1979, số dân theo Tổng điều tra 2019)
_RAW: tuple[tuple[str, str, int], ...] = (
    ("01", "Kinh", 82_085_826),
    ("02", "Tày", 1_845_492),
    ("03", "Thái", 1_820_950),
    ("04", "Hoa", 749_466),
    ("05", "Khơ-me", 1_319_652),
    ("06", "Mường", 1_452_095),
    ("07", "Nùng", 1_083_298),
    ("08", "HMông", 1_393_547),
    ("09", "Dao", 891_151),
    ("10", "Gia-rai", 513_930),
    ("11", "Ngái", 1_649),
    ("12", "Ê-đê", 398_671),
    ("13", "Ba-na", 286_910),
    ("14", "Xơ-đăng", 212_277),
    ("15", "Sán Chay", 201_398),
    ("16", "Cơ-ho", 200_800),
    ("17", "Chăm", 178_948),
    ("18", "Sán Dìu", 183_004),
    ("19", "Hrê", 149_460),
    ("20", "Mnông", 127_334),
    ("21", "Ra-glai", 146_613),
    ("22", "Xtiêng", 100_752),
    ("23", "Bru-Vân Kiều", 94_598),
    ("24", "Thổ", 91_430),
    ("25", "Giáy", 67_858),
    ("26", "Cơ-tu", 74_173),
    ("27", "Gié-Triêng", 63_322),
    ("28", "Mạ", 50_322),
    ("29", "Khơ-mú", 90_612),
    ("30", "Co", 40_442),
    ("31", "Tà-ôi", 52_356),
    ("32", "Chơ-ro", 29_520),
    ("33", "Kháng", 16_180),
    ("34", "Xinh-mun", 29_503),
    ("35", "Hà Nhì", 25_539),
    ("36", "Chu-ru", 23_242),
    ("37", "Lào", 17_532),
    ("38", "La Chí", 15_126),
    ("39", "La Ha", 10_157),
    ("40", "Phù Lá", 12_471),
    ("41", "La Hủ", 12_113),
    ("42", "Lự", 6_757),
    ("43", "Lô Lô", 4_827),
    ("44", "Chứt", 7_513),
    ("45", "Mảng", 4_650),
    ("46", "Pà Thẻn", 8_248),
    ("47", "Cơ Lao", 4_003),
    ("48", "Cống", 2_729),
    ("49", "Bố Y", 3_232),
    ("50", "Si La", 909),
    ("51", "Pu Péo", 903),
    ("52", "Brâu", 525),
    ("53", "Ơ Đu", 428),
    ("54", "Rơ-măm", 639),
)

ETHNICITIES: tuple[Ethnicity, ...] = tuple(
    Ethnicity(code=code, name=name, population_share=population / _TOTAL_POPULATION_2019)
    for code, name, population in _RAW
)

ETHNICITY_BY_CODE: dict[str, Ethnicity] = {e.code: e for e in ETHNICITIES}


def ethnicity_name(code: str | None) -> str:
    """Tên dân tộc theo mã ("01".."54"); chuỗi rỗng nếu mã là ``None`` hoặc không có."""
    if code is None:
        return ""
    ethnicity = ETHNICITY_BY_CODE.get(code.strip())
    return ethnicity.name if ethnicity is not None else ""
