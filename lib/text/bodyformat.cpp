#include "bodyformat.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace Press::Text {

namespace {

// True when `markdown` may hold markup: any character CommonMark gives a meaning, or a line that
// could start a list, quote, heading or code block. Most press bodies are plain paragraphs; they
// skip the parser, which indexing 200,000 items would otherwise spend minutes in.
bool mayHoldMarkup(const QString &markdown)
{
    static const QString special = u"*_[]<>#`\\|~!&="_s;
    bool lineStart = true;
    int leadingSpaces = 0;
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        const QChar c = markdown.at(i);
        if (special.contains(c))
            return true;
        if (c == u'\n') {
            lineStart = true;
            leadingSpaces = 0;
            continue;
        }
        if (lineStart) {
            if (c == u' ' || c == u'\t') {
                if (++leadingSpaces >= 4 || c == u'\t')
                    return true; // indented code
                continue;
            }
            if (c == u'-' || c == u'+' || c.isDigit())
                return true; // list item (or a number starting a line: let the parser decide)
            lineStart = false;
        }
    }
    return false;
}

} // namespace

QString markdownToPlainText(const QString &markdown)
{
    if (!mayHoldMarkup(markdown)) {
        // Paragraphs are separated by blank lines; single line breaks inside one are spaces.
        QStringList paragraphs;
        QString current;
        for (const QString &line : markdown.split(u'\n')) {
            const QString text = line.trimmed();
            if (text.isEmpty()) {
                if (!current.isEmpty())
                    paragraphs << current;
                current.clear();
            } else {
                current += current.isEmpty() ? text : u' ' + text;
            }
        }
        if (!current.isEmpty())
            paragraphs << current;
        return paragraphs.join(u"\n\n"_s);
    }
    QTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownDialectCommonMark);
    // toPlainText joins blocks with single newlines; keep paragraphs apart as in the source.
    QStringList paragraphs;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text().trimmed();
        if (!text.isEmpty())
            paragraphs << text;
    }
    return paragraphs.join(u"\n\n"_s);
}

QString markdownToHtml(const QString &markdown)
{
    // QTextDocument::toHtml emits a whole styled document; previews embed only its body.
    QTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownDialectCommonMark);
    QString html = doc.toHtml();
    static const QRegularExpression bodyRe(u"<body[^>]*>(.*)</body>"_s,
                                           QRegularExpression::DotMatchesEverythingOption);
    const auto match = bodyRe.match(html);
    return match.hasMatch() ? match.captured(1).trimmed() : html;
}

QString plainTextToMarkdown(const QString &plain)
{
    // Escape what Markdown would read as formatting; CommonMark lets any ASCII punctuation be
    // escaped with one backslash.
    static const QString inlineSpecial = u"\\`*_[]<>|~"_s;
    static const QRegularExpression paragraphBreak(u"\\n\\s*\\n"_s);
    static const QRegularExpression numberedStart(u"^(\\d+)([.)])(\\s|$)"_s);
    QStringList paragraphs;
    const QString normalized = QString(plain).replace(u"\r\n"_s, u"\n"_s);
    for (const QString &part : normalized.split(paragraphBreak, Qt::SkipEmptyParts)) {
        QStringList lines;
        for (QString line : part.trimmed().split(u'\n')) {
            QString escaped;
            escaped.reserve(line.size() + 8);
            for (QChar c : std::as_const(line)) {
                if (inlineSpecial.contains(c))
                    escaped += u'\\';
                escaped += c;
            }
            // Block markers only count at the start of a line.
            const QString trimmed = escaped.trimmed();
            if (trimmed.startsWith(u'#') || trimmed.startsWith(u'>') || trimmed.startsWith(u'-')
                || trimmed.startsWith(u'+') || trimmed.startsWith(u'='))
                escaped = u'\\' + trimmed;
            else if (const auto m = numberedStart.match(trimmed); m.hasMatch())
                escaped = m.captured(1) + u'\\' + trimmed.mid(m.captured(1).size());
            lines << escaped;
        }
        paragraphs << lines.join(u'\n');
    }
    return paragraphs.join(u"\n\n"_s);
}

} // namespace Press::Text
