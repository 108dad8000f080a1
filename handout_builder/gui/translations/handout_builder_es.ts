<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Default brand profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The practice details new handouts start with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The layout new handouts start with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default paper size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The paper size new handouts start with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your library folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where your own explanations are kept (empty: the default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose library folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick the folder that holds your own explanations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language of the app's menus and windows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new interface language shows the next time you start the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand profile for new handouts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layout for new handouts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper size for new handouts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep these preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new handout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a saved handout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the handout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the handout under a new name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the handout as a PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the handout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close Handout Builder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cut the selected text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste at the cursor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select all the text in the field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find in library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move section &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the section up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move section &amp;down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the section down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a copy of the section below it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save section to my library…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this wording as your own library explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Brand profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create, edit and choose brand profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up your &amp;practice…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your practice's details, logo and colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Defaults for new handouts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to make a handout, step by step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every key the window knows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version, and the libraries and fonts inside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include illustrations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include references</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print clinician notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brief: one page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print each section as its title, summary, key points and Try this steps (three topics fit on one page in Classic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brand profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The practice details printed on this handout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the handout is laid out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write-in lines after each section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Layout options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to include when printing this handout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand&amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent handouts</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>