"""The nurses' dashboard: its blueprints, template helpers and error pages."""

from __future__ import annotations

from typing import Any

from flask import Flask, g, render_template, request
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from bot.errors import NotFound
from bot.web import clinic_time
from bot.web.admin_users import admin_users
from bot.web.audit_page import audit_page
from bot.web.auth import auth
from bot.web.overview import overview
from bot.web.patients import patients
from bot.web.queue import queue
from bot.web.security import csrf, install
from bot.web.strings import EN, text

LEVEL_CLASSES = {"emergency": "lv-emergency", "urgent": "lv-urgent", "routine": "lv-routine"}


def register(app: Flask, *, exempt: tuple[Any, ...]) -> None:
    """Add the dashboard to the app; `exempt` blueprints (webhooks) skip the CSRF check."""
    install(app)
    for blueprint in exempt:
        csrf.exempt(blueprint)
    for blueprint in (auth, queue, patients, overview, audit_page, admin_users):
        app.register_blueprint(blueprint)
    app.jinja_env.globals.update(
        t=text,
        when=clinic_time.when,
        iso=clinic_time.iso,
        day=clinic_time.day,
        short_day=clinic_time.short_day,
        phone=clinic_time.phone,
        level_class=LEVEL_CLASSES.get,
        delivery=lambda status: EN.get(f"delivery.{status}", status),
        kind=lambda name: EN.get(f"kind.{name}", name.replace("_", " ")),
    )
    app.jinja_env.autoescape = True

    @app.context_processor
    def _current_user() -> dict[str, Any]:
        return {"current_user": g.get("user")}

    @app.errorhandler(CSRFError)
    def _csrf(_: CSRFError) -> tuple[str, int]:
        return render_template("error.html", message=text("error.csrf")), 400

    @app.errorhandler(NotFound)
    def _no_record(ex: NotFound) -> ResponseReturnValue:
        return render_template("error.html", message=str(ex)), 404

    @app.errorhandler(403)
    def _forbidden(ex: HTTPException) -> ResponseReturnValue:
        if request.blueprint in ("twilio", "health"):
            return ex  # webhooks keep their plain answers
        return render_template("error.html", message=text("error.forbidden")), 403

    @app.errorhandler(404)
    def _not_found(ex: HTTPException) -> ResponseReturnValue:
        if request.blueprint in ("twilio", "health"):
            return ex
        return render_template("error.html", message=text("error.not_found")), 404
