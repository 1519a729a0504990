"""Flag commands: the nurses' queue from a terminal, and trying the bot as a patient would."""

from __future__ import annotations

import json
import secrets
import urllib.error
import urllib.parse
import urllib.request
from typing import Any
from xml.etree import ElementTree

import click
from twilio.request_validator import RequestValidator

from bot.cli.context import AppContext, actor, echo_json, now, pass_app
from bot.errors import InvalidChoice
from bot.store import flags as flag_store
from bot.store import replies as reply_store
from bot.store import transaction
from bot.web.signature import signing_token


def flag_json(db: Any, row: dict[str, Any]) -> dict[str, Any]:
    """Return a flag as the JSON object scripts rely on."""
    reply = reply_store.get_reply(db, row["reply_id"]) if row["reply_id"] else None
    return {
        "id": row["id"],
        "patient_id": row["patient_id"],
        "level": row["level"],
        "reason": row["reason"],
        "detail": row["detail"],
        "reply": reply["body"] if reply else None,
        "findings": json.loads(reply["findings"]) if reply else [],
        "media": json.loads(reply["media"]) if reply else [],
        "received_at": reply["received_at"] if reply else row["created_at"],
        "after_hours": bool(row["after_hours"]),
        "status": row["status"],
        "acknowledged_by": row["acknowledged_by"],
        "acknowledged_at": row["acknowledged_at"],
        "escalations": row["escalations"],
        "note": row["note"],
    }


@click.command("flags")
@click.option("--all", "show_all", is_flag=True, help="Include resolved flags.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@pass_app
def flags_command(app: AppContext, show_all: bool, as_json: bool) -> None:
    """List flagged replies for nurses, worst first.

    Example: aftercare flags --json
    """
    rows = [flag_json(app.db, row) for row in flag_store.flags(app.db, include_closed=show_all)]
    app.audit("view", "flags", f"{len(rows)} listed")
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo("No open flags.")
    for item in rows:
        who = f"patient {item['patient_id']}" if item["patient_id"] else "unknown sender"
        night = " after hours" if item["after_hours"] else ""
        click.echo(
            f"#{item['id']:<5} {item['level'].upper():<9} {item['status']:<12} {who:<14} "
            f"{item['received_at']}{night}  {item['reason']}"
        )
        if item["reply"]:
            click.echo(f'       "{item["reply"]}"')


@click.command("ack")
@click.argument("flag_id", type=int)
@click.option("--note", help="What you did or will do.")
@click.option("--by", help="Who you are (default: your login).")
@pass_app
def ack_command(app: AppContext, flag_id: int, note: str | None, by: str | None) -> None:
    """Acknowledge a flag: you have it (stops escalation to the on-call phone).

    Example: aftercare ack 12 --note "calling the patient now"
    """
    by = by or actor()
    with transaction(app.db):
        flag = flag_store.get_flag(app.db, flag_id)
        if not flag_store.acknowledge(app.db, flag_id, by=by, now=now(), note=note or None):
            raise InvalidChoice(f"Flag {flag_id} is already {flag['status']}.")
    app.audit("acknowledge", f"flag {flag_id}", by)
    click.echo(f"Flag {flag_id} acknowledged by {by}.")


@click.command("resolve")
@click.argument("flag_id", type=int)
@click.option("--note", required=True, help="What was done (required).")
@click.option("--by", help="Who you are (default: your login).")
@pass_app
def resolve_command(app: AppContext, flag_id: int, note: str, by: str | None) -> None:
    """Resolve a flag with a note saying what was done.

    Example: aftercare resolve 12 --note "spoke to patient, no fever, seen tomorrow"
    """
    by = by or actor()
    if not note.strip():
        raise InvalidChoice("The note is empty; say what was done.")
    with transaction(app.db):
        flag_store.get_flag(app.db, flag_id)
        if not flag_store.resolve(app.db, flag_id, by=by, now=now(), note=note.strip()):
            raise InvalidChoice(f"Flag {flag_id} is already resolved.")
    app.audit("resolve", f"flag {flag_id}", by)
    click.echo(f"Flag {flag_id} resolved.")


@click.command("simulate")
@click.option("--from", "sender", required=True, help="The patient's phone number.")
@click.argument("text", nargs=-1, required=True)
@click.option("--url", help="Server base URL (default: [server] host and port).")
@pass_app
def simulate_command(app: AppContext, sender: str, text: tuple[str, ...], url: str | None) -> None:
    """Text the running bot as Twilio would (correctly signed) and print its answer.

    Example: aftercare simulate --from "(312) 555-0123" "I have a fever of 101"
    """
    config = app.config
    body = " ".join(text)
    form = {
        "MessageSid": "SM" + secrets.token_hex(16),
        "AccountSid": config.twilio.account_sid or "AC" + "0" * 32,
        "From": sender,
        "To": config.twilio.from_number or config.clinic.phone,
        "Body": body,
        "NumMedia": "0",
    }
    # Twilio signs the public URL; the request itself goes to where the server listens
    signature = RequestValidator(signing_token(config)).compute_signature(
        config.server.public_url + "/twilio/sms", form
    )
    target = (url or f"http://{config.server.host}:{config.server.port}").rstrip("/")
    parsed = urllib.parse.urlsplit(target)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise click.ClickException(
            f"--url {target!r} is not a web address; give one like http://127.0.0.1:8080."
        )
    request = urllib.request.Request(
        target + "/twilio/sms",
        data=urllib.parse.urlencode(form).encode(),
        headers={"X-Twilio-Signature": signature},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            answer = response.read().decode()
    except urllib.error.HTTPError as ex:
        detail = ex.read().decode(errors="replace")
        raise click.ClickException(f"The server answered HTTP {ex.code}: {detail}") from ex
    except urllib.error.URLError as ex:
        raise click.ClickException(
            f"Cannot reach the bot at {target} ({ex.reason}); start it with `aftercare run`."
        ) from ex
    for message in ElementTree.fromstring(answer).iter("Message"):
        click.echo(message.text or "")
