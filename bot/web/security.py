"""Who is asking: dashboard sessions, CSRF, security headers and the sign-in gates.

The cookie holds only a random session id (signed); the session itself lives in the
database, so signing out, disabling a user or 30 minutes of idleness end it for good.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from flask import Flask, abort, g, jsonify, redirect, request, session, url_for
from flask.sessions import SecureCookieSessionInterface
from flask_wtf.csrf import CSRFProtect
from itsdangerous import URLSafeTimedSerializer
from werkzeug.middleware.proxy_fix import ProxyFix

from bot.errors import StoreError
from bot.services.accounts import SignedIn, current_session
from bot.services.nurse_actions import Nurse
from bot.store import open_db, transaction
from bot.store import sign_in as sign_in_store
from bot.web.request_context import get_db, now, settings

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])
SESSION_ID = "sid"
# the queue's background refresh: checks the session without counting as activity
PASSIVE_ENDPOINTS = {"queue.rows"}

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


class _Sessions(SecureCookieSessionInterface):
    """Flask's signed cookie, keyed by a secret kept in the database (made on first use)."""

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        if not app.secret_key:
            try:
                db = open_db(app.config["AFTERCARE"].database.path, migrate=False)
                try:
                    with transaction(db):
                        app.secret_key = sign_in_store.secret(db, "session-cookie")
                finally:
                    db.conn.close()
            except (sqlite3.Error, StoreError):
                # no usable database yet: no session either (the health check says why)
                log.warning("no session key: the database is not ready")
                return None
        return super().get_signing_serializer(app)


csrf = CSRFProtect()


def install(app: Flask) -> None:
    """Give the app its session cookie, CSRF check, security headers and user loading."""
    https = app.config["AFTERCARE"].server.public_url.startswith("https://")
    app.config.update(
        SESSION_COOKIE_NAME="aftercare_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=https,
        # the token lives as long as the session; the session's idle limit is the clock
        WTF_CSRF_TIME_LIMIT=None,
        WTF_CSRF_SSL_STRICT=https,
    )
    app.session_interface = _Sessions()
    if https:
        # waitress speaks plain HTTP, so an https public URL means a TLS proxy in front:
        # take the client's address from its X-Forwarded-For (one hop), for the audit log
        # and the per-address sign-in throttle
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1)  # type: ignore[method-assign]
    csrf.init_app(app)
    app.before_request(_load_user)
    app.after_request(_headers)


def _load_user() -> None:
    g.user = None
    if request.blueprint in ("twilio", "health") or request.endpoint == "static":
        return
    session_id = session.get(SESSION_ID)
    if not session_id:
        return
    active = request.endpoint not in PASSIVE_ENDPOINTS
    signed_in = current_session(get_db(), str(session_id), now(), active=active)
    if signed_in is None:
        session.clear()
        session["ended"] = True  # so the sign-in page can say why
        return
    g.user = signed_in


def _headers(response: Any) -> Any:
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
    if request.endpoint != "static":
        # patient data must not linger in shared browser caches
        response.headers["Cache-Control"] = "no-store"
    if settings().server.public_url.startswith("https://"):
        response.headers["Strict-Transport-Security"] = "max-age=31536000"
    return response


def user() -> SignedIn:
    """Return the signed-in user of this request (after `signed_in_required`)."""
    signed_in: SignedIn = g.user
    return signed_in


def nurse() -> Nurse:
    """Return who acts in this request and from where, for the audit log."""
    return Nurse(user().email, request.remote_addr or "")


def signed_in_required(view: F) -> F:
    """Send an anonymous request to sign-in (a script's request gets 401)."""

    @functools.wraps(view)
    def gated(*args: Any, **kwargs: Any) -> Any:
        if g.get("user") is None:
            if request.endpoint in PASSIVE_ENDPOINTS:
                return jsonify({"signed_out": True, "url": url_for("auth.sign_in")}), 401
            target = request.full_path.rstrip("?") if request.method == "GET" else None
            return redirect(url_for("auth.sign_in", next=target), code=303)
        return view(*args, **kwargs)

    return gated  # type: ignore[return-value]


def admin_required(view: F) -> F:
    """Let only admins through; a nurse gets 403."""

    @functools.wraps(view)
    def gated(*args: Any, **kwargs: Any) -> Any:
        if user().role != "admin":
            abort(403)
        return view(*args, **kwargs)

    return signed_in_required(gated)  # type: ignore[return-value]
