"""Editors saving and syncing in any order never lose a saved version (issue 15): a stateful test.

Three editors share one newsroom record. Each step saves a change to one paragraph on one laptop, or
syncs one laptop. Invariants, always: every history verifies; every version an editor saved is either
in that editor's history or kept in its set-aside table; after everyone syncs with nothing left in
conflict, every laptop prints the same log. Paragraphs are owned by editors often enough that most
rebases merge; clashes are settled by hand, keeping the server's text or the editor's.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, event, settings as hypothesis_settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from db.history import History
from db.publishing import publish, publish_refusal
from db.sync import settings
from db.sync.engine import sync
from db.sync.resolve import resolve
from tests.newsroom.helpers import make_newsroom

PARAGRAPHS = 6
EDITORS = ("ana", "ben", "cai")
WORDS = ("harbour", "bridge", "council", "repairs", "traffic", "ferry", "budget", "winter")


def article_text() -> str:
    return "\n\n".join(f"Paragraph {n} says the {WORDS[n % len(WORDS)]} matters." for n in range(PARAGRAPHS)) + "\n"


@pytest.fixture(scope="module")
def cluster(postgres):
    return postgres


def run_machine(cluster, tmp_path_factory):
    class Newsroom(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.room = make_newsroom(cluster)
            folder = tmp_path_factory.mktemp("laptops")
            self.laptops = {}
            for name in EDITORS:
                history = History.open(folder / f"{name}.sqlite")
                with history.transaction():
                    settings.set_remote_url(history.db, self.room.add(name))
                self.laptops[name] = history
            first = self.laptops["ana"]
            first.import_article(article_text(), title="Bridge", author="ana")
            for history in self.laptops.values():
                sync(history)
            self.saved = {name: set() for name in EDITORS}  # the texts each editor saved
            self.published = {name: set() for name in EDITORS}  # the publish points each editor made
            self.counter = 0

        def teardown(self):
            for history in self.laptops.values():
                history.close()

        @staticmethod
        def article(history):
            return history.articles()[0].id

        @rule(editor=st.sampled_from(EDITORS), paragraph=st.integers(0, PARAGRAPHS - 1))
        def save(self, editor, paragraph):
            history = self.laptops[editor]
            article = self.article(history)
            lines = history.text(article).split("\n\n")
            self.counter += 1
            lines[paragraph] = lines[paragraph].rstrip(".\n") + f" ({editor} {self.counter})."
            text = "\n\n".join(lines)
            if not text.endswith("\n"):
                text += "\n"
            history.save_version(article, text=text, message=f"{editor} {self.counter}", author=editor)
            self.saved[editor].add(history.latest(article).content_sha256)

        @rule(editor=st.sampled_from(EDITORS))
        def publish(self, editor):
            history = self.laptops[editor]
            article = self.article(history)
            if publish_refusal(history, article) is None:
                event("published")
                publication, _ = publish(history, article, author=editor)
                self.published[editor].add(history.db.execute("select uid from publications where id = ?",
                                                              [publication.id]).fetchone()[0])

        @rule(edits=st.lists(st.tuples(st.sampled_from(EDITORS), st.integers(0, PARAGRAPHS - 1)), min_size=2,
                             max_size=5),
              order=st.permutations(EDITORS))
        def offline_round(self, edits, order):
            """Several editors save while offline, then come back online one after another."""
            for editor, paragraph in edits:
                self.save(editor, paragraph)
            for editor in order:
                self.sync_one(editor)

        @rule(editor=st.sampled_from(EDITORS))
        def sync_one(self, editor):
            history = self.laptops[editor]
            set_aside = history.db.execute("select count(*) from set_aside_versions").fetchone()[0]
            result = sync(history)
            rebased = history.db.execute("select count(*) from set_aside_versions").fetchone()[0] > set_aside
            event("sync rebased offline versions" if rebased else "sync without rebase")
            for conflict in result.conflicts:
                event("sync met a clash")
                chosen = conflict.mine_text if self.counter % 2 else conflict.theirs_text
                resolve(history, conflict.article_id, chosen, author=editor)
                assert history.text(conflict.article_id) == chosen

        @invariant()
        def nothing_saved_is_lost(self):
            for editor, history in self.laptops.items():
                assert history.verify().ok
                kept = {r[0] for r in history.db.execute("select content_sha256 from versions union "
                                                         "select content_sha256 from set_aside_versions")}
                assert self.saved[editor] <= kept
                records = {r[0] for r in history.db.execute("select uid from publications union "
                                                            "select uid from set_aside_records")}
                assert self.published[editor] <= records

        @precondition(lambda self: self.counter > 0)
        @rule()
        def everyone_syncs_and_agrees(self):
            for _ in range(3):
                for editor, history in self.laptops.items():
                    result = sync(history)
                    for conflict in result.conflicts:
                        resolve(history, conflict.article_id, conflict.theirs_text, author=editor)
            logs = {editor: [v.to_json() for v in h.versions(self.article(h))] for editor, h in self.laptops.items()}
            assert logs["ana"] == logs["ben"] == logs["cai"]

    Newsroom.TestCase.settings = hypothesis_settings(max_examples=6, stateful_step_count=14, deadline=None,
                                                     suppress_health_check=list(HealthCheck))
    Newsroom.TestCase().runTest()


def test_editors_saving_and_syncing_in_any_order_never_lose_a_saved_version(cluster, tmp_path_factory):
    run_machine(cluster, tmp_path_factory)
