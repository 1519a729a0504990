"""A protocol file the clinic edits: any mistake is one sentence naming the file, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.domain.protocols import SCHEDULES_DIR, load_protocol
from bot.errors import ProtocolError

SHIPPED = (SCHEDULES_DIR / "intrathecal-pump-implant.toml").read_text(encoding="utf-8")


def edited(tmp_path: Path, old: str, new: str) -> Path:
    assert old in SHIPPED
    (tmp_path / "intrathecal-pump-implant.toml").write_text(SHIPPED.replace(old, new, 1))
    return tmp_path


@pytest.mark.parametrize(
    ("old", "new", "named"),
    [
        ('check_in_time = "10:00"', 'check_in_time = "10:00"\nlast_dya = 56', "last_dya"),
        ("days = [1]", 'days = ["one"]', "wrong shape"),
        ("days = [1]", "days = 1", "wrong shape"),
        ('min = "6w"', 'min = "soon"', "strenuous_activity"),
        ('check_in_time = "10:00"', 'check_in_time = "22:00"', "texting hours"),
    ],
)
def test_a_mistake_in_a_protocol_file_is_one_sentence_naming_the_file(
    tmp_path: Path, old: str, new: str, named: str
) -> None:
    with pytest.raises(ProtocolError) as refused:
        load_protocol("intrathecal-pump-implant", edited(tmp_path, old, new))
    message = str(refused.value)
    assert message.startswith("intrathecal-pump-implant.toml: ")
    assert named in message
    assert "\n" not in message


def test_a_protocol_file_written_before_last_day_was_dropped_still_loads(tmp_path: Path) -> None:
    older = edited(tmp_path, 'check_in_time = "10:00"', 'check_in_time = "10:00"\nlast_day = 56')
    assert load_protocol("intrathecal-pump-implant", older).check_ins


def test_the_shipped_protocols_load() -> None:
    for name in ("intrathecal-pump-implant", "intrathecal-pump-trial"):
        assert load_protocol(name).name == name
