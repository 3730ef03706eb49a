<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActorPane</name>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="97"/>
        <source>Find an actor (name or alias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="116"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="116"/>
        <source>Check every actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="117"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="117"/>
        <source>Uncheck every actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="118"/>
        <source>Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="118"/>
        <source>Check exactly the unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="120"/>
        <source>All together (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="122"/>
        <source>Show events that involve every checked actor, not any of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="125"/>
        <source>Count an actor only where it has this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="126"/>
        <source>Show filtered events faded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="181"/>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="251"/>
        <source>Only this actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="253"/>
        <source>Show only this actor&apos;s events (also Alt+click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="255"/>
        <source>Check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="256"/>
        <source>Uncheck all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_pane.py" line="257"/>
        <source>Invert checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorTreeModel</name>
    <message>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="328"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="330"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="332"/>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="335"/>
        <source>Events in the file involving the actor or one of its members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="337"/>
        <source>Of those, events the current filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="401"/>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="412"/>
        <source>(no actor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="410"/>
        <source>Events that name no actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="418"/>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorWords</name>
    <message>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="62"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="64"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="66"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="68"/>
        <source>Military</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="70"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/actor_model.py" line="71"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../src/timelineapp/ui/panes/document_pane.py" line="266"/>
        <source>Text not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/document_pane.py" line="272"/>
        <source>⚠ The text of this document no longer matches its recorded SHA-256: quotes may be wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/document_pane.py" line="278"/>
        <source>⚠ Text not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPane</name>
    <message>
        <location filename="../../src/timelineapp/ui/panes/event_pane.py" line="59"/>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/event_pane.py" line="74"/>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/event_pane.py" line="80"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/event_pane.py" line="82"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/event_pane.py" line="84"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/event_pane.py" line="86"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/event_pane.py" line="203"/>
        <source>%1 (precision: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/event_pane.py" line="214"/>
        <source>In the source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/event_pane.py" line="217"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/event_pane.py" line="235"/>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="64"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="66"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="67"/>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="73"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="75"/>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="76"/>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="82"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="84"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="86"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="88"/>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="89"/>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="93"/>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="99"/>
        <source>« %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <location filename="../../src/timelineapp/ui/panes/events_pane.py" line="192"/>
        <source>No file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/timelineapp/ui/panes/events_pane.py" line="196"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/timelineapp/ui/panes/events_pane.py" line="196"/>
        <source>%n undated</source>
        <translation>
            <numerusform>%n undated</numerusform>
            <numerusform>%n undated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/timelineapp/ui/panes/events_pane.py" line="199"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="203"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="204"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="205"/>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="206"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/events_model.py" line="207"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="78"/>
        <source>Export Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="95"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="98"/>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="99"/>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="100"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="105"/>
        <source>Visible window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="106"/>
        <source>Whole timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="107"/>
        <source>Selected event’s span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="114"/>
        <source>View Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="115"/>
        <source>Use the size of the timeline on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="126"/>
        <source>Pixels per point: 2× makes a sharp image for high-resolution screens and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="133"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="134"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="137"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="138"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="139"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="142"/>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="146"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="147"/>
        <source>&amp;Extent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="149"/>
        <source>&amp;Size (px):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="152"/>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="153"/>
        <source>&amp;Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="154"/>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="155"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="157"/>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="158"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="159"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="160"/>
        <source>Date axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="161"/>
        <source>Filter in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="162"/>
        <source>Footer with sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="163"/>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="172"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="357"/>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="370"/>
        <source>One {page} page, {orientation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_dialog.py" line="374"/>
        <source>{width} × {height} px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../src/timelineapp/ui/export_flow.py" line="59"/>
        <location filename="../../src/timelineapp/ui/export_flow.py" line="103"/>
        <location filename="../../src/timelineapp/ui/export_flow.py" line="125"/>
        <location filename="../../src/timelineapp/ui/export_flow.py" line="169"/>
        <location filename="../../src/timelineapp/ui/export_flow.py" line="183"/>
        <source>Export Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_flow.py" line="59"/>
        <source>Open an event file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_flow.py" line="98"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_flow.py" line="99"/>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_flow.py" line="100"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_flow.py" line="119"/>
        <source>Exporting {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_flow.py" line="120"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_flow.py" line="170"/>
        <source>{name} could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_flow.py" line="185"/>
        <source>Exported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_flow.py" line="187"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/export_flow.py" line="188"/>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <location filename="../../src/timelineapp/ui/file_opener.py" line="98"/>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/file_opener.py" line="99"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/file_opener.py" line="104"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/file_opener.py" line="131"/>
        <source>Cannot open event file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/file_opener.py" line="133"/>
        <source>{name} could not be opened. Nothing was changed; fix these problems and open it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/file_opener.py" line="144"/>
        <source>Problems in event file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/file_opener.py" line="146"/>
        <source>{name} was opened, but some of its provenance could not be checked. Affected quotes and documents are flagged:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/timelineapp/ui/filter_bar.py" line="71"/>
        <source>Search titles, summaries, notes, quotes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/filter_bar.py" line="74"/>
        <source>Events containing every word, ignoring case and accents.
Enter: next match, Shift+Enter: previous match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/filter_bar.py" line="80"/>
        <source>From (e.g. 2012)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/filter_bar.py" line="81"/>
        <source>To (e.g. 2024-06)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/filter_bar.py" line="83"/>
        <source>possibly within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/filter_bar.py" line="84"/>
        <source>certainly within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/filter_bar.py" line="87"/>
        <source>Possibly: the event may fall in the range (its dates overlap it).
Certainly: all the event&apos;s possible dates are inside the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/filter_bar.py" line="92"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/filter_bar.py" line="93"/>
        <source>Remove every filter and show all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/filter_bar.py" line="126"/>
        <location filename="../../src/timelineapp/ui/filter_bar.py" line="231"/>
        <source>An EDTF date: 2012, 2024-06, 2024-06-07</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegendPane</name>
    <message>
        <location filename="../../src/timelineapp/ui/legend_pane.py" line="38"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/legend_pane.py" line="61"/>
        <source>No actor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="96"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="97"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="99"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="102"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="103"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="106"/>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="107"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="124"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="125"/>
        <source>&amp;Export Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="126"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="128"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="130"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="131"/>
        <source>&amp;Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="132"/>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="133"/>
        <source>&amp;Previous Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="134"/>
        <source>&amp;Next Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="139"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="141"/>
        <source>&amp;Undo Filter Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="144"/>
        <source>&amp;Show All Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="145"/>
        <source>&amp;About timelineapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="149"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="150"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="151"/>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="161"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="166"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="171"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="179"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="181"/>
        <source>&amp;Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="184"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="186"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="245"/>
        <source>Open Event File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="247"/>
        <source>Event files (*.timeline.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="261"/>
        <source>About timelineapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/main_window.py" line="263"/>
        <source>timelineapp {version}
A timeline viewer for sourced chronologies: every event traceable to verbatim quotes, no date more precise than its source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../src/timelineapp/ui/overview.py" line="33"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/overview.py" line="34"/>
        <source>Whole timeline: drag the box to move the view, its edges to zoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../../src/timelineapp/ui/panes/quotes_pane.py" line="116"/>
        <source>— %1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/quotes_pane.py" line="120"/>
        <source>— in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotesPane</name>
    <message>
        <location filename="../../src/timelineapp/ui/panes/quotes_pane.py" line="178"/>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/quotes_pane.py" line="181"/>
        <source>This event has no quotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesPane</name>
    <message>
        <location filename="../../src/timelineapp/ui/panes/sources_pane.py" line="131"/>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/sources_pane.py" line="135"/>
        <source>This event cites no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/sources_pane.py" line="177"/>
        <source>⚠ The text of this document no longer matches its recorded SHA-256: quotes may be wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/sources_pane.py" line="183"/>
        <source>⚠ Text not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/timelineapp/ui/panes/sources_pane.py" line="189"/>
        <source>%n quote(s) from this document</source>
        <translation>
            <numerusform>%n quote from this document</numerusform>
            <numerusform>%n quotes from this document</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/sources_pane.py" line="200"/>
        <source>Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/sources_pane.py" line="201"/>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/sources_pane.py" line="202"/>
        <source>Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/sources_pane.py" line="203"/>
        <source>Retrieved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/sources_pane.py" line="204"/>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/sources_pane.py" line="204"/>
        <source>Archive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/panes/sources_pane.py" line="211"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineStatusBar</name>
    <message numerus="yes">
        <location filename="../../src/timelineapp/ui/status_bar.py" line="52"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/status_bar.py" line="54"/>
        <source>{shown} of {total} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/timelineapp/ui/status_bar.py" line="56"/>
        <source>%n undated</source>
        <translation>
            <numerusform>%n undated</numerusform>
            <numerusform>%n undated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../src/timelineapp/ui/timeline_widget.py" line="61"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/timeline_widget.py" line="200"/>
        <source>No event file is open. Use File › Open (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/timeline_widget.py" line="211"/>
        <source>{count} events span this whole view (coarse dates, long intervals): click to zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/timelineapp/ui/timeline_widget.py" line="373"/>
        <source>%n event(s) here; click to zoom in</source>
        <translation>
            <numerusform>%n event here; click to zoom in</numerusform>
            <numerusform>%n events here; click to zoom in</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/timelineapp/ui/timeline_widget.py" line="380"/>
        <source>Published: {title} ({date})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
