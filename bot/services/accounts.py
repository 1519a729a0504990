"""Dashboard accounts: who may sign in, with which password, and how often they may fail.

Passwords are hashed with argon2id, must be at least 12 characters and must not be on
the list of common passwords shipped in ``data/common-passwords.txt``. Sign-in failures
are counted per account and per address; too many within a quarter hour stop further
tries for a while, whatever the password.
"""

from __future__ import annotations

import logging
import re
import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from importlib import resources

import sqlite_utils
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bot.errors import InputError, InvalidChoice, SignInRefused
from bot.store import audit as audit_store
from bot.store import from_db_time, transaction
from bot.store import sign_in as sign_in_store
from bot.store import users as user_store

log = logging.getLogger(__name__)

ROLES = ("nurse", "admin")
MIN_PASSWORD = 12
MAX_PASSWORD = 256
THROTTLE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 20
IDLE_LIMIT = timedelta(minutes=30)
TOUCH_EVERY = timedelta(seconds=60)  # write last activity at most once a minute
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

_hasher = PasswordHasher()  # argon2id with the library's recommended cost
# checked when the email matches no user, so a wrong email takes as long as a wrong password
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


@dataclass(frozen=True)
class SignedIn:
    """A live dashboard session and whose it is."""

    session_id: str
    user_id: int
    email: str
    role: str


@cache
def common_passwords() -> frozenset[str]:
    """Return the shipped list of common passwords, lower case."""
    text = resources.files("bot.services").joinpath("data/common-passwords.txt").read_text()
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def check_password(password: str, email: str = "") -> None:
    """Raise InputError (one sentence saying why) for a password we do not accept."""
    if len(password) < MIN_PASSWORD:
        raise InputError(
            f"The password is shorter than {MIN_PASSWORD} characters; use a longer one."
        )
    if len(password) > MAX_PASSWORD:
        raise InputError(f"The password is longer than {MAX_PASSWORD} characters.")
    lowered = password.lower()
    base = lowered.rstrip(string.digits + string.punctuation + " ")
    if lowered in common_passwords() or base in common_passwords() or len(set(lowered)) < 4:
        raise InputError("The password is too common or too easy to guess; choose another.")
    local = email.split("@")[0].lower()
    if len(local) >= 4 and local in lowered:
        raise InputError("The password contains the email address; choose another.")


def check_email(email: str) -> str:
    """Return the email trimmed, or raise InputError."""
    clean = email.strip()
    if not EMAIL.match(clean):
        raise InputError(f"{clean!r} is not an email address; give one like nurse@clinic.org.")
    return clean


def add_user(
    db: sqlite_utils.Database, *, email: str, password: str, role: str, by: str, now: datetime
) -> int:
    """Create a dashboard user; return the id."""
    clean = check_email(email)
    if role not in ROLES:
        raise InvalidChoice(f"Role {role!r} is unknown; use nurse or admin.")
    check_password(password, clean)
    hashed = _hasher.hash(password)
    with transaction(db):
        if user_store.by_email(db, clean) is not None:
            raise InvalidChoice(f"User {clean} already exists; use `aftercare users reset`.")
        user_id = user_store.add_user(db, email=clean, password_hash=hashed, role=role, now=now)
        audit_store.record(
            db,
            actor=by,
            action="add user",
            subject=f"user {user_id}",
            now=now,
            detail=f"{clean} as {role}",
        )
    return user_id


def find_user(db: sqlite_utils.Database, email: str) -> dict[str, object]:
    """Return the user with this email, or raise InvalidChoice."""
    user = user_store.by_email(db, email.strip())
    if user is None:
        raise InvalidChoice(f"No user {email.strip()}; run `aftercare users list`.")
    return user


def set_disabled(
    db: sqlite_utils.Database, user_id: int, *, disabled: bool, by: str, now: datetime
) -> None:
    """Disable a user (ending their sessions) or enable them again."""
    with transaction(db):
        user = user_store.get_user(db, user_id)
        user_store.set_disabled(db, user_id, now if disabled else None)
        if disabled:
            sign_in_store.end_sessions_of(db, user_id, now)
        audit_store.record(
            db,
            actor=by,
            action="disable user" if disabled else "enable user",
            subject=f"user {user_id}",
            now=now,
            detail=str(user["email"]),
        )


