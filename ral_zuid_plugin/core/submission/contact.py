"""Who submits: the municipality and its contact person."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class ContactDetails:
    """Municipality and contact person printed in the package and sent with each candidate."""

    gemeentecode: str
    gemeentenaam: str
    naam: str
    email: str
    telefoon: str = ""
    afdeling: str = ""

    def as_dict(self) -> dict[str, str]:
        return {key: (value or "").strip() for key, value in asdict(self).items()}
