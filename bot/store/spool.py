"""The inbound spool: texts the database could not take, kept on disk until it can.

An append-only journal (one JSON record a line, fsync'd before the patient is answered)
in its own folder beside the database, as courier spools inbound messages when its
database is down. Records are of two kinds: a text (``"kind": "text"``) and a note that
the on-call phone was already alerted about it directly (``"kind": "alerted"``), so the
replay neither loses a text nor alerts twice. Replay is exactly once because a reply is
unique on its MessageSid in the store; a journal is deleted only after every text in it
is committed. Writers and the replayer take an exclusive ``flock`` on the journal.

Nothing here logs a phone number or a body: only MessageSids and counts.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from bot.config import Database

log = logging.getLogger(__name__)
JOURNAL = "inbound.journal"


@dataclass(frozen=True)
class SpooledText:
    """One text as it was received, and what the patient was answered."""

    message_sid: str
    from_phone: str
    body: str
    media: tuple[str, ...]
    received_at: str
    answer: str
    language: str
    alerted: bool = False


def spool_dir(database: Database) -> Path:
    """Return the spool folder: [database] spool, else `<database>-spool` beside the file."""
    if database.spool:
        return Path(database.spool).expanduser()
    path = Path(database.path).expanduser()
    return path.resolve().parent / (path.name + "-spool")


class Spool:
    """The journal of texts waiting for the database."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.path = folder / JOURNAL

    def keep(self, text: SpooledText) -> None:
        """Append a text and fsync it; raise OSError if it could not be made durable."""
        record = {"kind": "text", **text.__dict__, "media": list(text.media)}
        self._append(record)

    def note_alerted(self, message_sid: str) -> None:
        """Record that the on-call phone was alerted directly about this text."""
        self._append({"kind": "alerted", "message_sid": message_sid})

    def alerted(self, message_sid: str) -> bool:
        """Tell whether the on-call phone was already alerted directly about this text."""
        return any(
            r.get("kind") == "alerted" and r.get("message_sid") == message_sid
            for r in self._records()
        )

    def waiting(self) -> int:
        """Return how many distinct texts wait in the journal."""
        return len(self.sids())

    def sids(self) -> set[str]:
        """Return the MessageSids of the texts waiting in the journal."""
        return {r["message_sid"] for r in self._records() if r.get("kind") == "text"}

    @contextmanager
    def replaying(self) -> Iterator[list[SpooledText]]:
        """Yield the waiting texts (once per MessageSid); forget them if the block ends.

        The journal is first moved aside, so new texts are spooled meanwhile without
        waiting; if the block raises, the moved journal stays for the next try.
        """
        if not self.folder.is_dir():
            yield []
            return
        guard = os.open(self.folder / "replay.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(guard, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:  # another process is replaying; it takes these too
                yield []
                return
            with self._replay_taken() as texts:
                yield texts
        finally:
            os.close(guard)

    @contextmanager
    def _replay_taken(self) -> Iterator[list[SpooledText]]:
        if self.path.exists():
            with self._locked() as _:
                os.replace(self.path, self.folder / f"replaying-{time.time_ns()}.journal")
                _fsync_dir(self.folder)
        taken = sorted(self.folder.glob("replaying-*.journal"))
        records = [record for path in taken for record in _parse(path.read_bytes(), path)]
        yield _texts(records)
        for path in taken:
            path.unlink(missing_ok=True)
        if taken:
            _fsync_dir(self.folder)

    def _records(self) -> list[dict[str, Any]]:
        if not self.folder.is_dir():
            return []
        records = []
        for path in [*sorted(self.folder.glob("replaying-*.journal")), self.path]:
            try:
                records.extend(_parse(path.read_bytes(), path))
            except FileNotFoundError:
                continue
        return records

    def _append(self, record: dict[str, Any]) -> None:
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with self._locked() as journal:
            start = journal.seek(0, os.SEEK_END)
            try:
                journal.write(line)
                journal.flush()
                os.fsync(journal.fileno())
            except OSError:
                # leave no torn line behind for the next record to be glued to
                with suppress(OSError):
                    journal.truncate(start)
                raise
        if start == 0:
            _fsync_dir(self.folder)  # the journal's name is durable too

    @contextmanager
    def _locked(self) -> Iterator[IO[bytes]]:
        while True:
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
            journal = os.fdopen(descriptor, "r+b", buffering=0)
            try:
                fcntl.flock(journal.fileno(), fcntl.LOCK_EX)
                # the replayer may have moved this journal aside while we waited: open anew
                try:
                    current = os.stat(self.path).st_ino
                except FileNotFoundError:
                    continue
                if current != os.fstat(journal.fileno()).st_ino:
                    continue
                journal.seek(0)
                yield journal
                return
            finally:
                journal.close()


def _parse(raw: bytes, path: Path) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            log.error("spool %s line %s is torn and was skipped", path, number)
            continue
        if isinstance(record, dict) and isinstance(record.get("message_sid"), str):
            records.append(record)
    return records


def _texts(records: list[dict[str, Any]]) -> list[SpooledText]:
    alerted = {r["message_sid"] for r in records if r.get("kind") == "alerted"}
    texts: dict[str, SpooledText] = {}
    for r in records:
        if r.get("kind") != "text" or r["message_sid"] in texts:
            continue
        texts[r["message_sid"]] = SpooledText(
            message_sid=r["message_sid"],
            from_phone=str(r.get("from_phone", "")),
            body=str(r.get("body", "")),
            media=tuple(str(m) for m in r.get("media", [])),
            received_at=str(r.get("received_at", "")),
            answer=str(r.get("answer", "")),
            language=str(r.get("language", "en")),
            alerted=r["message_sid"] in alerted or bool(r.get("alerted")),
        )
    return list(texts.values())


def _fsync_dir(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def received_at(text: SpooledText) -> datetime:
    """Return when the spooled text reached us."""
    return datetime.fromisoformat(text.received_at)
