#pragma once

#include <QString>

namespace Press::Text {

// Bodies are stored as Markdown (CommonMark as QTextDocument reads and writes it): paragraphs,
// emphasis, links, lists, headings and quotes, never QTextEdit's styled HTML (DESIGN.md).
// These helpers are the only places that turn the stored form into something else.
// QTextDocument is QtGui, not QtWidgets, and is safe to use off the GUI thread.

// Plain text for indexing, counting and PDF fallbacks: formatting removed, paragraphs kept.
[[nodiscard]] QString markdownToPlainText(const QString &markdown);
// A fragment of simple HTML (p, em, strong, a, ul/ol, h2-h4, blockquote) for previews.
[[nodiscard]] QString markdownToHtml(const QString &markdown);
// The stored form of text typed or pasted as plain text: lines kept, paragraphs separated by a
// blank line, Markdown special characters escaped so that they stay literal.
[[nodiscard]] QString plainTextToMarkdown(const QString &plain);

} // namespace Press::Text
