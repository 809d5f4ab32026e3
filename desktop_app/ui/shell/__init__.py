"""The application shell: start-up, main window, menus and actions, tray, status bar."""
