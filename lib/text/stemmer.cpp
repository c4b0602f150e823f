#include "stemmer.h"

#include <libstemmer.h>

#include <memory>
#include <unordered_map>

namespace Press::Text {
namespace {

struct StemmerDeleter
{
    void operator()(sb_stemmer *s) const { sb_stemmer_delete(s); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

QString runStemmer(sb_stemmer *stemmer, const QString &word)
{
    if (!stemmer)
        return word;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *out = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                           int(utf8.size()));
    if (!out) // out of memory inside libstemmer: index the unstemmed word rather than nothing
        return word;
    return QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(stemmer));
}

struct Stemmers
{
    StemmerPtr russian{sb_stemmer_new("russian", "UTF_8")};
    StemmerPtr english{sb_stemmer_new("english", "UTF_8")};
};

Stemmers &stemmers()
{
    thread_local Stemmers s;
    return s;
}

} // namespace

const std::string &stemFoldedUtf8(const std::string &folded, bool cyrillic)
{
    // Two caches, as the same bytes never need both stemmers; bounded so a pathological input
    // (a million distinct tokens) cannot grow memory without limit.
    constexpr size_t kMaxEntries = 200'000;
    thread_local std::unordered_map<std::string, std::string> caches[2];
    auto &cache = caches[cyrillic ? 0 : 1];
    if (auto it = cache.find(folded); it != cache.end())
        return it->second;
    if (cache.size() >= kMaxEntries)
        cache.clear();
    sb_stemmer *stemmer = cyrillic ? stemmers().russian.get() : stemmers().english.get();
    std::string stem = folded;
    if (stemmer) {
        const sb_symbol *out = sb_stemmer_stem(
            stemmer, reinterpret_cast<const sb_symbol *>(folded.data()), int(folded.size()));
        if (out)
            stem.assign(reinterpret_cast<const char *>(out), size_t(sb_stemmer_length(stemmer)));
    }
    return cache.emplace(folded, std::move(stem)).first->second;
}

QList<std::pair<int, int>> wordRanges(QStringView text)
{
    QList<std::pair<int, int>> ranges;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size()
                            && (text.at(i).isLetterOrNumber()
                                || text.at(i).category() == QChar::Mark_NonSpacing
                                || text.at(i).isSurrogate()); // astral letters: rare, kept whole
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            ranges << std::pair{int(start), int(i - start)};
            start = -1;
        }
    }
    return ranges;
}

QString foldWord(const QString &word)
{
    QString folded = word.toLower();
    folded.replace(QChar(0x0451), QChar(0x0435)); // ё → е
    return folded;
}

QString stemWord(const QString &word)
{
    const QString folded = foldWord(word);
    bool cyrillic = false;
    bool latin = false;
    for (QChar c : folded) {
        cyrillic = cyrillic || c.script() == QChar::Script_Cyrillic;
        latin = latin || c.script() == QChar::Script_Latin;
    }
    if (cyrillic == latin) // digits, mixed scripts (e.g. «COVID-19»-like codes): leave as they are
        return folded;
    return runStemmer(cyrillic ? stemmers().russian.get() : stemmers().english.get(), folded);
}

} // namespace Press::Text
