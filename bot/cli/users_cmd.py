"""`aftercare users`: who may sign in to the nurses' dashboard."""

from __future__ import annotations

import sys

import click

from bot.cli.context import AppContext, actor, echo_json, now, pass_app
from bot.services import accounts
from bot.store import users as user_store


def _password(from_stdin: bool, email: str) -> str:
    if from_stdin:
        # one line, as `echo "$PASSWORD" | aftercare users add ...` writes it
        return sys.stdin.readline().rstrip("\r\n")
    value: str = click.prompt(
        f"Password for {email} (12 characters or more)", hide_input=True, confirmation_prompt=True
    )
    return value


@click.group("users")
def users_group() -> None:
    """Add, list, disable and reset the dashboard's users.

    Example: aftercare users add nurse@clinic.org --role nurse
    """


@users_group.command("add")
@click.argument("email")
@click.option(
    "--role",
    type=click.Choice(accounts.ROLES),
    default="nurse",
    show_default=True,
    help="A nurse works the queue; an admin also sees the audit log and manages users.",
)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@pass_app
def add_command(app: AppContext, email: str, role: str, password_stdin: bool) -> None:
    """Create a dashboard user (asks for the password twice unless --password-stdin).

    Example: aftercare users add admin@clinic.org --role admin
    """
    password = _password(password_stdin, email)
    user_id = accounts.add_user(
        app.db, email=email, password=password, role=role, by=actor(), now=now()
    )
    click.echo(f"User {user_id} {email.strip()} added as {role}.")


@users_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@pass_app
def list_command(app: AppContext, as_json: bool) -> None:
    """List dashboard users.

    Example: aftercare users list --json
    """
    rows = [
        {
            "id": row["id"],
            "email": row["email"],
            "role": row["role"],
            "disabled": bool(row["disabled_at"]),
            "created_at": row["created_at"],
        }
        for row in user_store.list_users(app.db)
    ]
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo("No users yet; add one with `aftercare users add EMAIL --role admin`.")
    for row in rows:
        state = "disabled" if row["disabled"] else "active"
        click.echo(f"{row['id']:<4} {row['email']:<36} {row['role']:<6} {state}")


@users_group.command("disable")
@click.argument("email")
@click.option("--enable", is_flag=True, help="Enable the user again instead.")
@pass_app
def disable_command(app: AppContext, email: str, enable: bool) -> None:
    """Stop a user signing in (their open sessions end at once), or --enable again.

    Example: aftercare users disable former.nurse@clinic.org
    """
    user = accounts.find_user(app.db, email)
    accounts.set_disabled(app.db, int(str(user["id"])), disabled=not enable, by=actor(), now=now())
    click.echo(f"User {user['email']} {'enabled' if enable else 'disabled'}.")


@users_group.command("reset")
@click.argument("email")
@click.option("--password-stdin", is_flag=True, help="Read the new password from standard input.")
@pass_app
def reset_command(app: AppContext, email: str, password_stdin: bool) -> None:
    """Give a user a new password; their open sessions end.

    Example: aftercare users reset nurse@clinic.org
    """
    user = accounts.find_user(app.db, email)
    password = _password(password_stdin, str(user["email"]))
    accounts.reset_password(app.db, int(str(user["id"])), password, by=actor(), now=now())
    click.echo(f"Password of {user['email']} changed; their sessions ended.")
