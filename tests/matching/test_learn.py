"""Weights learned from the records (Fellegi-Sunter, EM) and from reviewers' decisions; stored
in the vault, reversible, from the CLI."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bench.matching_data import generate
from caseapp.cli import main
from caseapp.demo import fill_vault
from caseapp.domain.models import Setting
from caseapp.errors import BadInput
from caseapp.matching import MatchIndex
from caseapp.matching.learn import Learned, learn
from caseapp.matching.person import PersonInput
from caseapp.matching.scoring import SHIPPED, STRONG, WEIGHTS, Model, assess, final_score
from caseapp.matching.service import build_index
from caseapp.matching.weights import (
    SETTING_KEY,
    current_model,
    learn_weights,
    reset_weights,
    use_learned_weights,
    weights_state,
)
from caseapp.store import Session, load_entity
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def small() -> tuple[MatchIndex, list[object]]:
    data = generate(1500, 300, seed=7)
    index = MatchIndex(data.records)
    return index, [index.prepare(r) for r in data.requests]


def _learn(index: MatchIndex, queries: list[object], **kw: object) -> Learned:
    return learn(
        index.records(),
        index.names,
        lambda q: index.candidate_records(q, 5, exclude=q.id),
        queries,  # type: ignore[arg-type]
        random_pairs=4000,
        **kw,  # type: ignore[arg-type]
    )


def test_learning_is_deterministic_and_sane(small: tuple[MatchIndex, list[object]]) -> None:
    index, queries = small
    first, second = _learn(index, queries), _learn(index, queries)
    assert first.to_json() == second.to_json()
    w = first.model.weights
    assert w["birth_date"]["date.same"] > w["birth_date"]["date.same_year"] > 0
    assert w["birth_date"]["date.mismatch"] < -2
    assert w["family_name"]["name.same"] > 0 > w["family_name"]["name.mismatch"]
    assert w["given_name"]["name.same"] > 0 > w["given_name"]["name.mismatch"]
    assert w["service_number"]["service.same"] > w["service_number"]["service.mismatch"]
    assert all(w[f][c] == 0.0 for f, c in (("sex", "sex.missing"), ("unit", "unit.missing")))
    assert 0.0 < first.match_share <= 0.2 and first.candidate_pairs > 0
    assert Learned.from_json(first.to_json()) == first
    with pytest.raises(ValueError, match="damaged"):
        Learned.from_json('{"version": 1}')


def test_decisions_refine_the_weights(small: tuple[MatchIndex, list[object]]) -> None:
    index, queries = small
    records = sorted(index.records(), key=lambda r: r.id)
    plain = _learn(index, queries)
    # Reviewers rejected pairs that agree on the birth year only: that agreement counts less.
    same_year = [
        (a, b)
        for a, b in itertools.pairwise(records)
        if a.birth and b.birth and a.birth.year == b.birth.year
    ][:40]
    assert same_year
    refined = _learn(index, queries, rejected=same_year)
    assert refined.rejected == len(same_year)
    year = "date.same_year"
    assert refined.bits["birth_date"][year] < plain.bits["birth_date"][year]
    # Confirmations shape m.
    near = [(a, b) for a, b in itertools.pairwise(records) if a.birth and b.birth][:30]
    confirmed = _learn(index, queries, confirmed=near)
    assert confirmed.confirmed == len(near) and confirmed.m != plain.m


def _person(pid: str, given: str, birth: str, **kw: str) -> PersonInput:
    return PersonInput(
        id=pid, family_name="Коваленко", given_name=given, patronymic="Петрович", sex="M",
        birth_date=birth, birth_place="Буча", **kw,
    )  # fmt: skip


def _score(index: MatchIndex, model: Model, a: PersonInput, b: PersonInput) -> float:
    pa, pb = index.prepare(a), index.prepare(b)
    return final_score(assess(pa, pb, index.names, model, index.freq), model)


def test_learned_weights_keep_the_shipped_guards(small: tuple[MatchIndex, list[object]]) -> None:
    """Brothers and namesakes share everything but a given name or a birth date: what a vault
    learns may make those disagreements count more against, never less, and a twin brother
    (same family, father, birthplace and birth date) stays out of "strong"."""
    index, queries = small
    learned = _learn(index, queries).model
    for f, table in WEIGHTS.items():
        for code, (verdict, shipped) in table.items():
            if verdict == "mismatch":
                assert learned.weights[f][code] <= shipped, (f, code)
    record = _person("r", "Олександр", "1990-05-03")
    twin = _person("q", "Андрій", "1990-05-03")
    assert _score(index, learned, record, twin) < STRONG
    assert _score(index, learned, record, _person("q", "Олександр", "1990-05-03")) >= STRONG


def test_names_alone_stay_under_strong_whatever_a_vault_learns(
    small: tuple[MatchIndex, list[object]],
) -> None:
    """The rule is about which codes agree, not about the weights in force: a vault whose
    ages are often a year off may learn a positive weight for ``date.near_year``, and that
    still does not corroborate the names."""
    index, _ = small
    weights = {f: dict(t) for f, t in SHIPPED.weights.items()}
    weights["birth_date"]["date.near_year"] = 3.0
    model = Model(weights, source="learned")
    record = _person("r", "Олександр", "1990-05-03")
    query = _person("q", "Олександр", "1991")
    assert model.score_of(assess(index.prepare(record), index.prepare(query), index.names,
                                 model).points) >= STRONG  # fmt: skip
    assert _score(index, model, record, query) < STRONG
    assert _score(index, model, record, _person("q", "Олександр", "1990")) >= STRONG


def test_codes_the_vault_rarely_shows_lean_on_the_shipped_weights(
    small: tuple[MatchIndex, list[object]],
) -> None:
    """A code seen in no pair (a variant or a feminine form of a given name, in this data)
    keeps its shipped weight instead of a guess from smoothing; an agreement never counts
    against; a familiar form (how families write, rare on lists) weighs no more than the
    name itself, since u is counted on record-request pairs like the ones scored."""
    index, queries = small
    learned = _learn(index, queries)
    w = learned.model.weights
    for code in ("name.variant", "name.feminine_form", "name.masculine_form"):
        assert learned.evidence["given_name"][code] == 0.0
        assert w["given_name"][code] == SHIPPED.weights["given_name"][code]
    for f, table in WEIGHTS.items():
        for code, (verdict, _) in table.items():
            if verdict == "match":
                assert w[f][code] > 0, (f, code)
    assert w["given_name"]["name.familiar"] <= w["given_name"]["name.same"]
    assert learned.evidence["birth_date"]["date.same_year"] > 0


def _vault_with_records(session: Session, prisoners: int) -> None:
    fill_vault(session, prisoners, 40)


def test_learn_store_reset_and_use_again(session: Session) -> None:
    _vault_with_records(session, 400)
    assert current_model(session.conn) is None and weights_state(session.conn).learned is None
    result = learn_weights(session)
    assert result.changes.ids("setting") == {SETTING_KEY}
    model = current_model(session.conn)
    assert model is not None and model.source == "learned"
    assert build_index(session.conn).model.source == "learned"  # what re-match uses
    reset_weights(session)
    assert current_model(session.conn) is None
    assert build_index(session.conn).model.source == "shipped"
    assert weights_state(session.conn).learned is not None  # kept for later
    use_learned_weights(session)
    assert current_model(session.conn) == model


def test_too_few_records_is_refused_and_stores_nothing(session: Session) -> None:
    _vault_with_records(session, 20)
    with pytest.raises(BadInput, match="Too few prisoner records"):
        learn_weights(session)
    assert load_entity(session.conn, Setting, SETTING_KEY) is None
    with pytest.raises(BadInput, match="learn them first"):
        use_learned_weights(session)


def test_a_damaged_setting_falls_back_to_the_shipped_weights(session: Session) -> None:
    with session.transaction("damage") as txn:
        txn.create(Setting(id=SETTING_KEY, value='{"in_use": "learned", "model": "{"}'))
    assert current_model(session.conn) is None


def test_cli_learn_and_reset(
    session: Session,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _vault_with_records(session, 400)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    assert main(["match", "learn", "--vault", str(vault_path)]) == 0
    out = capsys.readouterr().out
    assert "date.mismatch" in out and "Matching uses the learned weights." in out
    header = next(line for line in out.splitlines() if line.startswith("field\t"))
    assert header.split("\t") == ["field", "comparison", "m", "u", "evidence", "learned", "shipped"]
    assert all(len(line.split("\t")) == 7 for line in out.splitlines() if "\tname." in line)
    assert current_model(session.conn) is not None
    assert main(["match", "learn", "--vault", str(vault_path), "--reset"]) == 0
    assert "shipped weights" in capsys.readouterr().out
    assert current_model(session.conn) is None


def test_cli_learn_errors_are_one_line_and_change_nothing(
    session: Session,
    vault_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    assert main(["match", "learn", "--vault", str(vault_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Too few prisoner records" in err
    assert main(["match", "learn", "--vault", str(vault_path), "--reset", "--use-learned"]) == 2
    assert main(["match", "--reset"]) == 2
    assert "go with 'caseapp match learn'" in capsys.readouterr().err
    assert main(["match", "--prisoners", "p.csv"]) == 2
    assert "--requests, --out required" in capsys.readouterr().err
    assert load_entity(session.conn, Setting, SETTING_KEY) is None
