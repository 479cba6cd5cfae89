"""Lock when the computer's session locks or the laptop goes to sleep, where the system says so.

Best effort, by platform (docs/security.md):

- everywhere: Qt's application state ``Suspended`` (platforms that suspend apps);
- Windows: ``WM_WTSSESSION_CHANGE`` (session locked, user switched, remote session ended: the
  window registers with ``WTSRegisterSessionNotification``) and ``WM_POWERBROADCAST``
  (``PBT_APMSUSPEND``), read by a native event filter;
- Linux: logind's ``PrepareForSleep(true)`` and ``Session.Lock`` on the system bus, and the
  desktop's screen saver ``ActiveChanged(true)`` on the session bus, when QtDBus and a bus are
  there. Without them only the idle timer and Ctrl+L lock.

Signals arrive before the system sleeps, so the locked screen is what wakes up.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

WM_WTSSESSION_CHANGE = 0x02B1
WM_POWERBROADCAST = 0x0218
#: wParam of WM_WTSSESSION_CHANGE that mean the user is no longer in front of this session.
WTS_LOCKING = {
    0x2: "console disconnected",
    0x4: "remote session ended",
    0x7: "session locked",
}
PBT_APMSUSPEND = 0x4


def windows_lock_reason(message: int, wparam: int) -> str | None:
    """Why a Windows message means "lock now", or None."""
    if message == WM_WTSSESSION_CHANGE:
        return WTS_LOCKING.get(wparam)
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "suspend"
    return None


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, watcher: SystemLockWatcher) -> None:
        super().__init__()
        self.watcher = watcher

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if kind == b"windows_generic_MSG":
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            reason = windows_lock_reason(msg.message, msg.wParam)
            if reason:
                self.watcher.lock_requested.emit(reason)
        return False, 0


class SystemLockWatcher(QObject):
    """Emits ``lock_requested(reason)`` when the session locks or the system is about to sleep."""

    lock_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
            self.sources.append("application state")
            if sys.platform == "win32":
                self._filter = _WindowsFilter(self)
                app.installNativeEventFilter(self._filter)
                self.sources.append("windows messages")
        self._connect_dbus()

    def attach(self, window: QWidget) -> None:
        """Windows sends session changes only to windows that asked for them."""
        if sys.platform != "win32":
            return
        try:
            import ctypes

            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(window.winId()), 0)
        except (OSError, AttributeError):
            log.warning("session notifications unavailable")

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_requested.emit("suspended")

    def _connect_dbus(self) -> None:
        if not sys.platform.startswith("linux"):
            return
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        wanted = [
            (
                QDBusConnection.systemBus(),
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                "on_flag(bool)",
            ),
            (
                QDBusConnection.systemBus(),
                "org.freedesktop.login1",
                "",
                "org.freedesktop.login1.Session",
                "Lock",
                "on_lock()",
            ),
            (
                QDBusConnection.sessionBus(),
                "",
                "",
                "org.freedesktop.ScreenSaver",
                "ActiveChanged",
                "on_flag(bool)",
            ),
            (
                QDBusConnection.sessionBus(),
                "",
                "",
                "org.gnome.ScreenSaver",
                "ActiveChanged",
                "on_flag(bool)",
            ),
        ]
        for bus, service, path, interface, name, slot in wanted:
            try:
                # The stubs say bytes; the binding takes the str that SLOT() gives.
                if bus.isConnected() and bus.connect(  # type: ignore[call-overload]
                    service, path, interface, name, self, SLOT(slot)
                ):
                    self.sources.append(f"{interface}.{name}")
            except (RuntimeError, TypeError, ValueError):
                log.warning("could not listen to %s", name)

    @Slot(bool)
    def on_flag(self, active: bool) -> None:
        """PrepareForSleep(true) or a screen saver's ActiveChanged(true)."""
        if active:
            self.lock_requested.emit("sleep or screen locked")

    @Slot()
    def on_lock(self) -> None:
        self.lock_requested.emit("session locked")
