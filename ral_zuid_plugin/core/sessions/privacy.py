"""Card and token ids are personal data: hash them with a secret salt the moment they are read.

The salt lives outside the core (the QGIS adapter keeps it in the user's profile folder); the core
receives it as bytes. The same card gets the same hash on every run on this machine, so distinct
cards can be counted across files and years, but the hash cannot be reversed without the salt.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path
from typing import Protocol

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr

SALT_BYTES = 32
DEFAULT_MIN_CARDS = 10


class SaltStore(Protocol):
    """Where the secret salt for card hashes is kept."""

    def salt(self) -> bytes: ...


class FileSaltStore:
    """A salt in a file readable only by the user; created with a random value on first use."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def salt(self) -> bytes:
        if self.path.is_file():
            value = bytes.fromhex(self.path.read_text(encoding="ascii").strip())
            if len(value) >= 16:
                return value
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            value = secrets.token_bytes(SALT_BYTES)
            temporary = self.path.with_suffix(".tmp")
            temporary.write_text(value.hex(), encoding="ascii")
            os.chmod(temporary, 0o600)
            temporary.replace(self.path)
        except OSError as error:
            raise RalZuidError(
                tr("The salt for card hashes cannot be stored in {path}: {error}").format(path=self.path, error=error)
            ) from error
        return value


def card_digest(card: str, salt: bytes) -> int:
    """Keyed BLAKE2b (a MAC) of one card id as a non-negative 63-bit integer; irreversible without the salt."""
    digest = hashlib.blake2b(card.encode("utf-8"), key=salt[:64], digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def hash_cards(cards: pd.Series, salt: bytes) -> np.ndarray:
    """Keyed hash (:func:`card_digest`) of every card id as int64; empty or missing ids are -1.

    Each distinct id is hashed once, so the cost grows with the number of cards, not sessions. The
    clear ids are not kept: only these integers travel on.
    """
    if len(salt) < 16:
        raise RalZuidError(tr("The salt for card hashes is too short."))
    if isinstance(cards.dtype, pd.CategoricalDtype):
        codes = cards.cat.codes.to_numpy()
        uniques = list(cards.cat.categories)
    else:
        codes, found = pd.factorize(cards, sort=False)
        uniques = list(found)
    texts = pd.Index(uniques, dtype=object).astype(str).str.strip()
    blank = np.asarray((texts == "") | texts.isin(["nan", "NaN", "NAN", "None"]), dtype=bool)
    key = salt[:64]
    blake2b = hashlib.blake2b
    raw = b"".join([blake2b(t.encode("utf-8"), key=key, digest_size=8).digest() for t in texts])
    digests = np.full(len(uniques) + 1, -1, dtype=np.int64)
    if len(uniques):
        # same value as card_digest(): big-endian 64 bits shifted right by one (non-negative int64)
        digests[:-1] = (np.frombuffer(raw, dtype=">u8") >> np.uint64(1)).astype(np.int64)
        digests[:-1][blank] = -1
    return digests[np.where(codes >= 0, codes, len(uniques))]
