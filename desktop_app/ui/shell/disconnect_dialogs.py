"""The two questions of a disconnect: "Disconnect?" and, when revoking failed, "Now what?".

Design §3: if revocation fails, say so and let the person try again or remove the account
from this computer only; never report a revocation that did not happen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

if TYPE_CHECKING:
    from desktop_app.core.storage.accounts import Account


def confirm_box(parent: QWidget, account: Account) -> tuple[QMessageBox, QAbstractButton]:
    """The question before anything happens; returns the box and its Disconnect button."""
    box = QMessageBox(parent)
    box.setObjectName("disconnectConfirm")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Disconnect account")
    box.setText(f"Disconnect {account.label}?")
    box.setInformativeText(
        "Loopgate tells the provider to revoke access where it can, then forgets the "
        "tokens on this computer. You can connect again at any time."
    )
    yes = box.addButton("Disconnect", QMessageBox.ButtonRole.DestructiveRole)
    yes.setObjectName("confirmDisconnectButton")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box, yes


def failed_box(
    parent: QWidget, account: Account, message: str, detail: str
) -> tuple[QMessageBox, QAbstractButton, QAbstractButton]:
    """Revoking failed and nothing was removed: Try again, or remove it locally only."""
    box = QMessageBox(parent)
    box.setObjectName("disconnectFailed")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Access was not revoked")
    box.setText(f"{account.label} is still connected at the provider.")
    box.setInformativeText(
        f"{message}\n\nRemoving it from this computer only forgets the tokens here; the "
        "provider keeps the access until it expires or is revoked from its website."
    )
    if detail:
        box.setDetailedText(detail)
    retry = box.addButton("Try again", QMessageBox.ButtonRole.AcceptRole)
    retry.setObjectName("retryDisconnectButton")
    local = box.addButton("Remove from this computer only", QMessageBox.ButtonRole.DestructiveRole)
    local.setObjectName("localOnlyDisconnectButton")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box, retry, local
