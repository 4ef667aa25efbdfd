"""Sending the outbox: each pending candidate delivered exactly once, with retries and exponential backoff."""

from __future__ import annotations

import random
import time
import uuid
from dataclasses import dataclass, field
from typing import Callable

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.progress import Progress, SilentProgress, check_cancelled
from ral_zuid_plugin.core.submission.ogcapi import FINAL_REVIEW_STATUSES, DeliveryError, FeaturesClient, ReviewStatus
from ral_zuid_plugin.core.submission.outbox import PENDING, QUEUED, RECEIVED, REVIEWED, Outbox, OutboxItem


@dataclass(frozen=True)
class Backoff:
    """Wait ``base * 2**(attempt-1)`` seconds (at most ``cap``), times a random factor in [0.5, 1]."""

    base: float = 5.0
    cap: float = 900.0

    def delay(self, attempt: int, rng: Callable[[], float] = random.random) -> float:
        return min(self.cap, self.base * 2 ** max(0, attempt - 1)) * (0.5 + 0.5 * rng())


DEFAULT_BACKOFF = Backoff()


@dataclass
class DeliveryReport:
    """Outcome of one run over the outbox."""

    received: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    stopped: str = ""
    # kandidaat_id -> the newer submission that made this version stale (never sent over the newer one)
    superseded: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.stopped


DEFAULT_LEASE = 120.0


def send_due(
    outbox: Outbox,
    client: FeaturesClient,
    *,
    submission_id: str | None = None,
    backoff: Backoff = DEFAULT_BACKOFF,
    clock: Callable[[], float] = time.time,
    progress: Progress | None = None,
    skip: frozenset = frozenset(),
    owner: str = "",
    lease: float = DEFAULT_LEASE,
    run_attempts: dict[str, int] | None = None,
) -> DeliveryReport:
    """One pass over the candidates that are due (except ``skip`` feature ids).

    Each candidate is first claimed in the outbox (``owner`` holds it for ``lease`` seconds), so another sender
    on the same outbox leaves it alone. A candidate with a newer version in the outbox is marked superseded and
    not sent; so is one whose newer version the server already holds. Stops early on a problem that affects
    every candidate (credentials, certificate, missing URL).
    """
    progress = progress or SilentProgress()
    owner = owner or uuid.uuid4().hex
    report = DeliveryReport()
    due = [item for item in outbox.due(clock(), submission_id) if item.feature_id not in skip]
    for number, item in enumerate(due):
        check_cancelled(progress)
        if not outbox.claim(item, owner, clock(), lease):
            continue  # another sender has this candidate, or it is no longer pending
        current = outbox.item(item) or item
        if current.state not in PENDING:
            outbox.release(current, owner)
            continue
        newer = outbox.newer_version(current)
        if newer is not None:
            _supersede(outbox, report, current, newer.submission_id)
            continue
        check_first = current.attempts > 0
        outbox.mark_sent(current)
        try:
            outcome = client.deliver(current.feature, check_first=check_first)
        except DeliveryError as error:
            if error.retryable:
                # within one run the backoff starts again from this run's attempts, so a run of MAX_WAIT seconds
                # retries as often as the backoff allows instead of waiting out the delay of earlier runs
                if run_attempts is not None:
                    run_attempts[current.feature_id] = run_attempts.get(current.feature_id, 0) + 1
                    attempt = run_attempts[current.feature_id]
                else:
                    attempt = current.attempts + 1
                outbox.mark_failed(current, error.message, clock() + backoff.delay(attempt))
            else:
                outbox.mark_failed(current, error.message, clock(), state=QUEUED)
            report.failed[current.kandidaat_id] = error.message
            if error.affects_all:
                report.stopped = error.message
                break
        else:
            if outcome == "superseded":
                _supersede(outbox, report, current, tr("a newer submission on the service"))
            else:
                outbox.mark_received(current)
                report.received.append(current.kandidaat_id)
        progress.set_progress(100.0 * (number + 1) / max(len(due), 1))
    return report


def _supersede(outbox: Outbox, report: DeliveryReport, item: OutboxItem, newer: str) -> None:
    reason = tr("Not sent: {newer} holds a newer version of candidate {candidate}.").format(
        newer=newer, candidate=item.kandidaat_id
    )
    outbox.mark_superseded(item, newer, reason)
    report.superseded[item.kandidaat_id] = newer
    report.failed.pop(item.kandidaat_id, None)


def send_until_done(
    outbox: Outbox,
    client: FeaturesClient,
    *,
    submission_id: str | None = None,
    max_wait: float = 60.0,
    backoff: Backoff = DEFAULT_BACKOFF,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
    progress: Progress | None = None,
    lease: float = DEFAULT_LEASE,
) -> DeliveryReport:
    """Send, and keep retrying for at most ``max_wait`` seconds. What is left stays in the outbox.

    Retries happen within the run while time allows: a wait that would pass the deadline is shortened to
    end at the deadline, and one last attempt is made then (the backoff only spaces attempts, it never
    means an item gets a single try per run).
    """
    progress = progress or SilentProgress()
    owner = uuid.uuid4().hex
    deadline = clock() + max_wait
    total = DeliveryReport()
    rejected: set[str] = set()
    run_attempts: dict[str, int] = {}
    final_pass = False
    while True:
        report = send_due(
            outbox,
            client,
            submission_id=submission_id,
            backoff=backoff,
            clock=clock,
            progress=progress,
            skip=frozenset(rejected),
            owner=owner,
            lease=lease,
            run_attempts=run_attempts,
        )
        rejected.update(item.feature_id for item in outbox.items(submission_id, (QUEUED,)) if item.last_error)
        total.received += report.received
        for kandidaat_id in [*report.received, *report.superseded]:
            total.failed.pop(kandidaat_id, None)
        total.failed.update(report.failed)
        total.superseded.update(report.superseded)
        if report.stopped:
            total.stopped = report.stopped
            return total
        # a candidate the server rejected (4xx) waits for the user, not for the clock
        pending = [item for item in outbox.items(submission_id, PENDING) if item.feature_id not in rejected]
        if not pending:
            return total
        now = clock()
        # a candidate another sender holds is due again when that lease runs out
        wake = min(max(item.next_attempt, item.lease_until if item.lease_owner != owner else 0) for item in pending)
        if final_pass or now >= deadline:
            progress.info(
                tr("{count} candidates are still in the outbox; they will be sent on the next attempt.").format(
                    count=len(pending)
                )
            )
            return total
        if wake > deadline:
            wake = deadline
            final_pass = True
            outbox.retry_now(submission_id, at=deadline)
        while clock() < wake:
            check_cancelled(progress)
            sleep(min(0.5, max(0.0, wake - clock())))


def refresh_reviews(
    outbox: Outbox, client: FeaturesClient, *, submission_id: str | None = None, progress: Progress | None = None
) -> list[ReviewStatus]:
    """Read the review status of every received candidate back from the server into the outbox."""
    progress = progress or SilentProgress()
    items = outbox.items(submission_id, (RECEIVED, REVIEWED))
    statuses = []
    for number, item in enumerate(items):
        check_cancelled(progress)
        status = client.review_status(item.feature_id)
        if status is not None:
            outbox.set_review(item, status.status, status.remark, status.status in FINAL_REVIEW_STATUSES)
            statuses.append(status)
        progress.set_progress(100.0 * (number + 1) / max(len(items), 1))
    return statuses
