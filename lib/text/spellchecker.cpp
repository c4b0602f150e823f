#include "spellchecker.h"

#include <QFile>
#include <QHash>

#include <hunspell/hunspell.h>

using namespace Qt::StringLiterals;

namespace Press::Text {
namespace {

bool isCyrillic(QChar c)
{
    return c.script() == QChar::Script_Cyrillic;
}

bool isLatin(QChar c)
{
    return c.script() == QChar::Script_Latin;
}

} // namespace

struct SpellChecker::Handle
{
    Hunhandle *hunspell = nullptr;
    mutable QHash<QString, bool> cache; // typing checks the same words again and again
    ~Handle()
    {
        if (hunspell)
            Hunspell_destroy(hunspell);
    }
};

SpellChecker::SpellChecker(Language language, std::unique_ptr<Handle> handle)
    : m_language(language)
    , m_handle(std::move(handle))
{}

SpellChecker::~SpellChecker() = default;
SpellChecker::SpellChecker(SpellChecker &&) noexcept = default;
SpellChecker &SpellChecker::operator=(SpellChecker &&) noexcept = default;

Result<SpellChecker> SpellChecker::open(Language language)
{
    const QString dir = qEnvironmentVariableIsSet("PRESSDESK_DICTIONARIES")
                            ? qEnvironmentVariable("PRESSDESK_DICTIONARIES")
                            : u"/usr/share/hunspell"_s;
    const QString name = language == Language::Ru ? u"ru_RU"_s : u"en_US"_s;
    const QString aff = dir + u'/' + name + u".aff"_s;
    const QString dic = dir + u'/' + name + u".dic"_s;
    if (!QFile::exists(aff) || !QFile::exists(dic))
        return makeError(ErrorCode::NotFound,
                         u"no %1 dictionary in %2 (install hunspell-%3)"_s.arg(
                             name, dir, language == Language::Ru ? u"ru"_s : u"en-us"_s));
    auto handle = std::make_unique<Handle>();
    handle->hunspell = Hunspell_create(QFile::encodeName(aff).constData(),
                                       QFile::encodeName(dic).constData());
    if (!handle->hunspell)
        return makeError(ErrorCode::Format, u"Hunspell cannot read %1"_s.arg(dic));
    return SpellChecker(language, std::move(handle));
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (word.isEmpty())
        return true;
    for (QChar c : word) {
        if (c.isDigit())
            return true;
        // A word of the other script is a name or an abbreviation, not a misspelling here.
        if ((m_language == Language::Ru && isLatin(c)) || (m_language == Language::En && isCyrillic(c)))
            return true;
    }
    // Abbreviations (ОДКБ, ШОС, UN) are not in dictionaries; word processors skip them too.
    if (word.size() > 1 && word == word.toUpper())
        return true;
    if (const auto it = m_handle->cache.constFind(word); it != m_handle->cache.constEnd())
        return *it;
    const bool correct = Hunspell_spell(m_handle->hunspell, word.toUtf8().constData()) != 0;
    if (m_handle->cache.size() > 50000)
        m_handle->cache.clear();
    m_handle->cache.insert(word, correct);
    return correct;
}

QStringList SpellChecker::suggestions(const QString &word, int most) const
{
    char **list = nullptr;
    const int n = Hunspell_suggest(m_handle->hunspell, &list, word.toUtf8().constData());
    QStringList result;
    for (int i = 0; i < n && i < most; ++i)
        result << QString::fromUtf8(list[i]);
    Hunspell_free_list(m_handle->hunspell, &list, n);
    return result;
}

} // namespace Press::Text
