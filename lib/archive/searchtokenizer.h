#pragma once

#include <core/result.h>

#include <QSqlDatabase>

namespace Press::Archive {

// Name of PressDesk's FTS5 tokenizer: `CREATE VIRTUAL TABLE … USING fts5(…, tokenize='press')`.
constexpr const char *kSearchTokenizer = "press";

// Registers the tokenizer on this connection (FTS5 tokenizers are per connection, so every
// Database does it on open). It splits text into words (letters and digits; hyphens and
// punctuation separate), folds case and ё → е, and stems each word with the Snowball stemmer of
// its script (Text::stemWord), so «встречи» matches «встреча» and "meetings" matches "meeting"
// whatever the UI language. Prefix queries (встре*) are folded but not stemmed. Token offsets are
// byte offsets into the original UTF-8, so highlight() and snippet() mark the words as written.
[[nodiscard]] Result<void> registerSearchTokenizer(const QSqlDatabase &db);

} // namespace Press::Archive
