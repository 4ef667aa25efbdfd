"""Review decisions: the allowed status transitions, and writing a decision back exactly once.

Statuses: ``ontvangen`` → ``in behandeling`` → ``akkoord`` / ``afgewezen`` / ``aangehouden``;
``aangehouden`` → ``in behandeling`` / ``akkoord`` / ``afgewezen``. ``akkoord`` and ``afgewezen`` are final (a new
submission of the candidate by the gemeente starts again at ``ontvangen``).

Guarantees of :func:`apply_decision` (the same as the gemeente's submission side):

- **exactly once**: after an unknown outcome the item is read back; when it already holds this decision (status,
  motivation, reviewer and date), it is done and not written again. The decision's id keys the outbox only: the
  service stores no more than the four review fields (a server that lets reviewers change only those, as the
  PostgreSQL deployment does, accepts the write);
- **never over a newer version**: the decision names the version of the candidate (``submission_created`` and
  ``submission_id``) and the status the reviewer saw; if the service holds another version or another status,
  nothing is written and the reviewer is told why. A service that sends an ETag gets ``If-Match`` (HTTP 412 is
  the same refusal);
- **no credentials across origins**: the client follows no redirect to another origin.
"""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from dataclasses import asdict, dataclass
from typing import Any

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.review.client import PreconditionFailedError, ReviewClient
from ral_zuid_plugin.core.submission.ogcapi import MAX_REMARK, REVIEW_STATUSES, version_of
from ral_zuid_plugin.core.submission.validation import CARD_ID

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "ontvangen": ("in behandeling",),
    "in behandeling": ("akkoord", "afgewezen", "aangehouden"),
    "aangehouden": ("in behandeling", "akkoord", "afgewezen"),
    "akkoord": (),
    "afgewezen": (),
}
DECISION_STATUSES = ("in behandeling", "akkoord", "afgewezen", "aangehouden")
NEEDS_MOTIVATION = ("akkoord", "afgewezen", "aangehouden")
MAX_REVIEWER = 200


class DecisionRefusedError(RalZuidError):
    """The decision cannot be written, and trying again will not help (the reviewer must look again)."""


def check_transition(current: str, new: str) -> None:
    if new not in TRANSITIONS.get(current, ()):
        allowed = TRANSITIONS.get(current, ())
        raise DecisionRefusedError(
            tr("The status cannot go from '{current}' to '{new}'; allowed from '{current}': {allowed}.").format(
                current=current, new=new, allowed=", ".join("'{}'".format(a) for a in allowed) or tr("nothing (final)")
            )
        )


@dataclass(frozen=True)
class Decision:
    feature_id: str
    status: str
    motivation: str
    reviewer: str
    date: str
    """The decision date, ``yyyy-mm-dd``."""
    seen_version: str
    """``<created stamp>|<submission_id>`` of the candidate as the reviewer saw it (see :func:`version_key`)."""
    seen_status: str
    decision_id: str = ""

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def version_key(properties: dict[str, Any]) -> str:
    return "|".join(version_of(properties))


def new_decision(
    feature_id: str,
    status: str,
    motivation: str,
    reviewer: str,
    date: dt.date,
    seen_version: str,
    seen_status: str,
    today: dt.date | None = None,
) -> Decision:
    """A checked decision with a fresh id; :class:`RalZuidError` names what is wrong.

    The date is neither after ``today`` (the reviewer's local date, default :meth:`datetime.date.today`) nor
    before the UTC date of the version seen (``seen_version``): either would make a negative or invented lead time
    in the monthly report. Dutch local time is ahead of UTC, so a decision on the day of submission is never refused.
    """
    status = (status or "").strip().lower()
    motivation = (motivation or "").strip()
    reviewer = (reviewer or "").strip()
    if status not in DECISION_STATUSES:
        raise RalZuidError(
            tr("Unknown decision '{status}'; choose one of: {statuses}.").format(
                status=status, statuses=", ".join(DECISION_STATUSES)
            )
        )
    if status in NEEDS_MOTIVATION and not motivation:
        raise RalZuidError(tr("A decision '{status}' needs a motivation for the gemeente.").format(status=status))
    if not reviewer:
        raise RalZuidError(tr("Fill in the reviewer's name."))
    if len(motivation) > MAX_REMARK:
        raise RalZuidError(
            tr("The motivation has {length} characters; at most {limit} are allowed.").format(
                length=len(motivation), limit=MAX_REMARK
            )
        )
    if len(reviewer) > MAX_REVIEWER:
        raise RalZuidError(tr("The reviewer's name is longer than {limit} characters.").format(limit=MAX_REVIEWER))
    for label, text in ((tr("motivation"), motivation), (tr("reviewer"), reviewer)):
        if CARD_ID.search(text):
            raise RalZuidError(
                tr("The {field} contains what looks like a charge card id; remove personal data.").format(field=label)
            )
    check_decision_date(date, seen_version, today or dt.date.today())
    seen_status = seen_status if seen_status in REVIEW_STATUSES else "ontvangen"
    check_transition(seen_status, status)
    return Decision(
        feature_id, status, motivation, reviewer, date.isoformat(), seen_version, seen_status, uuid.uuid4().hex
    )


