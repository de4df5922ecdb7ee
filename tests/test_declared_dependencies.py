"""Every third-party package the app imports is declared in pyproject.toml, not left to arrive as
some other package's dependency (which a resolver may drop: issue 13)."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib

from tests.test_packaging import ROOT, third_party_imports


def canonical(name: str) -> str:
    """A distribution name as PEP 503 compares them: PySide6_Essentials is pyside6-essentials."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_distributions() -> set[str]:
    """The distributions pyproject.toml's dependencies name (extras and bounds left off)."""
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    return {canonical(re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement).group()) for requirement in dependencies}


def test_every_package_the_app_imports_is_declared_in_pyproject():
    imported = third_party_imports()
    assert {"PySide6", "lxml", "trafilatura", "docx"} <= imported  # lazy imports inside functions count too
    providers = importlib.metadata.packages_distributions()
    declared = declared_distributions()

    not_installed = sorted(module for module in imported if module not in providers)
    undeclared = sorted(f"{module} (from {' or '.join(providers[module])})" for module in imported
                        if module in providers and not declared & {canonical(d) for d in providers[module]})

    assert not not_installed, f"imported, but no installed distribution provides them: {not_installed}"
    assert not undeclared, f"imported but not in pyproject.toml's dependencies: {undeclared}"
