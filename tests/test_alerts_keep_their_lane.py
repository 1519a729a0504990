"""An emergency reaches the on-call phone within two seconds however busy the sender is, the
sender's cap holds across processes, and a flaky provider or a huge text costs nothing.

Each test runs the real `aftercare run` (real sockets, real SQLite, the Twilio stand-in).
"""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.faults import (
    ON_CALL,
    Answer,
    Bot,
    record_fault,
    wait_for,
)
from tests.helpers.twilio_standin import TwilioStandIn

pytestmark = pytest.mark.slow

EMERGENCY = "I can't breathe"


@pytest.fixture
def twilio() -> Iterator[TwilioStandIn]:
    with TwilioStandIn(latency=0.05) as standin:
        yield standin


@pytest.fixture
def bots(tmp_path: Path) -> Iterator[list[Bot]]:
    started: list[Bot] = []
    yield started
    for bot in started:
        bot.kill()


def most_in_one_second(times: list[float]) -> int:
    """Return the most requests that arrived within any one-second window."""
    return most_within(times, 1.0)


def most_within(times: list[float], seconds: float) -> int:
    """Return the most requests that arrived within any window of `seconds`."""
    times = sorted(times)
    most, first = 0, 0
    for last, moment in enumerate(times):
        while moment - times[first] >= seconds:
            first += 1
        most = max(most, last - first + 1)
    return most


# The limiter spaces the starts of sends; the provider sees their arrivals, which a busy
# machine bunches (14 in one second once, with a triage run beside the suite on two cores).
# So the cap is checked over three seconds, with a margin of three for that bunching: a
# sender with no cap would put out all 300 check-ins in a few seconds.
CAP_WINDOW_SECONDS = 3.0
BUNCHING = 3


def within_the_cap(times: list[float], per_second: int) -> bool:
    """Return True when no window of CAP_WINDOW_SECONDS saw more than the cap allows."""
    return most_within(times, CAP_WINDOW_SECONDS) <= per_second * CAP_WINDOW_SECONDS + BUNCHING


def test_an_emergency_alert_goes_out_within_two_seconds_while_hundreds_of_check_ins_are_due(
    tmp_path: Path, twilio: TwilioStandIn, bots: list[Bot]
) -> None:
    bot = Bot(tmp_path, twilio, max_per_second=10)
    bots.append(bot)
    bot.queue_check_ins(300)
    bot.start()
    wait_for(lambda: len(twilio.messages) >= 20, 10, "the check-ins to be under way")

    delays = []
    for n in range(3):
        posted = time.monotonic()
        answer = bot.text(f"+1312555{3000 + n:04d}", EMERGENCY)
        assert "911" in answer.text
        wait_for(lambda n=n: len(bot.alerts()) > n, 5, "the on-call alert")
        delays.append(bot.alerts()[n]["time"] - posted)
        time.sleep(0.5)

    assert max(delays) < 2.0, delays
    assert within_the_cap(twilio.accept_times, 10), most_within(twilio.accept_times, 3.0)
    record_fault(
        "300 check-ins due at 10/s, 3 emergencies",
        emergencies=3,
        alerts_sent=len(bot.alerts()),
        slowest_alert_s=round(max(delays), 3),
        busiest_second=most_in_one_second(twilio.accept_times),
    )


def test_two_run_processes_on_one_database_never_exceed_the_senders_cap(
    tmp_path: Path, twilio: TwilioStandIn, bots: list[Bot]
) -> None:
    first = Bot(tmp_path, twilio, max_per_second=10)
    bots.append(first)
    phones = first.queue_check_ins(60)
    second = Bot(tmp_path, twilio, max_per_second=10, name="second")  # the same database
    bots.append(second)
    first.start()
    second.start()

    wait_for(lambda: len(twilio.messages) >= 60, 20, "every check-in to go out")

    assert within_the_cap(twilio.accept_times, 10), most_within(twilio.accept_times, 3.0)
    assert collections.Counter(m["To"] for m in twilio.messages) == {p: 1 for p in phones}
    record_fault(
        "two run processes, one database, 60 check-ins at 10/s",
        check_ins_sent=len(twilio.messages),
        sent_twice=0,
        busiest_second=most_in_one_second(twilio.accept_times),
    )


