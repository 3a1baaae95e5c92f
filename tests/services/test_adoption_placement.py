"""A registered adoption becomes the child's current placement of form "nhận con nuôi" (issue #4
item 5), in the registration's own transaction: the placement with a relative ends the day before."""

from __future__ import annotations

from datetime import timedelta

from commune_care.domain.adoption import AdoptionStage
from commune_care.domain.care import CareForm, CarerRegistration, EndReason
from commune_care.domain.schemas.care import CarerIn, PlacementIn
from commune_care.services.adoption import AdoptionService
from commune_care.services.care import CareService
from tests.services.test_adoption_service import ago, make_child, registration, to_stage


def test_registration_opens_the_adoption_placement_and_ends_the_current_one(db, children):
    care = CareService(db, user="test")
    adoptions = AdoptionService(db, user="test")  # the default on_registered: the care module
    kid = make_child(children)
    grandmother = care.register_carer(
        CarerIn(full_name="Lò Thị Mai", birth="1960", registration=CarerRegistration.RELATIVE_NOTICE,
                registered_on=ago(400))
    ).id  # fmt: skip
    before = care.decide_placement(
        CareService.validate(PlacementIn, {
            "child_id": kid, "form": CareForm.RELATIVE, "term": "tam_thoi", "carer_id": grandmother,
            "relationship": "Bà ngoại", "decision_number": "03/QĐ-UBND", "decision_date": ago(300),
            "decision_signer": "Nguyễn Văn Chủ", "child_view": "Em muốn ở với bà.",
            "child_view_date": ago(305),
        }),
        confirm_warnings=True,
    )  # fmt: skip

    adopted = to_stage(adoptions, kid, AdoptionStage.REGISTERED)

    current = care.current_placement(kid)
    assert current is not None and current.form is CareForm.ADOPTION
    assert current.adoption_id == adopted.id and current.start_date == ago(9)
    assert current.decision_number == registration().certificate_no
    assert current.carer_name == "Nguyễn Văn An"
    history = care.placements_of(kid)
    assert [p.id for p in history] == [current.id, before.id]
    ended = history[1]
    assert ended.end_date == ago(9) - timedelta(days=1)
    assert ended.end_reason is EndReason.ADOPTED


def test_a_refused_placement_undoes_the_registration(db, children):
    """The care module refuses an adoption that starts before the current placement began:
    the registration is not saved either."""
    care = CareService(db, user="test")
    adoptions = AdoptionService(db, user="test")
    kid = make_child(children)
    referral = to_stage(adoptions, kid, AdoptionStage.OPINIONS)
    facility_free = care.register_carer(
        CarerIn(full_name="Lò Thị Mai", birth="1960", registration=CarerRegistration.RELATIVE_NOTICE,
                registered_on=ago(30))
    ).id  # fmt: skip
    care.decide_placement(
        CareService.validate(PlacementIn, {
            "child_id": kid, "form": CareForm.RELATIVE, "term": "tam_thoi",
            "carer_id": facility_free, "relationship": "Bà ngoại", "decision_number": "09/QĐ-UBND",
            "decision_date": ago(2), "decision_signer": "Nguyễn Văn Chủ",
            "child_view": "Em đồng ý.", "child_view_date": ago(3),
        }),
        confirm_warnings=True,
    )  # fmt: skip
    import pytest

    from commune_care.domain.errors import InvalidInput

    with pytest.raises(InvalidInput):
        adoptions.register(referral.id, registration())  # handover 9 days ago < placement start
    assert adoptions.get(referral.id).stage is AdoptionStage.OPINIONS
    assert care.current_placement(kid).form is CareForm.RELATIVE
