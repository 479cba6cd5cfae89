"""A new laptop joins the team from a provisioning file made by a coordinator.

The file is an age file encrypted with a one-time passphrase (scrypt), holding the team's
keys (not the team's signing key: only the coordinator certifies laptops), the new laptop's
own device id, signing key and certificate, and a full bundle of the data. Whoever has the
file and its passphrase can join the team: hand them over separately (e.g. the file on the
stick, the passphrase by voice) and delete the file once used.
"""

from __future__ import annotations

import io
import json
import shutil
import tarfile
from pathlib import Path

import pyrage

from caseapp.accounts import create_vault
from caseapp.errors import BadInput
from caseapp.safefile import write_private
from caseapp.store import Session
from caseapp.sync.bundle import ImportResult, export_bundle, import_bundle
from caseapp.sync.team import add_device, ensure_team, store_team
from caseapp.vault.keyslots import PRODUCTION_KDF, KdfParams, check_passphrase_strength

FORMAT = "caseapp-provision"


def provision(session: Session, out: Path, one_time_passphrase: str, name: str) -> Path:
    """Write the provisioning file for a new laptop called ``name`` (coordinator only)."""
    check_passphrase_strength(one_time_passphrase)
    out = Path(out)
    if out.exists():
        raise BadInput("A file already exists at this path; choose another name.")
    if not out.parent.is_dir():
        raise BadInput("The folder for the provisioning file does not exist.")
    team = ensure_team(session)
    device_id, private, cert = add_device(session, name)
    # The bundle (encrypted to the team) is staged next to the chosen file, never in the
    # system temp folder, and removed at once.
    staging = out.with_name(out.name + ".part.d")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(mode=0o700)
    try:
        # Made "for" the new laptop: its high-water mark starts after everything it receives.
        bundle = export_bundle(session, staging, peer=device_id)
        bundle_bytes = bundle.path.read_bytes()
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    info = {
        "format": FORMAT,
        "team": {
            "team_id": team.team_id,
            "team_identity": team.identity,
            "team_recipient": team.recipient,
            "team_sign_public": team.sign_public,
            "team_key_id": team.key_id,
            "team_key_excludes": json.dumps(sorted(team.key_excludes)),
            "team_keyring": json.dumps(sorted(team.keyring)),
        },
        "device": {"id": device_id, "name": name, "key": private, "cert": cert},
    }
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for member, data in (
            ("provision.json", json.dumps(info).encode()),
            ("bundle.age", bundle_bytes),
        ):
            item = tarfile.TarInfo(member)
            item.size = len(data)
            tar.addfile(item, io.BytesIO(data))
    sealed = pyrage.passphrase.encrypt(buffer.getvalue(), one_time_passphrase)
    write_private(out, sealed)  # 0600, through NAME.part; a clear message if it fails
    return out


def join(
    path: Path,
    provisioning_file: Path,
    one_time_passphrase: str,
    username: str,
    passphrase: str,
    *,
    kdf: KdfParams = PRODUCTION_KDF,
) -> tuple[Session, str, ImportResult]:
    """Create this laptop's vault from a provisioning file: its own device id, first account.

    Returns the new vault's session, its recovery key and what the bundle brought."""
    try:
        sealed = Path(provisioning_file).read_bytes()
    except OSError:
        raise BadInput("The provisioning file cannot be read.") from None
    try:
        plain = pyrage.passphrase.decrypt(sealed, one_time_passphrase)
        with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
            info_file = tar.extractfile("provision.json")
            bundle_file = tar.extractfile("bundle.age")
            assert info_file is not None and bundle_file is not None
            info = json.loads(info_file.read())
            bundle = bundle_file.read()
        if info.get("format") != FORMAT:
            raise ValueError(FORMAT)
    except (pyrage.DecryptError, tarfile.TarError, KeyError, ValueError, AssertionError):
        raise BadInput(
            "The provisioning file cannot be opened: wrong one-time passphrase, or the file is "
            "damaged. Nothing was created."
        ) from None
    device = info["device"]
    session, recovery = create_vault(
        path, username, passphrase, kdf=kdf, device_id=str(device["id"])
    )
    vault = session.vault
    try:
        conn = vault.connection()
        conn.execute("BEGIN IMMEDIATE")
        store_team(
            conn,
            {
                **{k: str(v) for k, v in info["team"].items()},
                "device_key": str(device["key"]),
                "device_cert": json.dumps(device["cert"]),
            },
        )
        conn.execute("COMMIT")
        result = import_bundle(session, bundle)
    except BaseException:
        vault.close()
        raise
    return session, recovery, result
