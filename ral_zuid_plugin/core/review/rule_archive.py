"""Every version of the regional rule file, addressable by version: the current one and the archived ones.

A gemeente screens with the rule file it has installed; its submission names the file, the version and the
sha256. The expertisecentrum re-screens each candidate with *that* version, so ``resources/rules/versions/``
keeps a byte-exact copy of every earlier published version (``snellaadvisie_ral_zuid-<version>.json``; a test
checks that every version in the current file's changelog is there). When a new version is published, copy the
previous file into that folder unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ral_zuid_plugin.core.resources import resource_path
from ral_zuid_plugin.core.screening.rules import DEFAULT_RULES_NAME, RuleSet, load_rules

VERSIONS_FOLDER = "versions"


@dataclass(frozen=True)
class RuleMatch:
    """The rule set a candidate was screened with, as far as the archive knows it."""

    rules: RuleSet | None
    """``None`` when the archive has no such version (a gemeente's own rule file, or a newer one)."""
    exact: bool
    """The submission's sha256 is the archived file's: the very same bytes."""


class RuleArchive:
    """The current rule file plus the archived versions, loaded once."""

    def __init__(self, current: RuleSet, archived: list[RuleSet]) -> None:
        self.current = current
        self.by_version: dict[str, RuleSet] = {rules.version: rules for rules in archived}
        self.by_version[current.version] = current
        self.by_sha = {rules.sha256: rules for rules in self.by_version.values()}

    @classmethod
    def bundled(cls, current: RuleSet | None = None) -> RuleArchive:
        folder = resource_path("rules", VERSIONS_FOLDER)
        archived = [load_rules(path) for path in sorted(Path(folder).glob("*.json"))]
        return cls(current or load_rules(), archived)

    def versions(self) -> list[str]:
        return sorted(self.by_version)

    def match(self, file_name: str, version: str, sha256: str) -> RuleMatch:
        """The archived rule set for a submission's ``regels_bestand``, ``regels_versie`` and ``regels_sha256``.

        The same bytes (sha256) always match. Otherwise the version matches only for the regional file
        (``snellaadvisie_ral_zuid.json``): another file with the same version number is another rule set.
        """
        sha256 = (sha256 or "").strip().lower()
        if sha256 in self.by_sha:
            return RuleMatch(self.by_sha[sha256], True)
        if (file_name or "").strip() == DEFAULT_RULES_NAME and (version or "").strip() in self.by_version:
            return RuleMatch(self.by_version[version.strip()], False)
        return RuleMatch(None, False)
