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
    <name>BackupAction</name>
    <message>
        <location filename="../../desktop/backup_action.py" line="20"/>
        <source>Emend history (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlameView</name>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="162"/>
        <source>Blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="168"/>
        <source>Version to blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="172"/>
        <source>Working out who wrote each word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="303"/>
        <source>Working out who wrote each word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="173"/>
        <source>&amp;Who changed this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="44"/>
        <location filename="../../desktop/widgets/blame_view.py" line="63"/>
        <source>unknown author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="57"/>
        <source>No words are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="64"/>
        <source>Version {number} by {author}, {time}: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="70"/>
        <source>These words were written in one version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="72"/>
        <source>These words were written in {count} versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="89"/>
        <source>Article text by version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="174"/>
        <location filename="../../desktop/widgets/blame_view.py" line="255"/>
        <source>Who changed this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="175"/>
        <source>List who introduced the selected words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="177"/>
        <source>Who Changed This?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="183"/>
        <source>Versions in this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="187"/>
        <source>Blame status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="306"/>
        <source>Hover a passage to see who wrote it; select words and ask “Who changed this?”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="191"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="45"/>
        <location filename="../../desktop/widgets/blame_view.py" line="233"/>
        <source>Version {number} · {author} · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="243"/>
        <location filename="../../desktop/widgets/blame_view.py" line="309"/>
        <source>Cannot show blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/blame_view.py" line="244"/>
        <source>Article {article} has no version {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/blame_view.py" line="279"/>
        <source>v{number} · {author} · %n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="47"/>
        <source>Cannot open the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="56"/>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="62"/>
        <source>The problem in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="64"/>
        <source>Emend leaves {name} exactly as it is. Open another history, create a new one, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="68"/>
        <source>&amp;Open Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="69"/>
        <source>&amp;Create New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/database_problem_dialog.py" line="70"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="61"/>
        <source>Import article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="66"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="67"/>
        <source>The article&apos;s headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="69"/>
        <source>Source file, format and encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="72"/>
        <source>What the import decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="75"/>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="76"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="77"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="80"/>
        <source>Extracted article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="86"/>
        <source>&amp;Keep all removed blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="87"/>
        <source>Keep all removed blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="90"/>
        <source>Page text left out of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="108"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="112"/>
        <source>Nothing is stored until you press Import; the text becomes version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="163"/>
        <source>Not found in the page order, so it cannot be kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="186"/>
        <source>Article text — {words} words, becomes version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="190"/>
        <source>Page text left out: {total} blocks (navigation, related stories, footers). Tick a block to keep it; kept blocks are highlighted in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="201"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="52"/>
        <source>Select the passage that is wrong, then press Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="53"/>
        <source>Press Ctrl+Enter to attach a correction to the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="162"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="164"/>
        <source>Open an article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="165"/>
        <source>Open &amp;Sample Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="166"/>
        <source>Open the bundled sample article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="167"/>
        <source>&amp;Save Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="169"/>
        <source>Store a new version with the pending corrections applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="170"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="171"/>
        <source>Your &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="172"/>
        <source>Change the author name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="173"/>
        <source>&amp;Attach Correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="175"/>
        <source>Attach a correction to the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="176"/>
        <source>Attach Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="177"/>
        <source>&amp;Edit Correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="178"/>
        <source>Change the selected correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="179"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="180"/>
        <source>Withdraw (reject) the selected correction; it stays on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="181"/>
        <source>&amp;Withdraw Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="183"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="184"/>
        <source>A&amp;ccept Correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="185"/>
        <source>Apply just the selected correction and save a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="186"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="187"/>
        <source>Edit &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="189"/>
        <source>Edit the article text directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="190"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="193"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="194"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="197"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="200"/>
        <source>&amp;Next Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="202"/>
        <source>Go to the next change in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="203"/>
        <source>&amp;Previous Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="205"/>
        <source>Go to the previous change in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="206"/>
        <source>&amp;Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="208"/>
        <source>Show the saved and the corrected text side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="209"/>
        <source>Show &amp;Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="210"/>
        <source>Preview the pending corrections and edits again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="211"/>
        <source>&amp;Restore This Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="213"/>
        <source>Store a new version equal to the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="214"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="215"/>
        <source>&amp;About Emend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="273"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="275"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="285"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="289"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="294"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="297"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="301"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="316"/>
        <source>Computing the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="322"/>
        <source>Updating preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="801"/>
        <source>Correction &amp;Notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="802"/>
        <source>Show, edit, copy and publish the article&apos;s correction notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="803"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="804"/>
        <source>&amp;Publish Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="805"/>
        <source>Mark the saved version as the one readers see, with its notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="807"/>
        <source>Save &amp;Audit Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="808"/>
        <source>Save the article&apos;s audit report as HTML or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="827"/>
        <source>Open an article to publish one of its versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="829"/>
        <source>Save your corrections and text edits first (Ctrl+S): only a saved version can be published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="832"/>
        <source>Version {number} is already published; save a corrected version to publish again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="842"/>
        <source>Mark version {number} as the one readers see, with its notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="859"/>
        <source>Cannot show the correction notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="863"/>
        <source>Published version {number} with its notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="869"/>
        <source>The notice covers saved versions only: save (Ctrl+S) to include your pending corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="893"/>
        <location filename="../../desktop/main_window.py" line="916"/>
        <source>Cannot publish the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="896"/>
        <source>No correction was applied since the last published version, so no notice is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="898"/>
        <source>This notice is stored with it; it cannot be changed afterwards, only superseded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="902"/>
        <source>The notice check found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="904"/>
        <source>Mark version {number} of “{title}” as the version readers see?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="906"/>
        <source>Publish version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="920"/>
        <source>Published version {number} with notice {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="921"/>
        <source>Published version {number}, without a notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="936"/>
        <source>Saved the audit report to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="944"/>
        <location filename="../../desktop/main_window.py" line="952"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="949"/>
        <location filename="../../desktop/main_window.py" line="953"/>
        <source>Blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="961"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="974"/>
        <source>&amp;Who Changed This?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="975"/>
        <source>Name the versions, authors and notes that wrote the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="977"/>
        <source>&amp;Verify History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="978"/>
        <source>Check every version of every article against its hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="979"/>
        <source>&amp;Search Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="980"/>
        <source>Search every version and correction note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1044"/>
        <source>Select the words to ask about, then choose History &gt; Who Changed This? (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1048"/>
        <source>Who changed this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1049"/>
        <source>The text has unsaved edits, which no version wrote yet. Save them as a version (Ctrl+S) or undo them, then ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1080"/>
        <source>Verifying the whole history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1087"/>
        <source>History verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="1088"/>
        <source>ok: every version of %n article(s) matches its hash chain; nothing was altered after it was saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1092"/>
        <source>The history was tampered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1093"/>
        <source>Verification failed: the stored history no longer matches its hash chains.

{problems}

Restore the database from a backup and find out who had access to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1102"/>
        <source>Cannot verify the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1115"/>
        <source>Found in version {number}; the preview shows its changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1145"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1146"/>
        <source>Your name, the database, the notice house style and how text shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1149"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1150"/>
        <source>List every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1176"/>
        <source>Versions and corrections are now signed “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1184"/>
        <source>the built-in house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1185"/>
        <source>Notices now use {style}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1187"/>
        <source>The new database opens the next time Emend starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1220"/>
        <source>New from &amp;Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1222"/>
        <source>Import the text on the clipboard as a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1223"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1224"/>
        <source>Write the version shown as a .txt, .md, .html or .docx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1225"/>
        <source>&amp;Back Up History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1226"/>
        <source>Copy the whole history to a file and verify the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1227"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1228"/>
        <source>Show versions and corrections saved by other windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1255"/>
        <source>Cannot open the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1269"/>
        <source>“{title}” is already in the history (the same text); opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1270"/>
        <source>Imported the clipboard as version 1 of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1283"/>
        <source>Exported version {number} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1310"/>
        <source>Version {number} was saved elsewhere; saving will offer to reload it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1316"/>
        <source>Showing version {number}, saved elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1319"/>
        <source>Cannot refresh: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1340"/>
        <source>Unsaved work is not being kept for recovery: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1355"/>
        <source>Cannot restore the unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="1365"/>
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
        <source>In use now: {path}</source>
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
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="24"/>
        <source>Restore unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="35"/>
        <source>Emend closed without saving your work on “{title}” ({time}). Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="37"/>
        <source>What can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="43"/>
        <source>The unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="48"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="49"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="61"/>
        <source>The unsaved text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="74"/>
        <source>text edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="77"/>
        <source>1 correction attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="78"/>
        <source>{count} corrections attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="79"/>
        <source>Unsaved on version {number}: {what}.
Discard drops the text edits; corrections already attached stay pending in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/recovery_dialog.py" line="81"/>
        <source> and </source>
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
        <location filename="../../desktop/widgets/search_panel.py" line="111"/>
        <source>%n hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/search_panel.py" line="113"/>
        <source>Nothing found for “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/search_panel.py" line="117"/>
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
        <location filename="../../desktop/models/timeline_model.py" line="36"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="36"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="37"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="37"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="38"/>
        <source>Corrections applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="39"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="39"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="115"/>
        <source>Version {number} by {author}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="118"/>
        <source>Whitespace or punctuation only: no word was added or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="124"/>
        <source>Published {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/models/timeline_model.py" line="127"/>
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
