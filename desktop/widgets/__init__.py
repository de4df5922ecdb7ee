"""The editor window's panels: article view, diff preview, corrections, history, library."""
