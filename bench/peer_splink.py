"""The peer in the matching benchmark: Splink (Fellegi-Sunter, DuckDB backend), configured as its
documentation suggests for people data, on the same synthetic records and requests.

Optional: ``pip install -e '.[bench]'``; without splink the bench reports the peer as skipped.
Preparation is what a Splink user would do with these lists: names lower-cased and transliterated
to Latin (unidecode), dates read with the same date reader as CaseApp (Splink has none for
"14.03.1998" or "1998 р."), a year column for blocking. Model: NameComparison for the three name
fields with term-frequency adjustments, DateOfBirthComparison, exact sex / birth place / unit,
Levenshtein for the service number; u by random sampling, the prior from deterministic rules, m
by EM on two blocking rules (names, then birth date), as in the Splink tutorials.
"""

from __future__ import annotations

import importlib.util
import time
from dataclasses import dataclass
from typing import Any

from unidecode import unidecode

from bench.matching_data import Dataset
from caseapp.matching.dates import parse_birth_date
from caseapp.matching.person import PersonInput


def available() -> bool:
    return importlib.util.find_spec("splink") is not None and (
        importlib.util.find_spec("duckdb") is not None
    )


@dataclass
class PeerRun:
    #: request id -> [(record id, band)] best first; band "strong" at match probability >= 0.99.
    ranked: dict[str, list[tuple[str, str, float]]]
    seconds: float
    version: str
    pairs: int


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    out = " ".join(unidecode(text).lower().replace("'", "").split())
    return out or None


def _table(people: list[PersonInput]) -> dict[str, list[Any]]:
    columns: dict[str, list[Any]] = {
        k: []
        for k in (
            "unique_id",
            "family_name",
            "given_name",
            "patronymic",
            "sex",
            "birth_date",
            "birth_year",
            "birth_place",
            "service_number",
            "unit",
        )
    }
    for p in people:
        try:
            birth = parse_birth_date(p.birth_date, p.list_date)
        except ValueError:
            birth = None
        columns["unique_id"].append(p.id)
        columns["family_name"].append(_clean(p.family_name))
        columns["given_name"].append(_clean(p.given_name))
        columns["patronymic"].append(_clean(p.patronymic))
        sex = (p.sex or "").upper()[:1]
        columns["sex"].append({"M": "m", "М": "m", "F": "f", "Ж": "f"}.get(sex))
        full = birth is not None and birth.day is not None
        columns["birth_date"].append(str(birth) if full else None)
        columns["birth_year"].append(str(birth.year) if birth else None)
        columns["birth_place"].append(_clean(p.birth_place))
        service = "".join(ch for ch in unidecode(p.service_number or "").upper() if ch.isalnum())
        columns["service_number"].append(service or None)
        columns["unit"].append(_clean(p.unit))
    return columns


def run(data: Dataset, requests: list[PersonInput], seed: int = 1) -> PeerRun:
    """Train and predict; the top 10 candidates of each request, best first."""
    import splink
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    t0 = time.perf_counter()
    db_api = DuckDBAPI()
    left = db_api.register(_table(data.records), table_name="records")
    right = db_api.register(_table(requests), table_name="requests")
    settings = SettingsCreator(
        link_type="link_only",
        comparisons=[
            cl.NameComparison("family_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("given_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("patronymic"),
            cl.ExactMatch("sex"),
            cl.DateOfBirthComparison("birth_date", input_is_string=True),
            cl.ExactMatch("birth_place").configure(term_frequency_adjustments=True),
            cl.LevenshteinAtThresholds("service_number", 1),
            cl.ExactMatch("unit"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("family_name", "given_name"),
            block_on("given_name", "birth_year"),
            block_on("family_name", "birth_year"),
            block_on("birth_date"),
            block_on("substr(family_name, 1, 3)", "substr(given_name, 1, 1)", "birth_year"),
            block_on("service_number"),
        ],
        retain_intermediate_calculation_columns=False,
    )
    linker = Linker([left, right], settings, log_level="WARNING")
    linker.training.estimate_probability_two_random_records_match(
        [block_on("family_name", "given_name", "birth_date")], recall=0.7
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=seed)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("family_name", "given_name")
    )
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("birth_date"))
    predictions = linker.inference.predict(threshold_match_probability=0.0001)
    table = predictions.as_pyarrow_table()
    columns = table.to_pydict()
    by_request: dict[str, list[tuple[float, str, float]]] = {}
    left_ids, right_ids = columns["unique_id_l"], columns["unique_id_r"]
    for lid, rid, weight, prob in zip(
        left_ids, right_ids, columns["match_weight"], columns["match_probability"], strict=True
    ):
        # link_only: one side is a record, the other a request, in either column.
        record_id, request_id = (lid, rid) if str(lid).startswith("R") else (rid, lid)
        by_request.setdefault(str(request_id), []).append((weight, str(record_id), prob))
    ranked = {
        qid: [
            (record_id, "strong" if prob >= 0.99 else "weak", round(100.0 * prob, 1))
            for _, record_id, prob in sorted(pairs, key=lambda item: (-item[0], item[1]))[:10]
        ]
        for qid, pairs in by_request.items()
    }
    return PeerRun(ranked, time.perf_counter() - t0, splink.__version__, len(left_ids))
