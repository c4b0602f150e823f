#include "textdiff.h"

#include "bodyformat.h"

#include <QStringList>

#include <vector>

using namespace Qt::StringLiterals;

namespace Press::Text {
namespace {

// Words, and the runs of other characters between them, in order; joined they give the text.
QStringList tokens(const QString &text)
{
    QStringList out;
    qsizetype i = 0;
    while (i < text.size()) {
        const bool word = text.at(i).isLetterOrNumber();
        qsizetype j = i + 1;
        while (j < text.size() && text.at(j).isLetterOrNumber() == word)
            ++j;
        out << text.mid(i, j - i);
        i = j;
    }
    return out;
}

void append(QList<DiffSegment> &diff, DiffSegment::Kind kind, const QString &text)
{
    if (!diff.isEmpty() && diff.last().kind == kind)
        diff.last().text += text;
    else
        diff.append({kind, text});
}

} // namespace

QList<DiffSegment> diffWords(const QString &before, const QString &after)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    // Common prefix and suffix first: edits are usually local.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;

    QList<DiffSegment> diff;
    for (qsizetype i = 0; i < prefix; ++i)
        append(diff, DiffSegment::Kind::Same, a.at(i));
    if (n * m > 16'000'000) {
        // Too big to align word by word (two whole books): show the middle as replaced.
        for (qsizetype i = 0; i < n; ++i)
            append(diff, DiffSegment::Kind::Removed, a.at(prefix + i));
        for (qsizetype j = 0; j < m; ++j)
            append(diff, DiffSegment::Kind::Added, b.at(prefix + j));
    } else {
        // Longest common subsequence over the middle, then walked from the start.
        std::vector<quint32> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[at(i, j)] = a.at(prefix + i) == b.at(prefix + j)
                                    ? lcs[at(i + 1, j + 1)] + 1
                                    : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                append(diff, DiffSegment::Kind::Same, a.at(prefix + i));
                ++i;
                ++j;
            } else if (i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
                append(diff, DiffSegment::Kind::Removed, a.at(prefix + i)); // removed first
                ++i;
            } else {
                append(diff, DiffSegment::Kind::Added, b.at(prefix + j));
                ++j;
            }
        }
    }
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i)
        append(diff, DiffSegment::Kind::Same, a.at(i));
    return diff;
}

QString diffToHtml(const QList<DiffSegment> &diff)
{
    QString html;
    for (const DiffSegment &s : diff) {
        QString text = s.text.toHtmlEscaped();
        text.replace(u"\n\n"_s, u"<br><br>"_s).replace(u'\n', u"<br>"_s);
        switch (s.kind) {
        case DiffSegment::Kind::Same: html += text; break;
        case DiffSegment::Kind::Removed:
            html += u"<span style='background:#f8d0d0;text-decoration:line-through'>"_s + text
                    + u"</span>"_s;
            break;
        case DiffSegment::Kind::Added:
            html += u"<span style='background:#c8f0c8'>"_s + text + u"</span>"_s;
            break;
        }
    }
    return html;
}

QString comparableText(const QString &title, const QString &place, const QString &lead,
                       const QString &bodyMarkdown)
{
    QStringList parts;
    for (const QString &part : {title, place, lead, markdownToPlainText(bodyMarkdown)}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(u"\n\n"_s);
}

bool isUnchanged(const QList<DiffSegment> &diff)
{
    return std::all_of(diff.cbegin(), diff.cend(),
                       [](const DiffSegment &s) { return s.kind == DiffSegment::Kind::Same; });
}

} // namespace Press::Text
