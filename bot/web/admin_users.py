"""Dashboard users for admins (`/admin/users`): add, disable, enable, set a new password."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from bot.errors import AftercareError, InvalidChoice
from bot.services import accounts
from bot.store import users as user_store
from bot.web.request_context import get_db, now
from bot.web.security import admin_required, user
from bot.web.strings import text

admin_users = Blueprint("admin_users", __name__, url_prefix="/admin")


@admin_users.get("/users")
@admin_required
def users_page() -> ResponseReturnValue:
    """List every user with the buttons to change them."""
    return render_template("users.html", users=user_store.list_users(get_db()))


@admin_users.post("/users")
@admin_required
def add() -> ResponseReturnValue:
    """Add a user."""
    try:
        accounts.add_user(
            get_db(),
            email=request.form.get("email", ""),
            password=request.form.get("password", ""),
            role=request.form.get("role", "nurse"),
            by=user().email,
            now=now(),
        )
        flash(text("users.added"))
    except AftercareError as ex:
        flash(str(ex), "error")
    return redirect(url_for("admin_users.users_page"), code=303)


@admin_users.post("/users/<int:user_id>/disabled")
@admin_required
def set_disabled(user_id: int) -> ResponseReturnValue:
    """Disable or enable a user."""
    try:
        disabled = request.form.get("disabled") == "1"
        if disabled and user_id == user().user_id:
            raise InvalidChoice("You cannot disable yourself; ask another admin.")
        accounts.set_disabled(get_db(), user_id, disabled=disabled, by=user().email, now=now())
        flash(text("users.changed"))
    except AftercareError as ex:
        flash(str(ex), "error")
    return redirect(url_for("admin_users.users_page"), code=303)


@admin_users.post("/users/<int:user_id>/password")
@admin_required
def reset(user_id: int) -> ResponseReturnValue:
    """Set a user's new password."""
    try:
        accounts.reset_password(
            get_db(), user_id, request.form.get("password", ""), by=user().email, now=now()
        )
        flash(text("users.changed"))
    except AftercareError as ex:
        flash(str(ex), "error")
    return redirect(url_for("admin_users.users_page"), code=303)
