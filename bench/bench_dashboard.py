"""Time the dashboard's three heaviest pages at a health system's size.

Usage: python -m bench.bench_dashboard [--patients 100000] [--replies 1000000]
       [--open-flags 50000] [--requests 200] [--db PATH]

Builds (or reuses, with --db) a SQLite file with N patients discharged over the past
year, their restriction windows and check-ins (sent and delivered when due, 1% not
delivered), M replies spread over each patient's eight weeks (10% of patients in a
trial with a pain score per reply), F open flags and twice as many resolved ones with
acknowledgement times. Then signs a nurse in and requests, through the real Flask app
(every request opens its session, checks it, writes its audit entry), 200 times each:
the queue `/`, a random patient's page, and `/overview`. Prints p50, p95 and max of
the server time per page. Target: p95 <= 150 ms each.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.config import parse_config  # noqa: E402
from bot.services.accounts import add_user  # noqa: E402
from bot.store import open_db  # noqa: E402
from bot.web import create_app  # noqa: E402

ZONE = ZoneInfo("America/Chicago")
NOW = datetime.now(UTC).replace(microsecond=0)
FIRST = ["Ana", "Luis", "Maria", "James", "Linda", "Robert", "Wei", "Fatima", "John", "Rosa"]
LAST = ["Lopez", "Smith", "Nguyen", "Garcia", "Brown", "Okafor", "Kim", "Patel", "Reed", "Diaz"]
BODIES = [
    ("ok", "[]", "doing fine, no fever"),
    ("routine", '[{"symptom": "question", "evidence": "can I shower"}]', "can I shower yet?"),
    ("urgent", '[{"symptom": "fever", "evidence": "fever of 101"}]', "I have a fever of 101"),
    (
        "emergency",
        '[{"symptom": "slow breathing", "evidence": "breathing is slow"}]',
        "he is very drowsy and breathing is slow",
    ),
]
LEVEL_WEIGHTS = [80, 15, 4, 1]
PRIORITY = {"emergency": 0, "urgent": 1, "routine": 2, "ok": 3}
CHECK_IN_DAYS = (1, 2, 3, 7, 14, 21, 28, 42, 56)
PASSWORD = "amber-falcon-river-42"


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def build(path: Path, patients: int, replies: int, open_flags: int) -> None:
    """Fill a fresh database with generated rows, straight through SQL for speed."""
    rng = random.Random(12)
    db = open_db(path)
    conn = db.conn
    started = time.perf_counter()
    conn.execute("BEGIN")
    stamp = iso(NOW)
    discharged: list[date] = []
    patient_rows, restriction_rows, outbox_rows = [], [], []
    for pid in range(1, patients + 1):
        day = NOW.astimezone(ZONE).date() - timedelta(days=rng.randrange(0, 365))
        discharged.append(day)
        trial = pid % 10 == 0
        patient_rows.append(
            (
                pid,
                f"{rng.choice(FIRST)} {rng.choice(LAST)} {pid}",
                f"+1312{pid:07d}",
                f"MRN{pid:07d}",
                day.isoformat(),
                "intrathecal-pump-trial" if trial else "intrathecal-pump-implant",
                "America/Chicago",
                "en",
                7 if trial else None,
                "sms-verbal",
                stamp,
                stamp,
                stamp,
                8.0 if trial else None,
            )
        )
        for key, low, high in (("strenuous", 42, 56), ("driving", 14, 28), ("housework", 14, 28)):
            restriction_rows.append(
                (
                    pid,
                    key,
                    key,
                    day.isoformat(),
                    (day + timedelta(days=low)).isoformat(),
                    (day + timedelta(days=high)).isoformat(),
                )
            )
        for step, offset in enumerate(CHECK_IN_DAYS):
            send = datetime.combine(day + timedelta(days=offset), clock_time(10), ZONE)
            due = send <= NOW
            status = ("undelivered" if rng.random() < 0.01 else "delivered") if due else "scheduled"
            outbox_rows.append(
                (
                    pid,
                    f"{pid}:bench:{step}",
                    f"day-{offset}",
                    "check_in",
                    f"+1312{pid:07d}",
                    "Lakeside Spine check-in: any fever, redness or swelling?",
                    iso(send),
                    iso(send),
                    "America/Chicago",
                    status,
                    f"SM{pid:09d}{step:02d}" if due else None,
                    iso(send) if due else None,
                    stamp,
                    stamp,
                )
            )
    conn.executemany(
        "INSERT INTO patients (id, name, phone, mrn, discharged_on, protocol, timezone, "
        "language, trial_days, consent_method, consent_at, enrolled_at, updated_at, "
        "baseline_pain) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        patient_rows,
    )
    conn.executemany(
        "INSERT INTO restrictions (patient_id, key, label, starts_on, earliest_end, latest_end) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        restriction_rows,
    )
    conn.executemany(
        "INSERT INTO outbox (patient_id, idempotency_key, step, kind, to_phone, body, send_at, "
        "planned_at, timezone, status, provider_sid, sent_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        outbox_rows,
    )
    reply_rows = []
    for rid in range(1, replies + 1):
        pid = rng.randrange(1, patients + 1)
        start = datetime.combine(discharged[pid - 1], clock_time(10), ZONE)
        at = min(start + timedelta(minutes=rng.randrange(0, 56 * 24 * 60)), NOW)
        level, findings, body = rng.choices(BODIES, LEVEL_WEIGHTS)[0]
        pain = round(rng.uniform(2, 8), 1) if pid % 10 == 0 else None
        reply_rows.append(
            (
                rid,
                f"SMbench{rid:025d}",
                pid,
                f"+1312{pid:07d}",
                body,
                level,
                findings,
                "en",
                "triage",
                "Thanks; a nurse will call.",
                0,
                iso(at),
                pain,
            )
        )
    conn.executemany(
        "INSERT INTO replies (id, message_sid, patient_id, from_phone, body, level, findings, "
        "language, handled_as, answer, after_hours, received_at, pain) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        reply_rows,
    )
    flag_rows = []
    chosen = rng.sample(range(len(reply_rows)), open_flags * 3)
    for n, index in enumerate(chosen):
        reply = reply_rows[index]
        level = reply[5] if reply[5] != "ok" else "routine"
        created = datetime.fromisoformat(reply[11])
        is_open = n < open_flags
        acked = None if is_open and n % 3 else created + timedelta(minutes=rng.randrange(2, 90))
        flag_rows.append(
            (
                reply[2],
                level,
                PRIORITY[level],
                "bench",
                reply[6],
                reply[0],
                "open"
                if is_open and acked is None
                else ("acknowledged" if is_open else "resolved"),
                "nurse@bench" if acked else None,
                iso(acked) if acked else None,
                None if is_open else "nurse@bench",
                None if is_open else iso(acked),  # type: ignore[arg-type]
                iso(created),
            )
        )
    conn.executemany(
        "INSERT INTO flags (patient_id, level, priority, reason, detail, reply_id, status, "
        "acknowledged_by, acknowledged_at, resolved_by, resolved_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        flag_rows,
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    db.conn.close()
    print(
        f"built {path} in {time.perf_counter() - started:.0f} s: {patients} patients, "
        f"{len(outbox_rows)} outbox rows, {replies} replies, {len(flag_rows)} flags "
        f"({open_flags} open)",
        flush=True,
    )


def measure(
    path: Path, requests: int, patients: int
) -> tuple[dict[str, list[float]], dict[str, float]]:
    config = parse_config({"database": {"path": str(path)}}, {}, "bench")
    db = open_db(path)
    if not db.execute("SELECT 1 FROM users WHERE email = 'nurse@bench.test'").fetchone():
        add_user(db, email="nurse@bench.test", password=PASSWORD, role="nurse", by="bench", now=NOW)
    db.conn.close()
    app = create_app(config)
    client = app.test_client()
    page = client.get("/sign-in").get_data(as_text=True)
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    client.post(
        "/sign-in", data={"email": "nurse@bench.test", "password": PASSWORD, "csrf_token": token}
    )
    rng = random.Random(7)
    timings: dict[str, list[float]] = {"queue /": [], "patient page": [], "overview": []}
    paths = {
        "queue /": lambda: "/",
        "patient page": lambda: f"/patients/{rng.randrange(1, patients + 1)}",
        "overview": lambda: "/overview",
    }
    first: dict[str, float] = {}
    for name, make in paths.items():
        began = time.perf_counter()
        response = client.get(make())  # the first: templates compiled, the overview's days
        first[name] = (time.perf_counter() - began) * 1000
        assert response.status_code == 200, (name, response.status_code)
        for _ in range(requests):
            target = make()
            began = time.perf_counter()
            response = client.get(target)
            timings[name].append((time.perf_counter() - began) * 1000)
            assert response.status_code == 200, (target, response.status_code)
    return timings, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--replies", type=int, default=1_000_000)
    parser.add_argument("--open-flags", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--db", help="Reuse (or build once into) this database file.")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-dashboard-"))
    path = Path(args.db) if args.db else folder / "bench.db"
    if not path.exists():
        build(path, args.patients, args.replies, args.open_flags)
    timings, first = measure(path, args.requests, args.patients)
    worst = 0.0
    print(
        f"{'page':<14} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'first ms':>9}"
        f"   ({args.requests} requests each, after the first)"
    )
    for name, values in timings.items():
        p95 = statistics.quantiles(values, n=20)[18]
        worst = max(worst, p95)
        print(
            f"{name:<14} {statistics.median(values):8.1f} {p95:8.1f} {max(values):8.1f}"
            f" {first[name]:9.1f}"
        )
    print(json.dumps({"target_p95_ms": 150, "worst_p95_ms": round(worst, 1)}))
    sys.exit(0 if worst <= 150 else 1)


if __name__ == "__main__":
    main()
