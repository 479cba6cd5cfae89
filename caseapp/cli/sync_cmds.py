"""USB handoff and scriptable edits: ``caseapp sync ...`` and ``caseapp edit``."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from caseapp.cli.common import (
    add_vault_args,
    language,
    open_session,
    progress_line,
    say,
    take_env,
    text,
)
from caseapp.domain.models import Entity, Value
from caseapp.errors import BadInput
from caseapp.matching.upkeep import IndexCache, RematchResult, affects_matching, rematch_all
from caseapp.records import entity_class, list_entities, load_entity
from caseapp.store import REF_PREFIXES
from caseapp.sync.bundle import ImportResult, export_bundle, import_bundle
from caseapp.sync.conflicts import kept_aside, list_conflicts
from caseapp.sync.provision import provision
from caseapp.sync.team import revoke_device

PROVISION_ENV = "CASEAPP_PROVISION_PASSPHRASE"


def one_time_passphrase(confirm: bool) -> str:
    value = take_env(PROVISION_ENV)  # read once, then gone from the environment
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise BadInput("No one-time passphrase: use the prompt or {env}.", env=PROVISION_ENV)
    first = getpass.getpass(text("One-time passphrase of the provisioning file: "))
    if confirm and getpass.getpass(text("Repeat it: ")) != first:
        raise BadInput("The two passphrases differ. Nothing was written.")
    return first


def summary(result: ImportResult) -> list[str]:
    lines = [
        text(
            "new {new}, changed {changed}, conflicts {conflicts}, skipped {skipped} (already seen)",
            new=result.new,
            changed=result.changed,
            conflicts=result.conflicts,
            skipped=result.skipped,
        )
    ]
    for entity_type, entity_id, reason in result.kept_aside:
        lines.append(
            text(
                "kept aside: {type} {id}: {reason}",
                type=entity_type,
                id=entity_id,
                reason=text(reason),
            )
        )
    if result.ref_clashes:
        lines.append(
            text(
                "reference numbers used twice (both records kept): {count}",
                count=len(result.ref_clashes),
            )
        )
    if result.missing_blobs:
        lines.append(
            text(
                "files whose content did not come with the bundle: {count}",
                count=result.missing_blobs,
            )
        )
    if result.clock_ahead:
        lines.append(text("the sending laptop's clock is more than a day ahead: please correct it"))
    return lines


def cmd_provision(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        passphrase = one_time_passphrase(confirm=True)
        path = provision(session, args.out, passphrase, args.name)
    finally:
        session.vault.close()
    print(path)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        with progress_line("Writing the bundle") as progress:
            peer = None if args.all else args.peer
            result = export_bundle(session, args.to, peer=peer, progress=progress)
    finally:
        session.vault.close()
    print(result.path)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        with progress_line("Importing the bundle") as progress:
            result = import_bundle(session, args.file, progress)
        for line in summary(result):
            print(line)
        if args.rematch:
            # Suggestions are derived: rebuilt here from the merged records (as the GUI does),
            # on the same worker processes as ``caseapp rematch``; nothing to do when the
            # import changed nothing matching reads.
            found = RematchResult()
            if affects_matching(result.changes):
                with progress_line("Re-matching") as progress:
                    found = rematch_all(session, IndexCache(), progress)
            say(
                "re-matched: {created} new suggestions, {updated} updated, {dropped} dropped",
                created=found.created,
                updated=found.updated,
                dropped=found.dropped,
            )
    finally:
        session.vault.close()
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        conflicts = list_conflicts(session.conn, language())
        aside = kept_aside(session.conn)
    finally:
        session.vault.close()
    if args.json:
        print(json.dumps([c.as_dict() for c in conflicts], ensure_ascii=False, indent=1))
        return 0
    for item in aside:
        say(
            "kept aside: {type} {id}: {reason}",
            type=item.entity_type,
            id=item.entity_id,
            reason=text(item.reason),
        )
    for c in conflicts:
        print(f"{c.label}\t{c.field}")
        for v in c.versions:
            mark = "*" if v.winner else " "
            print(
                f"  {mark} {json.dumps(v.value, ensure_ascii=False)}\t{v.author}\t{v.device_name}\t{v.at}"
            )
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        revoke_device(session, args.device, args.reason or "")
    finally:
        session.vault.close()
    say(
        "Revoked '{device}': its bundles are refused from now on, and bundles written from now "
        "on use a new team key it does not hold.",
        device=args.device,
    )
    return 0


def find_record(conn: Any, key: str) -> Entity:
    for entity_type in REF_PREFIXES:
        cls = entity_class(entity_type)
        found = load_entity(conn, cls, key) or next(
            iter(list_entities(conn, cls, "ref = ?", (key,), limit=1)), None
        )
        if found is not None:
            return found
    raise BadInput("No record with this reference or id.")


def parse_value(cls: type[Entity], name: str, text: str) -> Value:
    if name not in cls.field_names() or cls.field_kind(name) in ("blob", "id"):
        raise BadInput("Unknown field: {name}", name=name)
    kind = cls.field_kind(name)
    if text.strip() == "":
        return None
    if kind == "bool":
        lowered = text.strip().casefold()
        if lowered not in ("1", "0", "true", "false", "yes", "no"):
            raise BadInput("{name}: write yes or no.", name=name)
        return int(lowered in ("1", "true", "yes"))
    if kind == "number":
        try:
            return float(text) if "." in text else int(text)
        except ValueError:
            raise BadInput("{name}: must be a number.", name=name) from None
    return text


def cmd_edit(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        record = find_record(session.conn, args.ref)
        cls = type(record)
        changes: dict[str, Value] = {}
        for pair in args.assignments:
            name, sep, text = pair.partition("=")
            if not sep:
                raise BadInput("Write FIELD=VALUE, not '{pair}'.", pair=pair)
            changes[name.strip()] = parse_value(cls, name.strip(), text)
        with session.transaction("edit from command line") as txn:
            txn.update(cls, record.id, **changes)
        count = txn.changes.count
    finally:
        session.vault.close()
    say("Saved." if count else "Nothing changed.")
    return 0


def register(subparsers: Any) -> None:
    sync = subparsers.add_parser("sync", help="USB handoff between laptops of a team")
    sub = sync.add_subparsers(dest="sync_command", required=True)

    p = sub.add_parser("provision", help="provisioning file for a new laptop (coordinator)")
    add_vault_args(p)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--name", required=True, help="the new laptop's name, e.g. its asset tag")
    p.set_defaults(func=cmd_provision)

    p = sub.add_parser("export", help="write a bundle for a peer (or everything)")
    add_vault_args(p)
    p.add_argument("--to", type=Path, required=True, help="folder, e.g. the USB stick")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--peer", help="the laptop the bundle is for (only what it has not had)")
    who.add_argument("--all", action="store_true", help="every change")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="apply a bundle")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--rematch", action="store_true", help="then refresh match suggestions (as the GUI does)"
    )
    add_vault_args(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("conflicts", help="list open conflicts")
    add_vault_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("revoke", help="revoke a lost laptop (administrators)")
    add_vault_args(p)
    p.add_argument("device", help="its name")
    p.add_argument("--reason")
    p.set_defaults(func=cmd_revoke)

    p = subparsers.add_parser("edit", help="change fields of one record: FIELD=VALUE ...")
    p.add_argument("ref", help="reference number or id")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    add_vault_args(p)
    p.set_defaults(func=cmd_edit)
