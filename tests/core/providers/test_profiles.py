"""Provider profiles are data: built-ins, extends, administrator overrides, bad files."""

from pathlib import Path

import pytest

from desktop_app.core.base.errors import ProfileError
from desktop_app.core.base.paths import resources_dir
from desktop_app.core.providers.profiles import ProfileRegistry, default_registry, save_user_profile

BUILTIN = resources_dir() / "providers"


def test_builtin_profiles_load_without_problems() -> None:
    """Every shipped profile parses and validates."""
    registry = ProfileRegistry([BUILTIN])
    assert registry.problems == []
    ids = {p.id for p in registry.all()}
    assert {"clover-sandbox", "clover-na", "clover-eu", "clover-la"} <= ids
    assert {"clio-us", "clio-eu", "clio-ca", "clio-au", "cloverleaf", "demo"} <= ids
    assert "clover" not in ids  # abstract bases are hidden


def test_clover_regions_use_their_own_hosts_and_json_bodies() -> None:
    """Clover's quirks are fields: JSON token body, epoch expiries, separate refresh URL."""
    registry = ProfileRegistry([BUILTIN])
    sandbox = registry.get("clover-sandbox")
    assert sandbox.authorization_endpoint == "https://sandbox.dev.clover.com/oauth/v2/authorize"
    assert sandbox.token_endpoint == "https://apisandbox.dev.clover.com/oauth/v2/token"
    assert sandbox.refresh_url == "https://apisandbox.dev.clover.com/oauth/v2/refresh"
    assert sandbox.token_format == "json" and not sandbox.token_include_grant_type
    assert sandbox.access_expiry_field == "access_token_expiration"
    assert sandbox.identity.redirect_params[0] == "merchant_id"
    assert registry.get("clover-eu").api_base == "https://api.eu.clover.com"
    assert registry.get("clover-la").token_endpoint.startswith("https://api.la.clover.com")


def test_clio_asks_to_redirect_on_decline() -> None:
    """Without redirect_on_decline a Clio refusal would look like a timeout."""
    clio = ProfileRegistry([BUILTIN]).get("clio-eu")
    assert clio.extra_authorize_params["redirect_on_decline"] == "true"
    assert clio.token_endpoint == "https://eu.app.clio.com/oauth/token"
    assert clio.revocation_style == "bearer"


def test_no_builtin_profile_ships_a_client_secret() -> None:
    """Public client: no secret in any profile file."""
    for path in BUILTIN.glob("*.json"):
        assert '"client_secret"' not in path.read_text()


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


def test_admin_profile_extends_a_builtin_and_overrides_fields(tmp_path: Path) -> None:
    """A staging host, a client ID and a fixed port come from a dropped-in file."""
    write(
        tmp_path,
        "acme.json",
        """{
      "id": "clover-acme", "extends": "clover-sandbox", "client_id": "ACME123",
      "hosts": {"auth": "https://staging.example", "api": "https://api.staging.example"},
      "redirect_port": 18080
    }""",
    )
    registry = ProfileRegistry([BUILTIN, tmp_path])
    acme = registry.get("clover-acme")
    assert acme.client_id == "ACME123"
    assert acme.redirect_port == 18080
    assert acme.token_endpoint == "https://api.staging.example/oauth/v2/token"
    assert acme.token_format == "json"


def test_bad_profile_file_is_reported_with_name_and_line_and_skipped(tmp_path: Path) -> None:
    """A syntax error names the file and line; the other profiles still load."""
    write(tmp_path, "broken.json", '{\n  "id": "broken",\n  "name": "Broken"\n  "kind": "oidc"\n}')
    registry = ProfileRegistry([BUILTIN, tmp_path])
    assert len(registry.problems) == 1
    assert "broken.json, line 4" in registry.problems[0].message
    assert registry.get("demo").name == "Demo"


