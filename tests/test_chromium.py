"""The browser tests' Chromium comes from the environment first, then Debian's path."""

import pytest

from tests.chromium import ChromiumMissing, find_chromium


@pytest.fixture
def executable(tmp_path):
    path = tmp_path / "my-chromium"
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return str(path)


@pytest.mark.parametrize("variable", ["CHROMIUM_PATH", "PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH"])
def test_an_environment_variable_names_the_executable(executable, variable):
    assert find_chromium({variable: executable, "PATH": ""}) == executable


def test_a_wrong_path_in_the_variable_is_named(tmp_path):
    with pytest.raises(ChromiumMissing, match=r"CHROMIUM_PATH=.*nope is not an executable"):
        find_chromium({"CHROMIUM_PATH": str(tmp_path / "nope")})


def test_without_a_variable_the_debian_path(executable, monkeypatch):
    monkeypatch.setattr("tests.chromium.DEBIAN_CHROMIUM", executable)
    assert find_chromium({"PATH": ""}) == executable


def test_then_a_chromium_on_the_path(tmp_path, monkeypatch):
    monkeypatch.setattr("tests.chromium.DEBIAN_CHROMIUM", str(tmp_path / "absent"))
    on_path = tmp_path / "chromium"
    on_path.write_text("#!/bin/sh\n")
    on_path.chmod(0o755)
    assert find_chromium({"PATH": str(tmp_path)}) == str(on_path)


def test_no_chromium_at_all_says_what_to_set(tmp_path, monkeypatch):
    monkeypatch.setattr("tests.chromium.DEBIAN_CHROMIUM", str(tmp_path / "absent"))
    with pytest.raises(ChromiumMissing, match="set CHROMIUM_PATH"):
        find_chromium({"PATH": str(tmp_path)})
