"""``caseapp letter ...``: the same core from the command line; bad input exits 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.domain.models import LetterRecord
from caseapp.records import list_entities
from caseapp.store import Session
from tests.conftest import PASSPHRASE, make_account
from tests.letters.helpers import add_case, pdf_text


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)


def test_kinds_lists_every_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["letter", "kinds"]) == 0
    out = capsys.readouterr().out
    for kind in ("acknowledgement", "confirmation_held", "death_notification", "no_news"):
        assert kind in out


def test_sample_writes_only_where_told(tmp_path: Path) -> None:
    out = tmp_path / "specimen.pdf"
    assert (
        main(
            ["letter", "sample", "--kind", "death_notification", "--lang", "ru", "--out", str(out)]
        )
        == 0
    )
    assert "скончался в октябре 2026 г." in pdf_text(out.read_bytes())
    # Nothing else was written (CASEAPP_HOME, if created, is the test's own folder).
    assert {p.name for p in tmp_path.iterdir()} - {"home"} == {"specimen.pdf"}


def test_sample_uses_the_vaults_letterhead(
    org: Session, vault_path: Path, tmp_path: Path, env: None
) -> None:
    out = tmp_path / "ours.pdf"
    args = ["letter", "sample", "--kind", "no_news", "--lang", "uk", "--out", str(out)]
    assert main([*args, "--vault", str(vault_path)]) == 0
    assert "Товариство Червоного Хреста" in pdf_text(out.read_bytes())


def test_sample_bad_kind_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(
            ["letter", "sample", "--kind", "love", "--lang", "uk", "--out", str(tmp_path / "x.pdf")]
        )
    assert caught.value.code == 2
    assert not (tmp_path / "x.pdf").exists()


def test_generate_reprint_mark_and_list(
    org: Session, vault_path: Path, tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    case = add_case(org)
    out = tmp_path / "letter.pdf"
    vault = ["--vault", str(vault_path)]
    code = main(
        [
            "letter",
            "generate",
            "--request",
            case.request.ref or "",
            "--kind",
            "confirmation_held",
            "--out",
            str(out),
            *vault,
        ]
    )
    assert code == 0
    (record,) = list_entities(org.conn, LetterRecord)
    assert out.read_bytes() == record.pdf
    assert record.ref in capsys.readouterr().out

    again = tmp_path / "again.pdf"
    assert main(["letter", "reprint", record.ref or "", "--out", str(again), *vault]) == 0
    assert again.read_bytes() == out.read_bytes()

    assert (
        main(
            [
                "letter",
                "mark",
                record.ref or "",
                "--status",
                "posted",
                "--date",
                "2026-11-25",
                *vault,
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["letter", "list", "--state", "posted", *vault]) == 0
    listed = capsys.readouterr().out
    header, row = listed.splitlines()
    assert header.split("\t") == [
        "letter", "request", "kind", "lang", "state", "date", "recipient", "channel", "author",
        "approver",
    ]  # fmt: skip
    assert row.split("\t")[:2] == [record.ref, case.request.ref]
    assert row.split("\t")[6:9] == ["Коломієць Ганна Григорівна", "post", "admin"]


def test_refused_letter_exits_2_with_one_line(
    org: Session, vault_path: Path, tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    case = add_case(org, link_status="potential", address=None)
    out = tmp_path / "letter.pdf"
    code = main(
        [
            "letter",
            "generate",
            "--request",
            case.request.ref or "",
            "--kind",
            "confirmation_held",
            "--out",
            str(out),
            "--vault",
            str(vault_path),
        ]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no confirmed link" in err and "postal address" in err
    assert not out.exists()
    assert list_entities(org.conn, LetterRecord) == []


def test_unknown_request_exits_2(
    org: Session, vault_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "letter",
            "generate",
            "--request",
            "TR-0000-NONE-00000",
            "--kind",
            "acknowledgement",
            "--vault",
            str(vault_path),
        ]
    )
    assert code == 2
    assert "No tracing request" in capsys.readouterr().err


def test_death_notification_from_the_command_line(
    org: Session,
    vault_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    env: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_account(org, "lina", "liaison")
    make_account(org, "kostya", "coordinator")
    case = add_case(org, prisoner_status="deceased", status_date="2026-10-03")
    vault = ["--vault", str(vault_path)]
    out = tmp_path / "death.pdf"
    assert (
        main(
            [
                "letter",
                "generate",
                "--request",
                case.request.ref or "",
                "--kind",
                "death_notification",
                "--out",
                str(out),
                "--user",
                "lina",
                *vault,
            ]
        )
        == 0
    )
    assert "awaits a second person's approval" in capsys.readouterr().out
    assert not out.exists()
    (record,) = list_entities(org.conn, LetterRecord)
    assert record.delivery_method == "in_person"  # news of death: in person by default
    assert main(["letter", "reprint", record.ref or "", "--out", str(out), *vault]) == 2
    review = tmp_path / "review.pdf"  # the approver reads the very PDF first
    assert main(["letter", "review", record.ref or "", "--out", str(review), *vault]) == 0
    assert review.read_bytes() == record.pdf
    assert main(["letter", "approve", record.ref or "", "--user", "lina", *vault]) == 2
    assert main(["letter", "approve", record.ref or "", "--user", "kostya", *vault]) == 0
    assert main(["letter", "reprint", record.ref or "", "--out", str(out), *vault]) == 0
    assert out.read_bytes() == record.pdf


def test_batch_and_profile(
    org: Session, vault_path: Path, tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    for _ in range(3):
        add_case(org)
    vault = ["--vault", str(vault_path)]
    merged, folder = tmp_path / "all.pdf", tmp_path / "each"
    assert (
        main(
            [
                "letter",
                "batch",
                "--kind",
                "confirmation_held",
                "--out",
                str(merged),
                "--split-dir",
                str(folder),
                *vault,
            ]
        )
        == 0
    )
    assert "Recorded 3 letters" in capsys.readouterr().out
    assert len(list(folder.iterdir())) == 3 and merged.exists()
    assert (
        main(["letter", "batch", "--kind", "confirmation_held", "--out", str(merged), *vault]) == 0
    )
    assert "No request is owed" in capsys.readouterr().out

    profile = tmp_path / "profile.json"
    profile.write_text(
        json.dumps(
            {"name": {"en": "Tracing Office"}, "signature": "Desk 4", "reference_prefix": "TO"}
        ),
        encoding="utf-8",
    )
    assert main(["letter", "profile", "--set", str(profile), *vault]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["reference_prefix"] == "TO" and shown["signature"]["uk"] == "Desk 4"
    assert main(["letter", "profile", "--logo", str(profile), *vault]) == 2
    assert "PNG or JPEG" in capsys.readouterr().err


def test_news_of_death_by_post_needs_a_recorded_reason(
    org: Session, vault_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    case = add_case(org, prisoner_status="deceased", status_date="2026-10-03")
    args = ["letter", "generate", "--request", case.request.ref or "", "--kind"]
    args += ["death_notification", "--channel", "post", "--vault", str(vault_path)]
    assert main(args) == 2
    assert "record the reason" in capsys.readouterr().err
    assert list_entities(org.conn, LetterRecord) == []
    assert main([*args, "--post-reason", "lives abroad"]) == 0
    (record,) = list_entities(org.conn, LetterRecord)
    assert (record.delivery_method, record.delivery_reason) == ("post", "lives abroad")


def test_a_second_acknowledgement_warns(
    org: Session, vault_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    case = add_case(org, prisoner_status=None)
    args = ["letter", "generate", "--request", case.request.ref or "", "--kind"]
    args += ["acknowledgement", "--vault", str(vault_path)]
    assert main(args) == 0
    assert "warning" not in capsys.readouterr().err
    assert main(args) == 0
    assert "warning: This request already had a letter of this kind" in capsys.readouterr().err


def test_links_from_the_command_line(
    org: Session, vault_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from caseapp.domain.models import Link, PrisonerRecord, TracingRequest
    from caseapp.store import load_entity

    case = add_case(org, prisoner_status="released", link_status="potential")
    assert case.prisoner is not None
    with org.transaction("ref") as txn:
        txn.update(PrisonerRecord, case.prisoner.id, ref="PR-1")
    vault = ["--vault", str(vault_path)]
    pair = [case.request.ref or "", "PR-1"]

    def request_status() -> str | None:
        request = load_entity(org.conn, TracingRequest, case.request.id)
        return request.status if request else None

    assert main(["link", "reject", *pair, *vault]) == 2  # a reason is required
    assert "reason" in capsys.readouterr().err
    assert main(["link", "confirm", *pair, *vault]) == 0
    assert request_status() == "returned"  # released: returned, never "held"
    assert "returned" in capsys.readouterr().out
    assert main(["link", "confirm", *pair, *vault]) == 2  # already confirmed
    assert main(["link", "reopen", *pair, *vault]) == 0
    assert request_status() == "possible_match"  # the search is open again
    assert main(["link", "reject", *pair, "--reason", "different birth date", *vault]) == 0
    (link,) = list_entities(org.conn, Link)
    assert (link.status, link.decision_reason) == ("rejected", "different birth date")
    assert main(["link", "confirm", case.request.ref or "", "PR-404", *vault]) == 2
    assert "No prisoner record with the reference PR-404" in capsys.readouterr().err