def test_unknown_field_is_reported_with_its_line(tmp_path: Path) -> None:
    """Typos in field names are caught, not silently ignored."""
    write(tmp_path, "typo.json", '{\n "id": "typo",\n "name": "T",\n "tokn_endpoint": "x"\n}')
    registry = ProfileRegistry([tmp_path])
    assert "typo.json, line 4" in registry.problems[0].message
    assert "tokn_endpoint" in registry.problems[0].message


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ('"redirect_port"', "6000", "ERR_UNSAFE_PORT"),
        ('"redirect_host"', '"0.0.0.0"', "127.0.0.1"),
        ('"client_secret"', '"s3cr3t"', "client secret"),
        ('"token_format"', '"xml"', "token_format"),
    ],
)
def test_unsafe_or_forbidden_values_are_refused(
    tmp_path: Path, field: str, value: str, message: str
) -> None:
    """Browser-refused ports, non-loopback binds, secrets and unknown formats are errors."""
    write(tmp_path, "p.json", f'{{"id": "p", "extends": "clio-us", {field}: {value}}}')
    registry = ProfileRegistry([BUILTIN, tmp_path])
    assert any(message in p.message for p in registry.problems)
    with pytest.raises(ProfileError):
        registry.get("p")


def test_extends_unknown_profile_is_reported(tmp_path: Path) -> None:
    """A dangling ``extends`` is a reported problem, not a crash."""
    write(tmp_path, "x.json", '{"id": "x", "extends": "nope"}')
    registry = ProfileRegistry([tmp_path])
    assert "nope" in registry.problems[0].message


def test_offline_access_is_requested_only_when_supported() -> None:
    """OIDC Core §11: ask for offline_access when scopes_supported lists it."""
    from dataclasses import replace

    demo = ProfileRegistry([BUILTIN]).get("demo")
    assert "offline_access" not in demo.effective_scopes()
    supported = replace(demo, scopes_supported=("openid", "offline_access"))
    assert supported.effective_scopes()[-1] == "offline_access"


def test_user_profiles_dir_honours_loopgate_home(loopgate_home: Path) -> None:
    """Saved custom providers land under LOOPGATE_HOME and are picked up."""
    path = save_user_profile(
        {
            "id": "custom-x",
            "name": "X",
            "kind": "oidc",
            "issuer": "https://x.example",
            "authorization_endpoint": "https://x.example/a",
            "token_endpoint": "https://x.example/t",
            "client_id": "abc",
        }
    )
    assert loopgate_home in path.parents
    assert default_registry().get("custom-x").client_id == "abc"
    with pytest.raises(ProfileError):
        save_user_profile({"id": "bad", "client_secret": "nope"})


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("token_endpoint", "http://idp.example.com/token", "https://"),
        ("api_base", "http://localhost:9000", "https://"),
        ("issuer", "https://idp.example.com.", "ends with a dot"),
        ("userinfo_endpoint", "https://a.example\\@b.example/u", "backslash"),
        ("jwks_uri", "javascript:alert(1)", "https://"),
    ],
)
def test_every_endpoint_in_a_profile_file_is_checked(
    tmp_path: Path, field: str, value: str, problem: str
) -> None:
    """https, or http to a loopback IP literal; the file, line and field are named."""
    import json

    data = {"id": "p", "name": "P", "authorization_endpoint": "https://idp.example.com/a",
            "token_endpoint": "https://idp.example.com/t", field: value}  # fmt: skip
    (tmp_path / "p.json").write_text(json.dumps(data, indent=1))
    registry = ProfileRegistry([tmp_path])
    (error,) = registry.problems
    assert error.message.startswith("p.json, line ")
    assert field in error.message and problem in error.message


def test_loopback_ip_literals_may_use_plain_http(tmp_path: Path) -> None:
    """The demo and test providers on 127.0.0.1 or [::1] load."""
    write(tmp_path, "p.json", '{"id": "p", "name": "P", "authorization_endpoint": '
          '"http://127.0.0.1:1/a", "token_endpoint": "http://[::1]:2/t"}')  # fmt: skip
    assert ProfileRegistry([tmp_path]).get("p").token_endpoint == "http://[::1]:2/t"


def test_clovers_dead_grant_answer_is_data_and_a_bad_shape_is_refused(tmp_path: Path) -> None:
    """``refresh_dead_grant`` is a profile field (Clover: 401 with a JSON ``message``)."""
    registry = ProfileRegistry([BUILTIN])
    assert registry.get("clover-na").refresh_dead_grant == {"status": 401, "json_field": "message"}
    assert registry.get("clio-us").refresh_dead_grant == {}
    (tmp_path / "odd.json").write_text(
        '{"id": "odd", "extends": "clover-na",\n "refresh_dead_grant": {"status": 200}}'
    )
    problems = ProfileRegistry([BUILTIN, tmp_path]).problems
    expected = 'refresh_dead_grant must look like {"status": 401, "json_field": "message"}'
    assert [p.message for p in problems] == [f"odd.json, line 2: {expected}"]
