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
    for (const auto &[start, length] : Text::wordRanges(text)) {
        const QString word = text.mid(start, length);
        bool match = m_stems.contains(Text::stemWord(word));
        if (!match && !m_prefixes.isEmpty()) {
            const QString f = Text::foldWord(word);
            match = std::any_of(m_prefixes.cbegin(), m_prefixes.cend(),
                                [&](const QString &p) { return f.startsWith(p); });
        }
        if (match)
            found << std::pair{start, length};
    }
    return found;
}

} // namespace Press::Search
