<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Press::App</name>
    <message>
        <source>Try &apos;pressdesk-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs more arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; got unexpected arguments: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the new archive with the bilingual demo content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created archive %1 with %2 demo items and %3 photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created empty archive %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item id or UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1: %2 (%3×%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this language (ru or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>The translated language (ru or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;mark-done&apos; needs --lang ru or --lang en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked the %1 translation of item %2 as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not re-hash media files (sizes are still checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1 is consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The archive has %n problem(s).</source>
        <translation>
            <numerusform>The archive has %n problem.</numerusform>
            <numerusform>The archive has %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the copy (new or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive.json or the folder holding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 items (%2 already present), %3 photos (%4 already present), %5 entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write (new or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 items, %2 photos and %3 entities to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an archive (with --demo: the demo content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one item in both languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the saved revisions of an item&apos;s texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a translation as done for the current source text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the archive&apos;s integrity and invariants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a consistent copy of the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a JSON archive (creates the archive if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole archive as JSON + media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pressdesk-cli [--archive DIR] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PressDesk archive tool. The archive is DIR, else $PRESSDESK_ARCHIVE, else %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 error, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PressDesk archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive file is damaged. Nothing was changed; restore it from a backup or open another archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive was made by a newer version of PressDesk. Update PressDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is busy: another program is writing to it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is read-only, so this change cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This format is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this item since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <comment>section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <comment>section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <comment>section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <comment>section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <comment>section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <comment>section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>item status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <comment>item status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>item status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <comment>item status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>item status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <comment>translation state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>translation state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>translation state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdated</source>
        <comment>translation state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <comment>translation state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query (several words are joined).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank (best match first) or date (newest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hits to show (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hits to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sort order &apos;%1&apos;: use rank or date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit and --offset take a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found.</source>
        <translation>
            <numerusform>%n item found.</numerusform>
            <numerusform>%n items found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing: %1 of %2 items (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n item(s).</source>
        <translation>
            <numerusform>Indexed %n item.</numerusform>
            <numerusform>Indexed %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the saved search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the archive (see docs/search.md; -- before a query that starts with -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the full-text search index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the saved searches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a query under a name (replaces one of the same name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a saved search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(at character %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query has too many words: at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This closing parenthesis has no opening one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter %1: needs a value, for example date:2018-06 or tag:ОДКБ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter %1: accepts %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date. Write 2018, 2018-06, 2018-06-09, 9.06.2018 or a range such as 2018-01..2018-12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range %1 ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter %1 applies to the whole query: write it outside parentheses and OR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exclusion (-word) cannot be one side of OR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parentheses that only exclude words need something to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lang: cannot be excluded; name the language you want (lang:ru or lang:en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: all must occur, in any form (встреча finds встречи, meeting finds meetings).
&quot;a phrase&quot;: the words in this order.   prefix*: words starting with prefix.
-word: without this word.   a OR b: either (OR binds before the spaces).   ( ): grouping.
Filters: date:2018  date:2018-06  date:2018-06-09  date:2018-01..2018-12  section:news  status:published  tag:ШОС  place:Циндао  lang:ru  has:photo  missing:en  outdated:ru  (-filter excludes).
Filters alone list all matching items, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a photo&apos;s metadata: date, camera, GPS, captions, credit, keywords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo files or folders (walked recursively).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the photos to this item (id or UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) attached to item %1.</source>
        <translation>
            <numerusform>%n photo attached to item %1.</numerusform>
            <numerusform>%n photos attached to item %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used by %n item(s)</source>
        <translation>
            <numerusform>used by %n item</numerusform>
            <numerusform>used by %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>A photo id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Russian caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item id or UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo ids in the order to show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover photo (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover must be one of the item&apos;s photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Item %1 now has %n photo(s).</source>
        <translation>
            <numerusform>Item %1 now has %n photo.</numerusform>
            <numerusform>Item %1 now has %n photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make every thumbnail again, not only missing ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnails: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thumbnail(s) made</source>
        <translation>
            <numerusform>%n thumbnail made</numerusform>
            <numerusform>%n thumbnails made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest side in pixels (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG quality 1–100 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size must be 64–16384 pixels and the quality 1–100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import photo files and folders (recursively); with --item, attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the photo library with captions and usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one photo: captions, credit, metadata, the items that use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a photo&apos;s captions or credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an item&apos;s photos in order (none: remove all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make missing thumbnails (with --rebuild: all of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make (or find) a photo&apos;s web rendition: resized, without GPS and serial numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: there is no permission to read it, or the disk reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a photo: the file&apos;s content is not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images cannot be imported yet. Save the photo as JPEG (for example with the phone&apos;s &quot;Most compatible&quot; setting) and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is damaged or incomplete (for example an interrupted copy or download).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image has too many pixels for PressDesk to process safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be saved in the archive&apos;s media folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported as photo %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already in the library as photo %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) imported</source>
        <translation>
            <numerusform>%n photo imported</numerusform>
            <numerusform>%n photos imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation>
            <numerusform>%n not imported</numerusform>
            <numerusform>%n not imported</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown section &apos;%1&apos;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language it is written in (ru or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the text options below change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body as Markdown from FILE (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body as HTML from FILE (cleaned like a paste from Word).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text options need --lang ru or --lang en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 saved (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft of this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty item; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an item (a revision is kept for each changed language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an item with its texts and revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the editor&apos;s unsaved drafts (or discard one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;source-changes&apos; needs --lang ru or --lang en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision to bring back (see &apos;history&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;restore&apos; needs --revision and a revision id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: revision %2 restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the source since this translation was marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back one language&apos;s text as it was in a revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to export (or --query).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every item this search finds, as a digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ru, en, or both side by side (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a digest (title page, contents) even of one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a digest, let items follow one another instead of starting each on a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of the photos in the PDF (default 150; 300 for print shops).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the PDF file to write with -o FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either item ids or --query, not both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use ru, en or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown paper size &apos;%1&apos;: use a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo resolution must be between 72 and 600 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search found no items; nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s)</source>
        <translation>
            <numerusform>Wrote %1: %n page</numerusform>
            <numerusform>Wrote %1: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s).</source>
        <translation>
            <numerusform>%n item.</numerusform>
            <numerusform>%n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation&apos;s name in Russian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG logo for PDF headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the logo that ships with PressDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>custom, %n byte(s)</source>
        <translation>
            <numerusform>custom, %n byte</numerusform>
            <numerusform>custom, %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export items to PDF: one item, or a digest with title page and contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set the organisation name and logo printed on PDFs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo&apos;s file is missing from the archive&apos;s media folder. Run Check Archive, or import the photo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name for the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WordPress user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language this target publishes: ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category every post gets (one site, a category per language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the Application Password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File (mode 0600) holding the Application Password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of a certificate to trust although it cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target needs --url, --user and --lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added target %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connected as %2; may upload photos and publish posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 (item %2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 (item %2) will be tried again at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ru, en or both (default): which languages&apos; targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this target (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish (default), draft or future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For --status future: when, as YYYY-MM-DDTHH:MM (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update even if the post was changed on the website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the post back to draft on the website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the post to the website&apos;s trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only queue the jobs; &apos;queue run&apos; sends them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;: use publish, draft or future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status future needs --at YYYY-MM-DDTHH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No publishing target matches; add one with &apos;add-target&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s).</source>
        <translation>
            <numerusform>Queued %n job.</numerusform>
            <numerusform>Queued %n jobs.</numerusform>
        </translation>
    </message>
    <message>
        <source>run, retry JOB or cancel JOB; nothing: list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With run: also wait for jobs retrying later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List finished jobs too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the job: queue %1 JOB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown queue action &apos;%1&apos;: use run, retry or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the publishing targets (websites).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a website to publish one language to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a publishing target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a target&apos;s address, credentials and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish an item (photos first, then the post) and print its posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or drive the publishing outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website could not be reached or had a problem of its own. PressDesk will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website refused the user name or Application Password, or this user may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target to read posts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only posts changed after this date (YYYY-MM-DD or YYYY-MM-DDTHH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this post (the site&apos;s id; repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the target: pull --target NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a post id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n post(s) on the site</source>
        <translation>
            <numerusform>%1: %n post on the site</numerusform>
            <numerusform>%1: %n posts on the site</numerusform>
        </translation>
    </message>
    <message>
        <source>new items: %1, updated: %2, paired with their translation: %3, unchanged: %4, new photos: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item that stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item holding the other language; it is merged in and deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 now holds both languages; item %2 was merged into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a website&apos;s posts and their photos into the archive (again: updates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join two items that hold the two languages of one event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the Application Password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a target&apos;s Application Password (read from standard input) in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available to keep the password. Keep it in a file that only you can read (mode 0600) or in an environment variable, and name it in the target&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Press::Ui::DialogService</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.JPG *.JPEG *.PNG);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Press::Ui::ItemEditor</name>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (URL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not autosave: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosaved at %1 — not yet saved to the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were restored. Save to keep them, or revert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Item Was Changed Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved this item after you opened it (another window or pressdesk-cli). Keep your text and overwrite theirs, or drop yours and show theirs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Translation Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the item (Ctrl+S); typing is autosaved as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
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
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Changed in the Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 text as it is now, against the version the %2 translation was made from (%3): struck-through words were removed, highlighted ones added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of %1 restored into the fields — save to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Changed in the Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag is called “%1”. Use New Tag… to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several tags match “%1”; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Russian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag: ОДКБ, CSTO, Циндао…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Press::Ui::ItemListPresentation</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RU</source>
        <comment>translation state column, Russian</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EN</source>
        <comment>translation state column, English</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <comment>search results: the snippet column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Press::Ui::ItemPreview</name>
    <message>
        <source>Loading photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text in this language yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the website:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Press::Ui::MainWindow</name>
    <message>
        <source>About PressDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;PressDesk %1&lt;/b&gt;&lt;br&gt;A bilingual archive, editor and publisher for a press office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PressDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive is open. Use Archive → Open Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PressDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see it in both languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PressDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: words, &quot;phrases&quot;, prefix*, -exclude, date:2018-06, tag:ШОС …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this search in the sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to write a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found</source>
        <translation>
            <numerusform>%n item found</numerusform>
            <numerusform>%n items found</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Check the spelling, or remove a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved search “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Photo &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files were not imported; nothing of them was kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Translation Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;Language Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Editor / &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its texts in both languages and all their saved versions? Its photos stay in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
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
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;Header…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the items… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the photos… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for publishing; the Publishing tab shows its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing &amp;Targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish to the Website…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join Two Items as One…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two items that hold the Russian and the English text of one event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join Two Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one item of “%1” and “%2”? The second one&apos;s text, history, photos, tags and website posts move into the first; the second item is then deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined: one item with both languages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Press::Ui::OrganisationDialog</name>
    <message>
        <source>PDF Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every page of exported PDFs. Empty names print the defaults shown in grey.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Press::Ui::PdfExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected item(s), as a digest</source>
        <translation>
            <numerusform>The %n selected item, as a digest</numerusform>
            <numerusform>The %n selected items, as a digest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n item(s) found by “%1”, as a digest</source>
        <translation>
            <numerusform>The %n item found by “%1”, as a digest</numerusform>
            <numerusform>The %n items found by “%1”, as a digest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) in the archive, as a digest</source>
        <translation>
            <numerusform>All %n item in the archive, as a digest</numerusform>
            <numerusform>All %n items in the archive, as a digest</numerusform>
        </translation>
    </message>
    <message>
        <source>Russian and English side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: “News digest” in the digest&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start each item on a new page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (150 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High, for a printing house (300 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hotos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Press::Ui::PdfPreviewDialog</name>
    <message>
        <source>Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n pages; the saved PDF has them all.</source>
        <translation>
            <numerusform>The preview shows the first %1 of %n pages; the saved PDF has them all.</numerusform>
            <numerusform>The preview shows the first %1 of %n pages; the saved PDF has them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Press::Ui::PhotoLibraryView</name>
    <message>
        <source>Import Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n photo(s)</source>
        <translation>
            <numerusform>%1 of %n photo</numerusform>
            <numerusform>%1 of %n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the photos in progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by caption, file name, credit or keyword…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop photo files or folders here to import them; drag photos onto an item&apos;s photo strip to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the photo library…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Press::Ui::PhotoPanel</name>
    <message>
        <source>Save Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo to see its captions and details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used in any item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Press::Ui::PhotoStrip</name>
    <message>
        <source>Add Photos to the Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n</source>
        <translation>
            <numerusform>Photos: %n</numerusform>
            <numerusform>Photos: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Item Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Photo Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder. Drop photos from the library or files here to add them. Right-click for the cover.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Press::Ui::PublishDialog</name>
    <message>
        <source>Publish to the Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no %1 title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(post %1 there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;now (or update the post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as a &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;later, at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw: back to draft on the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the website&apos;s &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no publishing target yet: add one in Archive → Publishing Targets….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time has passed; choose a later one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Press::Ui::PublishQueueView</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting or running</source>
        <translation>
            <numerusform>%n job waiting or running</numerusform>
            <numerusform>%n jobs waiting or running</numerusform>
        </translation>
    </message>
    <message>
        <source>Open post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite the Website&apos;s Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post was changed on the website since it was published from here. Publish the archive&apos;s text over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the Website&apos;s Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the post as changed on the website into the archive. The archive&apos;s text stays in the item&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the website: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From the website: %n new item(s)</source>
        <translation>
            <numerusform>From the website: %n new item</numerusform>
            <numerusform>From the website: %n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated (the earlier text is in each item&apos;s history)</source>
        <translation>
            <numerusform>%n updated (the earlier text is in each item&apos;s history)</numerusform>
            <numerusform>%n updated (the earlier text is in each item&apos;s history)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the website…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the website after it was published from here: overwrite it, or take the website&apos;s version into the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped reading the website; what was read is kept. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Press::Ui::RevisionDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved versions in this language yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Press::Ui::SpellHighlighter</name>
    <message>
        <source>No suggestions for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Press::Ui::TargetsDialog</name>
    <message>
        <source>Publishing Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site-ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: one site, a category per language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File readable only by me (mode 0600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a site whose certificate cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the password in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;certificate (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull Posts into the Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this target&apos;s posts and their photos into the archive. Posts already in the archive are updated; the earlier text stays in the item&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept; type a new one to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the website: Users → Profile → Application Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/home/me/.config/pressdesk/site-ru.password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set $%1 to the Application Password before starting PressDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the password is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1; may upload photos and publish posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Its queued jobs go too; the posts stay on the website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Bilingual press-office archive, editor and publisher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the archive in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with this search (see Search → Search Syntax).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
