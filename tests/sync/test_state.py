"""The merge rules as pure functions, and the bounded clock."""

from __future__ import annotations

import itertools
import json

from caseapp.clock import HLC, MAX_DRIFT_MS, HybridClock
from caseapp.sync.state import Entry, base_for_edit, resolve


def _create(hlc: str, **values: object) -> Entry:
    return Entry(hlc, "create", None, json.dumps(values))


def _edit(hlc: str, name: str, value: object, *base: str) -> Entry:
    return Entry(hlc, "update", name, json.dumps(value), base)


def test_the_state_does_not_depend_on_the_order_entries_arrived_in() -> None:
    entries = [
        _create("01", unit="a", rank="x"),
        _edit("02", "unit", "b", "01"),
        _edit("03", "unit", "c", "01"),  # concurrent with 02
        _edit("04", "rank", "y", "01"),
        _edit("05", "unit", "d", "02"),  # 02's writer edits again: supersedes 02 only
    ]
    states = {
        json.dumps(
            [resolve("prisoner", order).values, sorted(resolve("prisoner", order).conflicts)],
            sort_keys=True,
        )
        for order in itertools.permutations(entries)
    }
    assert len(states) == 1
    state = resolve("prisoner", entries)
    assert state.values["unit"] == "d" and state.values["rank"] == "y"
    assert state.conflicts == {"unit"}
    assert [c.value for c in state.candidates["unit"]] == ["d", "c"]


def test_a_resolution_supersedes_every_version_a_plain_edit_only_the_winner() -> None:
    entries = [
        _create("01", unit="a"),
        _edit("02", "unit", "b", "01"),
        _edit("03", "unit", "c", "01"),
    ]
    state = resolve("prisoner", entries)
    assert base_for_edit(state, "unit") == ["03"]
    assert sorted(base_for_edit(state, "unit", resolve_all=True)) == ["02", "03"]
    settled = resolve("prisoner", [*entries, _edit("04", "unit", "b+c", "02", "03")])
    assert settled.conflicts == set() and settled.values["unit"] == "b+c"


def test_an_edit_arriving_before_its_record_waits_and_equal_values_are_no_conflict() -> None:
    assert not resolve("prisoner", [_edit("02", "unit", "b", "01")]).created
    twins = resolve("setting", [_create("01", value="same"), _create("02", value="same")])
    assert twins.conflicts == set()
    rivals = resolve("setting", [_create("01", value="A"), _create("02", value="B")])
    assert rivals.conflicts == {"value"} and rivals.values["value"] == "B"
    # A derived creation (a potential link made on two laptops) never fights a decision.
    link = resolve(
        "link",
        [
            _create("01", status="potential", score=80),
            _create("02", status="potential", score=81),
            _edit("03", "status", "confirmed", "01"),
        ],
    )
    assert link.values["status"] == "confirmed" and link.conflicts == set()


def test_a_clock_far_in_the_future_does_not_drag_this_laptop_along() -> None:
    clock = HybridClock("aaaa", now_ms=lambda: 1_000_000)
    assert not clock.observe(HLC(1_000_000 + MAX_DRIFT_MS + 1, 0, "bbbb"))
    assert clock.tick().wall_ms == 1_000_000
    assert clock.observe(HLC(1_000_000 + 5000, 3, "bbbb"))
    assert clock.tick() > HLC(1_000_000 + 5000, 3, "bbbb")
    assert HLC(1, 2, "0123456789abcdef0123").encode().endswith("0123456789abcdef0123")
