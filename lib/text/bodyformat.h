#pragma once

#include <QString>
#include <QStringList>

class QTextDocument;

namespace Press::Text {

// Bodies are stored as Markdown (CommonMark as QTextDocument reads and writes it): paragraphs,
// emphasis, links, lists, headings and quotes, never QTextEdit's styled HTML (DESIGN.md).
// These helpers are the only places that turn the stored form into something else.
// QTextDocument is QtGui, not QtWidgets, and is safe to use off the GUI thread.

// Plain text for indexing, counting and PDF fallbacks: formatting removed, paragraphs kept.
[[nodiscard]] QString markdownToPlainText(const QString &markdown);
// A fragment of simple HTML (p, em, strong, a, ul/ol, h2-h4, blockquote) for previews.
[[nodiscard]] QString markdownToHtml(const QString &markdown);
// Clean HTML of a stored body (cmark, the CommonMark reference library): p, em, strong, a,
// ul/ol/li, h2–h4, blockquote, code; raw HTML and javascript: links in the Markdown are dropped.
// For PDFs and the website; cheap enough for thousands of bodies.
[[nodiscard]] QString markdownToCleanHtml(const QString &markdown);
// A body split into its top-level blocks (paragraphs, headings, whole lists, quotes), each still
// Markdown: what a two-column bilingual layout pairs, first with first.
[[nodiscard]] QStringList markdownBlocks(const QString &markdown);
// The stored form of text typed or pasted as plain text: lines kept, paragraphs separated by a
// blank line, Markdown special characters escaped so that they stay literal.
[[nodiscard]] QString plainTextToMarkdown(const QString &plain);

// Keeps only the formatting press releases use: bold, italic and links; paragraphs, subheadings
// (levels 2–4; a level 1 heading becomes 2), bulleted and numbered lists, quotes. Fonts, sizes,
// colours, backgrounds, underline, alignment, margins and images go. For text pasted from Word or
// a web page, and for every document before it is stored.
void cleanDocument(QTextDocument &document);
// The stored Markdown of a document: cleaned, CommonMark, trailing blank lines removed. Loading
// it with setMarkdown() and writing it again gives the same text.
[[nodiscard]] QString documentToMarkdown(const QTextDocument &document);
// HTML as the clipboard carries it from Word or a browser, as stored Markdown.
[[nodiscard]] QString htmlToMarkdown(const QString &html);
// A short text kept with markup or entities (a website's term name, excerpt or caption) as one
// plain line: tags dropped, entities decoded, white space collapsed.
[[nodiscard]] QString htmlToPlainLine(const QString &html);

} // namespace Press::Text
