"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright.

Each test starts `aftercare run` (web server, scheduler, console SMS) on a free port
with a real SQLite file, and works it as a nurse would: by the labels on the screen.
The screenshots test also writes docs/*.png when AFTERCARE_SCREENSHOTS names a folder.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils
from playwright import sync_api

from bot.config import load_config
from bot.services.demo_data import TRIAL_PATIENT, seed
from bot.store import open_db
from tests.helpers.dashboard import (
    NURSE,
    PASSWORD,
    Server,
    enroll_patient,
    free_port,
    make_user,
    running_server,
    signature,
    sms_form,
    with_server,
)

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

if not Path(CHROMIUM).exists():  # pragma: no cover - CI installs it (.ci/run)
    if os.environ.get("CI"):
        # a browser that CI failed to install must fail the run, not skip its tests
        raise RuntimeError("Debian's chromium is not installed; .ci/run installs it as root.")
    pytest.skip(
        "Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True
    )


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


class Desk:
    """A running bot, its database, and a nurse's browser tab."""

    def __init__(self, server: Server, db: sqlite_utils.Database, page: object, config: object):
        self.server = server
        self.db = db
        self.page = page
        self.config = config

    def url(self, path: str = "/") -> str:
        return self.server.base_url + path

    def sign_in(self, email: str = NURSE, password: str = PASSWORD) -> None:
        page = self.page
        page.goto(self.url("/sign-in"))
        page.get_by_label("Email").fill(email)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign in").click()

    def text_in(self, phone: str, body: str) -> None:
        """Text the bot as a patient would: a signed webhook to /twilio/sms."""
        form = sms_form(phone, body)
        status, answer = self.server.post(
            "/twilio/sms", form, {"X-Twilio-Signature": signature(self.config, form)}
        )
        assert status == 200, answer

    def rows(self, sql: str, params: list[object] | None = None) -> list[dict]:
        return list(self.db.query(sql, params or []))


@pytest.fixture
def desk(config_file: Path, browser: object) -> Iterator[Desk]:
    with_server(config_file, free_port())
    config = load_config(str(config_file), environ={})
    db = open_db(config.database.path)
    make_user(db)
    today = datetime.now(UTC).astimezone(config.clinic.zone).date()
    enroll_patient(db, config, discharged=today - timedelta(days=2), now=datetime.now(UTC))
    enroll_patient(
        db,
        config,
        discharged=today - timedelta(days=9),
        now=datetime.now(UTC),
        phone="+13125550124",
        name="Bruno Diaz",
    )
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    context.set_default_timeout(10_000)
    page = context.new_page()
    with running_server(config_file, "run") as server:
        yield Desk(server, db, page, config)
    context.close()
    db.conn.close()


def queue_items(desk: Desk) -> object:
    return desk.page.get_by_role("list", name="Open flags, worst first").get_by_role("article")


def test_sign_in_then_the_flagged_reply_is_at_the_top_with_the_name(desk: Desk) -> None:
    desk.text_in("+13125550124", "can I drive yet?")
    desk.text_in("+13125550123", "I have a fever of 101 and the incision is red")
    desk.page.goto(desk.url("/"))
    assert "/sign-in" in desk.page.url
    desk.sign_in()
    sync_api.expect(desk.page).to_have_title("(2) Queue · Aftercare")
    first = queue_items(desk).first
    sync_api.expect(first).to_contain_text("Ana Lopez")
    sync_api.expect(first).to_contain_text("Urgent")
    sync_api.expect(first).to_contain_text("I have a fever of 101")
    sync_api.expect(first).to_contain_text("Day 2 after discharge")
    sync_api.expect(queue_items(desk).nth(1)).to_contain_text("Bruno Diaz")


def test_acknowledge_then_resolve_with_a_note(desk: Desk) -> None:
    desk.text_in("+13125550123", "I have a fever of 101 and the incision is red")
    desk.sign_in()
    first = queue_items(desk).first
    first.get_by_role("button", name="Acknowledge").click()
    sync_api.expect(desk.page.get_by_role("status").first).to_contain_text("acknowledged")
    first = queue_items(desk).first
    sync_api.expect(first.get_by_role("definition").nth(3)).to_have_text(NURSE)
    first.get_by_label("Resolution note").fill("Phoned: 99.8 now, wound checked tomorrow")
    first.get_by_role("button", name="Resolve").click()
    sync_api.expect(desk.page.get_by_text("No open flags.")).to_be_visible()
    sync_api.expect(desk.page).to_have_title("(0) Queue · Aftercare")
    flag = desk.rows("SELECT * FROM flags")[0]
    assert (flag["status"], flag["acknowledged_by"], flag["resolved_by"]) == (
        "resolved",
        NURSE,
        NURSE,
    )
    assert flag["note"] == "Phoned: 99.8 now, wound checked tomorrow"


def test_the_patient_page_shows_the_conversation_and_the_restriction_timeline(
    desk: Desk,
) -> None:
    desk.text_in("+13125550123", "I have a fever of 101 and the incision is red")
    desk.sign_in()
    queue_items(desk).first.get_by_role("link", name="Ana Lopez").click()
    page = desk.page
    sync_api.expect(page.get_by_role("heading", name="Ana Lopez", level=1)).to_be_visible()
    conversation = page.get_by_role("region", name="Conversation")
    sync_api.expect(conversation).to_contain_text("I have a fever of 101")
    sync_api.expect(conversation).to_contain_text("Flag raised")
    timeline = page.get_by_role("img", name="Restrictions")
    sync_api.expect(timeline).to_be_visible()
    sync_api.expect(timeline.locator("line.today")).to_have_count(1)
    sync_api.expect(page.get_by_role("region", name="Restrictions")).to_contain_text("Today")
    sync_api.expect(page.get_by_role("row", name="driving")).to_be_visible()


def test_a_nurse_texts_the_patient_and_sees_it_in_the_conversation_and_the_outbox(
    desk: Desk,
) -> None:
    desk.sign_in()
    patient = desk.rows("SELECT id FROM patients WHERE name = 'Ana Lopez'")[0]["id"]
    desk.page.goto(desk.url(f"/patients/{patient}"))
    desk.page.get_by_label("Text to the patient").fill("Hi Ana, how is the wound today?")
    desk.page.get_by_role("button", name="Send text").click()
    sync_api.expect(desk.page.get_by_role("status").first).to_contain_text("Text queued")
    sent = wait_for(
        lambda: desk.rows("SELECT * FROM outbox WHERE kind = 'nurse' AND status = 'sent'")
    )
    assert sent[0]["body"] == "Lakeside Spine: Hi Ana, how is the wound today?"
    assert sent[0]["to_phone"] == "+13125550123" and sent[0]["provider_sid"]
    desk.page.reload()
    conversation = desk.page.get_by_role("region", name="Conversation")
    sync_api.expect(conversation).to_contain_text("Hi Ana, how is the wound today?")
    sync_api.expect(conversation).to_contain_text(f"Text from {NURSE}")
    # the patient's answer lands in the same conversation
    desk.text_in("+13125550123", "it looks fine, thanks")
    desk.page.reload()
    sync_api.expect(conversation).to_contain_text("it looks fine, thanks")


def test_a_wrong_password_is_refused(desk: Desk) -> None:
    desk.sign_in(password="not-my-password-at-all")
    sync_api.expect(desk.page.get_by_role("alert")).to_have_text("Email or password is wrong.")
    assert "/sign-in" in desk.page.url
    desk.page.goto(desk.url("/"))
    assert "/sign-in" in desk.page.url


def test_a_page_without_a_session_redirects_to_sign_in(desk: Desk) -> None:
    desk.page.goto(desk.url("/patients/1"))
    assert desk.page.url.startswith(desk.url("/sign-in?next="))
    sync_api.expect(desk.page.get_by_text("Sign in to see patient data.")).to_be_visible()
    desk.page.get_by_label("Email").fill(NURSE)
    desk.page.get_by_label("Password").fill(PASSWORD)
    desk.page.get_by_role("button", name="Sign in").click()
    sync_api.expect(desk.page.get_by_role("heading", name="Ana Lopez")).to_be_visible()


def test_a_post_without_the_csrf_token_is_refused(desk: Desk) -> None:
    desk.text_in("+13125550123", "I have a fever of 101")
    desk.sign_in()
    first = queue_items(desk).first
    # a forged form: the same button, without the token this page put in it
    first.locator("form", has=desk.page.get_by_role("button", name="Acknowledge")).locator(
        "input[name=csrf_token]"
    ).evaluate("input => input.remove()")
    first.get_by_role("button", name="Acknowledge").click()
    sync_api.expect(desk.page.get_by_role("alert")).to_contain_text("form had expired")
    assert desk.rows("SELECT status FROM flags")[0]["status"] == "open"


def test_the_queue_updates_when_a_reply_arrives_without_a_reload(desk: Desk) -> None:
    desk.sign_in()
    sync_api.expect(desk.page.get_by_text("No open flags.")).to_be_visible()
    desk.page.evaluate("() => { window.stillTheSamePage = true; }")
    desk.text_in("+13125550124", "he is very drowsy and his breathing is slow")
    first = queue_items(desk).first
    sync_api.expect(first).to_contain_text("Bruno Diaz", timeout=15_000)
    sync_api.expect(first).to_contain_text("Emergency")
    sync_api.expect(desk.page).to_have_title("(1) Queue · Aftercare")
    assert desk.page.evaluate("() => window.stillTheSamePage") is True


def test_the_dashboard_works_by_keyboard_at_tablet_width(desk: Desk) -> None:
    desk.text_in("+13125550123", "I have a fever of 101")
    page = desk.page
    page.set_viewport_size({"width": 768, "height": 1024})
    page.goto(desk.url("/sign-in"))
    sync_api.expect(page.get_by_label("Email")).to_be_focused()  # focus is there on arrival
    page.keyboard.type(NURSE)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    sync_api.expect(queue_items(desk).first).to_contain_text("Ana Lopez")
    ack = queue_items(desk).first.get_by_role("button", name="Acknowledge")
    ack.focus()
    page.keyboard.press("Enter")
    sync_api.expect(queue_items(desk).first).to_contain_text("Acknowledged")
    wide = page.evaluate("() => document.documentElement.scrollWidth")
    assert wide <= 768, "the queue scrolls sideways on a tablet"


def test_screenshots_of_the_queue_the_trial_patient_and_the_overview(
    desk: Desk, tmp_path: Path
) -> None:
    folder = Path(os.environ.get("AFTERCARE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    ids = seed(desk.db, desk.config, datetime.now(UTC))  # type: ignore[arg-type]
    page = desk.page
    desk.sign_in()
    sync_api.expect(queue_items(desk).first).to_contain_text("Margaret Olsen")
    page.screenshot(path=str(folder / "queue.png"), full_page=False)
    page.goto(desk.url(f"/patients/{ids[TRIAL_PATIENT]}"))
    chart = page.get_by_role("img", name="Pain scores during the trial")
    sync_api.expect(chart).to_be_visible()
    sync_api.expect(page.get_by_text("Relief 62% from baseline")).to_be_visible()
    page.screenshot(path=str(folder / "trial-patient.png"), full_page=True)
    page.goto(desk.url("/overview"))
    sync_api.expect(page.get_by_role("heading", name="Overview")).to_be_visible()
    page.screenshot(path=str(folder / "overview.png"), full_page=True)
    for name in ("queue.png", "trial-patient.png", "overview.png"):
        assert (folder / name).stat().st_size > 10_000


def wait_for(find: object, timeout: float = 15.0) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = find()  # type: ignore[operator]
        if found:
            return found  # type: ignore[no-any-return]
        time.sleep(0.1)
    raise AssertionError("nothing turned up in time")


def test_aftercare_demo_prints_a_login_that_opens_the_queue(tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "demo.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", "from bot.cli import main; main()", "demo", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=tmp_path,
        )
    try:
        deadline = time.monotonic() + 30
        while "listening on" not in log.read_text() and time.monotonic() < deadline:
            assert process.poll() is None, log.read_text()
            time.sleep(0.1)
        printed = log.read_text()
        password = re.search(r"nurse@demo\.aftercare\s+password (\S+)", printed)
        assert password, printed
        assert f"http://127.0.0.1:{port}/" in printed and "simulate --from" in printed
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        base = f"http://127.0.0.1:{port}"
        page = opener.open(base + "/sign-in").read().decode()
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        form = f"email=nurse%40demo.aftercare&password={password.group(1)}&csrf_token={token}"
        queue = opener.open(base + "/sign-in", data=form.encode()).read().decode()
        assert "Margaret Olsen" in queue and "Unknown sender" in queue
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
    folder = re.search(r"in (\S+)/demo\.db", printed)
    assert folder and not Path(folder.group(1)).exists()  # the throwaway database is gone
