"""Load-test POST /twilio/sms on a real `aftercare run`: latency at a steady rate, then a ramp.

Usage: python -m bench.bench_webhook [--patients 500] [--threads 16] [--requests 2000]

Enrolls N generated patients through `aftercare import` into a fresh temporary database,
starts `aftercare run` (waitress + scheduler, console SMS) on a free loopback port, waits
for GET /healthz, then sends correctly signed inbound replies open-loop: request i is due
at t0 + i / rate whatever happened before it, up to 50 in flight over persistent HTTP/1.1
connections, and its latency is measured from that due time (so time spent queued behind
busy connections counts). All requests are built and signed before the clock starts, so
the generator (one asyncio thread, raw sockets) stays cheap on a small machine.

After each phase the database is checked: every MessageSid of the phase stored exactly
once, no reply with two flags. Targets: p99 <= 50 ms at 200/s with every reply stored
once and no error; the highest steady rate with p99 <= 100 ms at least 300/s.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

import phonenumbers
from twilio.request_validator import RequestValidator

from bot.config import load_config
from bot.web.signature import signing_token
from tests.helpers.clinic import CLINIC_TOML

BASE_RATE = 200
BASE_P99_MS = 50.0
RAMP_RATES = (200, 300, 400, 500, 600, 800, 1000)
RAMP_P99_MS = 100.0
RAMP_TARGET = 300
MAX_IN_FLIGHT = 50
ACCOUNT_SID = "AC" + "0" * 32
CLINIC_NUMBER = "+13125550100"

# the test clinic's settings, served on a port of its own
SERVER = """
[server]
host = "127.0.0.1"
port = {port}
threads = {threads}
"""

# what patients actually send: fine, symptoms, questions, Spanish, typos, emoji, keywords
BODIES = (
    "doing fine",
    "Doing fine thanks!",
    "no fever, pain is better",
    "all good 👍",
    "fever 101",
    "I have a fever of 38.5",
    "the incision is red and swollen",
    "pain is getting worse",
    "can I drive?",
    "when can I shower",
    "do I still need the brace?",
    "can i go back to work next week",
    "estoy bien gracias",
    "tengo fiebre",
    "¿puedo manejar?",
    "me duele mas la espalda",
    "headache when I stand up",
    "my pump is beeping",
    "ok",
    "feeling a bit sore but ok",
    "the pain won't stop",
    "HELP",
    "numbness in my legs",
    "is it normal to feel tired?",
)


@dataclass
class Phase:
    """One steady-rate run and what it measured."""

    rate: int
    latencies_ms: list[float]
    errors: int
    statuses: dict[str, int]
    wall: float
    server_cpu: float
    other_cpu: float  # CPU used meanwhile by every other process on the box (cores)
    stored: int = 0
    distinct: int = 0
    double_flags: int = 0

    def pct(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def mobile_numbers(count: int, seed: int) -> list[str]:
    """Return distinct valid US mobile-capable numbers."""
    rng = random.Random(seed)
    textable = {
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    }
    found: set[str] = set()
    while len(found) < count:
        area, exchange, line = (
            rng.choice(("312", "773", "872")),
            rng.randint(201, 999),
            rng.randint(0, 9999),
        )
        e164 = f"+1{area}{exchange}{line:04d}"
        number = phonenumbers.parse(e164)
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in textable:
            found.add(e164)
    return sorted(found)


def write_csv(path: Path, phones: list[str], today: date) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["name", "phone", "discharged", "protocol", "timezone", "language", "mrn"])
        for i, phone in enumerate(phones):
            writer.writerow(
                [
                    f"Patient {i}",
                    phone,
                    (today - timedelta(days=rng.randint(0, 14))).isoformat(),
                    "",
                    "America/Chicago",
                    rng.choice(("en", "en", "es")),
                    f"BENCH{i:05d}",
                ]
            )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_healthy(base: str, proc: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"aftercare run exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2) as answer:
                if answer.status == 200:
                    return
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.1)
    raise RuntimeError("aftercare run did not answer /healthz in time")


def build_requests(
    prefix: str,
    count: int,
    patients: list[str],
    unknown: list[str],
    url: str,
    token: str,
    port: int,
) -> list[bytes]:
    """Return `count` complete, signed HTTP requests with unique MessageSids."""
    rng = random.Random(prefix)
    validator = RequestValidator(token)
    requests = []
    for i in range(count):
        sid = f"SM{prefix}{i:08d}".ljust(34, "0")[:34]
        sender = rng.choice(unknown) if rng.random() < 0.03 else rng.choice(patients)
        params = {
            "ToCountry": "US",
            "SmsMessageSid": sid,
            "NumMedia": "0",
            "SmsSid": sid,
            "SmsStatus": "received",
            "Body": rng.choice(BODIES),
            "To": CLINIC_NUMBER,
            "NumSegments": "1",
            "MessageSid": sid,
            "AccountSid": ACCOUNT_SID,
            "From": sender,
            "ApiVersion": "2010-04-01",
        }
        body = urlencode(params).encode()
        signature = validator.compute_signature(url, params)
        head = (
            f"POST /twilio/sms HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            "User-Agent: TwilioProxy/1.1\r\nAccept: */*\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"X-Twilio-Signature: {signature}\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        requests.append(head.encode() + body)
    return requests


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length, close = 0, False
    for line in lines[1:]:
        name, _, value = line.partition(":")
        name = name.strip().lower()
        if name == "content-length":
            length = int(value)
        elif name == "connection" and value.strip().lower() == "close":
            close = True
    if length:
        await reader.readexactly(length)
    return status, close


async def _run_phase(
    port: int, requests: list[bytes], rate: int
) -> tuple[list[float], dict[str, int], float]:
    queue: asyncio.Queue[tuple[int, float] | None] = asyncio.Queue()
    latencies: list[float] = []
    statuses: dict[str, int] = {}

    async def worker() -> None:
        reader: asyncio.StreamReader | None = None
        writer: asyncio.StreamWriter | None = None
        while True:
            item = await queue.get()
            if item is None:
                break
            index, due = item
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                assert reader is not None
                writer.write(requests[index])
                status, close = await asyncio.wait_for(_read_response(reader), 30)
                key = str(status)
                if close:
                    writer.close()
                    reader = writer = None
            except (OSError, asyncio.IncompleteReadError, TimeoutError) as ex:
                key = type(ex).__name__
                if writer is not None:
                    writer.close()
                reader = writer = None
            latencies.append((time.perf_counter() - due) * 1000)
            statuses[key] = statuses.get(key, 0) + 1
        if writer is not None:
            writer.close()
            await writer.wait_closed()

    workers = [asyncio.create_task(worker()) for _ in range(MAX_IN_FLIGHT)]
    await asyncio.sleep(0.05)  # let the connections' tasks start
    start = time.perf_counter() + 0.05
    for index in range(len(requests)):
        due = start + index / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        queue.put_nowait((index, due))
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    return latencies, statuses, time.perf_counter() - start


def cpu_seconds(pid: int) -> float:
    """Return user + system CPU seconds of a process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def busy_seconds() -> float:
    """Return the CPU seconds the whole box has spent busy (Linux /proc/stat)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def run_phase(pid: int, port: int, requests: list[bytes], rate: int) -> Phase:
    cpu, own, box = cpu_seconds(pid), cpu_seconds(os.getpid()), busy_seconds()
    latencies, statuses, wall = asyncio.run(_run_phase(port, requests, rate))
    used = cpu_seconds(pid) - cpu
    others = busy_seconds() - box - used - (cpu_seconds(os.getpid()) - own)
    errors = sum(n for key, n in statuses.items() if key != "200")
    return Phase(rate, latencies, errors, statuses, wall, used / wall, max(0.0, others) / wall)


def check_store(db_path: Path, phase: Phase, prefix: str) -> None:
    with sqlite3.connect(db_path, timeout=30) as conn:
        phase.stored, phase.distinct = conn.execute(
            "SELECT count(*), count(DISTINCT message_sid) FROM replies WHERE message_sid LIKE ?",
            [f"SM{prefix}%"],
        ).fetchone()
        phase.double_flags = conn.execute(
            "SELECT count(*) FROM (SELECT f.reply_id FROM flags f JOIN replies r "
            "ON r.id = f.reply_id WHERE r.message_sid LIKE ? "
            "GROUP BY f.reply_id HAVING count(*) > 1)",
            [f"SM{prefix}%"],
        ).fetchone()[0]
    conn.close()


def row(phase: Phase, expected: int) -> str:
    sent = len(phase.latencies_ms)
    ok = "ok" if phase.stored == phase.distinct == expected and not phase.double_flags else "BAD"
    return (
        f"{phase.rate:>6} {sent:>6} {sent / phase.wall:>8.0f} "
        f"{phase.pct(0.50):>7.1f} {phase.pct(0.95):>7.1f} {phase.pct(0.99):>7.1f} "
        f"{max(phase.latencies_ms):>8.1f} {phase.errors:>6} "
        f"{phase.server_cpu * 100:>6.0f}% {phase.other_cpu * 100:>6.0f}% "
        f"{phase.stored:>6}/{phase.distinct:<6} {ok}"
    )


HEADER = (
    f"{'rate/s':>6} {'sent':>6} {'achieved':>8} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} "
    f"{'max ms':>8} {'errors':>6} {'srvCPU':>7} {'others':>7} {'rows/sids':>13} store"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--patients", type=int, default=500)
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--keep", action="store_true", help="keep the temp folder and log")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="aftercare-bench-web-"))
    db_path, config_path = folder / "aftercare.db", folder / "config.toml"
    log_path = folder / "server.log"
    port = free_port()
    config_path.write_text(
        CLINIC_TOML.format(db=db_path) + SERVER.format(port=port, threads=args.threads),
        encoding="utf-8",
    )
    config = load_config(str(config_path), environ={})
    url = config.server.public_url + "/twilio/sms"
    token = signing_token(config)
    cli = [sys.executable, "-c", "from bot.cli import main; main()", "--config", str(config_path)]

    phones = mobile_numbers(args.patients + 20, seed=11)
    patients, unknown = phones[: args.patients], phones[args.patients :]
    write_csv(folder / "patients.csv", patients, date.today())
    started = time.perf_counter()
    done = subprocess.run([*cli, "import", str(folder / "patients.csv")],
                          capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode != 0:
        print(done.stdout, done.stderr, file=sys.stderr)
        return 1
    print(f"enrolled {args.patients} patients via `aftercare import` in "
          f"{time.perf_counter() - started:.1f} s: {done.stdout.strip()}")  # fmt: skip

    # every request of every phase is built and signed before any clock starts
    phases_plan = [("base", BASE_RATE, args.requests)] + [
        (f"r{rate}", rate, args.requests) for rate in RAMP_RATES
    ]
    prepared = {
        prefix: build_requests(prefix, n, patients, unknown, url, token, port)
        for prefix, _, n in [("warm", 0, 50), *phases_plan]
    }

    log = log_path.open("wb")
    server = subprocess.Popen([*cli, "run"], stdout=log, stderr=subprocess.STDOUT)
    results: list[Phase] = []
    try:
        wait_healthy(f"http://127.0.0.1:{port}", server)
        print(f"aftercare run on 127.0.0.1:{port}: [server] threads = {args.threads}, "
              f"console SMS, SQLite {db_path.name}; generator: asyncio, {MAX_IN_FLIGHT} "
              f"persistent connections, open loop, {os.cpu_count()} CPUs shared")  # fmt: skip
        run_phase(server.pid, port, prepared["warm"], 50)

        base = run_phase(server.pid, port, prepared["base"], BASE_RATE)
        check_store(db_path, base, "base")
        print(f"\n== steady {BASE_RATE}/s, {args.requests} signed replies ==")
        print(HEADER)
        print(row(base, args.requests))
        print(f"statuses: {base.statuses}; mean {statistics.fmean(base.latencies_ms):.1f} ms")
        base_ok = (
            base.pct(0.99) <= BASE_P99_MS
            and base.errors == 0
            and base.stored == base.distinct == args.requests
            and base.double_flags == 0
        )
        print(f"target p99 <= {BASE_P99_MS:.0f} ms, no error, each sid stored once: "
              f"{'MET' if base_ok else 'MISSED'}")  # fmt: skip

        print(f"\n== ramp: {args.requests} replies per rate, p99 <= {RAMP_P99_MS:.0f} ms ==")
        print(HEADER)
        best = 0
        for prefix, rate, n in phases_plan[1:]:
            time.sleep(1.0)
            phase = run_phase(server.pid, port, prepared[prefix], rate)
            check_store(db_path, phase, prefix)
            results.append(phase)
            print(row(phase, n), flush=True)
            good = (
                phase.pct(0.99) <= RAMP_P99_MS
                and phase.errors == 0
                and phase.stored == phase.distinct == n
            )
            if not good:
                break
            best = rate
        verdict = "MET" if best >= RAMP_TARGET else "MISSED"
        print(f"highest steady rate with p99 <= {RAMP_P99_MS:.0f} ms: {best}/s "
              f"(target >= {RAMP_TARGET}/s: {verdict})")  # fmt: skip
        with sqlite3.connect(db_path) as conn:
            total = conn.execute("SELECT count(*), count(DISTINCT message_sid) FROM replies")
            rows, sids = total.fetchone()
        conn.close()
        print(f"replies table: {rows} rows, {sids} distinct MessageSids")
        return 0 if base_ok and best >= RAMP_TARGET else 2
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
        if args.keep:
            print(f"kept {folder} (server log: {log_path})")
        else:
            for path in sorted(folder.iterdir()):
                path.unlink()
            folder.rmdir()


if __name__ == "__main__":
    sys.exit(main())