def submitted_on(seen_version: str) -> dt.date | None:
    """The UTC date of ``<yyyymmddThhmmssZ>|<submission_id>`` (see :func:`version_key`); ``None`` if unreadable."""
    try:
        return dt.datetime.strptime(seen_version.split("|", 1)[0][:8], "%Y%m%d").date()
    except ValueError:
        return None


def check_decision_date(date: dt.date, seen_version: str, today: dt.date) -> None:
    if date > today:
        raise RalZuidError(
            tr("The decision date {date} lies in the future (today is {today}).").format(
                date=date.isoformat(), today=today.isoformat()
            )
        )
    submitted = submitted_on(seen_version)
    if submitted is not None and date < submitted:
        raise RalZuidError(
            tr("The decision date {date} lies before the submission ({submitted}).").format(
                date=date.isoformat(), submitted=submitted.isoformat()
            )
        )


def decided_feature(stored: dict[str, Any], decision: Decision) -> dict[str, Any]:
    """The stored feature with the review fields of ``decision`` (every other property as it was)."""
    properties = copy.deepcopy(stored["properties"])
    properties.update(
        review_status=decision.status,
        review_opmerking=decision.motivation,
        review_beoordelaar=decision.reviewer,
        review_datum=decision.date,
    )
    return {"type": "Feature", "id": decision.feature_id, "geometry": stored.get("geometry"), "properties": properties}


def holds(properties: dict[str, Any], decision: Decision) -> bool:
    """Whether the stored review fields are this decision (a date column may come back as a longer timestamp)."""
    stored = (
        str(properties.get("review_status") or "").strip().lower(),
        str(properties.get("review_opmerking") or ""),
        str(properties.get("review_beoordelaar") or ""),
        str(properties.get("review_datum") or "")[:10],
    )
    return stored == (decision.status, decision.motivation, decision.reviewer, decision.date)


def apply_decision(client: ReviewClient, decision: Decision) -> str:
    """Write ``decision``; return ``written`` or ``already`` (stored before). See the module doc.

    Raises :class:`DecisionRefusedError` (never retried) or a retryable
    :class:`~ral_zuid_plugin.core.submission.ogcapi.DeliveryError`.
    """
    stored, etag = client.get_with_etag(decision.feature_id)
    if stored is None:
        raise DecisionRefusedError(
            tr("Candidate {feature_id} is no longer on the service.").format(feature_id=decision.feature_id)
        )
    properties = stored["properties"]
    if holds(properties, decision):
        return "already"
    if version_key(properties) != decision.seen_version:
        raise DecisionRefusedError(
            tr(
                "Candidate {feature_id}: the gemeente submitted another version ({submission}) after you read the "
                "inbox; read the inbox again and review that version."
            ).format(feature_id=decision.feature_id, submission=properties.get("submission_id") or "-")
        )
    current = str(properties.get("review_status") or "ontvangen").strip().lower()
    if current != decision.seen_status:
        raise DecisionRefusedError(
            tr(
                "Candidate {feature_id}: the status changed to '{current}' since you read the inbox (by {reviewer}); "
                "nothing was written."
            ).format(
                feature_id=decision.feature_id,
                current=current,
                reviewer=str(properties.get("review_beoordelaar") or tr("someone else")),
            )
        )
    check_transition(current, decision.status)
    try:
        client.put_if_match(decided_feature(stored, decision), etag)
    except PreconditionFailedError as error:
        raise DecisionRefusedError(
            tr(
                "Candidate {feature_id} changed on the service while the decision was written; nothing was written."
            ).format(feature_id=decision.feature_id)
        ) from error
    return "written"
