#pragma once

#include <core/result.h>

#include <QSqlDatabase>

namespace Press::Archive {

// Name of PressDesk's FTS5 tokenizer: `CREATE VIRTUAL TABLE … USING fts5(…, tokenize='press')`.
constexpr const char *kSearchTokenizer = "press";

// First byte of the tokens that carry a word's exact (folded, unstemmed) form.
constexpr char kExactTokenMarker = '\x01';

// Registers PressDesk's FTS5 extensions on this connection (FTS5 extensions are per connection,
// so every Database does it on open):
//
// The tokenizer "press" splits text into words (letters and digits; hyphens and punctuation
// separate), folds case and ё → е, and stems each word with the Snowball stemmer of its script
// (Text::stemWord), so «встречи» matches «встреча» and "meetings" matches "meeting" whatever the
// UI language. Where the stem differs from the word, the word's folded form is indexed too, at the
// same position, marked with kExactTokenMarker: queries use it to rank the exact form above a
// stem-only match ("organization" above "organ") and to match prefixes of the word as written.
// In queries, a word written right after '=' asks for that exact token ("=встречи"); a prefix
// query ("встре*") is folded, not stemmed. Token offsets are byte offsets into the original UTF-8,
// so highlight() and snippet() mark the words as written.
//
// The auxiliary function press_rank(table) scores a row: for every phrase of the query, the
// column-weighted count of its occurrences (title above lead, place and tags, above body and
// captions), saturated like BM25's term frequency and multiplied by the phrase's inverse document
// frequency. Unlike bm25() it reads no document lengths (no extra B-tree lookup per hit), which
// makes ranking 100,000 hits several times cheaper. Weights are given per column as arguments:
// press_rank(search, 10.0, 4.0, …); missing ones are 1. An optional text argument after the
// weights marks each phrase of the query: 'p' a term's plain form (starts a term), 'e' its exact
// form (counts three times), 'a' a prefix's other spelling, 'x' not a term (place:, exclusions:
// not scored). A second text argument gives each column's class — 't' title, 'h' lead, place or
// tags, 'b' the rest — and makes the score tiered for queries that AND their terms: exact forms
// of every term in a title first, then in a lead/place/tag, then anywhere; then any forms in the
// same order (Search::Searcher documents the order).
//
// press_best_column(table, weights…) returns the column with the highest weighted number of
// matches, for snippet(): the snippet then comes from the language that matched best.
[[nodiscard]] Result<void> registerSearchExtensions(const QSqlDatabase &db);

} // namespace Press::Archive
