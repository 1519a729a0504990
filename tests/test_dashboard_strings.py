"""The dashboard's words live in one catalogue: every key a page asks for is in it."""

from __future__ import annotations

import re
from pathlib import Path

import bot.web
from bot.web.strings import EN

WEB = Path(bot.web.__file__).parent
KEY = re.compile(r"""\bt(?:ext)?\(\s*["']([a-z_]+\.[a-z_0-9]+)["']\s*[,)]""")


def test_every_key_used_by_a_page_or_view_is_in_the_catalogue() -> None:
    sources = [*WEB.glob("templates/*.html"), *WEB.glob("*.py")]
    used = {key for path in sources for key in KEY.findall(path.read_text(encoding="utf-8"))}
    assert len(used) > 100
    assert used - set(EN) == set()


def test_no_page_spells_out_english_of_its_own() -> None:
    # a word between tags that does not come from t(): a Spanish UI would miss it
    loose = re.compile(r">\s*([A-Za-z][A-Za-z .,'’()/-]{2,})\s*<")
    for path in WEB.glob("templates/*.html"):
        for words in loose.findall(path.read_text(encoding="utf-8")):
            raise AssertionError(f"{path.name}: {words!r} is not from bot/web/strings.py")
