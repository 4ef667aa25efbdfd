"""Dutch postcodes and house numbers as people type them, made comparable with the BAG's."""

from __future__ import annotations

import re
from dataclasses import dataclass

_POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$")
_HOUSE = re.compile(r"^\s*([0-9]{1,5})\s*(?:([A-Za-z])(?![A-Za-z]))?\s*[-/ ]?\s*([A-Za-z0-9]{0,4})\s*$")


def normalise_postcode(text: object) -> str | None:
    """``"5611 aa"`` -> ``"5611AA"``; ``None`` when it is not a Dutch postcode."""
    if text is None:
        return None
    match = _POSTCODE.match(str(text))
    return (match.group(1) + match.group(2).upper()) if match else None


@dataclass(frozen=True)
class HouseNumber:
    number: int
    letter: str = ""
    addition: str = ""

    def text(self) -> str:
        return "{}{}{}".format(self.number, self.letter, "-" + self.addition if self.addition else "")


def parse_house_number(text: object) -> HouseNumber | None:
    """``12``, ``"12a"``, ``"12 A"``, ``"12-2"``, ``"12A-bis"``, ``12.0`` (a spreadsheet number) -> HouseNumber."""
    if text is None:
        return None
    if isinstance(text, float):
        if text != text or text % 1 != 0:
            return None
        text = int(text)
    value = str(text).strip()
    match = _HOUSE.match(value)
    if not match or int(match.group(1)) == 0:
        return None
    return HouseNumber(int(match.group(1)), (match.group(2) or "").upper(), (match.group(3) or "").upper())
