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
        <source>Opened “%1”. %2 shows one handout at a time: %3 is at the top of File ▸ Open Recent.</source>
        <translation>
            <numerusform>Opened “%1”. %2 shows one handout at a time: %3 is at the top of File ▸ Open Recent.</numerusform>
            <numerusform>Opened “%1”. %2 shows one handout at a time: %3 are at the top of File ▸ Open Recent.</numerusform>
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
