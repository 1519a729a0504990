"""`aftercare demo`: the whole bot on a throwaway database full of made-up patients."""

from __future__ import annotations

import secrets
import shutil
import socket
import tempfile
from pathlib import Path

import click

from bot.cli.context import AppContext, now
from bot.cli.service import run_command
from bot.services import accounts
from bot.services.demo_data import PATIENTS, TRIAL_PATIENT, seed

DEMO_CONFIG = """# written by `aftercare demo`; deleted when it stops
[database]
path = "{db}"

[server]
host = "127.0.0.1"
port = {port}

[on_call]
phone = "+13125550199"
"""


@click.command("demo")
@click.option("--port", type=int, default=8080, show_default=True, help="Port to serve on.")
@click.option("--keep", is_flag=True, help="Keep the demo's folder (and database) afterwards.")
@click.pass_context
def demo_command(ctx: click.Context, port: int, keep: bool) -> None:
    """Try the bot and the nurses' dashboard on made-up patients, nothing to set up.

    Creates a throwaway database with a dozen synthetic patients, prints a demo nurse's
    login, then runs the web server and the scheduler with texts printed here.

    Example: aftercare demo --port 8080
    """
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as ex:
            raise click.ClickException(
                f"Port {port} is in use ({ex.strerror}); try `aftercare demo --port {port + 1}`."
            ) from ex
    folder = Path(tempfile.mkdtemp(prefix="aftercare-demo-"))
    config_path = folder / "config.toml"
    config_path.write_text(
        DEMO_CONFIG.format(db=(folder / "demo.db").as_posix(), port=port), encoding="utf-8"
    )
    app = AppContext(str(config_path))
    try:
        ids = seed(app.db, app.config, now())
        nurse_password = secrets.token_urlsafe(12)
        admin_password = secrets.token_urlsafe(12)
        for email, password, role in (
            ("nurse@demo.aftercare", nurse_password, "nurse"),
            ("admin@demo.aftercare", admin_password, "admin"),
        ):
            accounts.add_user(
                app.db, email=email, password=password, role=role, by="demo", now=now()
            )
        url = f"http://127.0.0.1:{port}"
        sample = PATIENTS[0]
        ending = "" if keep else " and deletes its folder"
        click.echo(
            f"""
Aftercare demo: {len(ids)} made-up patients in {folder / "demo.db"}

  Dashboard  {url}/
  Nurse      nurse@demo.aftercare   password {nurse_password}
  Admin      admin@demo.aftercare   password {admin_password}   (audit log, users)
  Trial      {TRIAL_PATIENT}: {url}/patients/{ids[TRIAL_PATIENT]} (a week of pain scores)

Text the bot as a patient from another terminal (the reply appears in the queue):
  aftercare --config {config_path} simulate --from "{sample.phone}" \\
      "my incision is red and I have a fever of 101"

Texts the bot sends are printed below. Ctrl-C stops the demo{ending}.
""",
            err=True,
        )
        ctx.obj = app
        ctx.invoke(run_command)
    finally:
        app.close()
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
