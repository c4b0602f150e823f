#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <string>
#include <utility>

namespace Press::Text {

// Word normalisation for search: what the index stores and what queries are matched against.
// foldWord: lower case, ё → е (Russian texts write both). stemWord: foldWord, then the Snowball
// stemmer of the word's script (Cyrillic: Russian, Latin: English; others unchanged), so that
// «встреча», «встречи», «встречу» share one stem, as do "meeting" and "meetings".
// Thread-safe: each thread has its own stemmers (libstemmer's are not shareable).
[[nodiscard]] QString foldWord(const QString &word);
// Where the words of a text are, as the search index splits it: runs of letters, digits and
// combining marks. (start, length) in UTF-16 code units.
[[nodiscard]] QList<std::pair<int, int>> wordRanges(QStringView text);
[[nodiscard]] QString stemWord(const QString &word);

// The same for the search tokenizer's hot path, on UTF-8: `folded` is already folded, `cyrillic`
// says which stemmer applies (the caller knows the script). Results are cached per thread (a
// press archive's vocabulary repeats), so most calls are one hash lookup.
[[nodiscard]] const std::string &stemFoldedUtf8(const std::string &folded, bool cyrillic);

} // namespace Press::Text
