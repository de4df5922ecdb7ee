"""The editor's dialogs: attach or edit a correction, save a version, the author's name."""
