"""Numbered schema migrations, applied in order on start, each in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlite_utils

from bot.errors import StoreError

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[tuple[int, str, Migration]] = []


def migration(number: int, name: str) -> Callable[[Migration], Migration]:
    """Register a migration under its number."""

    def register(fn: Migration) -> Migration:
        MIGRATIONS.append((number, name, fn))
        return fn

    return register


def _run(db: sqlite_utils.Database, *statements: str) -> None:
    for sql in statements:
        db.execute(sql)


@migration(1, "patients, restrictions and outbox")
def _initial(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """CREATE TABLE patients (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            phone TEXT NOT NULL,
            mrn TEXT UNIQUE,
            discharged_on TEXT NOT NULL,
            protocol TEXT NOT NULL,
            timezone TEXT NOT NULL,
            language TEXT NOT NULL,
            trial_days INTEGER,
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'paused', 'opted_out', 'completed')),
            phone_status TEXT NOT NULL DEFAULT 'ok' CHECK (phone_status IN ('ok', 'invalid')),
            consent_method TEXT NOT NULL,
            consent_at TEXT NOT NULL,
            enrolled_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX patients_phone ON patients (phone, discharged_on)",
        """CREATE TABLE restrictions (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients (id),
            key TEXT NOT NULL,
            label TEXT NOT NULL,
            starts_on TEXT NOT NULL,
            earliest_end TEXT NOT NULL,
            latest_end TEXT NOT NULL,
            min_override TEXT,
            max_override TEXT,
            lifted_on TEXT,
            UNIQUE (patient_id, key)
        )""",
        """CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER REFERENCES patients (id),
            idempotency_key TEXT NOT NULL UNIQUE,
            step TEXT NOT NULL,
            kind TEXT NOT NULL,
            to_phone TEXT NOT NULL,
            body TEXT NOT NULL,
            send_at TEXT NOT NULL,
            planned_at TEXT NOT NULL,
            timezone TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN (
                'scheduled', 'sending', 'sent', 'delivered', 'undelivered',
                'failed', 'cancelled', 'skipped')),
            attempts INTEGER NOT NULL DEFAULT 0,
            lease_owner TEXT,
            lease_until TEXT,
            provider_sid TEXT UNIQUE,
            provider_status TEXT,
            error_code INTEGER,
            error_message TEXT,
            sent_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        # the dispatcher's only query: due rows by status and time, cheap at any outbox size
        "CREATE INDEX outbox_due ON outbox (status, send_at)",
        "CREATE INDEX outbox_patient ON outbox (patient_id, send_at)",
    )


@migration(2, "flags for nurses and provider status events")
def _flags(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """CREATE TABLE flags (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER REFERENCES patients (id),
            level TEXT NOT NULL CHECK (level IN ('emergency', 'urgent', 'routine', 'ok')),
            priority INTEGER NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            reply_id INTEGER,
            outbox_id INTEGER REFERENCES outbox (id),
            after_hours INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'acknowledged', 'resolved')),
            ack_code TEXT UNIQUE,
            escalations INTEGER NOT NULL DEFAULT 0,
            next_escalation_at TEXT,
            acknowledged_by TEXT,
            acknowledged_at TEXT,
            resolved_by TEXT,
            resolved_at TEXT,
            note TEXT,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX flags_queue ON flags (status, priority, created_at)",
        "CREATE INDEX flags_escalation ON flags (status, next_escalation_at)",
        """CREATE TABLE delivery_events (
            id INTEGER PRIMARY KEY,
            outbox_id INTEGER REFERENCES outbox (id),
            provider_sid TEXT NOT NULL,
            status TEXT NOT NULL,
            error_code INTEGER,
            received_at TEXT NOT NULL
        )""",
        "CREATE INDEX delivery_events_sid ON delivery_events (provider_sid)",
    )


@migration(3, "patients' replies and escalations")
def _replies(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """CREATE TABLE replies (
            id INTEGER PRIMARY KEY,
            message_sid TEXT NOT NULL UNIQUE,
            patient_id INTEGER REFERENCES patients (id),
            from_phone TEXT NOT NULL,
            body TEXT NOT NULL,
            media TEXT NOT NULL DEFAULT '[]',
            level TEXT NOT NULL,
            findings TEXT NOT NULL DEFAULT '[]',
            language TEXT NOT NULL,
            handled_as TEXT NOT NULL,
            answer TEXT NOT NULL,
            after_hours INTEGER NOT NULL DEFAULT 0,
            received_at TEXT NOT NULL
        )""",
        "CREATE INDEX replies_patient ON replies (patient_id, received_at)",
        """CREATE TABLE escalations (
            id INTEGER PRIMARY KEY,
            flag_id INTEGER NOT NULL REFERENCES flags (id),
            number INTEGER NOT NULL,
            outbox_id INTEGER REFERENCES outbox (id),
            created_at TEXT NOT NULL,
            UNIQUE (flag_id, number)
        )""",
        # the follow-up job looks for check-ins sent a day or two ago
        "CREATE INDEX outbox_sent ON outbox (kind, sent_at)",
    )


