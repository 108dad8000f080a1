<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FileCommands</name>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Exported %1 (%n page)</numerusform>
            <numerusform>Exported %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>Sent %n page to the printer</numerusform>
            <numerusform>Sent %n pages to the printer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n of yours kept</source>
        <translation>
            <numerusform>; %n of yours kept</numerusform>
            <numerusform>; %n of yours kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened “%1”. %2 shows one handout at a time: %3 is at the top of File ▸ Open Recent.</source>
        <translation>
            <numerusform>Opened “%1”. %2 shows one handout at a time: %3 is at the top of File ▸ Open Recent.</numerusform>
            <numerusform>Opened “%1”. %2 shows one handout at a time: %3 are at the top of File ▸ Open Recent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>Delete all %n record(s) of the handout history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete all %n record of the handout history? This cannot be undone.</numerusform>
            <numerusform>Delete all %n records of the handout history? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message numerus="yes">
        <source>%n thing(s) in this handout will not print whole or on the paper.</source>
        <translation>
            <numerusform>Something in this handout will not print whole or on the paper.</numerusform>
            <numerusform>%n things in this handout will not print whole or on the paper.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackImportDialog</name>
    <message numerus="yes">
        <source>Replace my %n item(s) that differ(s) with the pack&apos;s</source>
        <translation>
            <numerusform>Replace my %n item that differs with the pack&apos;s</numerusform>
            <numerusform>Replace my %n items that differ with the pack&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This pack cannot be imported: %n problem(s) (below). Nothing was changed; ask whoever made the pack for a corrected one.</source>
        <translation>
            <numerusform>This pack cannot be imported: %n problem (below). Nothing was changed; ask whoever made the pack for a corrected one.</numerusform>
            <numerusform>This pack cannot be imported: %n problems (below). Nothing was changed; ask whoever made the pack for a corrected one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>adds %n new item(s)</source>
        <translation>
            <numerusform>adds %n new item</numerusform>
            <numerusform>adds %n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ(s) from your own, which you keep unless you tick the box below</source>
        <translation>
            <numerusform>%n differs from your own, which you keep unless you tick the box below</numerusform>
            <numerusform>%n differ from your own, which you keep unless you tick the box below</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message numerus="yes">
        <source>Up to date · %n page(s)</source>
        <translation>
            <numerusform>Up to date · %n page</numerusform>
            <numerusform>Up to date · %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadabilityPanel</name>
    <message numerus="yes">
        <source>&lt;br&gt;%n question(s) below not ticked yet count as “no”.</source>
        <translation>
            <numerusform>&lt;br&gt;%n question below not ticked yet counts as “no”.</numerusform>
            <numerusform>&lt;br&gt;%n questions below not ticked yet count as “no”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n long sentence(s)</source>
        <translation>
            <numerusform>%n long sentence</numerusform>
            <numerusform>%n long sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jargon word(s)</source>
        <translation>
            <numerusform>%n jargon word</numerusform>
            <numerusform>%n jargon words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passive sentence(s)</source>
        <translation>
            <numerusform>%n passive sentence</numerusform>
            <numerusform>%n passive sentences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
</TS>
