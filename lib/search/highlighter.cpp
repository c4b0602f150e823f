#include "highlighter.h"

#include <text/stemmer.h>

namespace Press::Search {

TermMatcher::TermMatcher(const QList<TextTerm> &terms)
{
    for (const TextTerm &term : terms) {
        for (qsizetype i = 0; i < term.words.size(); ++i) {
            const QString &word = term.words.at(i);
            if (term.prefix && i == term.words.size() - 1)
                m_prefixes << Text::foldWord(word);
            else
                m_stems << Text::stemWord(word);
        }
    }
    m_stems.removeDuplicates();
    m_prefixes.removeDuplicates();
}

QList<std::pair<int, int>> TermMatcher::find(const QString &text) const
{
    QList<std::pair<int, int>> found;
    if (isEmpty())
        return found;
    auto check = [&](qsizetype start, qsizetype end) {
        const QString word = text.mid(start, end - start);
        bool match = m_stems.contains(Text::stemWord(word));
        if (!match && !m_prefixes.isEmpty()) {
            const QString f = Text::foldWord(word);
            match = std::any_of(m_prefixes.cbegin(), m_prefixes.cend(),
                                [&](const QString &p) { return f.startsWith(p); });
        }
        if (match)
            found << std::pair{int(start), int(end - start)};
    };
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size()
                            && (text.at(i).isLetterOrNumber()
                                || text.at(i).category() == QChar::Mark_NonSpacing);
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            check(start, i);
            start = -1;
        }
    }
    return found;
}

} // namespace Press::Search
