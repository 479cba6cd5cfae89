"""Bundles between laptops of one team: merge rules, and every bad bundle refused whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.domain.models import Attachment, PrisonerRecord
from caseapp.records import load_entity
from caseapp.sync.bundle import BundleRefused, build_plaintext, export_bundle, import_bundle
from caseapp.sync.conflicts import list_conflicts, resolve_conflict
from caseapp.sync.team import canonical, load_team, revoke_device
from caseapp.vault.schema import LATEST_VERSION
from tests.sync.helpers import Laptop, local_snapshot, make_team, open_team, snapshot


@pytest.fixture
def team(team_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Laptop]:
    laptops = open_team(team_template, tmp_path / "team", monkeypatch)
    yield laptops
    for laptop in laptops:
        laptop.session.vault.close()


def _person(laptop: Laptop, **fields: object) -> PrisonerRecord:
    with laptop.session.transaction("add") as txn:
        return txn.create(PrisonerRecord(family_name="Бойко", given_name="Іван", **fields))


def _send(src: Laptop, dst: Laptop, folder: Path) -> Path:
    path = export_bundle(src.session, folder, peer=dst.name).path
    import_bundle(dst.session, path)
    return path


def test_provisioned_laptops_have_their_own_device_and_the_data(team: list[Laptop]) -> None:
    ids = {laptop.session.vault.device_id for laptop in team}
    codes = {laptop.session.vault.device_code() for laptop in team}
    assert len(ids) == 3 and len(codes) == 3
    names = {row[1] for row in snapshot(team[1])["device"]}
    assert {"a", "b"} <= names


def test_edits_to_different_fields_both_survive_and_same_field_conflicts(
    team: list[Laptop], tmp_path: Path
) -> None:
    a, b, _ = team
    person = _person(a)
    _send(a, b, tmp_path)
    with a.session.transaction("edit") as txn:
        txn.update(PrisonerRecord, person.id, unit="A-unit", rank="капрал")
    with b.session.transaction("edit") as txn:
        txn.update(PrisonerRecord, person.id, unit="B-unit", notes="seen in Olenivka")
    _send(a, b, tmp_path)
    _send(b, a, tmp_path)
    rows = [load_entity(x.conn, PrisonerRecord, person.id) for x in (a, b)]
    assert rows[0] == rows[1]
    assert rows[0] is not None and (rows[0].rank, rows[0].notes) == ("капрал", "seen in Olenivka")
    conflicts = list_conflicts(a.conn)
    assert [(c.field, sorted(v.value for v in c.versions)) for c in conflicts] == [
        ("unit", ["A-unit", "B-unit"])
    ]
    assert conflicts[0].versions[0].winner and conflicts[0].versions[0].value == rows[0].unit
    assert {v.device_name for v in conflicts[0].versions} == {"a", "b"}
    # A person resolves it on B with a typed value; the resolution closes it on A too.
    resolve_conflict(b.session, "prisoner", person.id, "unit", "1st brigade")
    _send(b, a, tmp_path)
    assert list_conflicts(a.conn) == [] and list_conflicts(b.conn) == []
    assert load_entity(a.conn, PrisonerRecord, person.id).unit == "1st brigade"  # type: ignore[union-attr]
    assert snapshot(a) == snapshot(b)


def test_deletions_travel_and_a_second_import_changes_nothing(
    team: list[Laptop], tmp_path: Path
) -> None:
    a, b, _ = team
    person = _person(a)
    _send(a, b, tmp_path)
    with a.session.transaction("delete") as txn:
        txn.delete(PrisonerRecord, person.id)
    path = _send(a, b, tmp_path)
    assert load_entity(b.conn, PrisonerRecord, person.id) is None
    before = local_snapshot(b)
    again = import_bundle(b.session, path)
    assert (again.new, again.changed, again.conflicts) == (0, 0, 0) and again.skipped > 0
    assert local_snapshot(b) == before


def test_an_old_bundle_replayed_after_a_newer_one_applies_fine(
    team: list[Laptop], tmp_path: Path
) -> None:
    a, b, _ = team
    person = _person(a)
    first = export_bundle(a.session, tmp_path, peer="b").path
    with a.session.transaction("edit") as txn:
        txn.update(PrisonerRecord, person.id, unit="later")
    second = export_bundle(a.session, tmp_path, peer="b").path
    import_bundle(b.session, second)  # the edit, before its record
    assert load_entity(b.conn, PrisonerRecord, person.id) is None
    import_bundle(b.session, first)
    assert load_entity(b.conn, PrisonerRecord, person.id).unit == "later"  # type: ignore[union-attr]
    assert list_conflicts(b.conn) == []


def test_attachments_travel_with_their_content(team: list[Laptop], tmp_path: Path) -> None:
    a, b, _ = team
    person = _person(a)
    with a.session.transaction("attach") as txn:
        import hashlib

        data = b"%PDF-1.4 scan of a capture card"
        item = txn.create(
            Attachment(
                owner_type="prisoner",
                owner_id=person.id,
                filename="card.pdf",
                data=data,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
            )
        )
    _send(a, b, tmp_path)
    got = load_entity(b.conn, Attachment, item.id)
    assert got is not None and got.data == data


def test_a_record_this_vault_refuses_is_kept_aside_and_the_rest_applies(
    team: list[Laptop], tmp_path: Path
) -> None:
    a, b, _ = team
    good = _person(a)
    bad = _person(a)
    # A newer CaseApp on A allowed a value this one does not know: forge it in A's journal.
    a.conn.execute(
        "UPDATE journal SET new_value = json_set(new_value, '$.sex', 'X') WHERE entity_id = ?",
        (bad.id,),
    )
    path = export_bundle(a.session, tmp_path, peer="b").path
    result = import_bundle(b.session, path)
    assert load_entity(b.conn, PrisonerRecord, good.id) is not None
    assert load_entity(b.conn, PrisonerRecord, bad.id) is None
    assert [(t, i) for t, i, _ in result.kept_aside] == [("prisoner", bad.id)]
    assert "sex" in result.kept_aside[0][2]
    from caseapp.sync.conflicts import kept_aside

    assert [(k.entity_id, k.entries) for k in kept_aside(b.conn)] == [(bad.id, 1)]
    again = import_bundle(b.session, path)  # still refused, still kept, nothing lost
    assert len(again.kept_aside) == 1 and load_entity(b.conn, PrisonerRecord, bad.id) is None


def test_a_merge_composes_with_children_added_elsewhere(team: list[Laptop], tmp_path: Path) -> None:
    from caseapp.domain.models import NameForm
    from caseapp.matching.service import merge_prisoners

    a, b, _ = team
    keep, dup = _person(a), _person(a, birth_date="1990")
    _send(a, b, tmp_path)
    merge_prisoners(a.session, keep.id, dup.id)
    with b.session.transaction("alias") as txn:
        alias = txn.create(NameForm(owner_type="prisoner", owner_id=dup.id, family_name="Бойка"))
    _send(b, a, tmp_path)
    _send(a, b, tmp_path)
    for laptop in (a, b):
        moved = load_entity(laptop.conn, NameForm, alias.id)
        assert moved is not None and moved.owner_id == keep.id
    assert snapshot(a) == snapshot(b)


def test_two_laptops_merging_each_way_keep_one_record(team: list[Laptop], tmp_path: Path) -> None:
    from caseapp.matching.service import merge_prisoners

    a, b, _ = team
    x, y = _person(a), _person(a)
    _send(a, b, tmp_path)
    merge_prisoners(a.session, x.id, y.id)
    merge_prisoners(b.session, y.id, x.id)
    _send(a, b, tmp_path)
    _send(b, a, tmp_path)
    _send(a, b, tmp_path)
    live = [
        p.id
        for p in (load_entity(a.conn, PrisonerRecord, i) for i in (x.id, y.id))
        if p is not None
    ]
    assert live == [min(x.id, y.id)]
    assert snapshot(a) == snapshot(b)


# --- every bad bundle is refused whole, each with its own message ---------------------------


def _refused(laptop: Laptop, path: Path | bytes, message: str) -> None:
    before = local_snapshot(laptop)
    with pytest.raises(BundleRefused, match=message) as caught:
        import_bundle(laptop.session, path)
    assert "Nothing was applied" in str(caught.value)
    assert local_snapshot(laptop) == before


def test_a_modified_bundle_is_refused(team: list[Laptop], tmp_path: Path) -> None:
    a, b, _ = team
    _person(a)
    path = export_bundle(a.session, tmp_path, peer="b").path
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    _refused(b, bytes(data), "modified or damaged")


def test_a_truncated_bundle_is_refused(team: list[Laptop], tmp_path: Path) -> None:
    a, b, _ = team
    _person(a)
    data = export_bundle(a.session, tmp_path, peer="b").path.read_bytes()
    _refused(b, data[: len(data) - 700], "incomplete")
    _refused(b, data[:200], "incomplete")


def test_a_bundle_of_another_team_is_refused(team: list[Laptop], tmp_path: Path) -> None:
    b = team[1]
    (tmp_path / "other").mkdir()
    other = make_team(tmp_path / "other", ("x",))[0]
    try:
        _person(other)
        path = export_bundle(other.session, tmp_path).path
    finally:
        other.session.vault.close()
    _refused(b, path, "another team")


def test_a_revoked_laptop_s_bundles_are_refused(team: list[Laptop], tmp_path: Path) -> None:
    a, b, c = team
    _person(c)
    path = export_bundle(c.session, tmp_path, peer="b").path
    revoke_device(a.session, "c", "lost in transit")
    _send(a, b, tmp_path)
    _refused(b, path, "revoked")


def _forge(src: Laptop, folder: Path, **changes: object) -> Path:
    """A bundle written by hand with src's keys, manifest altered."""
    team = load_team(src.conn)
    assert team is not None
    path = export_bundle(src.session, folder).path
    from caseapp.sync.bundle import verify_bundle

    verified = verify_bundle(team, src.session, path)
    import io
    import tarfile

    with tarfile.open(fileobj=io.BytesIO(verified.plain)) as tar:
        members = [
            (m.name, tar.extractfile(m).read())  # type: ignore[union-attr]
            for m in tar.getmembers()
            if not m.name.startswith("manifest")
        ]
    manifest = {**verified.manifest, **changes}
    signer = changes.pop("_signer", None)
    manifest.pop("_signer", None)
    signature = (signer or team).sign(canonical(manifest))
    from caseapp.sync.bundle import write_atomically

    out = folder / "forged.age"
    write_atomically(out, build_plaintext(manifest, signature, members), team)
    return out


