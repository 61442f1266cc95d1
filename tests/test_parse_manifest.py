"""The recorded parses (tests/parses/) and their manifest agree: every parse is read by a test
the manifest names, and every parse the manifest lists is there (scripts/parse_manifest.py)."""

from __future__ import annotations

from conftest import MANIFEST, PARSES


def _listed() -> dict[str, list[str]]:
    rows = [line.split("\t") for line in MANIFEST.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {name: modules.split(",") for name, modules in rows}


def test_every_recorded_parse_is_read_by_a_test() -> None:
    unread = sorted(path.name for path in PARSES.glob("*.json") if path.name not in _listed())
    assert not unread, f"parses no test reads (or a new test's parses: run `make parses-manifest`): {unread}"


def test_every_parse_the_manifest_lists_is_recorded() -> None:
    missing = sorted(name for name in _listed() if not (PARSES / name).exists())
    assert not missing, f"parses the manifest lists but tests/parses/ lacks (run `make parses-manifest`): {missing}"


def test_the_modules_the_manifest_names_exist() -> None:
    tests = PARSES.parent
    modules = {module for listed in _listed().values() for module in listed}
    assert modules and all((tests.parent / module).exists() for module in modules), sorted(modules)
