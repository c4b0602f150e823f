#pragma once

#include <core/language.h>
#include <core/result.h>

#include <QStringList>

#include <memory>

namespace Press::Text {

// Spell checking of one language with Hunspell and the system's dictionaries (Debian:
// hunspell-ru, hunspell-en-us in /usr/share/hunspell; $PRESSDESK_DICTIONARIES names another
// folder). Words are checked as written; a word with digits, or written in the other script
// (ОДКБ in an English text, CSTO in a Russian one), or in capitals (an abbreviation: ШОС, UN),
// is never flagged. Not thread-safe: one
// checker per thread.
class SpellChecker final
{
public:
    ~SpellChecker();
    SpellChecker(SpellChecker &&) noexcept;
    SpellChecker &operator=(SpellChecker &&) noexcept;

    // NotFound when the language's dictionary is not installed.
    [[nodiscard]] static Result<SpellChecker> open(Language language);

    [[nodiscard]] Language language() const { return m_language; }
    [[nodiscard]] bool isCorrect(const QString &word) const;
    [[nodiscard]] QStringList suggestions(const QString &word, int most = 8) const;

private:
    struct Handle;
    SpellChecker(Language language, std::unique_ptr<Handle> handle);

    Language m_language;
    std::unique_ptr<Handle> m_handle;
};

} // namespace Press::Text
