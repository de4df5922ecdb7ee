"""Who raised a correction travels with it through the newsroom record: a colleague's clone holds the same intake,
and the chain that protects it verifies on both laptops (issue 16, item 5; a real PostgreSQL cluster)."""

from __future__ import annotations

from corrections.intake import Intake, RaisedBy, Severity
from db.server.connection import connect
from db.sync.engine import sync
from tests.newsroom.helpers import ARTICLE, laptop

COMPLAINT = Intake(raised_by=RaisedBy.LEGAL, raised_at="2026-03-02T08:15:00.000000Z", channel="letter",
                   severity=Severity.LEGAL, contact_ref="Smith & Co solicitors, ref 88/2026")




def test_a_colleague_s_copy_holds_who_raised_the_correction(room, tmp_path):
    ana = laptop(tmp_path, "ana", room.add("ana"))
    ben = laptop(tmp_path, "ben", room.add("ben"))
    article = ana.import_article(ARTICLE, title="Council approves harbour bridge repairs", author="Ana")
    ana.add_correction(article.id, kind="correction", quote="Kowalsky", replacement="Kowalska", author="Ana",
                       public_note="Her name was misspelled.", intake=COMPLAINT)
    ana.add_correction(article.id, kind="correction", quote="48,000", replacement="84,000", author="Ana")
    ana.save_version(article.id, message="Name and traffic figure", author="Ana")

    assert sync(ana).line() == "pushed 2, pulled 0, conflicts 0"
    assert sync(ben).line() == "pushed 0, pulled 2, conflicts 0"

    ben_id = ben.articles()[0].id
    figure, name = sorted(ben.corrections(ben_id), key=lambda c: c.quote)
    assert (name.quote, name.intake) == ("Kowalsky", COMPLAINT)
    assert figure.intake == Intake()  # the desk found it: no intake
    assert ben.verify().ok and ana.verify().ok
    with connect(room.url(), autocommit=True) as conn:
        held = conn.execute("select raised_by, raised_at, channel, severity, contact_ref from emend.corrections "
                            "where quote = 'Kowalsky'").fetchone()
    assert held == ("legal", COMPLAINT.raised_at, "letter", "legal", COMPLAINT.contact_ref)


def test_a_correction_rebased_onto_a_colleague_s_version_keeps_its_intake(room, tmp_path):
    ana = laptop(tmp_path, "ana", room.add("ana"))
    ben = laptop(tmp_path, "ben", room.add("ben"))
    article = ana.import_article(ARTICLE, title="Bridge", author="Ana")
    sync(ana), sync(ben)
    ben_id = ben.articles()[0].id
    ana.add_correction(article.id, kind="correction", quote="7-2", replacement="8-1", author="Ana")
    ana.save_version(article.id, message="Vote", author="Ana")
    ben.add_correction(ben_id, kind="correction", quote="Kowalsky", replacement="Kowalska", author="Ben",
                       intake=COMPLAINT)
    ben.save_version(ben_id, message="Name", author="Ben")

    sync(ana)
    assert sync(ben).line() == "pushed 1, pulled 1, conflicts 0"
    assert sync(ana).line() == "pushed 0, pulled 1, conflicts 0"

    for history, article_id in ((ana, article.id), (ben, ben_id)):
        [rebased] = [c for c in history.corrections(article_id) if c.quote == "Kowalsky" and c.applied_version == 3]
        assert rebased.intake == COMPLAINT
        assert history.verify().ok
