<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AttachmentPage</name>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="80"/>
        <source>Open outside imIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="81"/>
        <source>Open this file with the computer&apos;s own application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="82"/>
        <source>Open with the system application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionBlock</name>
    <message>
        <location filename="../../imin_desktop/ui/score_widgets.py" line="296"/>
        <source>Criterion %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/score_widgets.py" line="307"/>
        <source>weight ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/score_widgets.py" line="311"/>
        <source>Weight and shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/score_widgets.py" line="319"/>
        <source>Description of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/score_widgets.py" line="322"/>
        <source>Score for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/score_widgets.py" line="325"/>
        <source>Click a value, or type a digit; + and - move by one step; Delete clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/score_widgets.py" line="331"/>
        <source>Level descriptors for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/score_widgets.py" line="336"/>
        <source>Comment on %1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/score_widgets.py" line="338"/>
        <source>Comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/score_widgets.py" line="339"/>
        <source>Why this score? Required to mark as done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="77"/>
        <source>Drop a juror kit here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../imin_desktop/ui/errors.py" line="27"/>
        <source>You do not have permission to use {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/errors.py" line="28"/>
        <source>this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/errors.py" line="31"/>
        <source>{file} was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/errors.py" line="32"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/errors.py" line="36"/>
        <source>The computer refused the operation{where}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/errors.py" line="39"/>
        <source>Something unexpected went wrong. Everything you entered up to now is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/errors.py" line="77"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../imin_desktop/ui/export_flow.py" line="40"/>
        <source>{not_done} of {total} submissions are not done: {in_progress} in progress (sent as drafts) and {not_started} not started (not sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/export_flow.py" line="51"/>
        <location filename="../../imin_desktop/ui/export_flow.py" line="61"/>
        <source>Some reviews are not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/export_flow.py" line="52"/>
        <source>Some reviews are not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/export_flow.py" line="55"/>
        <source>You can export now and export again later: the coordinator keeps the newest score file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/export_flow.py" line="58"/>
        <source>Export anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/export_flow.py" line="67"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/export_flow.py" line="68"/>
        <source>Drafts (in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/export_flow.py" line="69"/>
        <source>Conflicts of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/export_flow.py" line="70"/>
        <source>Not started (not included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/export_flow.py" line="78"/>
        <source>Score file number {n} was written to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/export_flow.py" line="85"/>
        <source>Some reviews are not done; export again when you finish them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/export_flow.py" line="88"/>
        <source>Hand this file to the coordinator (USB stick or e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/export_flow.py" line="95"/>
        <location filename="../../imin_desktop/ui/export_flow.py" line="99"/>
        <source>Score file exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/export_flow.py" line="96"/>
        <source>Your score file is ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="271"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="277"/>
        <source>This kit is encrypted, so its files are never written to the disk and imIN cannot show this kind of file. Ask the coordinator for a copy if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="281"/>
        <source>Why this file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateRow</name>
    <message>
        <location filename="../../imin_desktop/ui/score_widgets.py" line="374"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/score_widgets.py" line="375"/>
        <source>%1: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/score_widgets.py" line="376"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/score_widgets.py" line="377"/>
        <source>%1: no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../imin_desktop/ui/help_overlay.py" line="17"/>
        <location filename="../../imin_desktop/ui/help_overlay.py" line="25"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/help_overlay.py" line="33"/>
        <source>Shortcut list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/help_overlay.py" line="36"/>
        <source>Every change is saved as you make it. Hover over a control to see its shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/help_overlay.py" line="40"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/help_overlay.py" line="41"/>
        <source>Close the shortcut list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePage</name>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="229"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="240"/>
        <source>This image cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../imin_desktop/ui/passphrase_dialog.py" line="21"/>
        <source>Encrypted kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/passphrase_dialog.py" line="22"/>
        <source>Passphrase for the encrypted kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/passphrase_dialog.py" line="26"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Type the passphrase the coordinator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/passphrase_dialog.py" line="34"/>
        <location filename="../../imin_desktop/ui/passphrase_dialog.py" line="35"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/passphrase_dialog.py" line="37"/>
        <location filename="../../imin_desktop/ui/passphrase_dialog.py" line="38"/>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/passphrase_dialog.py" line="44"/>
        <source>Passphrase problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/passphrase_dialog.py" line="53"/>
        <location filename="../../imin_desktop/ui/passphrase_dialog.py" line="54"/>
        <source>Open kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/passphrase_dialog.py" line="56"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPage</name>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="103"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="104"/>
        <source>PDF tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="107"/>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="107"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="112"/>
        <location filename="../../imin_desktop/ui/attachments.py" line="113"/>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="119"/>
        <source>Page count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="121"/>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="121"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="125"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="125"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="130"/>
        <location filename="../../imin_desktop/ui/attachments.py" line="131"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="132"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="133"/>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="138"/>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="138"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="151"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/attachments.py" line="179"/>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreSelector</name>
    <message>
        <location filename="../../imin_desktop/ui/score_widgets.py" line="110"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="45"/>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="57"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="63"/>
        <source>I have a conflict of interest with this submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="65"/>
        <source>I have a conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="67"/>
        <source>Declaring a conflict clears this submission&apos;s scores; you will not score it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="72"/>
        <source>You declared a conflict of interest: you do not score this submission. Untick the box to withdraw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="75"/>
        <source>Conflict of interest declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="79"/>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="80"/>
        <source>Eligibility questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="87"/>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="92"/>
        <source>Overall comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="93"/>
        <source>Strengths, weaknesses, advice to the team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="107"/>
        <source>Review total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="116"/>
        <source>Review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="118"/>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="119"/>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="194"/>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="206"/>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="207"/>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="126"/>
        <source>What is still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="178"/>
        <source>No score (conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="184"/>
        <source>Total %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="188"/>
        <source>Total: %1 of %2 criteria scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="197"/>
        <source>Counts as done: a conflict of interest needs no scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="200"/>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="201"/>
        <source>Reopen as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="203"/>
        <source>Mark the review as not finished (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="204"/>
        <source>Done. Changes you make are still saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="210"/>
        <source>The review is complete (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="211"/>
        <source>Complete: mark it as done when you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="227"/>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="230"/>
        <source>comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="233"/>
        <source>answer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/scoring_panel.py" line="236"/>
        <source>To mark as done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="115"/>
        <location filename="../../imin_desktop/ui/start_window.py" line="136"/>
        <source>imIN Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="117"/>
        <source>imIN Desktop start window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="133"/>
        <source>imIN logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="142"/>
        <source>Score your assigned submissions, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="152"/>
        <source>Drop your juror kit (.iminkit) here, or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="155"/>
        <location filename="../../imin_desktop/ui/start_window.py" line="207"/>
        <source>Open a juror kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="156"/>
        <location filename="../../imin_desktop/ui/start_window.py" line="232"/>
        <source>Open a juror kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="158"/>
        <source>Choose the kit file the coordinator gave you (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="167"/>
        <source>Opening progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="171"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="172"/>
        <source>Cancel opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="184"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="193"/>
        <location filename="../../imin_desktop/ui/start_window.py" line="199"/>
        <source>Recent kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="200"/>
        <source>Double-click or press Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="223"/>
        <source>No kit opened yet on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="234"/>
        <source>Juror kits (*.iminkit);;Event files (*.imin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="251"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="261"/>
        <source>imIN Desktop opens juror kits (&lt;b&gt;.iminkit&lt;/b&gt;) and event files (&lt;b&gt;.imin&lt;/b&gt;); &lt;b&gt;{file}&lt;/b&gt; is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="302"/>
        <source>That passphrase does not open this kit. Check it with the coordinator (capital letters count) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="310"/>
        <source>This kit could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="312"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; could not be opened as a juror kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="322"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; could not be read as an event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="328"/>
        <source>{submissions} submissions, {jurors} jurors, {assignments} assignments, {conflicts} declared conflicts, {files} score files received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="336"/>
        <source>This is the event file &lt;b&gt;{title}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/start_window.py" line="338"/>
        <source>The coordinator&apos;s screens come in a later version of imIN Desktop; for now, manage the event with the &lt;code&gt;imin&lt;/code&gt; command. Jurors open the &lt;b&gt;.iminkit&lt;/b&gt; file they were given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../../imin_desktop/ui/icons.py" line="25"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/icons.py" line="26"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/icons.py" line="27"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/icons.py" line="28"/>
        <source>Conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionListPane</name>
    <message>
        <location filename="../../imin_desktop/ui/submission_list.py" line="198"/>
        <source>Filter by id or title (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_list.py" line="199"/>
        <source>Filter submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_list.py" line="205"/>
        <source>Show submissions by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_list.py" line="206"/>
        <source>Show only submissions in one state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_list.py" line="207"/>
        <source>All submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_list.py" line="215"/>
        <source>Assigned submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_list.py" line="238"/>
        <source>No submission matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_list.py" line="239"/>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_list.py" line="244"/>
        <source>Reviews done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_list.py" line="263"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_list.py" line="265"/>
        <source>Conflicts of interest count as done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionTableModel</name>
    <message>
        <location filename="../../imin_desktop/ui/submission_list.py" line="66"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_list.py" line="66"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_list.py" line="66"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_list.py" line="66"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionViewer</name>
    <message>
        <location filename="../../imin_desktop/ui/submission_viewer.py" line="49"/>
        <source>Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_viewer.py" line="57"/>
        <source>Submission details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_viewer.py" line="61"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_viewer.py" line="64"/>
        <source>This submission has no attached files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/submission_viewer.py" line="66"/>
        <source>No attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceWindow</name>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="57"/>
        <source>%1 — %2 — imIN Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="60"/>
        <source>Juror workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="79"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="81"/>
        <source>Juror and event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="86"/>
        <source>✓ All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="87"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="88"/>
        <source>Every change is stored on this computer as you make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="120"/>
        <source>&amp;Next submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="121"/>
        <source>&amp;Previous submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="124"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="125"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="132"/>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="132"/>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="134"/>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="134"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="135"/>
        <source>Mark as &amp;done / reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="136"/>
        <source>&amp;Export score file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="137"/>
        <source>Write your signed score file for the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="138"/>
        <source>&amp;Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="139"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="140"/>
        <source>&amp;Close kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="141"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="143"/>
        <source>Criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="147"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="151"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="155"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="159"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="160"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="191"/>
        <source>Moving around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="193"/>
        <source>Go to criterion 1 … %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="195"/>
        <source>Next / previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="197"/>
        <source>Scoring (on a criterion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="198"/>
        <source>Choose that score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="199"/>
        <source>One step up / down (half a point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="200"/>
        <source>Clear the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="202"/>
        <source>Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="202"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="203"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="205"/>
        <source>Show or hide this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="212"/>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="215"/>
        <source>comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="218"/>
        <source>overall comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="220"/>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="222"/>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="309"/>
        <source>mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="223"/>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="307"/>
        <source>reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="254"/>
        <source>✓ Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="259"/>
        <source>✗ Last change NOT saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="261"/>
        <source>Your last change could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="318"/>
        <source>conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="324"/>
        <source>Conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="325"/>
        <source>Declare a conflict of interest with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="328"/>
        <source>You will not score this submission. The scores, comments and answers you entered for it are cleared now (Ctrl+Z brings them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="332"/>
        <source>Declare conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="335"/>
        <source>Confirm the conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="348"/>
        <source>Where should the score file go? (e.g. your USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="367"/>
        <source>Writing the score file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="367"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="371"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="377"/>
        <source>The score file was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../imin_desktop/ui/workspace_window.py" line="385"/>
        <source>Score file written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