def test_a_bundle_from_a_newer_schema_is_refused(team: list[Laptop], tmp_path: Path) -> None:
    a, b, _ = team
    _person(a)
    _refused(b, _forge(a, tmp_path, schema_version=LATEST_VERSION + 1), "newer CaseApp")


def test_a_forged_sender_is_refused(team: list[Laptop], tmp_path: Path) -> None:
    a, b, _ = team
    _person(a)
    team_a = load_team(a.conn)
    assert team_a is not None and team_a.device_cert is not None
    # Someone who holds the team's decryption key (a stolen laptop) but not the team key
    # invents a device: its certificate cannot carry the team's signature.
    fake = dict(team_a.device_cert, device_id="00000000-0000-0000-0000-000000000000")
    _refused(
        b,
        _forge(a, tmp_path, device_cert=fake, device_id=fake["device_id"]),
        "not a laptop of this team",
    )
    # The real certificate with a manifest signed by another key.
    from dataclasses import replace

    from caseapp.sync.team import new_device_key

    other_key, _ = new_device_key()
    _refused(b, _forge(a, tmp_path, _signer=replace(team_a, device_key=other_key)), "not signed")


def test_a_bundle_cannot_be_read_without_the_team_key(team: list[Laptop], tmp_path: Path) -> None:
    a, _, _ = team
    _person(a, notes="Бойко Іван Петрович")
    data = export_bundle(a.session, tmp_path, peer="b").path.read_bytes()
    assert b"age-encryption.org/v1" in data[:30]
    assert "Бойко".encode() not in data and b"Olenivka" not in data
    assert len(data) % 65536 > 0  # header + padded chunks


