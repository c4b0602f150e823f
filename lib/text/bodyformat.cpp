#include "bodyformat.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextList>

#include <cmark.h>

#include <cstdlib>

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

QString markdownToCleanHtml(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    // CMARK_OPT_DEFAULT is safe since cmark 0.29: raw HTML and unsafe link schemes are omitted.
    char *html = cmark_markdown_to_html(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT);
    if (!html)
        return {};
    QString result = QString::fromUtf8(html).trimmed();
    std::free(html);
    return result;
}

QStringList markdownBlocks(const QString &markdown)
{
    // Top-level blocks are separated by blank lines; the lines of a list or quote stay together
    // because QTextDocument writes tight lists, and a fenced code block is kept whole.
    QStringList blocks;
    QStringList current;
    bool inFence = false;
    const QStringList lines = QString(markdown).replace(u"\r\n"_s, u"\n"_s).split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"```"_s) || trimmed.startsWith(u"~~~"_s))
            inFence = !inFence;
        if (trimmed.isEmpty() && !inFence) {
            if (!current.isEmpty())
                blocks << current.join(u'\n');
            current.clear();
            continue;
        }
        current << line;
    }
    if (!current.isEmpty())
        blocks << current.join(u'\n');
    return blocks;
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

void cleanDocument(QTextDocument &document)
{
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    // Images first, from the end so that the positions stay valid.
    QList<std::pair<int, int>> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().isValid() && it.fragment().charFormat().isImageFormat())
                images.append({it.fragment().position(), it.fragment().length()});
        }
    }
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        QTextCursor image(&document);
        image.setPosition(it->first);
        image.setPosition(it->first + it->second, QTextCursor::KeepAnchor);
        image.removeSelectedText();
    }
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat was = block.blockFormat();
        QTextBlockFormat clean;
        const int heading = was.headingLevel();
        if (heading > 0)
            clean.setHeadingLevel(qBound(2, heading, 4));
        const int quote = was.intProperty(QTextFormat::BlockQuoteLevel);
        if (quote > 0)
            clean.setProperty(QTextFormat::BlockQuoteLevel, 1);
        if (QTextList *list = block.textList()) {
            clean.setObjectIndex(was.objectIndex()); // stays in its list
            clean.setIndent(was.indent());
            QTextListFormat format;
            const auto style = list->format().style();
            format.setStyle(style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
                                    || style == QTextListFormat::ListUpperAlpha
                                    || style == QTextListFormat::ListLowerRoman
                                    || style == QTextListFormat::ListUpperRoman
                                ? QTextListFormat::ListDecimal
                                : QTextListFormat::ListDisc);
            format.setIndent(list->format().indent());
            list->setFormat(format);
        }
        QTextCursor blockCursor(block);
        blockCursor.setBlockFormat(clean);
        blockCursor.setBlockCharFormat(QTextCharFormat());
        // Collected first: changing a fragment's format merges and splits fragments.
        QList<std::tuple<int, int, QTextCharFormat>> spans;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat old = fragment.charFormat();
            QTextCharFormat format;
            if (old.fontWeight() >= QFont::DemiBold && heading == 0)
                format.setFontWeight(QFont::Bold);
            if (old.fontItalic())
                format.setFontItalic(true);
            if (old.isAnchor() && !old.anchorHref().isEmpty()) {
                format.setAnchor(true);
                format.setAnchorHref(old.anchorHref());
            }
            spans.append({fragment.position(), fragment.length(), format});
        }
        for (const auto &[position, length, format] : std::as_const(spans)) {
            QTextCursor span(&document);
            span.setPosition(position);
            span.setPosition(position + length, QTextCursor::KeepAnchor);
            span.setCharFormat(format);
        }
    }
    cursor.endEditBlock();
}

QString documentToMarkdown(const QTextDocument &document)
{
    QString markdown = document.toMarkdown(QTextDocument::MarkdownDialectCommonMark);
    // Non-breaking spaces and line separators from Word become ordinary ones.
    markdown.replace(QChar::Nbsp, u' ');
    markdown.replace(QChar::LineSeparator, u'\n');
    // Qt's writer wraps paragraphs at 80 columns; a soft line break is a space in Markdown, so
    // the lines of one paragraph (or list item, or quote) are joined back: what was typed as one
    // line is stored as one line, and an unchanged text is stored unchanged.
    static const QRegularExpression blockStart(u"^(?:[-*+]\\s|\\d+[.)]\\s|#|>|```|\\|)"_s);
    QStringList lines;
    for (const QString &raw : markdown.split(u'\n')) {
        QString line = raw;
        if (!lines.isEmpty()) {
            QString &previous = lines.last();
            const QString content = line.trimmed();
            const bool quoteContinues = previous.startsWith(u'>') && content.startsWith(u'>');
            const QString rest = quoteContinues ? content.mid(1).trimmed() : content;
            const bool joinable = !previous.trimmed().isEmpty() && !content.isEmpty()
                                  && !previous.startsWith(u'#') && !previous.startsWith(u"```"_s)
                                  && !previous.endsWith(u"  "_s) && !previous.endsWith(u'\\')
                                  && (quoteContinues || !content.startsWith(u'>'))
                                  && !blockStart.match(rest).hasMatch();
            if (joinable) {
                previous += u' ' + rest;
                continue;
            }
        }
        lines << line;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString &line = lines[i];
        // Two trailing spaces are a line break inside a paragraph; at its end they mean nothing.
        const bool paragraphEnds = i + 1 == lines.size() || lines.at(i + 1).trimmed().isEmpty();
        while (line.endsWith(u' ') && (paragraphEnds || !line.endsWith(u"  "_s)))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

QString htmlToMarkdown(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    cleanDocument(document);
    return documentToMarkdown(document);
}

QString htmlToPlainLine(const QString &html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html.simplified();
    return markdownToPlainText(htmlToMarkdown(html)).simplified();
}

} // namespace Press::Text
