#pragma once

#include <QString>

namespace Press::Text {

// Word normalisation for search: what the index stores and what queries are matched against.
// foldWord: lower case, ё → е (Russian texts write both). stemWord: foldWord, then the Snowball
// stemmer of the word's script (Cyrillic: Russian, Latin: English; others unchanged), so that
// «встреча», «встречи», «встречу» share one stem, as do "meeting" and "meetings".
// Thread-safe: each thread has its own stemmers (libstemmer's are not shareable).
[[nodiscard]] QString foldWord(const QString &word);
[[nodiscard]] QString stemWord(const QString &word);

} // namespace Press::Text
