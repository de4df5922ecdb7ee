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
        <location filename="../../desktop/dialogs/about_dialog.py" line="68"/>
        <source>Emend {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="73"/>
        <source>Corrections and clarifications for published articles, with a tamper-evident history.
Released under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="84"/>
        <source>Versions and paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="85"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="85"/>
        <source>Version or path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="98"/>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="99"/>
        <source>Copy the versions and paths to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/about_dialog.py" line="111"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="125"/>
        <source>Something went wrong that Emend did not expect: {error}

Nothing already saved was changed. Please report this, with what you were doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="129"/>
        <source>Emend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../desktop/widgets/article_view.py" line="37"/>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/article_view.py" line="38"/>
        <source>The article; select a passage and press Ctrl+Enter to attach a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/article_view.py" line="48"/>
        <source>Open an article (Ctrl+O) or pick one from the Library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="23"/>
        <source>HTML page (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="24"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="30"/>
        <source>Cannot save the audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="42"/>
        <source>Save audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="56"/>
        <source>Audit: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="66"/>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="88"/>
        <source>Gathering the audit report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="91"/>
        <source>Gathering the audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/audit_report_dialog.py" line="92"/>
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
    <name>Background</name>
    <message>
        <location filename="../../desktop/background.py" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/background.py" line="66"/>
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
        <location filename="../../desktop/backup_action.py" line="41"/>
        <source>Backed up {articles}, {versions}; the copy verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/backup_action.py" line="48"/>
        <source>Back up history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/backup_action.py" line="50"/>
        <source>This history is not kept in a file, so it cannot be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/backup_action.py" line="60"/>
        <source>Backing up the history to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/backup_action.py" line="64"/>
        <source>The backup was not made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlameView</name>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="166"/>
        <source>Blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="172"/>
        <source>Version to blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="176"/>
        <source>Working out who wrote each word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="309"/>
        <source>Working out who wrote each word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="177"/>
        <source>&amp;Who changed this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="46"/>
        <location filename="../../desktop/widgets/blame_view.py" line="67"/>
        <source>unknown author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="61"/>
        <source>No words are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="68"/>
        <source>Version {number} by {author}, {time}: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="74"/>
        <source>These words were written in one version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="76"/>
        <source>These words were written in {count} versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="93"/>
        <source>Article text by version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="178"/>
        <location filename="../../desktop/widgets/blame_view.py" line="261"/>
        <source>Who changed this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="179"/>
        <source>List who introduced the selected words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="181"/>
        <source>Who Changed This?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="187"/>
        <source>Versions in this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="191"/>
        <source>Blame status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="312"/>
        <source>Hover a passage to see who wrote it; select words and ask “Who changed this?”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="195"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="47"/>
        <location filename="../../desktop/widgets/blame_view.py" line="237"/>
        <source>Version {number} · {author} · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="249"/>
        <location filename="../../desktop/widgets/blame_view.py" line="315"/>
        <source>Cannot show blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="250"/>
        <source>Article {article} has no version {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/blame_view.py" line="285"/>
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
        <location filename="../../desktop/commands.py" line="71"/>
        <source>Edit correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="85"/>
        <source>Withdraw correction to {quote}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="47"/>
        <source>Edit correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="47"/>
        <source>Attach correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="50"/>
        <source>Quoted passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="53"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="57"/>
        <source>Replacement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="62"/>
        <source>Public note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="64"/>
        <source>Shown to readers, e.g. “An earlier version gave the wrong date.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="66"/>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="67"/>
        <source>For the newsroom only: source, who reported it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="70"/>
        <source>Passage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="71"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="72"/>
        <source>&amp;Replace with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="73"/>
        <source>&amp;Public note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="74"/>
        <source>&amp;Internal note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="77"/>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="77"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="80"/>
        <source>Enter attaches (Ctrl+Enter from any box). The replacement is applied when you save a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/correction_dialog.py" line="82"/>
        <source>Ctrl+Enter attaches. The replacement is applied when you save a version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsModel</name>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="13"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="13"/>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="14"/>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="14"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="15"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="85"/>
        <location filename="../../desktop/models/corrections_model.py" line="102"/>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="92"/>
        <source>Applied in v{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="93"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="95"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="96"/>
        <source>Passage not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="96"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="99"/>
        <source>{kind} by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="99"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="100"/>
        <source>Passage: {quote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="101"/>
        <source>Replacement: {replacement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="104"/>
        <source>Public note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/corrections_model.py" line="106"/>
        <source>Internal note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <location filename="../../desktop/widgets/corrections_panel.py" line="22"/>
        <source>Corrections</source>
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
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="54"/>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="60"/>
        <source>The problem in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="62"/>
        <source>Emend leaves {name} exactly as it is. Open another history, create a new one, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="66"/>
        <source>&amp;Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="67"/>
        <source>&amp;Create New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="68"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="127"/>
        <source>Open another history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="136"/>
        <source>Create a new history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="144"/>
        <source>{path} already exists, and Emend never writes over a file. Choose a new name, or use Open Another… to open an existing history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffPreview</name>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="187"/>
        <location filename="../../desktop/widgets/diff_preview.py" line="271"/>
        <location filename="../../desktop/widgets/diff_preview.py" line="282"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="190"/>
        <source>Preview problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="192"/>
        <source>Tracked changes preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="193"/>
        <source>Attach a correction or edit the text to see the tracked changes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="194"/>
        <source>Saved text with deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="195"/>
        <source>Corrected text with insertions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="373"/>
        <source>deleted {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="374"/>
        <source>inserted {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="406"/>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="408"/>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/diff_preview.py" line="410"/>
        <source>Change {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/diff_preview.py" line="412"/>
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffScheduler</name>
    <message>
        <location filename="../../desktop/workers.py" line="64"/>
        <source>{problem}; edit or withdraw that correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/workers.py" line="86"/>
        <source>the preview could not be computed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorSession</name>
    <message numerus="yes">
        <location filename="../../desktop/session.py" line="156"/>
        <source>%n pending correction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="158"/>
        <source>{corrections} and text edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="159"/>
        <source>text edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/session.py" line="168"/>
        <source>Edited the text and applied %n correction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/session.py" line="169"/>
        <source>Edited the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/session.py" line="170"/>
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
        <location filename="../../desktop/dialogs/export_dialog.py" line="18"/>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="19"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="20"/>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="21"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="51"/>
        <source>Cannot export the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="59"/>
        <source>Export article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="66"/>
        <source>Exporting {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export_dialog.py" line="70"/>
        <source>The article was not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop/formatting.py" line="11"/>
        <source>dd MMM yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="12"/>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="13"/>
        <source>dd MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/formatting.py" line="14"/>
        <source>dd MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/models/history_model.py" line="11"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="11"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="12"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="12"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="52"/>
        <source>✔ Published {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/history_model.py" line="49"/>
        <source>Version {number} by {author}
{message}
{time} (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="21"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="26"/>
        <source>Pick two versions to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportChoice</name>
    <message>
        <location filename="../../desktop/import_choice.py" line="90"/>
        <source>kept %n block(s) of page text that extraction would leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/import_choice.py" line="93"/>
        <source>left out %n block(s) of page text (navigation, related stories, buttons, footers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="32"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="33"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="34"/>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="35"/>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="36"/>
        <source>Text from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="256"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="262"/>
        <source>Cannot import the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="293"/>
        <source>The article was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="308"/>
        <source>Reading the clipboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="311"/>
        <source>Cannot import the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="59"/>
        <source>Import article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="64"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="65"/>
        <source>The article&apos;s headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="67"/>
        <source>Source file, format and encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="70"/>
        <source>What the import decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="73"/>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="74"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="75"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="78"/>
        <source>Extracted article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="84"/>
        <source>&amp;Keep all removed blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="85"/>
        <source>Keep all removed blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="88"/>
        <source>Page text left out of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="106"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="110"/>
        <source>Nothing is stored until you press Import; the text becomes version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="161"/>
        <source>Not found in the page order, so it cannot be kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="184"/>
        <source>Article text — {words} words, becomes version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="188"/>
        <source>Page text left out: {total} blocks (navigation, related stories, footers). Tick a block to keep it; kept blocks are highlighted in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="199"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/models/library_model.py" line="12"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/library_model.py" line="12"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/library_model.py" line="13"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/library_model.py" line="53"/>
        <source>{title}
Last saved {time} by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/library_model.py" line="55"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/models/library_model.py" line="57"/>
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
        <location filename="../../desktop/widgets/library_panel.py" line="20"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="50"/>
        <source>Select the passage that is wrong, then press Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="51"/>
        <source>Press Ctrl+Enter to attach a correction to the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="52"/>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="164"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="166"/>
        <source>Open an article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="167"/>
        <source>Open &amp;Sample Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="168"/>
        <source>Open the bundled sample article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="169"/>
        <source>&amp;Save Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="171"/>
        <source>Store a new version with the pending corrections applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="172"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="173"/>
        <source>Your &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="174"/>
        <source>Change the author name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="175"/>
        <source>&amp;Attach Correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="177"/>
        <source>Attach a correction to the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="178"/>
        <source>Attach Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="179"/>
        <source>&amp;Edit Correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="180"/>
        <source>Change the selected correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="181"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="182"/>
        <source>Withdraw (reject) the selected correction; it stays on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="183"/>
        <source>&amp;Withdraw Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="185"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="186"/>
        <source>A&amp;ccept Correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="187"/>
        <source>Apply just the selected correction and save a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="188"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="189"/>
        <source>Edit &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="191"/>
        <source>Edit the article text directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="192"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="195"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="196"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="199"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="202"/>
        <source>&amp;Next Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="204"/>
        <source>Go to the next change in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="205"/>
        <source>&amp;Previous Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="207"/>
        <source>Go to the previous change in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="208"/>
        <source>&amp;Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="210"/>
        <source>Show the saved and the corrected text side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="211"/>
        <source>Show &amp;Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="212"/>
        <source>Preview the pending corrections and edits again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="213"/>
        <source>&amp;Restore This Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="215"/>
        <source>Store a new version equal to the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="216"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="217"/>
        <source>&amp;About Emend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="221"/>
        <location filename="../../desktop/main_window.py" line="805"/>
        <source>No article open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="239"/>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="241"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="296"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="298"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="308"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="312"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="317"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="320"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="324"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="339"/>
        <source>Computing the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="345"/>
        <source>Updating preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="377"/>
        <source>Open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="390"/>
        <source>{path} is Emend&apos;s history database itself, not an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="407"/>
        <source>“{title}” is already in the history (from {name}); opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="409"/>
        <source>Imported {name} as version 1 of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="465"/>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="467"/>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="502"/>
        <source>Cannot attach the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="507"/>
        <source>Correction attached; it is applied when you save a version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="529"/>
        <source>Cannot change the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="541"/>
        <source>Cannot withdraw the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="544"/>
        <source>Correction withdrawn; it stays on record (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="553"/>
        <source>Save your text edits first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="554"/>
        <source>The text has unsaved direct edits. Save them as a version (Ctrl+S) or turn off Edit Text and undo them before accepting a single correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="560"/>
        <source>Apply this {kind} and store the result as a new version:
“{quote}” → “{replacement}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="565"/>
        <source>Accept correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="600"/>
        <source>Cannot undo or redo that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="611"/>
        <source>Editing the text: your changes show in the preview and are saved with the next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="640"/>
        <source>Nothing to save: no pending corrections or text edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="642"/>
        <source>Store {changes} as version {number} of “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="659"/>
        <source>The version was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="660"/>
        <source>{error}

Nothing was lost: your corrections are still pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="664"/>
        <source>Saved version {number}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="670"/>
        <source>Reload it now? Your pending corrections are kept and will be placed on the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="672"/>
        <source>Your direct text edits are copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="673"/>
        <source>A newer version was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="692"/>
        <source>Restore version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="693"/>
        <source>Restoring drops your unsaved text edits. Restore anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="705"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="706"/>
        <source>“{title}” has {changes} not yet in a saved version.

Save them as a new version? Discard drops text edits and withdraws the corrections attached in this session (they stay on record, marked withdrawn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="718"/>
        <source>Cannot discard the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="734"/>
        <location filename="../../desktop/main_window.py" line="736"/>
        <location filename="../../desktop/main_window.py" line="738"/>
        <source>Version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="735"/>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="739"/>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="763"/>
        <source>Change {number} of {count}: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="799"/>
        <source>{title}  ·  version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="801"/>
        <source>{title}[*] — Emend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="802"/>
        <source>Computing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="806"/>
        <source>Emend[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="807"/>
        <source>Open an article to see its tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="832"/>
        <source>Unsaved: {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="833"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="839"/>
        <source>Version {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="848"/>
        <source>Open an article with File &gt; Open (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="870"/>
        <source>Correction &amp;Notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="872"/>
        <source>Show, edit, copy and publish the article&apos;s correction notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="873"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="874"/>
        <source>&amp;Publish Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="875"/>
        <source>Mark the saved version as the one readers see, with its notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="877"/>
        <source>Save &amp;Audit Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="878"/>
        <source>Save the article&apos;s audit report as HTML or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="886"/>
        <source>Correction notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="901"/>
        <source>Open an article to publish one of its versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="903"/>
        <source>Save your corrections and text edits first (Ctrl+S): only a saved version can be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="906"/>
        <source>Version {number} is already published; save a corrected version to publish again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="916"/>
        <source>Mark version {number} as the one readers see, with its notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="935"/>
        <source>Cannot show the correction notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="939"/>
        <source>Published version {number} with its notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="945"/>
        <source>The notice covers saved versions only: save (Ctrl+S) to include your pending corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="969"/>
        <location filename="../../desktop/main_window.py" line="994"/>
        <source>Cannot publish the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="972"/>
        <source>No correction was applied since the last published version, so no notice is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="974"/>
        <source>This notice is stored with it; it cannot be changed afterwards, only superseded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="980"/>
        <source>The notice check found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="982"/>
        <source>Mark version {number} of “{title}” as the version readers see?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="984"/>
        <source>Publish version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="998"/>
        <source>Published version {number} with notice {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="999"/>
        <source>Published version {number}, without a notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1016"/>
        <source>Saved the audit report to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1024"/>
        <location filename="../../desktop/main_window.py" line="1032"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1029"/>
        <location filename="../../desktop/main_window.py" line="1033"/>
        <source>Blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="237"/>
        <location filename="../../desktop/main_window.py" line="1041"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1054"/>
        <source>&amp;Who Changed This?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1055"/>
        <source>Name the versions, authors and notes that wrote the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1057"/>
        <source>&amp;Verify History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1058"/>
        <source>Check every version of every article against its hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1059"/>
        <source>&amp;Search Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1060"/>
        <source>Search every version and correction note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1137"/>
        <source>Select the words to ask about, then choose History &gt; Who Changed This? (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1141"/>
        <source>Who changed this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1142"/>
        <source>The text has unsaved edits, which no version wrote yet. Save them as a version (Ctrl+S) or undo them, then ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1173"/>
        <source>Verifying the whole history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1180"/>
        <source>History verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="1181"/>
        <source>ok: every version of %n article(s) matches its hash chain; nothing was altered after it was saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1184"/>
        <source>FAILED {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1185"/>
        <source>The history was tampered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1186"/>
        <source>Verification failed: the stored history no longer matches its hash chains.

{problems}

Restore the database from a backup and find out who had access to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1195"/>
        <source>Cannot verify the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1208"/>
        <source>Found in version {number}; the preview shows its changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1232"/>
        <source>Versions and corrections are now signed “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1244"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1245"/>
        <source>Your name, the database, the notice house style and how text shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1248"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1249"/>
        <source>List every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1277"/>
        <source>Versions and corrections are now signed “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1285"/>
        <source>the built-in house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1286"/>
        <source>Notices now use {style}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1288"/>
        <source>The new database opens the next time Emend starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1326"/>
        <source>New from &amp;Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1328"/>
        <source>Import the text on the clipboard as a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1329"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1330"/>
        <source>Write the version shown as a .txt, .md, .html or .docx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1331"/>
        <source>&amp;Back Up History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1332"/>
        <source>Copy the whole history to a file and verify the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1333"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1334"/>
        <source>Show versions and corrections saved by other windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="389"/>
        <location filename="../../desktop/main_window.py" line="434"/>
        <location filename="../../desktop/main_window.py" line="437"/>
        <location filename="../../desktop/main_window.py" line="1360"/>
        <source>Cannot open the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1376"/>
        <source>“{title}” is already in the history (the same text); opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1377"/>
        <source>Imported the clipboard as version 1 of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1392"/>
        <source>Exported version {number} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1421"/>
        <source>Version {number} was saved elsewhere; saving will offer to reload it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1427"/>
        <source>Showing version {number}, saved elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1430"/>
        <source>Cannot refresh: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1451"/>
        <source>Unsaved work is not being kept for recovery: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1471"/>
        <source>Cannot restore the unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1482"/>
        <source>Restore unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="47"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="48"/>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="49"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="50"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="51"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="52"/>
        <source>HTML fragment (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="53"/>
        <source>JSON-LD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="54"/>
        <source>JSON-LD (*.jsonld *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="55"/>
        <source>NewsML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="56"/>
        <source>NewsML-G2 (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="85"/>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="409"/>
        <source>Correction notice — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="105"/>
        <source>Which notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="109"/>
        <source>Notice status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="111"/>
        <source>Notice wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="112"/>
        <source>Labelled paragraphs separated by a blank line, then the date line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="118"/>
        <source>Problem with the wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="122"/>
        <source>Notice check warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="126"/>
        <source>Notice preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="130"/>
        <source>Output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="135"/>
        <source>Notice output to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="143"/>
        <source>&amp;Wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="151"/>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="154"/>
        <source>&amp;Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="165"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="166"/>
        <source>Copy the output in the chosen format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="167"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="168"/>
        <source>Save the output in the chosen format to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="169"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="170"/>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="419"/>
        <source>Print the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="171"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="172"/>
        <source>Save the notice as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="173"/>
        <source>&amp;Reset Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="174"/>
        <source>Go back to the wording as drafted or published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="175"/>
        <source>P&amp;ublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="176"/>
        <source>Publish the version with this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="177"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="186"/>
        <source>&amp;Notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="217"/>
        <source>Draft for version {number} — not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="220"/>
        <source>Published with version {number} on {time} — notice {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="240"/>
        <source>Nothing to give notice of: no correction was applied since version {number} was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="255"/>
        <source>Draft — not published yet. Publishing version {number} will carry this notice; edit its wording here first if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="257"/>
        <source>P&amp;ublish Version {number}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="261"/>
        <source>Published with version {number} on {time} by {author}. Published notices never change: publishing a revised wording keeps this one on record as superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="264"/>
        <source>P&amp;ublish Revised Wording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/notice_dialog.py" line="313"/>
        <source>Notice check: %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="314"/>
        <source>Notice check: no warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="392"/>
        <source>Save the notice as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="402"/>
        <source>Cannot save the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="403"/>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="431"/>
        <source>Export the notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="433"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="442"/>
        <source>Cannot export the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="452"/>
        <source>The notice check found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="454"/>
        <source>Publish version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="455"/>
        <source>Publish version {number} of “{title}” with this notice? Readers will see it, and it cannot be changed afterwards, only superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="459"/>
        <source>Publish revised wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="460"/>
        <source>Publish this wording in place of notice {id}? The earlier wording stays on record as superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="478"/>
        <source>Cannot publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="493"/>
        <source>Discard the edited wording?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/notice_dialog.py" line="494"/>
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
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="74"/>
        <source>Browse…</source>
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
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="101"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="107"/>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="109"/>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="111"/>
        <source>Stored with every version you save and every correction you attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="113"/>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="153"/>
        <source>History database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="115"/>
        <source>&amp;Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="117"/>
        <source>Leave empty for the default. A change takes effect the next time Emend starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="119"/>
        <source>In use now: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="121"/>
        <source>EMEND_DB is set, and it wins over this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="124"/>
        <source>Correction notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="126"/>
        <source>&amp;House style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="128"/>
        <source>A newsroom TOML file with your own labels, dates and wording. Leave empty for Emend&apos;s built-in style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="131"/>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="139"/>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="140"/>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="152"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="160"/>
        <source>Notice house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="161"/>
        <source>House style files (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="181"/>
        <source>Enter the name to sign versions and corrections with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="185"/>
        <source>{folder} is a folder: choose a database file in it, such as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences_dialog.py" line="188"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/printing.py" line="31"/>
        <source>{path} is a folder; give the PDF a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/printing.py" line="34"/>
        <source>the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/printing.py" line="46"/>
        <source>the PDF {path} could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../desktop/recovery.py" line="350"/>
        <source>“{title}” is no longer in this history; the recovered text is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="355"/>
        <source>Version {newer} of “{title}” was saved after your unsaved work on version {older}; the recovered text is on the clipboard, and the newer version is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/recovery.py" line="362"/>
        <source>Restored your unsaved work on “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="22"/>
        <source>Restore unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="33"/>
        <source>Emend closed without saving your work on “{title}” ({time}). Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="35"/>
        <source>What can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="41"/>
        <source>The unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="46"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="47"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="59"/>
        <source>The unsaved text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="73"/>
        <source>%n correction(s) attached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="75"/>
        <source>text edits and {corrections}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="77"/>
        <source>text edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="78"/>
        <source>Unsaved on version {number}: {what}.
Discard drops the text edits; corrections already attached stay pending in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <location filename="../../desktop/recovery.py" line="133"/>
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
        <location filename="../../desktop/screenshot.py" line="62"/>
        <source>Standards Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../desktop/models/search_model.py" line="22"/>
        <source>correction #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/search_model.py" line="26"/>
        <source>version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/search_model.py" line="32"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/search_model.py" line="32"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/search_model.py" line="33"/>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/search_model.py" line="33"/>
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
        <location filename="../../desktop/widgets/search_panel.py" line="116"/>
        <source>%n hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/search_panel.py" line="118"/>
        <source>Nothing found for “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/search_panel.py" line="122"/>
        <source>Cannot search</source>
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
    <name>TimelineModel</name>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="29"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="29"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="30"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="30"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="31"/>
        <source>Corrections applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="32"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="32"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="71"/>
        <source>Version {number} by {author}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="74"/>
        <source>Whitespace or punctuation only: no word was added or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="80"/>
        <source>Published {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="83"/>
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
        <location filename="../../desktop/widgets/timeline_panel.py" line="95"/>
        <source>%n version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/timeline_panel.py" line="97"/>
        <source>{shown}, trivial ones hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/timeline_panel.py" line="99"/>
        <source>{shown}, {trivial} trivial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/timeline_panel.py" line="104"/>
        <source>Cannot read the timeline</source>
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
        <location filename="../../desktop/widgets/verify_badge.py" line="71"/>
        <source>Article {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="72"/>
        <source>The whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/verify_badge.py" line="74"/>
        <source>{scope}: %n version(s) match their hash chain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="75"/>
        <source>✔ Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="79"/>
        <source>✘ Tampered: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="80"/>
        <source>{scope} no longer matches its hash chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="84"/>
        <source>Could not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="85"/>
        <source>Cannot verify the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/verify_badge.py" line="91"/>
        <source>Verification: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
