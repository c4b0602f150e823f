#pragma once

#include <QList>
#include <QString>

namespace Press::Text {

// A word-level difference between two texts, for showing a translator what changed in the
// source and for comparing revisions. Words and the spaces and punctuation between them are the
// units; runs of the same kind are merged.
struct DiffSegment
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    bool operator==(const DiffSegment &) const = default;
};

[[nodiscard]] QList<DiffSegment> diffWords(const QString &before, const QString &after);

// The diff as HTML: removed text struck through on red, added text on green, the rest as is;
// paragraphs (blank lines) kept.
[[nodiscard]] QString diffToHtml(const QList<DiffSegment> &diff);

// One language of an item as one text to compare: title, place, lead and the body's plain text,
// a blank line apart.
[[nodiscard]] QString comparableText(const QString &title, const QString &place,
                                     const QString &lead, const QString &bodyMarkdown);

// True when nothing was added or removed.
[[nodiscard]] bool isUnchanged(const QList<DiffSegment> &diff);

} // namespace Press::Text
