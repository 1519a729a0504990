"""Time `aftercare import` of N generated patients into a fresh database.

Usage: python -m bench.bench_import [N=100000]

Writes a CSV of N distinct patients (valid US mobile numbers, discharge dates within
60 days either side of today, mixed protocols, languages and zones), imports it through
the real `aftercare import` in a subprocess with a temporary config and database, and
prints wall time, rows per second, the child's peak RSS and the database size.
Targets for 100,000 rows: under 60 s and under 200 MB.
"""

from __future__ import annotations

import csv
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import phonenumbers

TARGET_SECONDS = 60.0
TARGET_MB = 200.0
AREA_CODES = ("312", "773", "872")
PROTOCOLS = ("", "intrathecal-pump-implant", "intrathecal-pump-trial")
ZONES = ("", "America/Chicago", "America/New_York", "America/Phoenix", "Australia/Sydney")
LANGUAGES = ("", "en", "es")
FIRST = ("Ana", "Bo", "Carmen", "Dev", "Elena", "Femi", "Grace", "Hugo", "Ines", "Jae")
LAST = ("Ruiz", "Lee", "Nuñez", "Patel", "Okafor", "Kim", "García", "Novak", "Chen", "Diaz")


def mobile_numbers() -> Iterator[str]:
    """Yield distinct US numbers that phonenumbers accepts as mobile-capable."""
    textable = {
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    }
    for exchange in range(200, 1000):
        for line in range(10000):
            for area in AREA_CODES:
                e164 = f"+1{area}{exchange}{line:04d}"
                number = phonenumbers.parse(e164)
                if phonenumbers.is_valid_number(number) and (
                    phonenumbers.number_type(number) in textable
                ):
                    yield e164


def write_csv(path: Path, count: int, today: date) -> None:
    """Write the header and `count` patient rows."""
    rng = random.Random(20260301)
    numbers = mobile_numbers()
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["name", "phone", "discharged", "protocol", "timezone", "language", "mrn"])
        for i in range(count):
            phone = next(numbers)
            discharged = today + timedelta(days=rng.randint(-60, 60))
            writer.writerow(
                [
                    f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                    phone,
                    discharged.isoformat(),
                    rng.choice(PROTOCOLS),
                    rng.choice(ZONES),
                    rng.choice(LANGUAGES),
                    f"BENCH{i:07d}",
                ]
            )


def database_size(db_path: Path) -> int:
    """Return the bytes of the database with its WAL and shared-memory files."""
    return sum(
        p.stat().st_size
        for p in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"))
        if p.exists()
    )


def main(count: int) -> int:
    with tempfile.TemporaryDirectory(prefix="aftercare-bench-") as folder:
        work = Path(folder)
        csv_path = work / "discharges.csv"
        db_path = work / "aftercare.db"
        config_path = work / "config.toml"
        config_path.write_text(f'[database]\npath = "{db_path}"\n', encoding="utf-8")

        started = time.perf_counter()
        write_csv(csv_path, count, date.today())
        generated = time.perf_counter() - started
        print(f"generated {count:,} rows ({csv_path.stat().st_size / 1e6:.1f} MB) in "
              f"{generated:.1f} s")  # fmt: skip

        command = [
            sys.executable,
            "-c",
            "from bot.cli import main; main()",
            "--config",
            str(config_path),
            "import",
            str(csv_path),
        ]
        started = time.perf_counter()
        finished = subprocess.run(command, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(finished.stdout.strip())
        if finished.returncode != 0:
            print(finished.stderr[-2000:], file=sys.stderr)
            print(f"import failed with exit code {finished.returncode}", file=sys.stderr)
            return 1

        with sqlite3.connect(db_path) as conn:
            patients = conn.execute("SELECT count(*) FROM patients").fetchone()[0]
            texts = conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
        conn.close()
        size_mb = database_size(db_path) / 1e6
        print(f"rows:        {count:,} ({patients:,} patients, {texts:,} outbox rows)")
        print(f"wall time:   {wall:.1f} s  (target < {TARGET_SECONDS:.0f} s)")
        print(f"throughput:  {count / wall:,.0f} rows/s")
        print(f"peak RSS:    {peak_mb:.0f} MB  (target < {TARGET_MB:.0f} MB)")
        print(f"database:    {size_mb:.1f} MB")
        met = wall < TARGET_SECONDS and peak_mb < TARGET_MB and patients == count
        print("targets met" if met else "TARGETS MISSED")
        return 0 if met else 2


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
