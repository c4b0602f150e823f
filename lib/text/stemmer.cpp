#include "stemmer.h"

#include <libstemmer.h>

#include <memory>

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

} // namespace

QString foldWord(const QString &word)
{
    QString folded = word.toLower();
    folded.replace(QChar(0x0451), QChar(0x0435)); // ё → е
    return folded;
}

QString stemWord(const QString &word)
{
    thread_local StemmerPtr russian(sb_stemmer_new("russian", "UTF_8"));
    thread_local StemmerPtr english(sb_stemmer_new("english", "UTF_8"));
    const QString folded = foldWord(word);
    bool cyrillic = false;
    bool latin = false;
    for (QChar c : folded) {
        cyrillic = cyrillic || c.script() == QChar::Script_Cyrillic;
        latin = latin || c.script() == QChar::Script_Latin;
    }
    if (cyrillic == latin) // digits, mixed scripts (e.g. «COVID-19»-like codes): leave as they are
        return folded;
    return runStemmer(cyrillic ? russian.get() : english.get(), folded);
}

} // namespace Press::Text
