"""Commands that run the service: one dispatch pass, the web server, or both."""

from __future__ import annotations

import logging
import signal
import socket
import sys
from datetime import UTC, datetime
from types import FrameType

import click

from bot.cli.context import AppContext, echo_json, pass_app, quiet_libraries
from bot.config import Config
from bot.scheduler import make_scheduler, wake
from bot.services.escalation import escalate_due
from bot.services.follow_up import complete_patients, follow_up
from bot.services.inbound_reply import finish_unfinished
from bot.services.sending import Dispatcher
from bot.services.unstored import replay_spool
from bot.sms.make import make_gateway
from bot.store.backup import hold_running_lock
from bot.store.spool import Spool, spool_dir
from bot.web import create_app

log = logging.getLogger("aftercare")


def _clock() -> datetime:
    return datetime.now(UTC)


@click.command("send-due")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@pass_app
def send_due_command(app: AppContext, as_json: bool) -> None:
    """Do one round of the bot's clockwork now: escalate, follow up, send what is due.

    Stores texts spooled while the database was down, re-texts the on-call phone about
    unacknowledged flags, queues no-reply reminders and flags, then sends every due text
    and waits for it. For cron-style deployments beside
    `aftercare serve` (run it every minute), and for operators; safe beside `aftercare run`.

    Example: aftercare send-due --json
    """
    quiet_libraries()
    config = app.config
    moment = _clock()
    # texts kept on disk while the database was down, and texts never read, come first
    replayed = replay_spool(app.db, config, Spool(spool_dir(config.database)))
    finish_unfinished(app.db, config, moment)
    escalated = escalate_due(app.db, config, moment)
    followed = follow_up(app.db, config, moment)
    complete_patients(app.db, config, moment)
    # with --json, stdout is for the JSON: console texts go to stderr
    gateway = make_gateway(config, console_out=sys.stderr if as_json else None)
    dispatcher = Dispatcher(config, gateway, clock=_clock)
    try:
        result = dispatcher.run_pass()
    finally:
        dispatcher.close()
    counts = {**result.as_dict(), "escalated": escalated, **followed}
    if replayed:
        counts["replayed"] = replayed
    if as_json:
        echo_json(counts)
    else:
        click.echo(", ".join(f"{value} {key}" for key, value in counts.items()))


@click.command("serve")
@pass_app
def serve_command(app: AppContext) -> None:
    """Serve Twilio's webhooks and the health check (no sending; see `run`).

    Example: aftercare serve
    """
    _serve(app, with_scheduler=False)


@click.command("run")
@pass_app
def run_command(app: AppContext) -> None:
    """Run the whole bot: the dispatcher on its clock and the web server.

    Stops cleanly on SIGTERM or Ctrl-C: sends in flight finish, claims are given back.

    Example: aftercare --config /etc/aftercare/config.toml run
    """
    _serve(app, with_scheduler=True)


LOOPBACK = ("127.0.0.1", "::1", "localhost")


def _check_port_free(config: Config) -> None:
    """Raise OSError if the port is taken (waitress would leak its sockets failing on it)."""
    for family, kind, proto, _, address in socket.getaddrinfo(
        config.server.host, config.server.port, type=socket.SOCK_STREAM
    ):
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
        return


def _refuse_forgeable_console(config: Config) -> None:
    """Refuse the console provider on an address others can reach: its signing key is public."""
    host = config.server.host.strip("[]")
    loopback = host in LOOPBACK or host.startswith("127.")
    if config.sms.provider != "twilio" and not config.twilio.auth_token and not loopback:
        raise click.ClickException(
            f"[server] host = {config.server.host!r} lets other machines reach the bot, but "
            "the console SMS provider signs webhooks with a public key; use host = "
            '"127.0.0.1" or set up [twilio].'
        )


class _Stop(KeyboardInterrupt):
    """Raised in the main thread by SIGTERM/SIGINT to leave the server loop.

    A KeyboardInterrupt because waitress's event loop swallows any other exception raised
    while it handles a socket event (it closes that channel and keeps serving).
    """


def _serve(app: AppContext, *, with_scheduler: bool) -> None:
    import waitress

    config = app.config
    _refuse_forgeable_console(config)
    # held until the process ends: `aftercare restore` refuses while it is held
    hold_running_lock(config.database.path)
    app.db  # noqa: B018 - creates and migrates the database before the first request
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    quiet_libraries()
    # one line per text sent is routine: kept for DEBUG (the outbox records every send)
    logging.getLogger("bot.sms.gateway").setLevel(logging.WARNING)
    dispatcher = Dispatcher(config, make_gateway(config), clock=_clock) if with_scheduler else None
    scheduler = make_scheduler(config, dispatcher) if dispatcher else None

    def state() -> str:
        if scheduler is None:
            return "disabled"
        return "running" if scheduler.running else "stopped"

    web = create_app(
        config,
        scheduler_state=state,
        wake_dispatcher=wake(dispatcher) if dispatcher else None,
    )
    # the last resort when the database cannot take an urgent text: alert the on-call phone
    alert_gateway = make_gateway(config)
    web.config["SEND_ALERT"] = lambda to, body: alert_gateway.send(to, body)
    try:
        _check_port_free(config)
        server = waitress.create_server(
            web, host=config.server.host, port=config.server.port, threads=config.server.threads
        )
    except OSError as ex:
        if dispatcher is not None:
            dispatcher.close()
        raise click.ClickException(
            f"Cannot listen on {config.server.host}:{config.server.port} "
            f"({ex.strerror or ex}); is another aftercare running? Change [server] port."
        ) from ex

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("stopping on %s", signal.Signals(signum).name)
        raise _Stop(signal.Signals(signum).name)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    if scheduler is not None and dispatcher is not None:
        scheduler.start()
        dispatcher.start_alert_lane()
    click.echo(
        f"Aftercare listening on http://{config.server.host}:{server.effective_port} "
        f"({config.sms.provider} SMS, database {config.database.path})",
        err=True,
    )
    sys.stderr.flush()
    try:
        server.run()  # returns when a signal stops it (waitress catches KeyboardInterrupt)
    except _Stop:
        pass
    finally:
        if dispatcher is not None:
            dispatcher.stop()  # a pass under way starts no new send
        if scheduler is not None:
            scheduler.shutdown(wait=True)  # waits for that pass's sends in flight
        if dispatcher is not None:
            dispatcher.close()  # gives back claims not sent, closes connections
        server.close()
