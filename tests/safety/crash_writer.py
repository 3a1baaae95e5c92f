"""A stream of writes through the real services, for the crash-safety tests.

    python tests/safety/crash_writer.py DB SEED

Prints ``READY`` once the database is open, then one line per committed unit of work, written
*after* the service call returned (that is, after the commit): ``C <id>`` a child created,
``U <id> <n>`` a child's notes set to ``ghi chú <n>`` (n grows), ``K <id>`` a classification.
The parent kills this process with SIGKILL at random moments and checks that every line it
read is in the database.
"""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from commune_care.db.migrate import migrate  # noqa: E402
from commune_care.db.session import Database  # noqa: E402
from commune_care.domain.dates import PartialDate  # noqa: E402
from commune_care.services.children import ChildrenService  # noqa: E402
from commune_care.services.commune import CommuneService  # noqa: E402
from tests.conftest import SAMPLE_PROFILE, SAMPLE_VILLAGES  # noqa: E402

NAMES = ("Lò Văn Pọm", "Hoàng Thị Mỷ", "Nguyễn Văn Đức", "Đinh Thị Hoa", "Vàng A Dế")


def main(path: str, seed: int) -> None:
    db = Database(path)
    migrate(db)
    commune = CommuneService(db, user="crash")
    if not commune.is_set_up():
        commune.save_profile(SAMPLE_PROFILE, SAMPLE_VILLAGES)
    children = ChildrenService(db, user="crash")
    rng = random.Random(seed)
    out = sys.stdout
    out.write("READY\n")
    out.flush()
    created: list[int] = []
    counter = seed * 1_000_000
    while True:
        roll = rng.random()
        if roll < 0.6 or not created:
            name = f"{rng.choice(NAMES)} {counter}"
            data = children.validate({"full_name": name, "birth": PartialDate(2014, 5)})
            child = children.create(data, allow_duplicate=True)
            created.append(child.id)
            out.write(f"C {child.id}\n")
        elif roll < 0.9:
            child_id = rng.choice(created)
            current = children.get(child_id)
            values = current.model_dump(include=set(type(data).model_fields))
            values["notes"] = f"ghi chú {counter}"
            children.update(child_id, children.validate(values), allow_duplicate=True)
            out.write(f"U {child_id} {counter}\n")
        else:
            child_id = rng.choice(created)
            group = children.validate_classification(
                {
                    "group_code": "hcdb_b",
                    "subgroup": 1,
                    "start_date": date(2020, 1, 1),
                    "basis": "thử",
                }
            )
            try:
                children.classify(child_id, group)
            except Exception:
                pass
            else:
                out.write(f"K {child_id}\n")
        out.flush()
        counter += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
