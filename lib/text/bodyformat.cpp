#include "bodyformat.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace Press::Text {

QString markdownToPlainText(const QString &markdown)
{
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
    // QTextDocument::toHtml emits a full styled document; for previews we only want the body
    // structure, so render through cmark-like rules QTextDocument already implements and keep
    // its body content.
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
    static const QRegularExpression special(u"([\\\\`*_\\[\\]#>|~<])"_s);
    QStringList paragraphs;
    const QStringList parts = QString(plain).replace(u"\r\n"_s, u"\n"_s)
                                  .split(QRegularExpression(u"\n\\s*\n"_s), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QString p = part.trimmed();
        p.replace(special, u"\\\\1"_s);
        // A line starting with "1." or "-" would become a list; escape the marker.
        static const QRegularExpression listStart(u"^(\\d+)\\.(\\s)"_s,
                                                  QRegularExpression::MultilineOption);
        p.replace(listStart, u"\\1\\\\.\\2"_s);
        static const QRegularExpression dashStart(u"^([-+])(\\s)"_s,
                                                  QRegularExpression::MultilineOption);
        p.replace(dashStart, u"\\\\\\1\\2"_s);
        if (!p.isEmpty())
            paragraphs << p;
    }
    return paragraphs.join(u"\n\n"_s);
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace Press::Text
