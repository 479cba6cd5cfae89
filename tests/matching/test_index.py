"""MatchIndex: namesakes and brothers kept apart, incremental changes, name forms, vault input."""

from __future__ import annotations

from caseapp.domain.models import NameForm, PrisonerRecord, TracingRequest
from caseapp.matching import MatchIndex, PersonInput

FAMILY = [
    PersonInput("oleksandr", "Мельник", "Олександр", "Петрович", "M", "1985-03-12", "Суми"),
    PersonInput("serhii", "Мельник", "Сергій", "Петрович", "M", "1988-07-01", "Суми"),
    PersonInput("twin", "Мельник", "Андрій", "Петрович", "M", "1985-03-12", "Суми"),
    PersonInput("namesake", "Мельник", "Олександр", "Петрович", "M", "1979-11-30", "Київ"),
    PersonInput("namesake2", "Melnyk", "Oleksandr", None, "M", "1991-01-20", None),
]


def test_namesakes_and_brothers_do_not_look_strong() -> None:
    index = MatchIndex(FAMILY)
    results = index.match(
        PersonInput("q", "Мельник", "Олександр", "Петрович", "M", "1985-03-12", "Суми")
    )
    assert results[0].record_id == "oleksandr" and results[0].band == "strong"
    assert all(r.band != "strong" for r in results[1:])
    # Only the twin (same birth date, another given name) is worth a look; the rest are weak.
    assert {r.record_id for r in results[1:] if r.band != "weak"} <= {"twin"}
    # The reviewer sees the lead over the runner-up and why it differs: the given name.
    top = results[0]
    assert top.rival_id == "twin" and top.margin is not None and top.margin > 15
    assert [r.field for r in top.rival_differs] == ["given_name"]


def test_same_names_different_birth_dates_are_not_both_strong() -> None:
    index = MatchIndex(FAMILY)
    for query_date in ("1985-03-12", "1979-11-30", "1991-01-20"):
        results = index.match(PersonInput("q", "Мельник", "Олександр", None, "M", query_date))
        assert sum(r.band == "strong" for r in results) <= 1, query_date


def test_names_alone_never_make_a_strong_match() -> None:
    index = MatchIndex(FAMILY)
    results = index.match(PersonInput("q", "Мельник", "Олександр", "Петрович", "M"))
    assert {r.record_id for r in results[:2]} == {"oleksandr", "namesake"}
    assert all(r.band != "strong" for r in results)


def test_add_update_remove() -> None:
    index = MatchIndex(FAMILY[:2])
    query = PersonInput("q", "Ткаченко", "Іван", None, "M", "1990-01-01")
    assert index.match(query) == []
    index.add(PersonInput("new", "Ткаченко", "Иван", None, "M", "1990-01-01"))
    assert len(index) == 3 and "new" in index
    assert index.match(query)[0].record_id == "new"
    index.update(PersonInput("new", "Ткаченко", "Иван", None, "M", "1970-06-06"))
    assert len(index) == 3
    assert index.match(query)[0].band == "weak"  # the birth date now conflicts
    assert index.remove("new") and not index.remove("new")
    assert index.match(query) == [] and len(index) == 2
    index.add(PersonInput("again", "Ткаченко", "Іван", None, "M", "1990-01-01"))  # reuses a slot
    assert [r.record_id for r in index.match(query)] == ["again"]
    assert index.candidates(query) == ["again"]


def test_the_best_name_form_wins() -> None:
    record = PersonInput(
        "r",
        "Smith",
        "John",
        None,
        "M",
        "1980-02-02",
        alt_names=(("Коваль", "Іван", "Петрович"),),
    )
    index = MatchIndex([record])
    result = index.match(PersonInput("q", "Коваль", "Иван", "Петрович", None, "1980-02-02"))[0]
    assert result.band == "strong"
    given = next(r for r in result.reasons if r.field == "given_name")
    assert (given.params["a"], given.params["b"]) == ("Іван", "Иван")


def test_from_vault_entities() -> None:
    prisoner = PrisonerRecord(
        family_name="Бондаренко",
        given_name="Дмитрий",
        patronymic="Иванович",
        sex="M",
        birth_date="1990-04-05",
        birth_place="Днепр",
        service_number="ВЕ 123456",
        unit="в/ч А1234",
    )
    forms = [
        NameForm(owner_id=prisoner.id, family_name="Bondarenko", given_name="Dmytro"),
        NameForm(owner_id="someone-else", family_name="Other"),
    ]
    request = TracingRequest(
        enquirer_name="Mother",
        family_name="Бондаренко",
        given_name="Дмитро",
        birth_date="1990",
        service_number="BE123456",
    )
    person = PersonInput.from_prisoner(prisoner, forms)
    assert person.id == prisoner.id
    assert person.alt_names == (("Bondarenko", "Dmytro", None),)
    sought = PersonInput.from_request(request)
    assert (sought.id, sought.given_name, sought.birth_date) == (request.id, "Дмитро", "1990")
    result = MatchIndex([person]).match(sought)[0]
    assert result.record_id == prisoner.id and result.band == "strong"


def test_a_record_without_names_or_with_a_bad_date_does_not_break_matching() -> None:
    index = MatchIndex(
        [PersonInput("empty"), PersonInput("bad", "Гнатюк", "Іван", birth_date="31.02.1990")]
    )
    results = index.match(PersonInput("q", "Гнатюк", "Іван", birth_date="1990-12-31"))
    assert [r.record_id for r in results] == ["bad"]
    assert next(r for r in results[0].reasons if r.field == "birth_date").verdict == "missing"


def _plain_ranking(index: MatchIndex, person: PersonInput, top: int) -> list[tuple[str, float]]:
    """What ``match`` must return, computed the plain way: every candidate's points (name
    frequencies included), the ``top + 1`` best, then scored in full and re-sorted."""
    import heapq

    from caseapp.matching.scoring import assess, final_score, points

    query = index.prepare(person)
    records = [index.prepared(rid) for rid in index.candidates(person)]
    scored = [
        (points(r, query, index.names, index.model, index.freq), n) for n, r in enumerate(records)
    ]
    best = heapq.nlargest(top + 1, scored, key=lambda pair: pair[0])
    full = []
    for _, n in best:
        record = records[n]
        assert record is not None
        full.append((final_score(assess(record, query, index.names, index.model, index.freq),
                                 index.model), record.id))  # fmt: skip
    full.sort(key=lambda item: -item[0])
    return [(rid, score) for score, rid in full[:top]]


def test_pruned_ranking_is_the_plain_ranking() -> None:
    """Candidates are skipped only when they cannot reach the results (branch and bound):
    the top ten, and everything at or above a minimum score, are exactly what scoring every
    candidate in full gives, on the bench's noisy data (swapped names, typos, namesakes)."""
    from bench.matching_data import generate

    data = generate(3000, 300, seed=23)
    index = MatchIndex(data.records)
    pruned_some = False
    for person in data.requests:
        for top in (1, 3, 10):  # few kept: candidates are pruned against a high floor
            got = [(r.record_id, r.score) for r in index.match(person, top)]
            assert got == _plain_ranking(index, person, top)
        for floor in (50.0, 80.0):
            shown = [(r.record_id, r.score) for r in index.match(person, 5, min_score=floor)]
            assert shown == [item for item in _plain_ranking(index, person, 5) if item[1] >= floor]
        pruned_some = pruned_some or len(index.candidates(person)) > 11
    assert pruned_some
