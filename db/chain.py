"""The hash chain that makes the history tamper-evident.

Each version's chain hash covers its parent's chain hash, its content hash and its metadata
(including the corrections it applied), so editing, deleting, inserting or reordering a row
breaks every hash from that row on.
"""

from __future__ import annotations

import hashlib
import json
import uuid

from corrections.intake import FIELDS as INTAKE_FIELDS


def canonical_json(value) -> str:
    """A stable serialisation: sorted keys, no spaces, Unicode kept as is."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def chain_hash(parent_chain: str | None, content_sha256: str, metadata: dict) -> str:
    """SHA-256 over the parent's chain hash, the content hash and the version's metadata."""
    payload = canonical_json({"parent": parent_chain or "", "content": content_sha256, "meta": metadata})
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def version_metadata(
    *, article_id: int | str, number: int, parent_number: int | None, author: str,
    created_at: str, message: str, corrections: list[dict], identity: dict | None = None,
    rebased_from: str | None = None, uid: str | None = None,
) -> dict:
    """The metadata a version's chain hash covers, in one place for saving and verifying.

    `article_id` is the article's UUID (its local id for versions saved before UUIDs, see hash_id), so
    the same version has the same chain hash in every copy of the record. Version 1 also covers the
    article's identity (see article_identity); histories saved before that carry version 1 hashes without it.
    A version saved since UUIDs covers its own; one rebased onto a colleague's (see db.sync) also covers the
    UUID of the version it was rebased from.
    """
    metadata = {
        "article": article_id,
        "number": number,
        "parent": parent_number,
        "author": author,
        "created_at": created_at,
        "message": message,
        "corrections": sorted(corrections, key=lambda c: c["id"]),
    }
    if identity is not None:
        metadata["identity"] = identity
    if rebased_from is not None:
        metadata["rebased_from"] = rebased_from
    if uid is not None:
        metadata["uid"] = uid
    return metadata


IDENTITY_FIELDS = ("title", "created_at", "source_name", "source_format", "source_encoding", "source_sha256")


def article_identity(row: dict) -> dict:
    """What names an article (its title, when it was imported, the file it came from), as version 1 covers it."""
    return {name: row[name] or "" for name in IDENTITY_FIELDS}


def new_uid() -> str:
    """A fresh identity for a row of the record, the same in every copy of it."""
    return str(uuid.uuid4())


def is_legacy(row: dict) -> bool:
    """Whether a row's hashes cover local integer ids (made before rows had UUIDs) rather than UUIDs."""
    return row.get("legacy_id") is not None or not row.get("uid")


def hash_id(row: dict, legacy: bool) -> int | str:
    """How a hash names a row: its UUID, or for a hash made before UUIDs the local id it was made with."""
    if not legacy:
        return row["uid"]
    return row["legacy_id"] if row.get("legacy_id") is not None else row["id"]


def correction_fingerprint(row: dict, *, legacy: bool = True) -> dict:
    """The fields of an applied correction that the chain protects (`legacy`: as a version saved before UUIDs
    named it, by its local id). Its intake, who raised it and how, is covered when it has one; a correction
    recorded before intake has none, and its version's hash stays as it was made."""
    fingerprint = {
        "id": hash_id(row, legacy),
        "kind": row["kind"],
        "quote": row["quote"],
        "start": row["start_offset"],
        "replacement": row["replacement"],
        "public_note": row["public_note"],
        "internal_note": row["internal_note"],
        "author": row["author"],
        "created_at": row["created_at"],
    }
    intake = {name: row.get(name) or "" for name in INTAKE_FIELDS}
    if any(intake.values()):
        fingerprint["intake"] = intake
    return fingerprint