@migration(4, "audit log of who viewed or changed patient data")
def _audit(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX audit_log_subject ON audit_log (subject, at)",
    )


@migration(5, "remember sends whose answer never came")
def _maybe_sent(db: sqlite_utils.Database) -> None:
    _run(db, "ALTER TABLE outbox ADD COLUMN maybe_sent_at TEXT")


@migration(6, "alerts to the on-call phone jump the queue")
def _alert_queue(db: sqlite_utils.Database) -> None:
    _run(
        db,
        "CREATE INDEX outbox_alerts_due ON outbox (send_at) "
        "WHERE status = 'scheduled' AND kind = 'alert'",
    )


@migration(7, "delivery of the answers given to patients' texts")
def _answer_delivery(db: sqlite_utils.Database) -> None:
    _run(
        db,
        "ALTER TABLE replies ADD COLUMN answer_sid TEXT",
        "ALTER TABLE replies ADD COLUMN answer_status TEXT",
        "ALTER TABLE replies ADD COLUMN answer_error INTEGER",
    )


@migration(8, "pain scores read from replies, and the pre-procedure baseline")
def _pain_scores(db: sqlite_utils.Database) -> None:
    _run(
        db,
        "ALTER TABLE replies ADD COLUMN pain REAL",
        "ALTER TABLE patients ADD COLUMN baseline_pain REAL",
        # what a check-in asked (its text key in the protocol), so a reply is read as an answer
        "ALTER TABLE outbox ADD COLUMN question TEXT",
        "CREATE INDEX replies_pain ON replies (patient_id, received_at) WHERE pain IS NOT NULL",
    )


@migration(9, "when each part of the clockwork last finished a pass")
def _heartbeats(db: sqlite_utils.Database) -> None:
    _run(
        db,
        "CREATE TABLE heartbeats (name TEXT PRIMARY KEY, finished_at TEXT NOT NULL)",
    )


@migration(10, "the nurses' dashboard: users, sessions, sign-in throttling, calls, audit detail")
def _dashboard(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            email TEXT NOT NULL UNIQUE COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('nurse', 'admin')),
            disabled_at TEXT,
            password_changed_at TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        # the cookie holds only a random id; signing out or disabling a user ends it here
        """CREATE TABLE web_sessions (
            id TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users (id),
            address TEXT NOT NULL,
            created_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL,
            ended_at TEXT
        )""",
        "CREATE INDEX web_sessions_user ON web_sessions (user_id)",
        """CREATE TABLE sign_in_failures (
            id INTEGER PRIMARY KEY,
            email TEXT NOT NULL COLLATE NOCASE,
            address TEXT NOT NULL,
            at TEXT NOT NULL
        )""",
        "CREATE INDEX sign_in_failures_email ON sign_in_failures (email, at)",
        "CREATE INDEX sign_in_failures_address ON sign_in_failures (address, at)",
        "CREATE TABLE web_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE phone_calls (
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patients (id),
            called_by TEXT NOT NULL,
            note TEXT NOT NULL,
            called_at TEXT NOT NULL
        )""",
        "CREATE INDEX phone_calls_patient ON phone_calls (patient_id, called_at)",
        "ALTER TABLE audit_log ADD COLUMN patient_id INTEGER",
        "ALTER TABLE audit_log ADD COLUMN address TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX audit_log_at ON audit_log (at)",
        "CREATE INDEX audit_log_patient ON audit_log (patient_id, at)",
        # append-only: the privacy officer's record cannot be edited from inside the app
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
        # the queue, a patient's page and the overview at a health system's size
        # the queue walks open flags in its order and stops at the first hundred
        "CREATE INDEX flags_open_queue ON flags (priority, created_at) WHERE status != 'resolved'",
        "CREATE INDEX flags_patient ON flags (patient_id, created_at)",
        "CREATE INDEX flags_created ON flags (created_at, level, acknowledged_at)",
        "CREATE INDEX replies_received ON replies (received_at, patient_id)",
        "CREATE INDEX patients_name ON patients (name COLLATE NOCASE)",
    )


def apply_migrations(db: sqlite_utils.Database) -> int:
    """Apply every migration not yet applied; return how many ran."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS migrations ("
        "number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    ran = 0
    for number, name, fn in sorted(MIGRATIONS, key=lambda m: m[0]):
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            done = db.execute("SELECT 1 FROM migrations WHERE number = ?", [number]).fetchone()
            if done is None:
                fn(db)
                db.execute(
                    "INSERT INTO migrations (number, name, applied_at) VALUES (?, ?, ?)",
                    [number, name, datetime.now(UTC).isoformat(timespec="seconds")],
                )
                ran += 1
        except Exception as ex:
            db.conn.execute("ROLLBACK")
            raise StoreError(f"Database migration {number} ({name}) failed: {ex}.") from ex
        db.conn.execute("COMMIT")
    return ran


@migration(11, "texts stored raw but not yet read, found without a scan")
def _unfinished_replies(db: sqlite_utils.Database) -> None:
    _run(
        db,
        "CREATE INDEX replies_unfinished ON replies (received_at) WHERE handled_as = 'received'",
    )