def reset_password(
    db: sqlite_utils.Database, user_id: int, password: str, *, by: str, now: datetime
) -> None:
    """Give a user a new password; their open sessions end."""
    user = user_store.get_user(db, user_id)
    check_password(password, str(user["email"]))
    hashed = _hasher.hash(password)
    with transaction(db):
        user_store.set_password(db, user_id, hashed, now)
        sign_in_store.end_sessions_of(db, user_id, now)
        sign_in_store.clear_failures(db, str(user["email"]))
        audit_store.record(
            db,
            actor=by,
            action="reset password",
            subject=f"user {user_id}",
            now=now,
            detail=str(user["email"]),
        )


def sign_in(
    db: sqlite_utils.Database, *, email: str, password: str, address: str, now: datetime
) -> SignedIn:
    """Check a sign-in and start a session, or raise SignInRefused (one sentence)."""
    email = email.strip()
    since = now - THROTTLE_WINDOW
    if (
        sign_in_store.failures_since(db, since, email=email) >= MAX_FAILURES_PER_ACCOUNT
        or sign_in_store.failures_since(db, since, address=address) >= MAX_FAILURES_PER_ADDRESS
    ):
        log.warning("sign-in throttled for account %r from %s", email, address)
        with transaction(db):
            audit_store.record(
                db,
                actor=email or "(no email)",
                action="sign-in throttled",
                subject="dashboard",
                now=now,
                address=address,
            )
        raise SignInRefused(
            "Too many failed sign-ins; wait 15 minutes or ask an admin to reset the password."
        )
    user = user_store.by_email(db, email) if email else None
    # argon2 takes tens of milliseconds on purpose: done before taking the write lock
    good = _verify(str(user["password_hash"]) if user else _DUMMY_HASH, password)
    if user is None or not good or user["disabled_at"]:
        with transaction(db):
            sign_in_store.record_failure(db, email=email, address=address, now=now)
            audit_store.record(
                db,
                actor=email or "(no email)",
                action="sign-in failed",
                subject="dashboard",
                now=now,
                address=address,
            )
        log.warning("failed sign-in for account %r from %s", email, address)
        raise SignInRefused("Email or password is wrong.")
    session_id = secrets.token_urlsafe(32)
    with transaction(db):
        if _hasher.check_needs_rehash(str(user["password_hash"])):
            user_store.set_password(db, int(user["id"]), _hasher.hash(password), now)
        sign_in_store.clear_failures(db, email)
        sign_in_store.start_session(
            db, session_id=session_id, user_id=int(user["id"]), address=address, now=now
        )
        audit_store.record(
            db,
            actor=str(user["email"]),
            action="sign in",
            subject="dashboard",
            now=now,
            address=address,
        )
    return SignedIn(session_id, int(user["id"]), str(user["email"]), str(user["role"]))


def current_session(
    db: sqlite_utils.Database, session_id: str, now: datetime, *, active: bool = True
) -> SignedIn | None:
    """Return the live session with this id; None once it ended, idled out or its user left.

    `active=False` (the queue's background refresh) checks the session without counting
    as activity, so an open tab alone does not keep a nurse signed in.
    """
    row = sign_in_store.live_session(db, session_id)
    if row is None:
        return None
    idle = now - from_db_time(row["last_seen_at"])
    if row["disabled_at"] or idle > IDLE_LIMIT:
        with transaction(db):
            sign_in_store.end_session(db, session_id, now)
        return None
    if active and idle > TOUCH_EVERY:
        with transaction(db):
            sign_in_store.touch_session(db, session_id, now)
    return SignedIn(session_id, int(row["user_id"]), str(row["email"]), str(row["role"]))


def sign_out(
    db: sqlite_utils.Database, signed_in: SignedIn, *, address: str, now: datetime
) -> None:
    """End a session."""
    with transaction(db):
        sign_in_store.end_session(db, signed_in.session_id, now)
        audit_store.record(
            db,
            actor=signed_in.email,
            action="sign out",
            subject="dashboard",
            now=now,
            address=address,
        )


def _verify(hashed: str, password: str) -> bool:
    try:
        return bool(_hasher.verify(hashed, password))
    except (VerificationError, InvalidHashError):
        return False
