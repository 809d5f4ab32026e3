"""The About box: version, and where data and logs live (support asks for these first)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop_app import __version__


def about_text() -> str:
    from desktop_app.core.base.paths import config_dir, data_dir, log_dir

    translate = QCoreApplication.translate
    rows = (
        (translate("About", "Accounts and data:"), data_dir()),
        (translate("About", "Settings:"), config_dir()),
        (translate("About", "Logs:"), log_dir()),
    )
    places = "".join(
        f"<tr><td>{escape(name)}&nbsp;</td><td>{escape(str(p))}</td></tr>" for name, p in rows
    )
    intro = translate(
        "About",
        "<p>Links your accounts at online services over OAuth 2.0 and OpenID Connect, "
        "keeps them renewed, and lets support engineers inspect every token.</p>"
        "<p>Tokens are kept only in this computer's keychain.</p>",
    )
    return f"<h3>Loopgate {escape(__version__)}</h3>{intro}<table>{places}</table>"


def show_about(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(QCoreApplication.translate("About", "About Loopgate"))
    box.setText(about_text())
    # Selectable from the keyboard too: support asks for these folders, people copy them.
    flags = Qt.TextInteractionFlag
    box.setTextInteractionFlags(flags.TextSelectableByMouse | flags.TextSelectableByKeyboard)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    ok = box.button(QMessageBox.StandardButton.Ok)
    ok.setObjectName("aboutOkButton")
    ok.setAccessibleName(QCoreApplication.translate("About", "Close"))
    label = box.findChild(QLabel, "qt_msgbox_label")  # Qt's name, kept: Qt looks it up
    if label is not None:
        label.setAccessibleName(QCoreApplication.translate("About", "About Loopgate"))
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab, then Shift+arrows, Ctrl+C
    box.open()
    return box
