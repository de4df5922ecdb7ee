"""Importing articles: plain text, Markdown, saved HTML news pages and Word .docx documents.

`load_article(path)` is what `emend import FILE` and File > Open call; `load_bytes` takes a
file's bytes, `load_text` the clipboard's text. Each returns a LoadedArticle or raises
ArticleRefused (an InputError) with a one-line message.
"""

from .errors import ArticleRefused
from .limits import MAX_BYTES
from .loaded import LoadedArticle
from .loader import load_article, load_bytes, load_text

__all__ = [
    "MAX_BYTES",
    "ArticleRefused",
    "LoadedArticle",
    "load_article",
    "load_bytes",
    "load_text",
]
