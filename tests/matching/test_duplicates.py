"""Duplicate prisoner records: one person on several lists, found once per pair."""

from __future__ import annotations

from caseapp.matching import MatchIndex, PersonInput, find_duplicates

RECORDS = [
    PersonInput(
        "ru-list", "Коломиец", "Николай", "Васильевич", "M", "1983-06-14", "Харьков", "ВН 771234"
    ),
    PersonInput("uk-list", "Коломієць", "Микола", "Васильович", "M", "1983-06-14", "Харків"),
    PersonInput("media", "Kolomiiets", "Mykola", None, "M", "1983", "Kharkiv"),
    PersonInput("icrc", "Коломиец", "Н.", "В.", None, "1983-06-14", None, "BH771234"),
    # His brother, and an unrelated namesake: not duplicates.
    PersonInput("brother", "Коломієць", "Петро", "Васильович", "M", "1987-02-20", "Харків"),
    PersonInput("namesake", "Коломиец", "Николай", "Петрович", "M", "1975-09-01", "Одесса"),
]


def test_finds_each_pair_of_the_same_person_once() -> None:
    pairs = find_duplicates(RECORDS, threshold=50)
    found = {(p.a_id, p.b_id) for p in pairs}
    same_person = {"ru-list", "uk-list", "media", "icrc"}
    assert {("icrc", "ru-list"), ("ru-list", "uk-list"), ("icrc", "uk-list")} <= found
    assert all(a in same_person and b in same_person for a, b in found)
    assert len(found) == len(pairs)  # each pair once
    assert all(p.a_id < p.b_id for p in pairs)
    assert [p.score for p in pairs] == sorted((p.score for p in pairs), reverse=True)


def test_service_number_pair_is_strong_and_explained_from_a_to_b() -> None:
    pairs = find_duplicates(MatchIndex(RECORDS))  # default threshold: strong only
    pair = next(p for p in pairs if (p.a_id, p.b_id) == ("icrc", "ru-list"))
    assert pair.band == "strong"
    service = next(r for r in pair.reasons if r.field == "service_number")
    assert service.verdict == "match" and (service.params["a"], service.params["b"]) == (
        "BH771234",
        "BH771234",
    )
    given = next(r for r in pair.reasons if r.field == "given_name")
    assert given.params == {"a": "Н.", "b": "Николай", "weight": "+0.9"}


def test_no_duplicates_among_different_people() -> None:
    assert find_duplicates(RECORDS[4:] + RECORDS[:1], threshold=50) == []


def test_the_tighter_candidate_cap_finds_every_pair_the_full_cap_finds() -> None:
    """The duplicate search scores fewer candidates per record than a request gets; on the
    bench's noisy lists (a person on two lists, written differently) it still finds every
    pair of one person that scoring 200 candidates finds."""
    from bench.matching_data import generate
    from caseapp.matching import duplicates

    data = generate(4000, 10, seed=31)
    index = MatchIndex(data.records)
    same = data.person_of

    def true_pairs(cap: int) -> set[tuple[str, str]]:
        old, duplicates.DUPLICATE_CANDIDATES = duplicates.DUPLICATE_CANDIDATES, cap
        try:
            found = find_duplicates(index, threshold=50)
        finally:
            duplicates.DUPLICATE_CANDIDATES = old
        return {(p.a_id, p.b_id) for p in found if same[p.a_id] == same[p.b_id]}

    capped, full = true_pairs(duplicates.DUPLICATE_CANDIDATES), true_pairs(200)
    assert len(full) > 100
    assert capped == full
    assert true_pairs(1) != full  # the cap is in force: one candidate (the record) finds none
