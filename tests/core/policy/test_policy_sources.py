"""Where policy lives on each OS, and reading each kind of source (file, registry, plist)."""

from __future__ import annotations

import plistlib
from pathlib import Path

from desktop_app.core.policy.effective import load_policy, merge
from desktop_app.core.policy.locations import Places, system_places
from desktop_app.core.policy.sources import read_managed_plist, read_policy_file, read_registry
from tests.support.policy import FakeWinreg, write_policy

REG = r"SOFTWARE\Policies\Loopgate"


# -- locations -------------------------------------------------------------------------------
def test_linux_reads_etc_xdg_by_default() -> None:
    """No $XDG_CONFIG_DIRS: /etc/xdg/loopgate, nothing managed."""
    places = system_places("linux", {})
    assert places.folders == (Path("/etc/xdg/loopgate"),)
    assert places.plists == () and not places.registry


def test_linux_honours_xdg_config_dirs_with_the_first_winning() -> None:
    """$XDG_CONFIG_DIRS=a:b reads b first, so a (the more important) wins."""
    places = system_places("linux", {"XDG_CONFIG_DIRS": "/opt/a::/opt/b"})
    assert places.folders == (Path("/opt/b/loopgate"), Path("/opt/a/loopgate"))
    assert places.profile_dirs() == [
        Path("/opt/b/loopgate/providers"),
        Path("/opt/a/loopgate/providers"),
    ]


def test_windows_reads_programdata_and_the_policies_key() -> None:
    """%ProgramData%\\Loopgate plus HKLM\\SOFTWARE\\Policies\\Loopgate."""
    places = system_places("win32", {"ProgramData": "D:\\PD"})
    assert places.folders == (Path("D:\\PD") / "Loopgate",)
    assert places.registry
    assert "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Loopgate" in places.describe()


def test_macos_reads_application_support_and_both_managed_plists() -> None:
    """Computer-wide managed preferences first, the person's own after (they win)."""
    places = system_places("darwin", {}, user="dana")
    assert places.folders == (Path("/Library/Application Support/Loopgate"),)
    assert places.plists == (
        Path("/Library/Managed Preferences/com.loopgate.Loopgate.plist"),
        Path("/Library/Managed Preferences/dana/com.loopgate.Loopgate.plist"),
    )


def test_the_override_replaces_folders_but_never_managed_sources(tmp_path: Path) -> None:
    """LOOPGATE_SYSTEM_CONFIG_DIR swaps the folders; registry and plists are still read."""
    env = {"LOOPGATE_SYSTEM_CONFIG_DIR": str(tmp_path)}
    windows, mac = system_places("win32", env), system_places("darwin", env, user="dana")
    assert windows.folders == mac.folders == (tmp_path,)
    assert windows.registry and len(mac.plists) == 2
    assert windows.overridden and "LOOPGATE_SYSTEM_CONFIG_DIR" in windows.describe()[-1]


# -- policy.json -------------------------------------------------------------------------------
def test_a_valid_policy_file_gives_checked_values(tmp_path: Path) -> None:
    """Every kind of key is read into its one shape."""
    path = write_policy(
        {
            "$comment": "Acme's policy",
            "allowed_providers": ["clover", "clio-us"],
            "allow_custom_providers": False,
            "hide_demo": True,
            "client_ids": {"clover-na": "ACME123"},
            "redirect_ports": {"clover-na": 18080},
            "relay_urls": {"clover-na": "https://www.acme.example/loopgate/relay/"},
            "auto_refresh": True,
            "refresh_lead_minutes": 15,
            "allow_token_reveal": False,
            "allow_token_copy": False,
            "log_level": "WARNING",
        },
        tmp_path,
    )
    source = read_policy_file(path)
    assert source is not None and source.problems == ()
    assert source.values["allowed_providers"] == ("clover", "clio-us")
    assert source.values["log_level"] == "warning"
    assert source.values["redirect_ports"] == {"clover-na": 18080}
    assert len(source.values) == 11


def test_a_damaged_policy_file_is_reported_by_name_and_line(tmp_path: Path) -> None:
    """Not JSON: one problem naming the file and the line; it contributes nothing."""
    path = write_policy('{\n  "hide_demo": true,\n  "auto_refresh": tru\n}\n', tmp_path)
    source = read_policy_file(path)
    assert source is not None and source.values == {}
    assert source.problems == (f"{path}, line 3: Expecting value; ignored",)


def test_one_bad_value_is_skipped_and_the_rest_applies(tmp_path: Path) -> None:
    """A wrong value or an unknown key is reported by line; the other keys stand."""
    path = write_policy(
        '{\n  "hide_demo": "yes",\n  "auto_refresh": false,\n  "redirect_ports": {"clio-us": 80},\n'
        '  "hide_dmeo": true\n}\n',
        tmp_path,
    )
    source = read_policy_file(path)
    assert source is not None and source.values == {"auto_refresh": False}
    assert source.problems == (
        f"{path}, line 2: hide_demo must be true or false (ignored)",
        f"{path}, line 4: redirect_ports.clio-us must be a port between 1024 and 65535 (ignored)",
        f"{path}, line 5: unknown policy key 'hide_dmeo' (ignored)",
    )


def test_no_policy_file_is_no_source(tmp_path: Path) -> None:
    """An absent file is simply not there (no problem)."""
    assert read_policy_file(tmp_path / "policy.json") is None
    assert load_policy(Places((tmp_path,))).values == {}


