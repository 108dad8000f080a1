<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hit an unexpected problem (%2). Your work is still open; please save it. Details were written to the error log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrandCommands</name>
    <message>
        <source>%1 (has a mistake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the brand profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrandDialog</name>
    <message>
        <source>Logo images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crisis line for your clients&apos; region, e.g. a national suicide and crisis line and your local emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domestic violence helpline for your clients&apos; region (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2:1 on white — fine for text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2:1 on white — fine for large headings; small text will use the darker %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2:1 on white — too pale for text; text will use %3 and the colour stays for lines and bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit brand profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New brand profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice&apos;s details print on every handout. You can change them any time in Settings ▸ Brand profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details print on every handout that uses this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in the header and footer of every page; also the logo&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed under the practice name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials, e.g. LCSW or PhD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed after your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in the header and footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in the header, one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, town (one line each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the practice name without a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The font of your handouts (large print always uses Atkinson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the foot of every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in an &apos;If you need help now&apos; box and at the foot of every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked that this crisis line is right for my clients&apos; region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crisis line is saved only once you confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in the &apos;If you need help now&apos; box of handouts whose topics are about couples and relationships (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic violence line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this brand profile in your data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the sample practice until you set up your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the logo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm that the crisis line is right for your clients&apos; region (or leave it empty for now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved — but some pictures inside the logo will not print:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrandManager</name>
    <message>
        <source>Brand profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice profiles; double-click one to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No brand profiles yet. Handouts use the sample practice until you press New… and enter your own details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up another practice or clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected profile, e.g. for another clinician in the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New handouts use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window; every change is already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each profile is one set of practice details. Pick one per handout in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete brand profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Handouts that use it will print with the default profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>Choose the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;th&gt;In this handout&lt;/th&gt;&lt;th&gt;New library wording&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s wording of this explanation changed after you added it to this handout. Your handout keeps its own wording until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the new library wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my wording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorChecks</name>
    <message>
        <source>long sentences: pale yellow band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jargon: blue wavy underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passive voice: purple dotted underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plainer: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One handout at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened “%1”. %2 shows one handout at a time: %3 is at the top of File ▸ Open Recent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <source>Untitled handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to library wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit handout details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change print options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthChecker</name>
    <message>
        <source>The reading checks failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Next / previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Brand, Layout and Paper pickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected explanation to the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down (search field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (section list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold, italic (section editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted, numbered list (section editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading, normal text (section editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;&lt;table cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Keys&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;What they do&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Branded, easy-to-read psychoeducation handouts, made offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Libraries and fonts inside&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Package&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Version&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Licence&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;/table&gt;&lt;h3&gt;Licence texts&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutOptions</name>
    <message>
        <source>This layout has no options of its own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutWatcher</name>
    <message>
        <source> (has problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>couples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search explanations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, summaries, tags and text (Ctrl+F). Enter adds the first match; Down goes to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only explanations written for this audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only explanations with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library explanations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click, press Enter or drag an explanation to the outline to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s wording of the selected explanation (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an explanation to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This explanation has versions for other readers; choose the one to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in your entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the content checks found in your own entry (the same as &apos;handout-builder library lint&apos;); fix them in the entry&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected explanation to the handout (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library entries left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, with a mistake to fix: %1%2. %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · Also for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Reading grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Your entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your library entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting could not be used, so it was reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored your unsaved work — save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>%1 (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read your brand profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not saved in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot duplicate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1” first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save to your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” was left out: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pages could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Handout title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title printed at the top of the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line printed under the title; leave empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s first name, if you want it printed. It stays in this handout file on your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a date on the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date printed on the handout (tick Date to print one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder; drop explanations from the library here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the section up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the section down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the section from this handout (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the library&apos;s wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of the section below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add explanations from the library: double-click one, or drag it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ library updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording was changed for this handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s wording changed since this was added: select it and press Compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Default brand profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice details new handouts start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout new handouts start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper size new handouts start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your own explanations are kept (empty: the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the folder that holds your own explanations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the app&apos;s menus and windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new interface language shows the next time you start the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand profile for new handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout for new handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size for new handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Up to date · %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be updated — see the problems below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadabilityPanel</name>
    <message>
        <source>Good: grade %1 or lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable: grade %1–%2; aim for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too hard: above grade %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1 (Flesch–Kincaid) · SMOG %2&lt;br&gt;%3 words · %4 sentences · %5 to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading level and checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist (PEMAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your judgement&lt;/b&gt; — tick what is true:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEMAT item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the whole handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a section to see its reading level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n question(s) below not ticked yet count as “no”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>understandability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actionability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the usual %1 % bar: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both at or above the usual %1 % bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Automatic checks: %1 of %2 pass&lt;/b&gt;&lt;br&gt;Understandability %3 · actionability %4&lt;br&gt;%5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1: does not apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n long sentence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jargon word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passive sentence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryKeeper</name>
    <message>
        <source>d MMMM yyyy &apos;at&apos; HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (never saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout Builder did not close normally last time. Unsaved changes to %1 from %2 were kept.

Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionCommands</name>
    <message>
        <source>Added “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section did not come from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” to your library (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>No section selected. Add an explanation from the library, then select it in the outline to edit its wording here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its library explanation is no longer in your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ The library&apos;s wording changed since you added this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ Edited for this handout — the library wording is unchanged (Reset wording to go back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how the library&apos;s new wording differs, and choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section&apos;s heading on the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-line summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line under the title; the Brief form prints it with the key points and the Try this steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the wording for this client; the library is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No section selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handout under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handout as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Handout Builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all the text in the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the section up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the section down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of the section below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save section to my library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this wording as your own library explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, edit and choose brand profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your &amp;practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your practice&apos;s details, logo and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults for new handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to make a handout, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key the window knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, and the libraries and fonts inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include illustrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print clinician notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief: one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each section as its title, summary, key points and Try this steps (three topics fit on one page in Classic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice details printed on this handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the handout is laid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-in lines after each section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to include when printing this handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand&amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent handouts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ScoreBox</name>
    <message>
        <source>%1: reading level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No text yet&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Checking…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 Grade %2 — %3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
