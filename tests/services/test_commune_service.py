import pytest

from commune_care.db.session import Database
from commune_care.domain.dates import PartialDate
from commune_care.domain.enums import VillageKind
from commune_care.domain.errors import InvalidInput
from commune_care.domain.schemas.children import ChildFilter
from commune_care.domain.schemas.commune import VillageIn
from commune_care.services import places
from commune_care.services.children import ChildrenService
from commune_care.services.commune import CommuneService
from tests.conftest import SAMPLE_PROFILE


def test_first_start_has_no_profile(empty_db: Database) -> None:
    service = CommuneService(empty_db, user="test")
    assert not service.is_set_up() and service.profile() is None
    service.save_profile(SAMPLE_PROFILE, [VillageIn(name="Thôn Đông")])
    assert service.is_set_up()
    profile = service.profile()
    assert profile is not None and profile.commune_name == "Xã Hòa Cư"
    assert [v.name for v in profile.villages] == ["Thôn Đông"]


def test_profile_validation_messages(commune: CommuneService) -> None:
    with pytest.raises(InvalidInput) as info:
        commune.validate_profile({"province_name": "Quảng Ngãi", "commune_name": " ", "agency_name": "X",
                                  "place_name": "Y"})  # fmt: skip
    assert info.value.errors == {"commune_name": "Tên xã không được để trống."}


def test_villages_are_renamed_retired_or_removed(commune: CommuneService, db: Database) -> None:
    children = ChildrenService(db, user="test")
    villages = {v.name: v for v in commune.villages()}
    used = villages["Thôn Tây"]
    children.create(
        children.validate({"full_name": "Lan", "birth": PartialDate(2015), "village_id": used.id})
    )
    commune.save_profile(
        SAMPLE_PROFILE,
        [VillageIn(id=villages["Thôn Đông"].id, name="Thôn Đông Hòa", kind=VillageKind.THON),
         VillageIn(name="Tổ dân phố 3", kind=VillageKind.TO_DAN_PHO)],
    )  # fmt: skip
    active = [(v.name, v.kind) for v in commune.villages()]
    assert active == [("Thôn Đông Hòa", VillageKind.THON), ("Tổ dân phố 3", VillageKind.TO_DAN_PHO)]
    everything = {v.name: v for v in commune.villages(include_inactive=True)}
    # Thôn Tây has a child: retired, kept for the record; Bản Nà Hừ had none: removed.
    assert not everything["Thôn Tây"].active and everything["Thôn Tây"].child_count == 1
    assert "Bản Nà Hừ" not in everything
    cid = children.list_ids(ChildFilter())[0]
    assert children.get(cid).village_name == "Thôn Tây"


def test_duplicate_village_names_are_refused(commune: CommuneService) -> None:
    with pytest.raises(InvalidInput, match="hai lần"):
        commune.save_profile(
            SAMPLE_PROFILE, [VillageIn(name="Thôn Đông"), VillageIn(name="thôn đông")]
        )
    assert len(commune.villages()) == 3


def test_places_after_the_2025_reform() -> None:
    provinces = places.provinces()
    assert len(provinces) == 34
    quang_ngai = next(p for p in provinces if p.name == "Quảng Ngãi")
    communes = places.communes(quang_ngai.code)
    assert len(communes) > 50 and all(
        c.name.split()[0] in {"Xã", "Phường", "Đặc"} for c in communes
    )