# -- managed preferences (macOS configuration profile) --------------------------------------
def test_a_managed_plist_gives_its_values(tmp_path: Path) -> None:
    """A configuration profile's payload keys are the policy keys; bookkeeping is skipped."""
    path = tmp_path / "com.loopgate.Loopgate.plist"
    path.write_bytes(
        plistlib.dumps(
            {
                "PayloadUUID": "x",
                "hide_demo": True,
                "client_ids": {"clio-us": "CLIO-ACME"},
                "refresh_lead_minutes": 10,
            }
        )
    )
    source = read_managed_plist(path)
    assert source is not None and source.problems == ()
    assert source.values == {
        "hide_demo": True,
        "client_ids": {"clio-us": "CLIO-ACME"},
        "refresh_lead_minutes": 10,
    }


def test_a_damaged_plist_is_reported_and_ignored(tmp_path: Path) -> None:
    """Garbage instead of a plist: one problem naming the file."""
    path = tmp_path / "com.loopgate.Loopgate.plist"
    path.write_bytes(b"<plist><dict><key>hide_demo</key>")
    source = read_managed_plist(path)
    assert source is not None and source.values == {}
    assert source.problems[0].startswith(f"{path}: not a readable plist")


# -- the registry (Group Policy / Intune ADMX) -----------------------------------------------
def test_registry_values_and_subkeys_become_policy() -> None:
    """DWORD switches, string choices, list and map subkeys (as the ADMX writes them)."""
    winreg = FakeWinreg(
        {
            REG: {"": "default", "hide_demo": 1, "allow_token_copy": 0, "log_level": "debug"},
            REG + r"\allowed_providers": {str(i): f"p{i}" for i in range(1, 12)},
            REG + r"\client_ids": {"clover-na": "ACME123"},
            REG + r"\redirect_ports": {"clover-na": "18080"},
        }
    )
    source = read_registry(winreg)
    assert source is not None and source.problems == ()
    assert source.label == "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Loopgate"
    assert source.values["hide_demo"] is True and source.values["allow_token_copy"] is False
    assert source.values["allowed_providers"] == tuple(f"p{i}" for i in range(1, 12))
    assert source.values["redirect_ports"] == {"clover-na": 18080}
    assert source.values["log_level"] == "debug"


def test_a_bad_registry_value_is_reported_and_skipped() -> None:
    """A DWORD 2 for a switch names the value; the rest applies."""
    winreg = FakeWinreg({REG: {"hide_demo": 2, "auto_refresh": 1}})
    source = read_registry(winreg)
    assert source is not None and source.values == {"auto_refresh": True}
    assert source.problems == (
        "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Loopgate\\hide_demo: "
        "hide_demo must be true or false (ignored)",
    )


def test_no_policies_key_is_no_source() -> None:
    """A computer without Loopgate policies has no registry source."""
    assert read_registry(FakeWinreg({})) is None


# -- merging -----------------------------------------------------------------------------------
def test_managed_values_beat_the_file_and_record_where_each_came_from(tmp_path: Path) -> None:
    """File < registry; maps merge per entry; a list is replaced whole; sources recorded."""
    write_policy(
        {
            "hide_demo": False,
            "log_level": "info",
            "allowed_providers": ["clover", "clio"],
            "client_ids": {"clover-na": "FILE1", "clio-us": "FILE2"},
        },
        tmp_path,
    )
    winreg = FakeWinreg(
        {
            REG: {"hide_demo": 1},
            REG + r"\allowed_providers": {"1": "clio"},
            REG + r"\client_ids": {"clover-na": "GPO1"},
        }
    )
    policy = load_policy(Places((tmp_path,), registry=True), winreg)
    registry_label = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Loopgate"
    file_label = str(tmp_path / "policy.json")
    assert policy.hide_demo and policy.source("hide_demo") == registry_label
    assert policy.log_level == "info" and policy.source("log_level") == file_label
    assert policy.values["allowed_providers"] == ("clio",)
    assert policy.values["client_ids"] == {"clover-na": "GPO1", "clio-us": "FILE2"}
    assert policy.source("client_ids.clover-na") == registry_label
    assert policy.source("client_ids.clio-us") == file_label


def test_the_person_managed_plist_beats_the_computer_one(tmp_path: Path) -> None:
    """Later sources win: the per-user configuration profile over the computer-wide one."""
    computer, person = tmp_path / "c.plist", tmp_path / "p.plist"
    computer.write_bytes(plistlib.dumps({"log_level": "error", "hide_demo": True}))
    person.write_bytes(plistlib.dumps({"log_level": "debug"}))
    policy = load_policy(Places((tmp_path / "none",), plists=(computer, person)))
    assert policy.log_level == "debug" and policy.source("log_level") == str(person)
    assert policy.hide_demo and policy.source("hide_demo") == str(computer)


def test_the_json_view_lists_every_key_with_its_source() -> None:
    """Unset keys say so; maps show each entry's source."""
    from desktop_app.core.policy.keys import KEYS
    from desktop_app.core.policy.sources import PolicySource

    policy = merge([PolicySource("gpo", {"client_ids": {"clover-na": "A"}})], ["gpo"])
    view = policy.to_json()
    assert list(view["settings"]) == [key.name for key in KEYS]
    assert view["settings"]["hide_demo"] == {"value": None, "source": "not set"}
    assert view["settings"]["client_ids"]["entries"] == {
        "clover-na": {"value": "A", "source": "gpo"}
    }
    assert view["places"] == ["gpo"]