def test_a_vault_copied_by_hand_gets_its_own_device_and_cannot_send(
    team: list[Laptop], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from caseapp.accounts import unlock_session
    from caseapp.errors import BadInput
    from caseapp.vault.keyslots import keyfile_paths
    from tests.sync.helpers import PASSPHRASE

    b = team[1]
    source = b.session.vault.path
    b.session.vault.close()
    copy = tmp_path / "copy" / "b.caseapp"
    copy.parent.mkdir()
    shutil.copy2(source, copy)
    for s, d in zip(keyfile_paths(source), keyfile_paths(copy), strict=True):
        shutil.copy2(s, d)
    import os

    home = os.environ["CASEAPP_HOME"]
    monkeypatch.setenv("CASEAPP_HOME", str(tmp_path / "second-laptop"))
    copied = unlock_session(copy, "admin", PASSPHRASE)
    vault = copied.vault
    try:
        original = b.session.vault.device_id
        assert vault.copied_from == original and vault.device_id != original
        assert vault.device_code() != b.session.vault.device_code()
        with pytest.raises(BadInput, match="copy made on another laptop"):
            export_bundle(copied, tmp_path, peer="a")
    finally:
        vault.close()
    monkeypatch.setenv("CASEAPP_HOME", home)
    b.session = unlock_session(source, "admin", PASSPHRASE)  # the original is fine
    assert b.session.vault.copied_from is None


def test_manifest_lists_sender_range_and_digests(team: list[Laptop], tmp_path: Path) -> None:
    a, b, _ = team
    _person(a)
    path = export_bundle(a.session, tmp_path, peer="b").path
    team_b = load_team(b.conn)
    from caseapp.sync.bundle import verify_bundle

    manifest = verify_bundle(team_b, b.session, path).manifest  # type: ignore[arg-type]
    assert manifest["device_id"] == a.session.vault.device_id
    assert manifest["seq_from"] <= manifest["seq_to"]
    assert set(manifest["members"]) == {"entries.jsonl.gz", "audit.jsonl.gz", "team_key.json"}
    assert json.dumps(manifest)


def test_two_records_with_one_reference_number_are_both_kept(
    team: list[Laptop], tmp_path: Path
) -> None:
    a, b, _ = team
    x = _person(a, ref="PR-2026-QQXP-00001")
    y = _person(b, ref="PR-2026-QQXP-00001")  # a clone issued the same number
    result = import_bundle(b.session, export_bundle(a.session, tmp_path, peer="b").path)
    assert result.ref_clashes == ["PR-2026-QQXP-00001"]
    _send(b, a, tmp_path)
    refs = {
        laptop.name: {p: load_entity(laptop.conn, PrisonerRecord, p).ref for p in (x.id, y.id)}  # type: ignore[union-attr]
        for laptop in (a, b)
    }
    assert refs["a"] == refs["b"]
    assert len(set(refs["a"].values())) == 2
    assert refs["a"][min(x.id, y.id)] == "PR-2026-QQXP-00001"


def test_history_shows_which_laptop_made_a_change(team: list[Laptop], tmp_path: Path) -> None:
    from caseapp.history import entity_history

    a, b, _ = team
    person = _person(a)
    _send(a, b, tmp_path)
    with b.session.transaction("edit") as txn:
        txn.update(PrisonerRecord, person.id, unit="B-unit")
    _send(b, a, tmp_path)
    entries = entity_history(a.conn, person.id)
    assert [e.who for e in entries if e.op == "update"] == ["admin (b)"]
    assert [e.who for e in entries if e.op == "create"] == ["admin"]  # this laptop's own


def test_a_remote_edit_names_its_fields_so_re_match_sees_it(
    team: list[Laptop], tmp_path: Path
) -> None:
    from caseapp.matching.upkeep import matching_ids

    a, b, _ = team
    person = _person(a)
    _send(a, b, tmp_path)
    with a.session.transaction("edit") as txn:
        txn.update(PrisonerRecord, person.id, family_name="Бойченко")
    result = import_bundle(b.session, export_bundle(a.session, tmp_path, peer="b").path)
    assert result.changes.updated_fields.get("prisoner") == {"family_name"}
    assert matching_ids(result.changes, "prisoner") == {person.id}
    with a.session.transaction("edit") as txn:
        txn.update(PrisonerRecord, person.id, notes="seen in Olenivka")
    result = import_bundle(b.session, export_bundle(a.session, tmp_path, peer="b").path)
    assert result.changes.updated_fields.get("prisoner") == {"notes"}
    assert matching_ids(result.changes, "prisoner") == set()  # a note moves no suggestion


def test_two_laptops_recording_one_list_version_get_a_conflict_a_person_resolves(
    team: list[Laptop], tmp_path: Path
) -> None:
    from caseapp.domain.models import RoundList
    from caseapp.errors import BadInput
    from caseapp.rounds.core import LATEST_LISTS_SQL, latest_list
    from caseapp.sync.conflicts import kept_aside

    a, b, _ = team
    lists = []
    for laptop in (a, b):  # both laptops record version 1 of the same list
        with laptop.session.transaction("list") as txn:
            lists.append(
                txn.create(RoundList(round_id="r1", side="ours", direction="requested", version=1))
            )
    person = _person(a)
    result = import_bundle(b.session, export_bundle(a.session, tmp_path, peer="b").path)
    _send(b, a, tmp_path)
    assert result.kept_aside == [] and kept_aside(b.conn) == []
    assert load_entity(b.conn, PrisonerRecord, person.id) is not None
    first, second = sorted(item.id for item in lists)
    for laptop in (a, b):  # both kept, the same way on both: the smaller id keeps version 1
        assert load_entity(laptop.conn, RoundList, first).version == 1  # type: ignore[union-attr]
        hidden = load_entity(laptop.conn, RoundList, second)
        assert hidden is not None and hidden.version is not None and hidden.version < 0
        assert latest_list(laptop.conn, "r1", "ours", "requested").id == first  # type: ignore[union-attr]
        assert [r[0] for r in laptop.conn.execute(LATEST_LISTS_SQL)] == [first]
        conflicts = [(c.entity_id, c.field) for c in list_conflicts(laptop.conn)]
        assert conflicts == [(second, "version")]
        assert "recorded on two laptops" in list_conflicts(laptop.conn)[0].label
        assert "два ноутбуки" in list_conflicts(laptop.conn, "uk")[0].label
    assert snapshot(a)["sync_conflict"] == snapshot(b)["sync_conflict"]
    with a.session.transaction("note") as txn:  # an edit of the hidden list keeps it hidden
        txn.update(RoundList, second, note="received by hand at the checkpoint")
    assert load_entity(a.conn, RoundList, second).version < 0  # type: ignore[union-attr,operator]
    assert [(c.entity_id, c.field) for c in list_conflicts(a.conn)] == [(second, "version")]

    before = local_snapshot(b)
    with pytest.raises(BadInput, match=r"exists already.*for example 2"):
        resolve_conflict(b.session, "round_list", second, "version", 1)
    assert local_snapshot(b) == before
    resolve_conflict(b.session, "round_list", second, "version", "2")
    assert load_entity(b.conn, RoundList, second).version == 2  # type: ignore[union-attr]
    assert list_conflicts(b.conn) == []
    _send(b, a, tmp_path)  # the resolution travels and closes the conflict there too
    assert load_entity(a.conn, RoundList, second).version == 2  # type: ignore[union-attr]
    assert list_conflicts(a.conn) == []
    assert latest_list(a.conn, "r1", "ours", "requested").id == second  # type: ignore[union-attr]


def test_a_key_rotation_stays_on_its_laptop(team: list[Laptop], tmp_path: Path) -> None:
    """The journal notes a rotated database key; other laptops get nothing of it to keep aside."""
    from caseapp.accounts import rotate_database_key
    from caseapp.sync.conflicts import kept_aside
    from caseapp.vault.keyslots import TEST_KDF
    from tests.sync.helpers import PASSPHRASE

    a, b, _ = team
    rotate_database_key(a.session, PASSPHRASE, kdf=TEST_KDF)
    person = _person(a)
    result = import_bundle(b.session, export_bundle(a.session, tmp_path, peer="b").path)
    assert result.kept_aside == [] and kept_aside(b.conn) == []
    assert load_entity(b.conn, PrisonerRecord, person.id) is not None
