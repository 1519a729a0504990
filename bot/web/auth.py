"""Sign in and sign out of the dashboard."""

from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue

from bot.errors import SignInRefused
from bot.services.accounts import sign_in as check_sign_in
from bot.services.accounts import sign_out as end_session
from bot.web.request_context import get_db, now
from bot.web.security import SESSION_ID, signed_in_required, user
from bot.web.strings import text

auth = Blueprint("auth", __name__)


@auth.route("/sign-in", methods=["GET", "POST"])
def sign_in() -> ResponseReturnValue:
    """Show the sign-in form; check it and start a fresh session."""
    target = _safe_next(request.values.get("next", ""))
    if request.method == "GET":
        if g.user is not None:
            return redirect(target or url_for("queue.queue_page"))
        if session.pop("ended", False):
            flash(text("auth.idle"))
        elif request.args.get("next"):
            flash(text("auth.needed"))
        return render_template("sign_in.html", next=target)
    email = request.form.get("email", "")
    try:
        signed_in = check_sign_in(
            get_db(),
            email=email,
            password=request.form.get("password", ""),
            address=request.remote_addr or "",
            now=now(),
        )
    except SignInRefused as ex:
        return render_template("sign_in.html", next=target, error=str(ex), email=email), 401
    if g.user is not None:  # signing in again, perhaps as someone else: the old one ends
        end_session(get_db(), g.user, address=request.remote_addr or "", now=now())
    # a new session from nothing: whatever the browser carried before (a planted cookie,
    # an old CSRF token) does not survive the sign-in
    session.clear()
    session[SESSION_ID] = signed_in.session_id
    return redirect(target or url_for("queue.queue_page"), code=303)


@auth.post("/sign-out")
@signed_in_required
def sign_out() -> ResponseReturnValue:
    """End the session."""
    end_session(get_db(), user(), address=request.remote_addr or "", now=now())
    session.clear()
    flash(text("auth.signed_out"))
    return redirect(url_for("auth.sign_in"), code=303)


def _safe_next(target: str) -> str:
    """Return a local path to go back to after sign-in, never another site."""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return ""
