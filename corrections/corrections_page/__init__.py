"""The public corrections page: a static site of every published notice (index, one page per article,
an Atom feed and the receipts), rendered from plain records (model) into files (site)."""
