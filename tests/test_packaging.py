"""What the packaged program relies on, checked from source: the version from one place,
resources found the same way from source and frozen, every icon the UI uses present and
drawable, the licence list complete, and the About dialog (pytest-qt, offscreen)."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys

import pytest

from tests.conftest import ROOT

# ---- version -----------------------------------------------------------------------------------


def test_version_comes_from_pyproject():
    from core import APP_VERSION
    from core.version import version

    declared = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.MULTILINE).group(1)
    assert version() == declared
    assert APP_VERSION == declared


def test_version_reads_only_the_project_table(tmp_path):
    from core.version import read_version

    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.other]\nversion = "9.9"\n\n[project]\nname = "x"\nversion = "2.3.4"\n\n'
                    '[tool.more]\nversion = "7"\n', encoding="utf-8")
    assert read_version(path) == "2.3.4"
    path.write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert read_version(path) == "unknown"
    assert read_version(tmp_path / "missing.toml") == "unknown"
    path.write_bytes(b"\xff\xfe garbage")
    assert read_version(path) == "unknown"


def test_cli_prints_the_version(capsys):
    from cli.main import run
    from core.version import version

    assert run(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"Alliance Secretariat {version()}"


# ---- resources from source and frozen -------------------------------------------------------------


def test_resources_found_from_source_and_from_a_frozen_bundle(tmp_path, monkeypatch):
    from core import i18n, resources
    from core.version import version

    assert resources.bundle_root() == ROOT
    assert resources.icon_path("members").is_file()
    assert resources.licences_path().is_file()

    # A frozen build: PyInstaller sets sys._MEIPASS to the bundle's data folder.
    bundle = tmp_path / "_internal"
    (bundle / "resources" / "icons").mkdir(parents=True)
    (bundle / "resources" / "icons" / "members.svg").write_text("<svg/>", encoding="utf-8")
    (bundle / "pyproject.toml").write_text('[project]\nversion = "8.1.0"\n', encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    version.cache_clear()
    try:
        assert resources.bundle_root() == bundle
        assert resources.icon_path("members") == bundle / "resources" / "icons" / "members.svg"
        assert resources.icon_path("members").read_text() == "<svg/>"
        assert i18n.catalog_dir() == bundle / "i18n"  # the catalogs follow the same rule
        assert version() == "8.1.0"
    finally:
        monkeypatch.delattr(sys, "_MEIPASS")
        version.cache_clear()
    assert version() != "8.1.0"


# ---- icons -----------------------------------------------------------------------------------------

ICON_DIR = ROOT / "resources" / "icons"
# The modules of the product (docs/reference roadmap) and the actions a toolbar will carry.
MODULE_ICONS = ("members", "contacts", "notices", "meetings", "nominations", "experts", "mail", "overview")
ACTION_ICONS = ("new", "edit", "delete", "import", "export", "pdf", "print", "preview", "undo", "redo", "search",
                "backup", "settings")


def _icon_literals() -> set[str]:
    """Every icon name written in ui/: icon("x") calls and (action, "x") pairs passed to icon()."""
    names: set[str] = set()
    for path in (ROOT / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "icon":
                if node.args and isinstance(node.args[0], ast.Constant):
                    names.add(node.args[0].value)
            if isinstance(node, ast.For) and "icon(" in ast.unparse(node) and isinstance(node.iter, ast.Tuple):
                for pair in node.iter.elts:
                    if isinstance(pair, ast.Tuple) and isinstance(pair.elts[-1], ast.Constant):
                        names.add(pair.elts[-1].value)
    return names


def test_every_referenced_icon_exists():
    from ui.main_window import MODULES

    referenced = _icon_literals() | {key for key, *_rest in MODULES} | set(MODULE_ICONS) | set(ACTION_ICONS)
    assert {"import", "undo", "search"} <= referenced  # the scan sees the main window's action icons
    missing = sorted(name for name in referenced if not (ICON_DIR / f"{name}.svg").is_file())
    assert not missing, f"icons referenced but not in resources/icons: {missing}"
    for name in ("app.svg", "app-small.svg", "app.ico", *(f"app-{s}.png" for s in (16, 24, 32, 48, 64, 128, 256))):
        assert (ROOT / "resources" / "app" / name).is_file(), name


def test_every_icon_is_listed_with_its_licence_and_draws_at_16_px(qtbot):
    from ui.common.icons import icon

    note = (ICON_DIR / "LICENCE.md").read_text(encoding="utf-8")
    for path in sorted(ICON_DIR.glob("*.svg")):
        assert re.search(rf"\b{path.stem}\b", note), f"{path.name} is not in resources/icons/LICENCE.md"
        image = icon(path.stem).pixmap(16, 16).toImage()
        assert image.width() == 16
        inked = sum(1 for x in range(16) for y in range(16) if image.pixelColor(x, y).alpha() > 128)
        assert 12 <= inked <= 200, f"{path.name} draws {inked} of 256 pixels at 16 px"


def test_ico_holds_every_size():
    from PIL import Image

    with Image.open(ROOT / "resources" / "app" / "app.ico") as ico:
        assert {(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)} <= set(ico.info["sizes"])


@pytest.fixture
def main_window(qtbot, db):
    """A main window whose automatic-backup timers die with the test (they would fire later on a closed file)."""
    import shiboken6

    from core.settings import Settings
    from ui.common.language import LanguageManager
    from ui.context import AppContext
    from ui.main_window import MainWindow

    manager = LanguageManager(Settings())
    manager.apply("zh-Hans", remember=False)
    window = MainWindow(AppContext(db, Settings(), manager))
    qtbot.addWidget(window)
    yield window
    window.auto_backup.timer.stop()
    shiboken6.delete(window.auto_backup)


def test_main_window_shows_icons(main_window):
    window = main_window
    assert not window.windowIcon().isNull()
    assert window.windowIcon().availableSizes()  # the PNGs of resources/app were found
    for row in range(window.sidebar.count()):
        assert not window.sidebar.item(row).icon().isNull(), window.sidebar.item(row).text()
    for action in (window.act_undo, window.act_redo, window.act_import, window.act_export, window.act_new,
                   window.act_delete, window.act_backups, window.act_settings, window.act_filter):
        assert not action.icon().isNull(), action.text()


def test_a_missing_icon_is_empty_not_a_crash(qtbot):
    from ui.common.icons import icon

    assert icon("no-such-icon").isNull()


# ---- licences --------------------------------------------------------------------------------------


def _runtime_distributions() -> set[str]:
    """requirements.txt and everything it pulls in (what the build can carry)."""
    from packaging.requirements import Requirement

    todo = [line.split("==")[0].strip() for line in (ROOT / "requirements.txt").read_text().splitlines()
            if line.strip() and not line.startswith("#")]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        seen.add(key)
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        for text in dist.requires or []:
            req = Requirement(text)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return seen - {"pip"}  # sqlite-utils declares pip; the build leaves it out


def test_licence_list_names_every_bundled_library_and_font():
    text = (ROOT / "resources" / "LICENCES.txt").read_text(encoding="utf-8").lower().replace("_", "-")
    missing = sorted(name for name in _runtime_distributions() if name not in text)
    assert not missing, f"resources/LICENCES.txt does not name: {missing}"
    build = (ROOT / "build_spec" / "build.py").read_text(encoding="utf-8")
    for face in ("ar pl uming", "lxgw wenkai"):  # the fonts build.py bundles
        assert face in text and face in build.lower()


# ---- About dialog ----------------------------------------------------------------------------------


@pytest.fixture
def about(qtbot, db, request):
    from core.settings import Settings
    from ui.about_dialog import AboutDialog
    from ui.common.language import LanguageManager
    from ui.context import AppContext

    manager = LanguageManager(Settings())
    manager.apply(getattr(request, "param", "zh-Hans"), remember=False)
    dialog = AboutDialog(AppContext(db, Settings(), manager))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_about_shows_version_folders_and_licences(about, db, isolated_home):
    from core.version import version

    assert about.windowTitle() == "关于联盟秘书处"
    assert version() in about.version_label.text() and about.version_label.text().startswith("版本")
    assert about.data_label.text() == str(isolated_home)
    assert about.db_label.text() == str(db.path)
    text = about.licences.toPlainText()
    assert "PySide6" in text and "LGPL-3.0" in text and "SIL Open Font License" in text
    assert about.licences.isReadOnly()


@pytest.mark.parametrize("about, title, folder", [("zh-Hant", "關於聯盟秘書處", "資料夾："),
                                                  ("en", "About Alliance Secretariat", "Data folder:")],
                         indirect=["about"])
def test_about_in_traditional_and_english(about, title, folder):
    from PySide6.QtWidgets import QFormLayout

    assert about.windowTitle() == title
    form = about.findChild(QFormLayout)
    assert form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().text() == folder


def test_about_says_when_the_licence_list_is_missing(qtbot, db, tmp_path, monkeypatch):
    from core import resources
    from core.settings import Settings
    from ui.about_dialog import AboutDialog
    from ui.common.language import LanguageManager
    from ui.context import AppContext

    monkeypatch.setattr(resources, "licences_path", lambda: tmp_path / "gone" / "LICENCES.txt")
    manager = LanguageManager(Settings())
    manager.apply("zh-Hans", remember=False)
    dialog = AboutDialog(AppContext(db, Settings(), manager))
    qtbot.addWidget(dialog)
    assert dialog.licences.toPlainText() == f"本安装缺少许可协议清单：{tmp_path / 'gone' / 'LICENCES.txt'}"


def test_help_about_opens_the_dialog(qtbot, main_window):
    from ui.about_dialog import AboutDialog

    from tests.qt_helpers import in_modal_dialog

    window = main_window
    window.show()
    qtbot.waitExposed(window)
    dialog = in_modal_dialog(qtbot, window.act_about.trigger, lambda d: None)
    assert isinstance(dialog, AboutDialog)
