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


def card_digest(card: str, salt: bytes) -> str:
    """Keyed BLAKE2b (a MAC) of one card id: 16 hex digits; irreversible without the salt."""
    return hashlib.blake2b(card.encode("utf-8"), key=salt[:64], digest_size=8).hexdigest()


def hash_cards(cards: pd.Series, salt: bytes) -> pd.Series:
    """Keyed hash (:func:`card_digest`) of every card id with ``salt``; empty ids stay missing.

    Each distinct id is hashed once, so the cost grows with the number of cards, not sessions.
    """
    if len(salt) < 16:
        raise RalZuidError(tr("The salt for card hashes is too short."))
    if isinstance(cards.dtype, pd.CategoricalDtype):
        codes = cards.cat.codes.to_numpy()
        uniques = list(cards.cat.categories)
    else:
        codes, uniques = pd.factorize(cards.astype(object).where(cards.notna(), None), sort=False)
        uniques = list(uniques)
    positions: dict[str, int] = {}
    mapping = np.full(len(uniques), -1, dtype=np.int64)
    for index, unique in enumerate(uniques):
        text = str(unique).strip()
        if text:
            digest = card_digest(text, salt)
            mapping[index] = positions.setdefault(digest, len(positions))
    final = np.full(len(codes), -1, dtype=np.int64)
    present = codes >= 0
    final[present] = mapping[codes[present]]
    categories = pd.Index(list(positions), dtype=object)
    return pd.Series(pd.Categorical.from_codes(final, categories=categories), index=cards.index)
