"""The administrator's kit (``packaging/admin``) is valid and loads through the real code.

ADMX/ADML: well-formed, every policy key present, every string and presentation they
name defined, and the registry values Group Policy would write for each policy read
back by Loopgate's registry reader without a problem. The configuration profile is a
plist whose payload Loopgate's managed-preferences reader accepts. The sample
``policy.json`` and system profile load through the policy and profile code.
"""

from __future__ import annotations

import plistlib
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from desktop_app.core.policy.keys import KEYS
from desktop_app.core.policy.registry import policy_registry
from desktop_app.core.policy.sources import read_managed_plist, read_registry
from tests.support.policy import FakeWinreg, system_folder

KIT = Path(__file__).resolve().parents[2] / "packaging" / "admin"
ADMX = KIT / "windows" / "loopgate.admx"
ADML = KIT / "windows" / "en-US" / "loopgate.adml"
MOBILECONFIG = KIT / "macos" / "com.loopgate.Loopgate.mobileconfig"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
ROOT_KEY = r"SOFTWARE\Policies\Loopgate"


def admx() -> ET.Element:
    return ET.parse(ADMX).getroot()


def test_admx_and_adml_are_well_formed_and_agree() -> None:
    """Every $(string.X) and $(presentation.X) the ADMX names is defined in the ADML."""
    adml = ET.parse(ADML).getroot()
    strings = {s.get("id") for s in adml.iterfind(".//p:stringTable/p:string", NS)}
    presentations = {
        p.get("id") for p in adml.iterfind(".//p:presentationTable/p:presentation", NS)
    }
    text = ADMX.read_text(encoding="utf-8")
    assert set(re.findall(r"\$\(string\.([^)]+)\)", text)) <= strings
    assert set(re.findall(r"\$\(presentation\.([^)]+)\)", text)) == presentations
    element_ids = {e.get("id") for e in admx().iterfind(".//p:elements/*", NS)}
    ref_ids = {e.get("refId") for e in adml.iterfind(".//p:presentation/*", NS)}
    assert ref_ids == element_ids


def test_every_policy_key_is_in_the_admx_once_under_the_policies_key() -> None:
    """One machine policy per key, named after it, under SOFTWARE\\Policies\\Loopgate."""
    policies = {p.get("name"): p for p in admx().iterfind(".//p:policies/p:policy", NS)}
    assert set(policies) == {key.name for key in KEYS}
    for policy in policies.values():
        assert policy.get("class") == "Machine"
        assert policy.get("key") == ROOT_KEY


def registry_as_group_policy_writes_it() -> dict[str, dict[str, Any]]:
    """Each policy Enabled with a sample value, as the ADMX tells Group Policy to store it."""
    samples = {
        "names": ["clover", "clio-us"],
        "client_ids": {"clio-us": "CLIO1"},
        "ports": {"clio-us": "18054"},
        "urls": {"clover-na": "https://www.acme.example/r/"},
    }
    kinds = {key.name: key.kind for key in KEYS}
    tree: dict[str, dict[str, Any]] = {ROOT_KEY: {}}
    for policy in admx().iterfind(".//p:policies/p:policy", NS):
        name = policy.get("name", "")
        enabled = policy.find("p:enabledValue/p:decimal", NS)
        if enabled is not None:
            tree[ROOT_KEY][policy.get("valueName", "")] = int(enabled.get("value", ""))
        for element in policy.iterfind("p:elements/*", NS):
            tag = element.tag.split("}")[1]
            if tag == "decimal":
                tree[ROOT_KEY][element.get("valueName", "")] = int(element.get("maxValue", ""))
            elif tag == "enum":
                first = element.find("p:item/p:value/p:string", NS)
                assert first is not None
                tree[ROOT_KEY][element.get("valueName", "")] = first.text
            elif tag == "list":
                sample = samples[kinds[name]]
                if element.get("explicitValue") == "true":
                    tree[element.get("key", "")] = dict(sample)
                else:
                    assert element.get("valuePrefix") == ""
                    tree[element.get("key", "")] = {str(i): v for i, v in enumerate(sample, 1)}
    return tree


def test_what_group_policy_writes_from_the_admx_loopgate_reads_back() -> None:
    """Every policy, Enabled, lands in Loopgate's registry reader with no problem."""
    source = read_registry(FakeWinreg(registry_as_group_policy_writes_it()))
    assert source is not None and source.problems == ()
    assert set(source.values) == {key.name for key in KEYS}
    assert source.values["allowed_providers"] == ("clover", "clio-us")
    assert source.values["redirect_ports"] == {"clio-us": 18054}
    assert source.values["refresh_lead_minutes"] == 1440


def test_the_mobileconfig_is_a_profile_whose_payload_loopgate_reads(tmp_path: Path) -> None:
    """A Configuration plist with one com.loopgate.Loopgate payload covering every key."""
    with MOBILECONFIG.open("rb") as handle:
        profile = plistlib.load(handle)
    assert profile["PayloadType"] == "Configuration"
    (payload,) = profile["PayloadContent"]
    assert payload["PayloadType"] == "com.loopgate.Loopgate"
    assert profile["PayloadUUID"] != payload["PayloadUUID"]
    managed = tmp_path / "com.loopgate.Loopgate.plist"  # what macOS writes from it
    managed.write_bytes(plistlib.dumps(payload))
    source = read_managed_plist(managed)
    assert source is not None and source.problems == ()
    assert set(source.values) == {key.name for key in KEYS}


def test_the_sample_policy_and_system_profile_load_through_the_real_code() -> None:
    """Copied into the system folder: no problem, the Acme profile offered and locked."""
    folder = system_folder()
    shutil.copytree(KIT / "providers", folder / "providers")
    shutil.copy(KIT / "policy.json", folder / "policy.json")
    registry = policy_registry()
    assert registry.problems == [] and registry.policy.problems == ()
    assert registry.pin_problems == []
    assert set(registry.policy.values) == {key.name for key in KEYS}
    acme = registry.get("clover-acme")
    assert acme.redirect_relay == "https://www.acme.example/loopgate/relay/"
    assert acme.token_endpoint == "https://api.clover.com/oauth/v2/token"
    assert registry.client_id_locked("clover-acme")
    assert {p.id for p in registry.all()} == {"clover-acme", "clio-us", "cloverleaf"}
    assert registry.get("clio-us").redirect_port == 18054
