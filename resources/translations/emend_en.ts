<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="30"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="37"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="38"/>
        <source>none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="45"/>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="46"/>
        <source>Qt platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="61"/>
        <source>About Emend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="65"/>
        <source>Emend {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="70"/>
        <source>Corrections and clarifications for published articles, with a tamper-evident history.
Released under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="79"/>
        <source>Versions and paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="80"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="80"/>
        <source>Version or path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="93"/>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="94"/>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="95"/>
        <source>Copy the versions and paths to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="108"/>
        <source>&amp;Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="123"/>
        <source>Something went wrong that Emend did not expect: {error}

Nothing already saved was changed. Please report this, with what you were doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="127"/>
        <source>Emend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../desktop/widgets/article_view.py" line="41"/>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/article_view.py" line="42"/>
        <source>The article; select a passage and press Ctrl+Enter to attach a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/article_view.py" line="52"/>
        <source>Open an article (Ctrl+O) or pick one from the Library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="25"/>
        <source>HTML page (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="26"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="35"/>
        <source>Cannot save the audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="48"/>
        <source>Save audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="62"/>
        <source>Audit: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="91"/>
        <source>Gathering the audit report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="94"/>
        <source>Gathering the audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="95"/>
        <source>Audit report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <location filename="../../desktop/dialogs/author_dialog.py" line="14"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/author_dialog.py" line="17"/>
        <source>Author name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/author_dialog.py" line="23"/>
        <source>Emend records who saved each version and attached each correction.
What name should it use?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwaitingModel</name>
    <message>
        <location filename="../../desktop/models/awaiting_model.py" line="46"/>
        <source>{title}  ·  version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/awaiting_model.py" line="48"/>
        <source>{author}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/awaiting_model.py" line="51"/>
        <source>↩ Sent back by {editor}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/awaiting_model.py" line="55"/>
        <source>Version {number} of “{title}” by {author}
{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/awaiting_model.py" line="59"/>
        <source>Sent back by {editor} on {time}:
{note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../desktop/background.py" line="43"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/background.py" line="47"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupAction</name>
    <message>
        <location filename="../../desktop/backup_action.py" line="20"/>
        <source>Emend history (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/backup_action.py" line="42"/>
        <source>Backed up {articles}, {versions}; the copy verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/backup_action.py" line="49"/>
        <source>Back up history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/backup_action.py" line="51"/>
        <source>This history is not kept in a file, so it cannot be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/backup_action.py" line="61"/>
        <source>Backing up the history to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/backup_action.py" line="65"/>
        <source>The backup was not made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlameView</name>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="207"/>
        <source>Blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="213"/>
        <source>Version to blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="217"/>
        <source>Working out who wrote each word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="354"/>
        <source>Working out who wrote each word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="218"/>
        <source>&amp;Who changed this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="49"/>
        <location filename="../../desktop/widgets/blame_view.py" line="107"/>
        <source>unknown author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="63"/>
        <source>Added; no words were replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="64"/>
        <source>Replaced “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="79"/>
        <source>{kind}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="82"/>
        <source>{kind}, with no public note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="85"/>
        <source>Notice readers saw: “{wording}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="88"/>
        <source>No published notice has told readers of it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="101"/>
        <source>No words are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="108"/>
        <source>Version {number} by {author}, {time}: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="115"/>
        <source>These words were written in one version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="117"/>
        <source>These words were written in {count} versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="134"/>
        <source>Article text by version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="219"/>
        <location filename="../../desktop/widgets/blame_view.py" line="304"/>
        <source>Who changed this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="220"/>
        <source>List who introduced the selected words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="222"/>
        <source>Who Changed This?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="228"/>
        <source>Versions in this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="232"/>
        <source>Blame status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="357"/>
        <source>Hover a passage to see who wrote it; select words and ask “Who changed this?”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="236"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="50"/>
        <location filename="../../desktop/widgets/blame_view.py" line="280"/>
        <source>Version {number} · {author} · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="292"/>
        <location filename="../../desktop/widgets/blame_view.py" line="360"/>
        <source>Cannot show blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="293"/>
        <source>Article {article} has no version {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/blame_view.py" line="330"/>
        <source>v{number} · {author} · %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/commands.py" line="55"/>
        <source>Attach correction to {quote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="73"/>
        <source>Edit correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="89"/>
        <source>Withdraw correction to {quote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/restore_command.py" line="16"/>
        <source>Restore unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="54"/>
        <source>Edit correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="54"/>
        <source>Attach correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="57"/>
        <source>Quoted passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="60"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="64"/>
        <source>Replacement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="69"/>
        <source>Public note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="71"/>
        <source>Shown to readers, e.g. “An earlier version gave the wrong date.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="73"/>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="74"/>
        <source>For the newsroom only: source, who reported it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="79"/>
        <source>Passage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="80"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="82"/>
        <source>&amp;Replace with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="83"/>
        <source>&amp;Public note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="84"/>
        <source>&amp;Internal note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="87"/>
        <source>&amp;Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="87"/>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="98"/>
        <source>Problem with the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="90"/>
        <source>Enter attaches (Ctrl+Enter from any box). The replacement is applied when you save a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="92"/>
        <source>Ctrl+Enter attaches. The replacement is applied when you save a version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsModel</name>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="14"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="14"/>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="15"/>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="15"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="16"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="94"/>
        <source>(unchanged: note only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="95"/>
        <location filename="../../desktop/models/corrections_model.py" line="111"/>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="103"/>
        <source>Applied in v{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="104"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="106"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="107"/>
        <source>Passage not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="107"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="112"/>
        <source>Note only: the passage stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="113"/>
        <source>{kind} by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="114"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="115"/>
        <source>Passage: {quote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="110"/>
        <source>Replacement: {replacement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="117"/>
        <source>Public note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="119"/>
        <source>Internal note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <location filename="../../desktop/widgets/corrections_panel.py" line="25"/>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/corrections_panel.py" line="28"/>
        <source>The selected correction in full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="21"/>
        <source>Emend history (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="28"/>
        <source>This file is not an Emend history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="30"/>
        <source>This history was written by a newer version of Emend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="33"/>
        <source>This history is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="34"/>
        <source>This history cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="45"/>
        <source>Cannot open the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="50"/>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="54"/>
        <source>The problem in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="56"/>
        <source>Emend leaves {name} exactly as it is. Open another history, create a new one, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="60"/>
        <source>&amp;Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="61"/>
        <source>&amp;Create New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="62"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="115"/>
        <source>Open another history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="124"/>
        <source>Create a new history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="132"/>
        <source>{path} already exists, and Emend never writes over a file. Choose a new name, or use Open Another… to open an existing history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffPreview</name>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="250"/>
        <location filename="../../desktop/widgets/diff_preview.py" line="344"/>
        <location filename="../../desktop/widgets/diff_preview.py" line="356"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="253"/>
        <source>Preview problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="255"/>
        <source>Tracked changes preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="256"/>
        <source>Attach a correction or edit the text to see the tracked changes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="257"/>
        <source>Saved text with deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="258"/>
        <source>Corrected text with insertions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="469"/>
        <source>moved {text} to change {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="470"/>
        <source>moved {text} here from change {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="474"/>
        <source>deleted {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="475"/>
        <source>inserted {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="507"/>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="509"/>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="511"/>
        <source>Change {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/diff_preview.py" line="513"/>
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/move_marks.py" line="103"/>
        <source>Moved from here to change {number}. Click ⇄ or press Ctrl+J to go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/move_marks.py" line="106"/>
        <source>Moved here from change {number}, word for word. Click ⇄ or press Ctrl+J to go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/move_marks.py" line="108"/>
        <source>Moved here from change {number}; the words changed on the way are marked. Click ⇄ or press Ctrl+J to go there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffScheduler</name>
    <message>
        <location filename="../../desktop/workers.py" line="68"/>
        <source>{problem}; edit or withdraw that correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/workers.py" line="79"/>
        <source>the preview could not be computed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorSession</name>
    <message numerus="yes">
        <location filename="../../desktop/session.py" line="166"/>
        <source>%n pending correction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="168"/>
        <source>{corrections} and text edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="169"/>
        <source>text edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/session.py" line="178"/>
        <source>Edited the text and applied %n correction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="179"/>
        <source>Edited the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/session.py" line="180"/>
        <source>Applied %n correction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="30"/>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="31"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="32"/>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="33"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="34"/>
        <source>NewsML-G2 item (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="74"/>
        <source>Cannot export the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="81"/>
        <source>Export article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="90"/>
        <source>Exporting {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="94"/>
        <source>The article was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="113"/>
        <source>“{title}” as readers see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="114"/>
        <source>Export “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="120"/>
        <source>Version to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="124"/>
        <source>Include the correction &amp;notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="127"/>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="132"/>
        <source>The article as readers will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="137"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="140"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="145"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="147"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="151"/>
        <source>As readers will see it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="167"/>
        <source>readers see this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="169"/>
        <source>published {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="171"/>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="172"/>
        <source>Version {number} · {state} · {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="191"/>
        <source>Readers see version {seen}; version {number} is not what they see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="194"/>
        <source>This version carries no correction notice: nothing was corrected up to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="196"/>
        <source>Its notice is a draft: it is published only when this version is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="198"/>
        <source>A NewsML-G2 item always carries its notice, as a note to the editors who receive it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="34"/>
        <location filename="../../desktop/widgets/find_bar.py" line="38"/>
        <location filename="../../desktop/widgets/find_bar.py" line="39"/>
        <source>Find in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="42"/>
        <source>Enter: next match · Shift+Enter: previous · Ctrl+Enter: correct the match · Escape: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="46"/>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="48"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="49"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="51"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="52"/>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="169"/>
        <source>{number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/find_bar.py" line="171"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/find_bar.py" line="171"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop/formatting.py" line="12"/>
        <source>dd MMM yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="13"/>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="14"/>
        <source>dd MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="15"/>
        <source>dd MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/models/history_model.py" line="12"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="12"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="13"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="13"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="58"/>
        <source>✔ Published {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="54"/>
        <source>Version {number} by {author}
{message}
{time} (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="24"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="28"/>
        <source>The selected version in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="29"/>
        <source>Pick two versions to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportChoice</name>
    <message>
        <location filename="../../desktop/import_choice.py" line="23"/>
        <location filename="../../desktop/import_choice.py" line="24"/>
        <location filename="../../desktop/import_choice.py" line="25"/>
        <source>related stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/import_choice.py" line="26"/>
        <source>calls to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/import_choice.py" line="27"/>
        <source>buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/import_choice.py" line="28"/>
        <source>reader footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/import_choice.py" line="89"/>
        <source>kept %n block(s) of page text that extraction would leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/import_choice.py" line="91"/>
        <source>kept %n block(s) of page furniture that the import would leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/import_choice.py" line="94"/>
        <source>left out %n block(s) of page text (navigation, related stories, buttons, footers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/import_choice.py" line="99"/>
        <source>left out %n block(s) of page furniture ({what})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="39"/>
        <source>Related-stories heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="40"/>
        <source>Related story&apos;s headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="41"/>
        <source>Related story&apos;s headline and teaser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="42"/>
        <source>Call to action (read more, share, subscribe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="43"/>
        <source>Button or label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="44"/>
        <source>Reader footer (corrections, Ctrl + Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="45"/>
        <source>Page text the extraction left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="48"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="49"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="50"/>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="51"/>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="52"/>
        <source>Text from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="301"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="307"/>
        <source>Cannot import the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="329"/>
        <source>The article was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="344"/>
        <source>Reading the clipboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="347"/>
        <source>Cannot import the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="76"/>
        <source>Import article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="81"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="82"/>
        <source>The article&apos;s headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="84"/>
        <source>Source file, format and encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="87"/>
        <source>What the import decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="90"/>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="91"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="92"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="95"/>
        <source>Article text, to edit before it becomes version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="216"/>
        <source>Page text left out: {total} blocks (navigation, related stories, footers). Tick a block to keep it; blocks left out are struck through in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="219"/>
        <source>Page furniture found: {total} blocks ({what}). Tick a block to keep it; blocks left out are struck through in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="236"/>
        <source>Article text — {words} words become version 1; edit it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="106"/>
        <source>&amp;Keep all removed blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="107"/>
        <source>Keep all removed blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="110"/>
        <source>Page text left out of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="129"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="133"/>
        <source>Nothing is stored until you press Import; the text becomes version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="196"/>
        <source>Not found in the page order, so it cannot be kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="239"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../desktop/intake_labels.py" line="12"/>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/intake_labels.py" line="13"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/intake_labels.py" line="14"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/intake_labels.py" line="15"/>
        <location filename="../../desktop/intake_labels.py" line="21"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/intake_labels.py" line="16"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/intake_labels.py" line="19"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/intake_labels.py" line="20"/>
        <source>Significant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeFilterBar</name>
    <message>
        <location filename="../../desktop/widgets/intake_filter_bar.py" line="20"/>
        <source>Filter the Library by intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/intake_filter_bar.py" line="21"/>
        <source>Show articles with a correction of severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/intake_filter_bar.py" line="22"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/intake_filter_bar.py" line="23"/>
        <source>Show articles with a correction raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/intake_filter_bar.py" line="24"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/intake_filter_bar.py" line="26"/>
        <source>Articles shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/intake_filter_bar.py" line="30"/>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/intake_filter_bar.py" line="31"/>
        <source>Raised by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/intake_filter_bar.py" line="32"/>
        <source>Show only the articles with at least one correction (not withdrawn) raised this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/intake_filter_bar.py" line="52"/>
        <source>%n of {total}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeSection</name>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="31"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="33"/>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="33"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="34"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="34"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="36"/>
        <source>When the error was raised (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="40"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="43"/>
        <source>email, phone, comment form, social…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="45"/>
        <source>Contact reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="46"/>
        <source>Internal only: never in a notice or an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="49"/>
        <source>Raised &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="50"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="51"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="52"/>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="53"/>
        <source>C&amp;ontact ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="100"/>
        <source>Intak&amp;e: {chosen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/intake_section.py" line="101"/>
        <source>Intak&amp;e (who raised it, when, how serious)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindSuggestion</name>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="16"/>
        <source>capital letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="17"/>
        <source>punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="18"/>
        <source>spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="19"/>
        <source>spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="20"/>
        <source>typographic quotes or dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="21"/>
        <source>a number changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="22"/>
        <source>a negation is added or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="23"/>
        <source>quotation marks are added or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="24"/>
        <source>words inside a quotation change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="25"/>
        <source>a date changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="26"/>
        <source>a symbol changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="27"/>
        <source>a name changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="28"/>
        <source>the wording changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="47"/>
        <source>Suggested kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="65"/>
        <source>Type the replacement: Emend suggests Style for a fix of case, punctuation, spelling or spacing, else Correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="68"/>
        <source>Suggested: {kind} — {why} ({change})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="80"/>
        <source>only {aspects}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="92"/>
        <source>A style fix is never shown to readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="97"/>
        <source>Why it is a style fix; left empty, Emend records: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/kind_suggestion.py" line="98"/>
        <source>Why it is a style fix (a reason is expected: this change looks like more than style)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/models/library_model.py" line="13"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/library_model.py" line="13"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/library_model.py" line="14"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/library_model.py" line="62"/>
        <source>{title}
Last saved {time} by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/library_model.py" line="64"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/models/library_model.py" line="66"/>
        <source>%n pending correction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop/widgets/library_panel.py" line="33"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/widgets/status_bar.py" line="16"/>
        <source>Select the passage that is wrong, then press Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/status_bar.py" line="17"/>
        <source>Press Ctrl+Enter to attach a correction to the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_actions.py" line="24"/>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="119"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="120"/>
        <source>Open an article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="122"/>
        <source>Open the bundled sample article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="125"/>
        <source>&amp;Save Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="126"/>
        <source>Store a new version with the pending corrections applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="138"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="136"/>
        <source>Your &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="137"/>
        <source>Change the author name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="142"/>
        <source>&amp;Attach Correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="144"/>
        <source>Attach a correction to the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="143"/>
        <source>Attach Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="145"/>
        <source>&amp;Edit Correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="147"/>
        <source>Change the selected correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="146"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="149"/>
        <source>Withdraw (reject) the selected correction; it stays on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="148"/>
        <source>&amp;Withdraw Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="149"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="151"/>
        <source>A&amp;ccept Correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="152"/>
        <source>Apply just the selected correction and save a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="152"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="154"/>
        <source>Edit &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="155"/>
        <source>Edit the article text directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/edit_undo.py" line="61"/>
        <source>&amp;Undo Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/edit_undo.py" line="62"/>
        <source>&amp;Redo Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/edit_undo.py" line="65"/>
        <location filename="../../desktop/main_menu.py" line="225"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="227"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/edit_undo.py" line="65"/>
        <location filename="../../desktop/main_menu.py" line="229"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="231"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="173"/>
        <source>&amp;Next Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="121"/>
        <source>Open Sa&amp;mple Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="127"/>
        <source>Write a version (the published one unless you choose), with its notice if you wish, as a .txt, .md, .html or .docx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="132"/>
        <source>S&amp;ync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="132"/>
        <source>Send your versions to the newsroom server and fetch your colleagues&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="134"/>
        <source>Resolve Sync Con&amp;flict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="134"/>
        <source>Compare your version with the newsroom&apos;s where both changed the same passage, and merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="156"/>
        <source>Accept Chan&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="157"/>
        <source>Store the tracked change at the cursor alone as a new version; the rest stays unsaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="160"/>
        <source>Re&amp;ject Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="161"/>
        <source>Drop the tracked change at the cursor: the saved text comes back, or the correction is withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="163"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="163"/>
        <source>Find words in the article; Ctrl+Enter then corrects the match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="165"/>
        <source>Find Ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="166"/>
        <source>Select the next match in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="167"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="168"/>
        <source>Select the previous match in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="175"/>
        <source>Go to the next change in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="176"/>
        <source>&amp;Previous Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="178"/>
        <source>Go to the previous change in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="179"/>
        <source>Follow &amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="179"/>
        <source>Go to the other place of the moved passage at the cursor or the current change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="181"/>
        <source>&amp;Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="182"/>
        <source>Show the saved and the corrected text side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="184"/>
        <source>Show &amp;Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="185"/>
        <source>Preview the pending corrections and edits again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="188"/>
        <source>Next P&amp;ane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="188"/>
        <source>Move the keyboard focus to the next pane: Library, article, preview, Corrections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="190"/>
        <source>Previous Pan&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="191"/>
        <source>Move the keyboard focus to the previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="192"/>
        <source>Search &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="195"/>
        <source>&amp;Restore This Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="197"/>
        <source>Store a new version equal to the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="196"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="218"/>
        <source>&amp;About Emend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="211"/>
        <location filename="../../desktop/main_window.py" line="487"/>
        <source>No article open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="225"/>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="227"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="238"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="240"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="246"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="252"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="264"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="269"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="273"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/status_bar.py" line="32"/>
        <source>Computing the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/status_bar.py" line="33"/>
        <source>Updating preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_actions.py" line="35"/>
        <source>Open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_actions.py" line="69"/>
        <source>“{title}” is already in the history (from {name}); opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_actions.py" line="71"/>
        <source>Imported {name} as version 1 of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="93"/>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="95"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/correction_actions.py" line="61"/>
        <source>Cannot attach the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/correction_actions.py" line="67"/>
        <source>Correction attached; it is applied when you save a version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/correction_actions.py" line="84"/>
        <source>Cannot change the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/correction_actions.py" line="97"/>
        <source>Cannot withdraw the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/correction_actions.py" line="101"/>
        <source>Correction withdrawn; it stays on record (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/correction_actions.py" line="111"/>
        <source>Save your text edits first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/correction_actions.py" line="111"/>
        <source>Your typing wrote or changed this correction&apos;s passage. Save your text edits as a version (Ctrl+S) first, then accept the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/correction_actions.py" line="116"/>
        <source>Apply this {kind} and store the result as a new version:
“{quote}” → “{replacement}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/correction_actions.py" line="121"/>
        <source>Record this {kind} in a new version; the text stays as it is:
{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/correction_actions.py" line="126"/>
        <source>Accept correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/correction_actions.py" line="172"/>
        <source>Cannot undo or redo that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/version_actions.py" line="34"/>
        <source>Nothing to save: no pending corrections or text edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/version_actions.py" line="37"/>
        <source>Store {changes} as version {number} of “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/version_actions.py" line="55"/>
        <source>The version was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/version_actions.py" line="55"/>
        <source>{error}

Nothing was lost: your corrections are still pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/version_actions.py" line="61"/>
        <source>Saved version {number}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/version_actions.py" line="67"/>
        <source>Reload it now? Your pending corrections are kept and will be placed on the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/version_actions.py" line="70"/>
        <source>Your direct text edits are copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/version_actions.py" line="71"/>
        <source>A newer version was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/version_actions.py" line="92"/>
        <source>Restore version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/version_actions.py" line="93"/>
        <source>Restoring drops your unsaved text edits. Restore anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/version_actions.py" line="105"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/version_actions.py" line="106"/>
        <source>“{title}” has {changes} not yet in a saved version.

Save them as a new version? Discard drops text edits and withdraws the corrections attached in this session (they stay on record, marked withdrawn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/version_actions.py" line="118"/>
        <source>Cannot discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="199"/>
        <source>Corrections page written to {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="365"/>
        <source>Editing the text: your changes are marked in it and saved with the next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="417"/>
        <location filename="../../desktop/main_window.py" line="419"/>
        <location filename="../../desktop/main_window.py" line="421"/>
        <source>Version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="418"/>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="422"/>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="423"/>
        <source>nothing unsaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="435"/>
        <location filename="../../desktop/tracked_changes.py" line="258"/>
        <source>Change {number} of {count}: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="481"/>
        <source>{title}  ·  version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="483"/>
        <source>{title}[*] — Emend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="484"/>
        <source>Computing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="488"/>
        <source>Emend[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="489"/>
        <source>Open an article to see its tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/status_bar.py" line="57"/>
        <source>Unsaved: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/status_bar.py" line="58"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/status_bar.py" line="62"/>
        <source>Version {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/status_bar.py" line="18"/>
        <source>Open an article with File &gt; Open (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="198"/>
        <source>Correction &amp;Notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="199"/>
        <source>Show, edit, copy and publish the article&apos;s correction notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="199"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="201"/>
        <source>As Rea&amp;ders See It…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="201"/>
        <source>Preview a version with its notice where the house style puts it, and export it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="203"/>
        <source>&amp;Publish Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="203"/>
        <source>Mark the saved version as the one readers see, with its notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="205"/>
        <source>Save &amp;Audit Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="206"/>
        <source>Save the article&apos;s audit report as HTML or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="207"/>
        <source>Publish &amp;Corrections Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="207"/>
        <source>Write every published notice as a web page, with its feed and receipts, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="283"/>
        <source>Correction notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="162"/>
        <source>Open an article to publish one of its versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="164"/>
        <source>Save your corrections and text edits first (Ctrl+S): only a saved version can be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="167"/>
        <source>Version {number} is already published; save a corrected version to publish again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="55"/>
        <source>Mark version {number} as the one readers see, with its notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="74"/>
        <source>Cannot show the correction notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="79"/>
        <source>Published version {number} with its notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="84"/>
        <source>The notice covers saved versions only: save (Ctrl+S) to include your pending corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="102"/>
        <location filename="../../desktop/notice_actions.py" line="130"/>
        <source>Cannot publish the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="106"/>
        <source>Only style fixes were applied since the last published version; readers are never told of those, so no notice is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="108"/>
        <source>No correction was applied since the last published version, so no notice is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="112"/>
        <source>This notice is stored with it; it cannot be changed afterwards, only superseded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="116"/>
        <source>The notice check found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="118"/>
        <source>Mark version {number} of “{title}” as the version readers see?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="120"/>
        <source>Publish version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="135"/>
        <source>Published version {number} with notice {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="136"/>
        <source>Published version {number}, without a notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="154"/>
        <source>Saved the audit report to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="185"/>
        <source>Waiting for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="186"/>
        <source>Version {number} of “{title}” cannot be published yet: this newsroom publishes a version only after a standards editor has approved it.

A standards editor approves it under View &gt; Awaiting Sign-off. Their approval reaches this window with the next sync (File &gt; Sync Now, F9); then publish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="193"/>
        <source>Sent back for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notice_actions.py" line="194"/>
        <source>{who} sent version {number} of “{title}” back:

{note}

Correct it and save a new version; a standards editor approves that one before it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/audit_panels.py" line="36"/>
        <location filename="../../desktop/audit_panels.py" line="44"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/audit_panels.py" line="41"/>
        <location filename="../../desktop/audit_panels.py" line="45"/>
        <source>Blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/audit_panels.py" line="53"/>
        <location filename="../../desktop/main_window.py" line="223"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="209"/>
        <source>&amp;Who Changed This?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="210"/>
        <source>Name the versions, authors and notes that wrote the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="212"/>
        <source>&amp;Verify History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="213"/>
        <source>Check every version of every article against its hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="193"/>
        <source>Search every version and correction note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/audit_panels.py" line="106"/>
        <source>Select the words to ask about, then choose History &gt; Who Changed This? (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/audit_panels.py" line="111"/>
        <source>Who changed this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/audit_panels.py" line="111"/>
        <source>The text has unsaved edits, which no version wrote yet. Save them as a version (Ctrl+S) or undo them, then ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/audit_panels.py" line="142"/>
        <source>Verifying the whole history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/audit_panels.py" line="149"/>
        <source>History verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/audit_panels.py" line="153"/>
        <source>FAILED {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/audit_panels.py" line="155"/>
        <source>The history was tampered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/audit_panels.py" line="155"/>
        <source>Verification failed: the stored history no longer matches its hash chains.

{problems}

Restore the database from a backup and find out who had access to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/audit_panels.py" line="165"/>
        <source>Cannot verify the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/audit_panels.py" line="179"/>
        <source>Found in version {number}; the preview shows its changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app_actions.py" line="80"/>
        <source>Versions and corrections are now signed “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="169"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="169"/>
        <source>Your name, the database, the notice house style and how text shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="216"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="217"/>
        <source>List every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app_actions.py" line="41"/>
        <source>Versions and corrections are now signed “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app_actions.py" line="55"/>
        <source>the built-in house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app_actions.py" line="56"/>
        <source>Notices now use {style}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app_actions.py" line="58"/>
        <source>The new database opens the next time Emend starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="123"/>
        <source>New from &amp;Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="124"/>
        <source>Import the text on the clipboard as a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="127"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="130"/>
        <source>&amp;Back Up History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="131"/>
        <source>Copy the whole history to a file and verify the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="186"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_menu.py" line="187"/>
        <source>Show versions and corrections saved by other windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_actions.py" line="51"/>
        <location filename="../../desktop/file_actions.py" line="85"/>
        <location filename="../../desktop/file_actions.py" line="88"/>
        <location filename="../../desktop/file_actions.py" line="104"/>
        <source>Cannot open the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_actions.py" line="122"/>
        <source>“{title}” is already in the history (the same text); opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_actions.py" line="123"/>
        <source>Imported the clipboard as version 1 of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_actions.py" line="142"/>
        <source>Cannot export the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_actions.py" line="145"/>
        <source>Exported version {number} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_actions.py" line="172"/>
        <source>Version {number} was saved elsewhere; saving will offer to reload it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_actions.py" line="177"/>
        <source>Showing version {number}, saved elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/file_actions.py" line="180"/>
        <source>Cannot refresh: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/unsaved_work.py" line="93"/>
        <source>Unsaved work is not being kept for recovery: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/unsaved_work.py" line="73"/>
        <source>Cannot restore the unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/unsaved_work.py" line="85"/>
        <source>Restore unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/find_actions.py" line="30"/>
        <source>Enter finds the next match, Shift+Enter the previous one; Ctrl+Enter corrects the match; Escape closes the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_dock.py" line="29"/>
        <source>Awaiting Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_dock.py" line="31"/>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tracked_changes.py" line="276"/>
        <source>Store just this change as version {number} of “{title}”; the rest of your unsaved work stays unsaved:
{change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tracked_changes.py" line="282"/>
        <source>Accept change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tracked_changes.py" line="297"/>
        <source>Change rejected: the saved text is back there (Ctrl+Z brings your change back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tracked_changes.py" line="305"/>
        <source>Edit: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tracked_changes.py" line="307"/>
        <source>Removed “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tracked_changes.py" line="308"/>
        <source>Added “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/toolbar_fit.py" line="59"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/toolbar_fit.py" line="60"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/toolbar_fit.py" line="61"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="53"/>
        <source>Merge “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/merge_dialog.py" line="57"/>
        <source>You and a colleague changed the same passage(s) of “{title}” differently.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="63"/>
        <source>Keep the newsroom&apos;s version {theirs}, keep yours (version {mine}), or edit the merged text and save it. Nothing is lost: the versions you do not keep stay in the history, set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="71"/>
        <source>The newsroom&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="72"/>
        <source>Your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="73"/>
        <source>The merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="75"/>
        <source>&amp;Newsroom: version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="77"/>
        <source>&amp;Yours: version {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="81"/>
        <source>Merged te&amp;xt (starts as yours; edit it, then Save Merge):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="87"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="90"/>
        <source>Keep &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="91"/>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="92"/>
        <source>&amp;Save Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="93"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="100"/>
        <source>Keep the newsroom&apos;s text as it is; yours is set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="101"/>
        <source>Put your text on top of the newsroom&apos;s as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/merge_dialog.py" line="102"/>
        <source>Put the merged text on top of the newsroom&apos;s as a new version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsroom</name>
    <message>
        <location filename="../../desktop/conflict_actions.py" line="55"/>
        <source>No article waits for a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_actions.py" line="64"/>
        <source>Fetching both versions from the newsroom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_actions.py" line="76"/>
        <source>Cannot fetch the versions to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_actions.py" line="79"/>
        <source>The article no longer clashes with the newsroom&apos;s version; syncing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_actions.py" line="102"/>
        <source>The merge was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_actions.py" line="109"/>
        <source>Kept the newsroom&apos;s version {number} of “{title}”; yours are set aside in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/conflict_actions.py" line="113"/>
        <source>Saved the merge as version {number} of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/newsroom_sync.py" line="103"/>
        <source>This history has no newsroom server: `emend remote URL` sets one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/newsroom_sync.py" line="106"/>
        <source>Syncing with the newsroom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/newsroom_sync.py" line="179"/>
        <source>Showing version {number}, from the newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/newsroom_sync.py" line="184"/>
        <source>Version {number} arrived from the newsroom; saving will offer to reload it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/newsroom_sync.py" line="242"/>
        <source>Cannot sync with the newsroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/newsroom_sync.py" line="253"/>
        <source>Synced with the newsroom: %n sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/newsroom_sync.py" line="253"/>
        <source>%n received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/newsroom_sync.py" line="256"/>
        <source>%n article(s) need a merge by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="55"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="56"/>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="57"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="58"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="59"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="60"/>
        <source>HTML fragment (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="61"/>
        <source>JSON-LD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="62"/>
        <source>JSON-LD (*.jsonld *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="63"/>
        <source>NewsML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="64"/>
        <source>NewsML-G2 (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="93"/>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="439"/>
        <source>Correction notice — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="114"/>
        <source>Which notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="118"/>
        <source>Notice status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="120"/>
        <source>Notice wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="121"/>
        <source>Labelled paragraphs separated by a blank line, then the date line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="127"/>
        <source>Problem with the wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="131"/>
        <source>Notice check warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="135"/>
        <source>Notice preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="139"/>
        <source>Output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="144"/>
        <source>Notice output to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="152"/>
        <source>&amp;Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="160"/>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="163"/>
        <source>&amp;Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="174"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="175"/>
        <source>Copy the output in the chosen format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="176"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="177"/>
        <source>Save the output in the chosen format to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="178"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="179"/>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="451"/>
        <source>Print the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="180"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="181"/>
        <source>Save the notice as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="182"/>
        <source>&amp;Reset Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="183"/>
        <source>Go back to the wording as drafted or published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="184"/>
        <source>P&amp;ublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="185"/>
        <source>Publish the version with this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="186"/>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="195"/>
        <source>&amp;Notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="227"/>
        <source>Draft for version {number} — not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="230"/>
        <source>Published with version {number} on {time} — notice {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="253"/>
        <source>Nothing to give notice of: only style fixes were applied since version {number} was published, and readers are never told of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="256"/>
        <source>Nothing to give notice of: no correction was applied since version {number} was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="271"/>
        <source>Draft — not published yet. Publishing version {number} will carry this notice; edit its wording here first if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="273"/>
        <source>P&amp;ublish Version {number}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="277"/>
        <source>Published with version {number} on {time} by {author}. Published notices never change: publishing a revised wording keeps this one on record as superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="280"/>
        <source>P&amp;ublish Revised Wording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/notice_dialog.py" line="329"/>
        <source>Notice check: %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="330"/>
        <source>Notice check: no warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="422"/>
        <source>Save the notice as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="434"/>
        <source>Cannot save the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="462"/>
        <source>Export the notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="464"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="475"/>
        <source>Cannot export the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="485"/>
        <source>The notice check found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="487"/>
        <source>Publish version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="488"/>
        <source>Publish version {number} of “{title}” with this notice? Readers will see it, and it cannot be changed afterwards, only superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="492"/>
        <source>Publish revised wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="493"/>
        <source>Publish this wording in place of notice {id}? The earlier wording stays on record as superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="511"/>
        <source>Cannot publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="526"/>
        <source>Discard the edited wording?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="527"/>
        <source>The wording you edited was not published. Close and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="52"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="59"/>
        <source>Author name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="60"/>
        <source>Your name as readers and colleagues know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="63"/>
        <source>History database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="66"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="67"/>
        <source>Choose the history database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="71"/>
        <source>Notice house style file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="72"/>
        <source>Emend&apos;s built-in house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="74"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="75"/>
        <source>Choose the notice house style file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="78"/>
        <source>&amp;Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="79"/>
        <source>Preview changes inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="80"/>
        <source>Side by &amp;side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="81"/>
        <source>Preview changes side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="88"/>
        <source>Text size of the article and the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="90"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="94"/>
        <source>Colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="95"/>
        <source>System (as the desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="96"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="96"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="108"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="114"/>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="116"/>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="118"/>
        <source>Stored with every version you save and every correction you attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="120"/>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="162"/>
        <source>History database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="122"/>
        <source>&amp;Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="124"/>
        <source>Leave empty for the default. A change takes effect the next time Emend starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="126"/>
        <source>In use now: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="128"/>
        <source>EMEND_DB is set, and it wins over this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="131"/>
        <source>Correction notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="133"/>
        <source>&amp;House style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="135"/>
        <source>A newsroom TOML file with your own labels, dates and wording. Leave empty for Emend&apos;s built-in style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="138"/>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="146"/>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="147"/>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="148"/>
        <source>Colour the&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="161"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="170"/>
        <source>Notice house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="171"/>
        <source>House style files (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="192"/>
        <source>Enter the name to sign versions and corrections with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="196"/>
        <source>{folder} is a folder: choose a database file in it, such as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="199"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/printing.py" line="84"/>
        <source>the PDF {path} could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/page_printer.py" line="154"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../desktop/recovery.py" line="332"/>
        <source>“{title}” is no longer in this history; the recovered text is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="337"/>
        <source>Version {newer} of “{title}” was saved after your unsaved work on version {older}; the recovered text is on the clipboard, and the newer version is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="344"/>
        <source>Restored your unsaved work on “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="25"/>
        <source>Restore unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="32"/>
        <source>Emend closed without saving your work on “{title}” ({time}). Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="34"/>
        <source>What can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="38"/>
        <source>The unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="42"/>
        <source>What the unsaved work changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="45"/>
        <source>The text is as saved; the work is the corrections attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="49"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="50"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="63"/>
        <source>What changed since version {number}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="68"/>
        <source>The unsaved text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="77"/>
        <source>%n correction(s) attached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="79"/>
        <source>text edits and {corrections}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="81"/>
        <source>text edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="82"/>
        <source>Unsaved on version {number}: {what}.
Discard drops the text edits; corrections already attached stay pending in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <location filename="../../desktop/recovery.py" line="130"/>
        <source>cannot keep a recovery copy in {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../../desktop/dialogs/save_dialog.py" line="14"/>
        <source>Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/save_dialog.py" line="18"/>
        <source>Version message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/save_dialog.py" line="19"/>
        <source>What changed, e.g. “Corrected the reopening day”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/save_dialog.py" line="27"/>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <location filename="../../desktop/screenshot.py" line="25"/>
        <source>An earlier version of this article gave the wrong cost of the restoration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/screenshot.py" line="27"/>
        <source>Figure confirmed by the council press office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/screenshot.py" line="40"/>
        <source>An earlier version of this article was wrong here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/screenshot.py" line="74"/>
        <source>Standards Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../desktop/models/search_model.py" line="23"/>
        <source>correction #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/search_model.py" line="28"/>
        <source>version {number}, still in {later}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/search_model.py" line="30"/>
        <source>version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/search_model.py" line="36"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/search_model.py" line="36"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/search_model.py" line="37"/>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/search_model.py" line="37"/>
        <source>Snippet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/widgets/search_panel.py" line="35"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/search_panel.py" line="41"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/search_panel.py" line="42"/>
        <source>Search every version and correction note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/search_panel.py" line="46"/>
        <location filename="../../desktop/widgets/search_panel.py" line="58"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/search_panel.py" line="53"/>
        <source>Search summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/search_panel.py" line="54"/>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/search_panel.py" line="118"/>
        <source>%n hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/search_panel.py" line="120"/>
        <source>Nothing found for “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/search_panel.py" line="124"/>
        <source>Cannot search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../../desktop/dialogs/send_back_dialog.py" line="14"/>
        <source>Send back for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/send_back_dialog.py" line="17"/>
        <source>What to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/send_back_dialog.py" line="18"/>
        <source>What the corrector should change, e.g. “Check the figure with the council clerk”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/send_back_dialog.py" line="22"/>
        <source>&amp;Send Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/send_back_dialog.py" line="28"/>
        <source>&amp;Note for the corrector:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="48"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="62"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="65"/>
        <source>Filter by action or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="66"/>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="70"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="71"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts_dialog.py" line="71"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignoffPanel</name>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="39"/>
        <location filename="../../desktop/signoff_panel.py" line="61"/>
        <source>Awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="62"/>
        <source>Reading the versions waiting for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="64"/>
        <source>This history is not shared through a newsroom server, so no version here waits for a standards editor&apos;s sign-off.

Versions wait for sign-off in a history cloned from the newsroom server (emend clone URL) or pointed at it (emend remote URL), once it has synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="71"/>
        <source>Versions awaiting sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="79"/>
        <source>Select a version to see its changes since readers saw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="81"/>
        <source>Draft correction notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="86"/>
        <source>Draft notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="94"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="95"/>
        <source>Approve the selected version, so its corrector can publish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="96"/>
        <source>Send &amp;Back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="97"/>
        <source>Send the selected version back to its corrector with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="151"/>
        <source>Send version {number} of “{title}” back to {author}. The note tells them what to change; it stays on the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="165"/>
        <source>Sending to the newsroom server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="174"/>
        <source>Approved version {number} of “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="176"/>
        <source>Sent version {number} of “{title}” back to {author}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="187"/>
        <source>Cannot approve the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="188"/>
        <source>Cannot send the version back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="193"/>
        <source>Local history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/signoff_panel.py" line="202"/>
        <source>%n version(s) awaiting sign-off</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="203"/>
        <source>No version is waiting for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="205"/>
        <source>{listed} (this newsroom does not require sign-off to publish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="207"/>
        <source>On the newsroom server {server}, as of this history&apos;s last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="217"/>
        <source>Cannot read the versions awaiting sign-off: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="231"/>
        <source>The draft uses the built-in house style: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="233"/>
        <source>Reading version {number}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="245"/>
        <source>Cannot read this version: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="250"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="252"/>
        <source>Select a version to see the notice publishing it would carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_panel.py" line="258"/>
        <source>This version applies no correction since readers last saw the article, so publishing it stores no notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_reads.py" line="53"/>
        <source>Version {number}, as readers saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/signoff_reads.py" line="54"/>
        <source>Version {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLabel</name>
    <message>
        <location filename="../../desktop/widgets/sync_label.py" line="30"/>
        <source>%n to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/sync_label.py" line="32"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/sync_label.py" line="36"/>
        <source>Offline · {to_send}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/sync_label.py" line="37"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/sync_label.py" line="39"/>
        <source>Needs merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/sync_label.py" line="41"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/sync_label.py" line="42"/>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/sync_label.py" line="63"/>
        <source>Last synced at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/sync_label.py" line="64"/>
        <source>Not synced since Emend started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/sync_label.py" line="65"/>
        <source>Newsroom server: {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/sync_label.py" line="69"/>
        <source>Waiting for a merge by hand: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/sync_label.py" line="70"/>
        <source>Click to compare the two versions and merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/sync_label.py" line="73"/>
        <source>%n version(s), publication(s) or notice(s) not yet on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/sync_label.py" line="75"/>
        <source>Click to sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/sync_label.py" line="78"/>
        <source>Newsroom: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="30"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="30"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="31"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="31"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="32"/>
        <source>Corrections applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="33"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="33"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="77"/>
        <source>Version {number} by {author}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="80"/>
        <source>Whitespace or punctuation only: no word was added or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="84"/>
        <source>note only, the text unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="88"/>
        <source>Published {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="91"/>
        <source>Notice {id}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop/widgets/timeline_panel.py" line="31"/>
        <location filename="../../desktop/widgets/timeline_panel.py" line="36"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/timeline_panel.py" line="39"/>
        <source>The selected version in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/timeline_panel.py" line="41"/>
        <source>&amp;Hide trivial versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/timeline_panel.py" line="42"/>
        <source>Hide trivial versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/timeline_panel.py" line="43"/>
        <source>Hide versions that changed only whitespace or punctuation (published ones stay listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/timeline_panel.py" line="47"/>
        <source>Versions listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/timeline_panel.py" line="48"/>
        <source>Reading the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/timeline_panel.py" line="103"/>
        <source>%n version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/timeline_panel.py" line="105"/>
        <source>{shown}, trivial ones hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/timeline_panel.py" line="107"/>
        <source>{shown}, {trivial} trivial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/timeline_panel.py" line="112"/>
        <source>Cannot read the timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackedChanges</name>
    <message>
        <location filename="../../desktop/tracked_changes.py" line="75"/>
        <source>deleted {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tracked_changes.py" line="76"/>
        <source>inserted {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/tracked_marks.py" line="292"/>
        <source>Deleted: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/tracked_marks.py" line="293"/>
        <source>Pending correction: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyBadge</name>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="43"/>
        <location filename="../../desktop/widgets/verify_badge.py" line="49"/>
        <source>Not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="43"/>
        <location filename="../../desktop/widgets/verify_badge.py" line="49"/>
        <source>Click to verify the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="53"/>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="53"/>
        <source>Checking every version against its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="74"/>
        <source>Article {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="75"/>
        <source>The whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/verify_badge.py" line="77"/>
        <source>{scope}: %n version(s) match their hash chain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="78"/>
        <source>✔ Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="82"/>
        <source>✘ Tampered: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="83"/>
        <source>{scope} no longer matches its hash chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="87"/>
        <source>Could not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="88"/>
        <source>Cannot verify the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="94"/>
        <source>Verification: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
