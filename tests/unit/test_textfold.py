import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from commune_care.domain.textfold import fold, fold_words, has_control_chars, to_nfc

vietnamese_letters = st.sampled_from(
    list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY")
    + list("àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
    + [" ", "  ", "\t"]
)
vietnamese_text = st.lists(vietnamese_letters, max_size=40).map("".join)


def test_fold_examples() -> None:
    assert fold("Nguyễn Văn Đức") == "nguyen van duc"
    assert fold("NGUYỄN VĂN ĐỨC") == "nguyen van duc"
    assert fold("nguyen   van duc ") == "nguyen van duc"
    assert fold("Đặng Thị Huệ") == "dang thi hue"
    assert fold_words("Trần-Thị, Hà!") == ["tran", "thi", "ha"]


@given(vietnamese_text)
def test_fold_is_idempotent_and_ascii(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert folded.isascii()
    assert "  " not in folded and folded == folded.strip()


@given(vietnamese_text)
def test_fold_ignores_normal_form_and_case(text: str) -> None:
    nfd = unicodedata.normalize("NFD", text)
    assert fold(nfd) == fold(text) == fold(text.upper()) == fold(text.lower())


@given(vietnamese_text)
def test_to_nfc_is_nfc(text: str) -> None:
    assert unicodedata.is_normalized("NFC", to_nfc(unicodedata.normalize("NFD", text)))


def test_control_characters_detected() -> None:
    assert has_control_chars("Lan\x07")
    assert has_control_chars("\x1b[31m")
    assert not has_control_chars("Dòng một\nDòng hai\tcột")
