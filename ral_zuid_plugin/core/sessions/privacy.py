"""Card and token ids are personal data: hash them with a secret salt the moment they are read.

The salt lives outside the core (the QGIS adapter keeps it in the user's profile folder); the core
receives it as bytes. The same card gets the same hash on every run on this machine, so distinct
cards can be counted across files and years, but the hash cannot be reversed without the salt.
"""

from __future__ import annotations

import hashlib
import hmac
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


def hash_cards(cards: pd.Series, salt: bytes) -> pd.Series:
    """HMAC-SHA256 of every card id with ``salt``, first 16 hex digits; empty ids stay missing.

    Each distinct id is hashed once, so the cost grows with the number of cards, not sessions.
    """
    if len(salt) < 16:
        raise RalZuidError(tr("The salt for card hashes is too short."))
    text = cards.astype(object).where(cards.notna(), None)
    codes, uniques = pd.factorize(text, sort=False)
    hashed = np.array(
        [hmac.new(salt, str(u).strip().encode("utf-8"), hashlib.sha256).hexdigest()[:16] for u in uniques],
        dtype=object,
    )
    blank = np.array([str(u).strip() == "" for u in uniques], dtype=bool)
    hashed[blank] = None
    result = np.full(len(text), None, dtype=object)
    valid = codes >= 0
    result[valid] = hashed[codes[valid]]
    return pd.Series(result, index=cards.index)
