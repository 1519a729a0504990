"""Settings: found in the right place, validated, and every mistake named in one sentence."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.config import Config, Database, load_config
from bot.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent
REACHABLE = """
[clinic]
phone = "+13125550100"
[server]
public_url = "https://aftercare.example.org"
[on_call]
phone = "+13125550199"
"""
TWILIO_OK = (
    """
[sms]
provider = "twilio"
[twilio]
account_sid = "AC0123456789abcdef0123456789abcdef"
auth_token = "from-file"
from_number = "+13125550142"
"""
    + REACHABLE
)


def load(tmp_path: Path, text: str, environ: dict[str, str] | None = None) -> Config:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(str(path), environ=environ or {})


def refused(tmp_path: Path, text: str, environ: dict[str, str] | None = None) -> str:
    with pytest.raises(ConfigError) as raised:
        load(tmp_path, text, environ)
    return str(raised.value)


def test_fixture_config_is_read(config: Config, config_file: Path) -> None:
    assert config.clinic.name == "Lakeside Spine"
    assert config.clinic.closures == (date(2026, 12, 24),)
    assert config.clinic.hours[0] == (time(8), time(17))
    assert 5 not in config.clinic.hours  # Saturday is closed
    assert config.sms.max_per_second == 50
    assert config.on_call.phone == "+13125550199"
    assert config.source == str(config_file)


def test_values_are_normalized(tmp_path: Path) -> None:
    config = load(
        tmp_path,
        """
