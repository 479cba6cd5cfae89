"""A round with our requested list in two versions, their offered list, and seeded people."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from caseapp.io.tables import read_table
from caseapp.rounds import core, lists, matching
from caseapp.store import Session
from tests.rounds.helpers import OURS_V1, OURS_V2, THEIRS, Seeded, seed, write_list


@dataclass
class RoundCase:
    session: Session
    seeded: Seeded
    round_id: str
    ref: str
    folder: Path

    def import_list(self, name: str, rows: str, side: str, direction: str) -> str:
        table = read_table(write_list(self.folder, name, rows))
        plan = lists.plan_list(table, lists.suggest_list_mapping(self.session.conn, table.headers))
        result = lists.import_list(
            self.session, self.round_id, plan, side=side, direction=direction
        )
        matching.match_list(self.session, result.list_id)
        return result.list_id


@pytest.fixture
def case(session: Session, tmp_path: Path) -> RoundCase:
    seeded = seed(session)
    created = core.create_round(session, "Обмін 3 на 3", framework="1000 на 1000", agreed=3)
    rc = RoundCase(session, seeded, created.id, created.ref, tmp_path)
    rc.import_list("v1.csv", OURS_V1, "ours", "requested")
    rc.import_list("v2.csv", OURS_V2, "ours", "requested")
    rc.import_list("theirs.csv", THEIRS, "theirs", "offered")
    return rc
