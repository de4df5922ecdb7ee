"""Qt item models over the history: the Library, an article's versions and its corrections."""
