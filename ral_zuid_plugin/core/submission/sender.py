"""Sending the outbox: each pending candidate delivered exactly once, with retries and exponential backoff."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from typing import Callable

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.progress import Progress, SilentProgress, check_cancelled
from ral_zuid_plugin.core.submission.ogcapi import FINAL_REVIEW_STATUSES, DeliveryError, FeaturesClient, ReviewStatus
from ral_zuid_plugin.core.submission.outbox import PENDING, QUEUED, RECEIVED, REVIEWED, Outbox


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

    @property
    def ok(self) -> bool:
        return not self.failed and not self.stopped


def send_due(
    outbox: Outbox,
    client: FeaturesClient,
    *,
    submission_id: str | None = None,
    backoff: Backoff = DEFAULT_BACKOFF,
    clock: Callable[[], float] = time.time,
    progress: Progress | None = None,
    skip: frozenset = frozenset(),
) -> DeliveryReport:
    """One pass over the candidates that are due (except ``skip`` feature ids).

    Stops early on a problem that affects every candidate (credentials, certificate, missing URL).
    """
    progress = progress or SilentProgress()
    report = DeliveryReport()
    due = [item for item in outbox.due(clock(), submission_id) if item.feature_id not in skip]
    for number, item in enumerate(due):
        check_cancelled(progress)
        check_first = item.attempts > 0
        outbox.mark_sent(item)
        try:
            client.deliver(item.feature, check_first=check_first)
        except DeliveryError as error:
            if error.retryable:
                outbox.mark_failed(item, error.message, clock() + backoff.delay(item.attempts + 1))
            else:
                outbox.mark_failed(item, error.message, clock(), state=QUEUED)
            report.failed[item.kandidaat_id] = error.message
            if error.affects_all:
                report.stopped = error.message
                break
        else:
            outbox.mark_received(item)
            report.received.append(item.kandidaat_id)
        progress.set_progress(100.0 * (number + 1) / max(len(due), 1))
    return report


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
) -> DeliveryReport:
    """Send, and keep retrying with backoff for at most ``max_wait`` seconds. What is left stays in the outbox."""
    progress = progress or SilentProgress()
    deadline = clock() + max_wait
    total = DeliveryReport()
    rejected: set[str] = set()
    while True:
        report = send_due(
            outbox,
            client,
            submission_id=submission_id,
            backoff=backoff,
            clock=clock,
            progress=progress,
            skip=frozenset(rejected),
        )
        rejected.update(item.feature_id for item in outbox.items(submission_id, (QUEUED,)) if item.last_error)
        total.received += report.received
        for kandidaat_id in report.received:
            total.failed.pop(kandidaat_id, None)
        total.failed.update(report.failed)
        if report.stopped:
            total.stopped = report.stopped
            return total
        # a candidate the server rejected (4xx) waits for the user, not for the clock
        pending = [item for item in outbox.items(submission_id, PENDING) if item.feature_id not in rejected]
        if not pending:
            return total
        wake = min(item.next_attempt for item in pending)
        if wake > deadline:
            progress.info(
                tr("{count} candidates are still in the outbox; they will be sent on the next attempt.").format(
                    count=len(pending)
                )
            )
            return total
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
