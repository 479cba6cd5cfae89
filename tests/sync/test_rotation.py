"""Team-key rotation: a revoked laptop cannot read bundles written after its revocation."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.domain.models import PrisonerRecord
from caseapp.records import load_entity
from caseapp.sync.bundle import BundleRefused, export_bundle, import_bundle
from caseapp.sync.team import load_team, revoke_device
from tests.sync.helpers import Laptop, local_snapshot, open_team


@pytest.fixture
def team(team_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Laptop]:
    laptops = open_team(team_template, tmp_path / "team", monkeypatch)
    yield laptops
    for laptop in laptops:
        laptop.session.vault.close()


def _person(laptop: Laptop, name: str) -> PrisonerRecord:
    with laptop.session.transaction("add") as txn:
        return txn.create(PrisonerRecord(family_name=name, given_name="Іван"))


def _key_id(laptop: Laptop) -> str:
    team = load_team(laptop.conn)
    assert team is not None
    return team.key_id


def _cannot_open(laptop: Laptop, path: Path) -> None:
    before = local_snapshot(laptop)
    with pytest.raises(BundleRefused, match=r"cannot open this bundle.*revoked"):
        import_bundle(laptop.session, path)
    assert local_snapshot(laptop) == before


def test_a_revoked_laptop_cannot_open_later_bundles_and_the_others_can(
    team: list[Laptop], tmp_path: Path
) -> None:
    a, b, c = team
    _person(a, "Бойко")
    before = export_bundle(a.session, tmp_path).path  # written before the revocation
    old_from_b = export_bundle(b.session, tmp_path, peer="a").path
    import_bundle(c.session, before)  # c could read what was made while it was in the team
    old_key = _key_id(a)

    revoke_device(a.session, "c", "lost in transit")
    assert _key_id(a) != old_key  # the revocation made a new team key
    secret = _person(a, "Шевченко")
    after = export_bundle(a.session, tmp_path, peer="b").path
    _cannot_open(c, after)

    # b had not met the new key: it opens the bundle with its own device key and adopts it.
    result = import_bundle(b.session, after)
    assert result.new >= 1 and load_entity(b.conn, PrisonerRecord, secret.id) is not None
    assert _key_id(b) == _key_id(a)
    from_b = export_bundle(b.session, tmp_path).path  # b's bundles now exclude c too
    _cannot_open(c, from_b)
    import_bundle(a.session, from_b)
    # Bundles made before the rotation still open with the older key.
    import_bundle(a.session, old_from_b)
    assert load_entity(c.conn, PrisonerRecord, secret.id) is None


def test_two_laptops_revoking_at_once_settle_on_one_key(team: list[Laptop], tmp_path: Path) -> None:
    a, b, c = team
    import_bundle(b.session, export_bundle(a.session, tmp_path, peer="b").path)  # b knows c
    revoke_device(a.session, "c", "lost")
    revoke_device(b.session, "c", "stolen")  # the same laptop, revoked on two laptops at once
    assert _key_id(a) != _key_id(b)
    import_bundle(b.session, export_bundle(a.session, tmp_path, peer="b").path)
    import_bundle(a.session, export_bundle(b.session, tmp_path, peer="a").path)
    assert _key_id(a) == _key_id(b)
    _cannot_open(c, export_bundle(a.session, tmp_path).path)


def _without_team_key(src: Laptop, folder: Path) -> Path:
    """src's bundle as an older CaseApp wrote it: no team key inside, signed by src."""
    import io
    import tarfile

    from caseapp.sync.bundle import build_plaintext, verify_bundle, write_atomically
    from caseapp.sync.team import bundle_recipients, canonical

    team = load_team(src.conn)
    assert team is not None
    verified = verify_bundle(team, src.session, export_bundle(src.session, folder).path)
    with tarfile.open(fileobj=io.BytesIO(verified.plain)) as tar:
        members = [
            (m.name, tar.extractfile(m).read())  # type: ignore[union-attr]
            for m in tar.getmembers()
            if m.name == "entries.jsonl.gz"
        ]
    manifest = dict(verified.manifest)
    manifest["members"] = {"entries.jsonl.gz": manifest["members"]["entries.jsonl.gz"]}
    out = folder / "older.age"
    plain = build_plaintext(manifest, team.sign(canonical(manifest)), members)
    write_atomically(out, plain, team, bundle_recipients(src.conn, team))
    return out


def test_a_laptop_that_learns_a_revocation_without_a_new_key_makes_one(
    team: list[Laptop], tmp_path: Path
) -> None:
    a, b, c = team
    revoke_device(a.session, "c", "lost")
    key_before = _key_id(b)
    import_bundle(b.session, _without_team_key(a, tmp_path))
    team_b = load_team(b.conn)
    assert team_b is not None and team_b.key_id not in (key_before, _key_id(a))
    assert team_b.key_excludes == (c.session.vault.device_id,)
    _cannot_open(c, export_bundle(b.session, tmp_path).path)
    import_bundle(a.session, export_bundle(b.session, tmp_path, peer="a").path)
    import_bundle(b.session, export_bundle(a.session, tmp_path, peer="b").path)
    assert _key_id(a) == _key_id(b)  # once they have met both ways, one key