def test_a_200_kb_text_delays_no_other_patients_answer(
    tmp_path: Path, twilio: TwilioStandIn, bots: list[Bot]
) -> None:
    bot = Bot(tmp_path, twilio)
    bots.append(bot)
    phones = bot.enroll(3)
    bot.start()
    huge = ("my back hurts and I have a fever " * 7000)[: 200 * 1024]
    answers: list[Answer] = []

    def stream() -> None:
        for n in range(20):
            answers.append(bot.text(phones[n % 3], "doing fine today"))
            time.sleep(0.05)

    others = threading.Thread(target=stream)
    others.start()
    big = bot.text(phones[0], huge)
    others.join()

    assert big.status == 200 and big.seconds < 1.0, big
    assert all(a.status == 200 and a.seconds < 1.0 for a in answers), answers
    [stored] = bot.query("SELECT length(body) AS n FROM replies WHERE length(body) > 100000")
    assert stored["n"] == len(huge)  # the whole body is kept; only its start is read
    record_fault(
        "a 200 KB signed body beside 20 normal replies",
        texts=21,
        answered_within_1s=sum(a.seconds < 1.0 for a in [big, *answers]),
        slowest_answer_s=round(max(a.seconds for a in [big, *answers]), 3),
        stored=len(bot.query("SELECT 1 FROM replies WHERE handled_as != 'received'")),
    )


def test_nothing_is_lost_or_doubled_when_the_provider_fails_a_fifth_of_requests(
    tmp_path: Path, twilio: TwilioStandIn, bots: list[Bot]
) -> None:
    twilio.transient_failure_rate = 0.2
    bot = Bot(tmp_path, twilio, max_per_second=20)
    bots.append(bot)
    phones = bot.enroll(5)
    check_ins = bot.queue_check_ins(40)
    bot.start()
    texts = [(phones[n % 5], EMERGENCY if n % 4 == 0 else "all good") for n in range(20)]

    answers = [bot.text(phone, body) for phone, body in texts]

    assert all(a.status == 200 and a.seconds < 1.0 for a in answers)
    assert len(bot.query("SELECT 1 FROM replies WHERE handled_as = 'triage'")) == len(texts)
    emergencies = sum(body == EMERGENCY for _, body in texts)
    wait_for(lambda: len(bot.alerts()) >= emergencies, 15, "every alert despite the failures")
    wait_for(lambda: twilio.requests >= 45, 15, "every check-in to be tried once")
    sent = collections.Counter(m["To"] for m in twilio.messages)
    assert sent[ON_CALL] == emergencies
    assert all(sent[phone] <= 1 for phone in check_ins)  # never twice
    check_in_statuses = (
        "SELECT status FROM outbox WHERE kind = 'check_in' AND to_phone LIKE '+1415%'"
    )

    def every_accepted_check_in_is_recorded_as_sent() -> bool:
        # the provider may have accepted a text whose answer the bot is still reading
        accepted = collections.Counter(m["To"] for m in twilio.messages)
        recorded = collections.Counter(r["status"] for r in bot.query(check_in_statuses))
        return recorded["sent"] == sum(accepted[phone] for phone in check_ins)

    wait_for(every_accepted_check_in_is_recorded_as_sent, 5, "each accepted check-in as sent")
    # the rest wait for their retry (backoff of 15 s and more), none is lost
    assert {r["status"] for r in bot.query(check_in_statuses)} <= {"sent", "scheduled", "sending"}
    record_fault(
        "provider answers 500/429 to 20% of requests",
        texts=len(texts),
        answered_within_1s=sum(a.seconds < 1.0 for a in answers),
        stored=len(texts),
        emergencies=emergencies,
        alerts_sent=sent[ON_CALL],
        check_ins_sent_twice=sum(sent[phone] > 1 for phone in check_ins),
        provider_refusals=twilio.requests - len(twilio.messages),
    )


def test_a_kill_during_a_sending_pass_loses_no_check_in(
    tmp_path: Path, twilio: TwilioStandIn, bots: list[Bot]
) -> None:
    bot = Bot(tmp_path, twilio, max_per_second=20, lease_seconds=30)
    bots.append(bot)
    phones = bot.queue_check_ins(60)
    bot.start()
    wait_for(lambda: len(twilio.messages) >= 15, 10, "the pass to be under way")

    bot.kill()  # SIGKILL: its claims stay leased until they lapse (30 s, the shortest lease)
    bot.start()

    wait_for(lambda: len(set(m["To"] for m in twilio.messages)) == 60, 45, "every check-in")
    sent = collections.Counter(m["To"] for m in twilio.messages)
    assert set(sent) == set(phones)
    # a request the provider took as the process died may go twice (at most those in flight)
    assert sum(n - 1 for n in sent.values()) <= 8
    record_fault(
        "SIGKILL during a sending pass of 60 check-ins",
        check_ins_sent=len(sent),
        sent_twice=sum(n > 1 for n in sent.values()),
    )
