"""Packaging and desktop integration: the files a Linux desktop and the frozen build rely on.

The slow PyInstaller build itself runs in `make package-check`, not here.
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.emend.Emend"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / f"{APP_ID}.metainfo.xml"
ICON_DIR = ROOT / "resources" / "icons" / "app"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
INSTALL_SCRIPT = PACKAGING / "install_desktop_files.sh"
SPEC = PACKAGING / "emend.spec"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # desktop entry keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    assert header[12:16] == b"IHDR"
    return struct.unpack(">II", header[16:24])


def test_the_desktop_entry_launches_emend_on_the_file_the_user_opens():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Emend"
    assert entry["GenericName"] == "Corrections Editor"
    assert entry["Comment"].strip()
    assert entry["Exec"] == "emend open %f"
    assert entry["Terminal"] == "false"
    assert set(entry["Categories"].rstrip(";").split(";")) >= {"Office", "TextTools", "Qt"}
    assert entry["Keywords"].rstrip(";").split(";")


def test_the_desktop_entry_command_is_the_installed_console_script():
    command = desktop_entry()["Exec"].split()[0]
    assert command in pyproject()["project"]["scripts"]
    assert desktop_entry()["TryExec"] == command


def test_the_desktop_entry_offers_emend_for_every_format_it_imports():
    mime_types = set(desktop_entry()["MimeType"].rstrip(";").split(";"))
    assert mime_types == {
        "text/plain",
        "text/markdown",
        "text/html",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    }


def test_the_desktop_entry_icon_names_the_shipped_icon_files():
    icon = desktop_entry()["Icon"]
    assert icon == DESKTOP_FILE.stem == APP_ID
    assert (ICON_DIR / f"{icon}.svg").is_file()
    for size in ICON_SIZES:
        assert (ICON_DIR / f"{icon}-{size}.png").is_file()


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_icon_rendering_has_its_size_in_pixels(size):
    assert png_size(ICON_DIR / f"{APP_ID}-{size}.png") == (size, size)


def test_the_icon_svg_is_square_and_well_formed():
    svg = ET.parse(ICON_DIR / f"{APP_ID}.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = svg.get("viewBox").split()
    assert width == height


def test_the_icon_script_regenerates_every_size_from_the_svg(tmp_path):
    sys.path.insert(0, str(PACKAGING))
    try:
        import render_icons
    finally:
        sys.path.remove(str(PACKAGING))
    written = render_icons.render_icons(ICON_DIR / f"{APP_ID}.svg", tmp_path)
    assert [png_size(path) for path in written] == [(size, size) for size in ICON_SIZES]
    assert sorted(p.name for p in written) == sorted(p.name for p in ICON_DIR.glob("*.png"))


def test_the_metainfo_describes_the_desktop_application():
    root = metainfo()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("name") == "Emend"
    assert root.findtext("summary").strip()
    assert len(root.findall("description/p")) >= 2 and root.findall("description/ul/li")
    assert root.findtext("developer/name") == "Emend developers"
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert {c.text for c in root.findall("categories/category")} >= {"Office"}


def test_the_metainfo_points_at_the_desktop_entry_and_the_emend_command():
    root = metainfo()
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_FILE.name
    assert root.findtext("id") == DESKTOP_FILE.stem
    assert root.findtext("provides/binary") in pyproject()["project"]["scripts"]


def test_the_newest_release_in_the_metainfo_is_the_project_version():
    newest = metainfo().find("releases/release")
    assert newest.get("version") == pyproject()["project"]["version"]
    assert newest.get("date") == "2026-11-25"


def run_tool(*command: str) -> subprocess.CompletedProcess:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (apt-get install desktop-file-utils appstream)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def test_desktop_file_validate_accepts_the_entry():
    result = run_tool("desktop-file-validate", str(DESKTOP_FILE))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error:" not in result.stdout + result.stderr


def test_appstreamcli_accepts_the_metainfo_offline():
    result = run_tool("appstreamcli", "validate", "--no-net", str(METAINFO_FILE))
    assert result.returncode == 0, result.stdout + result.stderr


def run_install(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(home)}
    return subprocess.run(["bash", str(INSTALL_SCRIPT), *args], capture_output=True, text=True, env=env, timeout=60)


def expected_install(share: Path) -> dict[Path, Path]:
    files = {
        share / "applications" / DESKTOP_FILE.name: DESKTOP_FILE,
        share / "metainfo" / METAINFO_FILE.name: METAINFO_FILE,
        share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg": ICON_DIR / f"{APP_ID}.svg",
    }
    for size in ICON_SIZES:
        files[share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"] = ICON_DIR / f"{APP_ID}-{size}.png"
    return files


def test_installing_into_a_prefix_lays_out_the_hicolor_theme(tmp_path):
    prefix = tmp_path / "prefix"
    result = run_install("--prefix", str(prefix), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    for installed, source in expected_install(prefix / "share").items():
        assert installed.read_bytes() == source.read_bytes(), installed
    assert not (tmp_path / "home").exists()


def test_installing_without_a_prefix_goes_to_the_users_local_share(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    result = run_install(home=home)
    assert result.returncode == 0, result.stderr
    assert all(path.is_file() for path in expected_install(home / ".local" / "share"))


def test_installing_can_put_the_frozen_binary_on_the_path_as_emend(tmp_path):
    binary = tmp_path / "Emend" / "Emend"
    binary.parent.mkdir()
    binary.write_text("#!/bin/sh\necho frozen emend\n")
    binary.chmod(0o755)
    result = run_install("--prefix", str(tmp_path / "prefix"), "--binary", str(binary), home=tmp_path)
    assert result.returncode == 0, result.stderr
    link = tmp_path / "prefix" / "bin" / "emend"
    assert subprocess.run([str(link)], capture_output=True, text=True).stdout == "frozen emend\n"


def test_installing_refuses_an_unknown_option_with_usage(tmp_path):
    result = run_install("--prefx", str(tmp_path), home=tmp_path)
    assert result.returncode == 2
    assert "unknown argument '--prefx'" in result.stderr
    assert not (tmp_path / "share").exists()


def test_the_spec_bundles_every_resource_folder():
    spec = SPEC.read_text(encoding="utf-8")
    folders = [p.name for p in (ROOT / "resources").iterdir() if p.is_dir() and p.name != "__pycache__"]
    assert folders
    for folder in folders:
        assert f'"{folder}"' in spec, f"packaging/emend.spec does not bundle resources/{folder}"


def third_party_imports() -> set[str]:
    """Top-level modules imported anywhere in the app's packages that are neither stdlib nor the app's own."""
    own = {"corrections", "db", "desktop", "resources"}
    names = set()
    for package in ("corrections", "db", "desktop"):
        for source in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names.add(node.module.split(".")[0])
    return names - own - set(sys.stdlib_module_names)


def test_the_spec_names_every_third_party_package_the_app_imports():
    spec = SPEC.read_text(encoding="utf-8")
    imported = third_party_imports()
    assert {"PySide6", "sqlite_utils", "diff_match_patch"} <= imported
    missing = sorted(name for name in imported if not re.search(rf'"{re.escape(name)}[".]', spec))
    assert not missing, f"packaging/emend.spec misses hidden imports: {missing}"


def test_the_frozen_builds_entry_script_runs_the_emend_command():
    result = subprocess.run([sys.executable, str(PACKAGING / "launch.py"), "--version"], capture_output=True,
                            text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"emend {pyproject()['project']['version']}"
