"""A stateful property test: random import / correct / withdraw / save / restore / publish sequences.

After every step: every version reconstructs to the text the model expects, the chains
verify, and every correction refers to versions that exist.
"""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from corrections.correction import Status
from corrections.errors import EmendError
from db import publishing
from db.history import History

WORDS = ["bridge", "council", "ferry", "1932", "million", "cyclists", "mayor", "é", "橋", "😀", "quay"]
texts = st.lists(st.sampled_from(WORDS), min_size=3, max_size=25).map(lambda ws: " ".join(ws) + ".\n")


class HistoryMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        self.history = History.open(Path(self.folder.name) / "h.sqlite")
        self.expected: dict[int, list[str]] = {}

    def teardown(self):
        self.history.close()
        self.folder.cleanup()

    @rule(text=texts)
    def import_article(self, text):
        article = self.history.import_article(text, title="T", author="A")
        self.expected[article.id] = [self.history.text(article.id, 1)]

    @precondition(lambda self: self.expected)
    @rule(data=st.data(), replacement=st.sampled_from(WORDS + [""]))
    def correct(self, data, replacement):
        article_id = data.draw(st.sampled_from(sorted(self.expected)))
        latest = self.expected[article_id][-1]
        words = latest.split()
        word = data.draw(st.sampled_from(words))
        try:
            self.history.add_correction(article_id, kind="correction", quote=word, replacement=replacement,
                                        author="B", public_note="n")
        except EmendError:
            pass  # ambiguous quotes are refused; nothing was written

    @precondition(lambda self: self.expected)
    @rule(data=st.data())
    def withdraw(self, data):
        article_id = data.draw(st.sampled_from(sorted(self.expected)))
        pending = self.history.corrections(article_id, Status.PENDING)
        if pending:
            self.history.set_correction_status(data.draw(st.sampled_from(pending)).id, Status.WITHDRAWN)

    @precondition(lambda self: self.expected)
    @rule(data=st.data())
    def save(self, data):
        article_id = data.draw(st.sampled_from(sorted(self.expected)))
        try:
            preview = self.history.preview(article_id)
            self.history.save_version(article_id, message="save", author="C")
        except EmendError:
            assert len(self.history.versions(article_id)) == len(self.expected[article_id])
            return
        self.expected[article_id].append(preview)

    @precondition(lambda self: self.expected)
    @rule(data=st.data(), text=texts)
    def save_text(self, data, text):
        article_id = data.draw(st.sampled_from(sorted(self.expected)))
        try:
            self.history.save_version(article_id, message="edit", author="D", text=text, apply_pending=False)
        except EmendError:
            return
        self.expected[article_id].append(text)

    @precondition(lambda self: self.expected)
    @rule(data=st.data())
    def restore(self, data):
        article_id = data.draw(st.sampled_from(sorted(self.expected)))
        number = data.draw(st.integers(1, len(self.expected[article_id])))
        try:
            self.history.restore_version(article_id, number, author="E")
        except EmendError:
            return
        self.expected[article_id].append(self.expected[article_id][number - 1])

    @precondition(lambda self: self.expected)
    @rule(data=st.data())
    def publish(self, data):
        article_id = data.draw(st.sampled_from(sorted(self.expected)))
        try:
            publishing.publish(self.history, article_id, author="F")
        except EmendError:
            pass

    @invariant()
    def every_version_reconstructs_and_verifies(self):
        for article_id, texts_ in self.expected.items():
            assert [v.number for v in self.history.versions(article_id)] == list(range(1, len(texts_) + 1))
            for number, text in enumerate(texts_, start=1):
                assert self.history.text(article_id, number) == text
        assert self.history.verify().ok

    @invariant()
    def corrections_reference_existing_versions(self):
        for article_id, texts_ in self.expected.items():
            for c in self.history.corrections(article_id):
                assert 1 <= c.base_version <= len(texts_)
                if c.status is Status.APPLIED:
                    assert 1 < c.applied_version <= len(texts_)


HistoryMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=25, deadline=None,
                                            suppress_health_check=[HealthCheck.too_slow])
TestHistory = HistoryMachine.TestCase
