"""The newsroom server (issue 15): a shared, append-only record of articles, versions, corrections,
publications, notices and sign-offs on PostgreSQL 15, kept honest by the server itself (triggers,
roles and grants) rather than by the clients that push to it.

`schema` holds the server's SQL, `admin` sets a database up and adds users, `connection` reaches a
server and checks that it is Emend's, and `errors` turns what psycopg raises into one-line messages.
"""