[clinic]
phone = "(312) 555-0100"
closures = [2026-12-24, "2026-12-31"]
[clinic.hours]
mon = "09:00-13:00"
sat = "closed"
[server]
public_url = "https://aftercare.example.org/"
""",
    )
    assert config.clinic.phone == "+13125550100"
    assert config.clinic.closures == (date(2026, 12, 24), date(2026, 12, 31))
    assert dict(config.clinic.hours) == {0: (time(9), time(13))}
    assert config.server.public_url == "https://aftercare.example.org"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[clinc]\nname = "x"\n',
            "Config key [clinc] is unknown; allowed sections are clinic, database, on_call, "
            "server, sms, twilio.",
        ),
        (
            '[sms]\nprovidr = "console"\n',
            "Config key [sms] providr is unknown; see config.example.toml for the allowed keys.",
        ),
        (
            '[clinic]\ntimezone = "Mars/Olympus"\n',
            "Config key [clinic] timezone has value 'Mars/Olympus'; use an IANA zone such as "
            "'America/Chicago'.",
        ),
        (
            '[clinic.hours]\nmon = "17:00-08:00"\n',
            "Config key [clinic.hours] mon has value '17:00-08:00'; use 'HH:MM-HH:MM' "
            "(e.g. '08:00-17:00') or \"closed\".",
        ),
        (
            '[clinic.hours]\ntue = "9 to 5"\n',
            "Config key [clinic.hours] tue has value '9 to 5'; use 'HH:MM-HH:MM' "
            "(e.g. '08:00-17:00') or \"closed\".",
        ),
        (
            '[clinic.hours]\nwed = "08:00-25:00"\n',
            "Config key [clinic.hours] wed has value '08:00-25:00'; use 'HH:MM-HH:MM' "
            "(e.g. '08:00-17:00') or \"closed\".",
        ),
        (
            '[clinic.hours]\nmonday = "08:00-17:00"\n',
            "Config key [clinic.hours] monday is unknown; use mon, tue, wed, thu, fri, sat, sun.",
        ),
        (
            '[clinic]\nhours = "08:00-17:00"\n',
            "Config key [clinic.hours] must be a table.",
        ),
        (
            '[clinic]\nclosures = ["2026-02-30"]\n',
            "Config key [clinic] closures has value '2026-02-30'; use dates as 'YYYY-MM-DD'.",
        ),
        (
            '[clinic]\nclosures = "2026-12-24"\n',
            "Config key [clinic] closures has value '2026-12-24'; use a list.",
        ),
        (
            '[clinic]\nholidays = "XX"\n',
            "Config key [clinic] holidays has value 'XX'; use a country code the 'holidays' "
            "package knows, such as 'US', or \"\" for none.",
        ),
        (
            '[clinic]\nholidays = "US"\nholidays_subdivision = "ZZ"\n',
            "Config key [clinic] holidays_subdivision has value 'ZZ'; use a subdivision of US "
            "the 'holidays' package knows, or \"\".",
        ),
        (
            "[clinic]\nname = 5\n",
            "Config key [clinic] name has value 5; use a string.",
        ),
        (
            'clinic = "Lakeside"\n',
            "Config key [clinic] must be a table of settings.",
        ),
        (
            '[sms]\nprovider = "sendgrid"\n',
            "Config key [sms] provider has value 'sendgrid'; allowed: 'console', 'twilio'.",
        ),
        (
            "[sms]\nmax_per_second = 0\n",
            "Config key [sms] max_per_second has value 0; use a number from 0.01 to 1000.",
        ),
        (
            '[server]\nport = "8080"\n',
            "Config key [server] port has value '8080'; use a whole number from 1 to 65535.",
        ),
        (
            "[server]\nport = true\n",
            "Config key [server] port has value True; use a whole number from 1 to 65535.",
        ),
        (
            "[server]\nport = 8080.5\n",
            "Config key [server] port has value 8080.5; use a whole number from 1 to 65535.",
        ),
        (
            "[on_call]\nack_within_minutes = 2.5\n",
            "Config key [on_call] ack_within_minutes has value 2.5; use a whole number from 1 "
            "to 1440.",
        ),
        (
            "[sms]\nrequest_timeout_seconds = 0\n",
            "Config key [sms] request_timeout_seconds has value 0; use a number from 1 to 60.",
        ),
        (
            '[server]\npublic_url = "aftercare.example.org"\n',
            "Config key [server] public_url has value 'aftercare.example.org'; use a URL "
            "starting with http:// or https://.",
        ),
        (
            '[clinic]\nphone = "call us"\n',
            "Config key [clinic] phone has value 'call us'; use a phone number in E.164 form "
            "such as '+13125550100'.",
        ),
        (
            '[on_call]\nphone = "555"\n',
            "Config key [on_call] phone has value '555', which is not a valid phone number; "
            "use E.164 form such as '+13125550100'.",
        ),
        (
            '[sms]\nprovider = "twilio"\n',
            "Config key [twilio] account_sid must be your Twilio Account SID (starts with 'AC') "
            'when [sms] provider = "twilio".',
        ),
        (
            '[sms]\nprovider = "twilio"\n[twilio]\naccount_sid = "AC123"\n'
            'from_number = "+13125550142"\n',
            "Config key [twilio] auth_token is empty; set it or the TWILIO_AUTH_TOKEN "
            'environment variable when [sms] provider = "twilio".',
        ),
        (
            '[sms]\nprovider = "twilio"\n[twilio]\naccount_sid = "AC123"\nauth_token = "t"\n',
            "Config keys [twilio] from_number and [twilio] messaging_service_sid: set exactly "
            'one of them when [sms] provider = "twilio".',
        ),
        (
            '[sms]\nprovider = "twilio"\n[twilio]\naccount_sid = "AC123"\nauth_token = "t"\n'
            'from_number = "+13125550142"\nmessaging_service_sid = "MG123"\n',
            "Config keys [twilio] from_number and [twilio] messaging_service_sid: set exactly "
            'one of them when [sms] provider = "twilio".',
        ),
    ],
)
def test_bad_setting_is_named_with_its_value(tmp_path: Path, text: str, message: str) -> None:
    assert refused(tmp_path, text) == message


def test_twilio_credentials_come_from_the_environment(tmp_path: Path) -> None:
    text = TWILIO_OK.replace('auth_token = "from-file"\n', "")
    config = load(tmp_path, text, {"TWILIO_AUTH_TOKEN": "from-env"})
    assert config.sms.provider == "twilio"
    assert config.twilio.auth_token == "from-env"
    assert config.twilio.from_number == "+13125550142"


def test_environment_wins_over_the_file_for_secrets(tmp_path: Path) -> None:
    environ = {"TWILIO_AUTH_TOKEN": "from-env", "TWILIO_ACCOUNT_SID": "ACfromenv"}
    config = load(tmp_path, TWILIO_OK, environ)
    assert (config.twilio.account_sid, config.twilio.auth_token) == ("ACfromenv", "from-env")
    assert load(tmp_path, TWILIO_OK).twilio.auth_token == "from-file"


def test_missing_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "config.toml"
    with pytest.raises(ConfigError) as raised:
        load_config(str(missing), environ={})
    assert str(raised.value) == (
        f"Config file {missing} does not exist; create it from config.example.toml."
    )


@pytest.mark.parametrize(
    "content",
    [b'[clinic\nname = "x"\n', b'[clinic]\nname = "Cl\xednica"\n', b"[sms]\nprovider = \n"],
)
def test_unreadable_toml_is_named(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(content)
    with pytest.raises(ConfigError) as raised:
        load_config(str(path), environ={})
    message = str(raised.value)
    assert message.startswith(f"Config file {path} is not valid TOML (")
    assert message.endswith("); fix the syntax.")


def write_named(folder: Path, name: str, clinic: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f'[clinic]\nname = "{clinic}"\n', encoding="utf-8")
    return path


def test_lookup_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert load_config(None, environ={}).source == "built-in defaults"
    assert load_config(None, environ={}) == Config()

    write_named(tmp_path, "config.toml", "From cwd")
    assert load_config(None, environ={}).clinic.name == "From cwd"

    from_env = write_named(tmp_path / "etc", "aftercare.toml", "From env")
    environ = {"AFTERCARE_CONFIG": str(from_env)}
    assert load_config(None, environ=environ).clinic.name == "From env"

    explicit = write_named(tmp_path / "opt", "explicit.toml", "Explicit")
    chosen = load_config(str(explicit), environ=environ)
    assert (chosen.clinic.name, chosen.source) == ("Explicit", str(explicit))


def test_missing_file_named_by_environment_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_named(tmp_path, "config.toml", "From cwd")  # not a silent fallback
    with pytest.raises(ConfigError) as raised:
        load_config(None, environ={"AFTERCARE_CONFIG": "typo.toml"})
    assert str(raised.value) == (
        "Config file typo.toml does not exist; create it from config.example.toml."
    )


def test_cli_reports_config_errors_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[clinic]\ntimezone = "Central"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--config", str(path), "plan", "--discharged", "2026-03-01"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: Config key [clinic] timezone has value 'Central'; use an IANA zone such as "
        "'America/Chicago'.\n"
    )


def test_cli_uses_aftercare_config_from_the_environment(tmp_path: Path) -> None:
    path = write_named(tmp_path, "env.toml", "Env Clinic")
    result = CliRunner().invoke(
        cli,
        ["plan", "--discharged", "2026-03-01", "--json"],
        env={"AFTERCARE_CONFIG": str(path)},
    )
    assert result.exit_code == 0, result.output
    assert "Env Clinic: how are you today?" in result.output


def flatten(raw: dict[str, object], prefix: str = "") -> dict[str, object]:
    flat: dict[str, object] = {}
    for key, value in raw.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict) and name != "clinic.hours":
            flat.update(flatten(value, name))
        else:
            flat[name] = value
    return flat


def config_value(config: Config, dotted: str) -> object:
    section, _, key = dotted.partition(".")
    return getattr(getattr(config, section), key)


def test_example_config_parses_and_matches_the_defaults() -> None:
    example = REPO / "config.example.toml"
    assert example.is_file(), "config.example.toml is missing at the repository root"
    loaded = load_config(str(example), environ={})
    defaults = Config()
    raw = flatten(tomllib.loads(example.read_text(encoding="utf-8")))
    assert raw, "config.example.toml sets nothing"
    # a relative database path is taken from the config file's folder
    beside = Database(path=str(example.resolve().parent / defaults.database.path))
    defaults = replace(defaults, database=beside)
    for dotted in raw:
        assert config_value(loaded, dotted) == config_value(defaults, dotted), dotted
    assert replace(loaded, source=defaults.source) == defaults


def test_example_config_with_secrets_in_the_environment(tmp_path: Path) -> None:
    # what the example's comments advise: keep the token in $TWILIO_AUTH_TOKEN
    text = (REPO / "config.example.toml").read_text(encoding="utf-8")
    text = text.replace('provider = "console"', 'provider = "twilio"')
    text = text.replace('from_number = ""', 'from_number = "+13125550142"')
    text = text.replace('public_url = ""', 'public_url = "https://aftercare.example.org"')
    text = text.replace("[on_call]\n", '[on_call]\nphone = "+13125550199"\n')
    text = text.replace('\nphone = ""\n', "\n")
    environ = {"TWILIO_ACCOUNT_SID": "ACfromenv", "TWILIO_AUTH_TOKEN": "from-env"}
    config = load(tmp_path, text, environ)
    assert (config.twilio.account_sid, config.twilio.auth_token) == ("ACfromenv", "from-env")


@pytest.mark.parametrize(
    ("leave_out", "message"),
    [
        (
            "[clinic]\nphone",
            'Config key [clinic] phone is not set; set it when [sms] provider = "twilio" '
            "(patients are told to call it).",
        ),
        (
            "[server]\npublic_url",
            'Config key [server] public_url is not set; set it when [sms] provider = "twilio" '
            "(Twilio's signatures are checked against it).",
        ),
        (
            "[on_call]\nphone",
            'Config key [on_call] phone is not set; set it when [sms] provider = "twilio" '
            "(emergencies and after-hours replies are texted to it).",
        ),
    ],
)
def test_real_texting_needs_a_way_to_reach_a_person(
    tmp_path: Path, leave_out: str, message: str
) -> None:
    section, key = leave_out.split("\n")
    kept = [
        line
        for line in TWILIO_OK.splitlines()
        if not (line.startswith(f"{key} =") and _section_of(TWILIO_OK, line) == section)
    ]
    with pytest.raises(ConfigError) as error:
        load(tmp_path, "\n".join(kept), {})
    assert str(error.value) == message


def _section_of(text: str, wanted: str) -> str:
    section = ""
    for line in text.splitlines():
        if line.startswith("["):
            section = line
        if line == wanted:
            return section
    return ""


def test_a_lease_shorter_than_a_full_queue_of_sends_is_refused(tmp_path: Path) -> None:
    text = "[sms]\nmax_per_second = 1\nmax_in_flight = 64\nlease_seconds = 60\n"
    with pytest.raises(ConfigError) as error:
        load(tmp_path, text, {})
    assert str(error.value) == (
        "Config key [sms] lease_seconds has value 60; with max_in_flight 64 at max_per_second "
        "1 and request_timeout_seconds 10 it must be at least 84, or another worker could "
        "send a text twice."
    )


def test_a_longer_provider_timeout_needs_a_longer_lease(tmp_path: Path) -> None:
    text = "[sms]\nmax_per_second = 1\nrequest_timeout_seconds = 30\nlease_seconds = 70\n"
    with pytest.raises(ConfigError, match="must be at least 76"):
        load(tmp_path, text, {})


def test_a_relative_database_path_belongs_to_the_config_file_not_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    etc = tmp_path / "etc"
    etc.mkdir()
    (etc / "config.toml").write_text('[database]\npath = "clinic.db"\n', encoding="utf-8")
    elsewhere = tmp_path / "home"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    runner = CliRunner()
    first = runner.invoke(cli, ["--config", str(etc / "config.toml"), "patients"])
    assert first.exit_code == 0, first.output
    assert (etc / "clinic.db").exists()
    assert not (elsewhere / "clinic.db").exists()
    assert f"Created a new, empty database at {etc / 'clinic.db'}." in first.stderr
    again = runner.invoke(cli, ["--config", str(etc / "config.toml"), "patients"])
    assert "Created a new" not in again.stderr


def test_config_may_come_after_the_command(tmp_path: Path) -> None:
    config_file = tmp_path / "config.toml"
    config_file.write_text(f'[database]\npath = "{tmp_path / "a.db"}"\n', encoding="utf-8")
    for args in (
        ["patients", "--config", str(config_file), "--json"],
        ["patients", f"--config={config_file}"],
    ):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
    assert (tmp_path / "a.db").exists()


def test_the_spool_folder_is_beside_the_database_unless_set(tmp_path: Path) -> None:
    from bot.store.spool import spool_dir

    (tmp_path / "config.toml").write_text('[database]\npath = "clinic.db"\n', encoding="utf-8")
    beside = load_config(str(tmp_path / "config.toml"), environ={})
    assert spool_dir(beside.database) == tmp_path / "clinic.db-spool"
    (tmp_path / "config.toml").write_text(
        '[database]\npath = "clinic.db"\nspool = "waiting"\n', encoding="utf-8"
    )
    chosen = load_config(str(tmp_path / "config.toml"), environ={})
    assert spool_dir(chosen.database) == tmp_path / "waiting"
