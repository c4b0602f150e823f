#pragma once

#include "query.h"

#include <QList>
#include <QString>

#include <utility>

namespace Press::Search {

// Finds the words of a text that a query's terms match, by the index's rules (any form of a word,
// ё = е, case-blind; prefixes), so a shown item can mark what was found.
class TermMatcher final
{
public:
    explicit TermMatcher(const QList<TextTerm> &terms);

    [[nodiscard]] bool isEmpty() const { return m_stems.isEmpty() && m_prefixes.isEmpty(); }
    // (start, length) of every matching word in `text`, UTF-16 code units, in order.
    [[nodiscard]] QList<std::pair<int, int>> find(const QString &text) const;

private:
    QStringList m_stems;
    QStringList m_prefixes;
};

} // namespace Press::Search
