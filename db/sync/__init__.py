"""Offline-first sync of a local history with the newsroom's shared record on PostgreSQL (issue 15).

Like git: every editor keeps a whole local history; `sync` pushes what the server lacks, then pulls
what the local history lacks. Rows are append-only on both sides, so nothing is ever overwritten;
a local version saved on top of an older server version is rebased onto the server's (see rebase).
"""
