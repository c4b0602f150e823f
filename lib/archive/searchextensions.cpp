#include "searchextensions.h"

#include <text/stemmer.h>

#include <QChar>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace Press::Archive {
namespace {

// ---- tokenizer ------------------------------------------------------------------------------

// FTS5 asks for a tokenizer object; ours has no state.
struct Tokenizer
{
};

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new Tokenizer);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Tokenizer *>(tokenizer);
}

// Decodes one UTF-8 character at text[i]; returns its length (1 for an invalid byte, which
// decodes as U+FFFD and so separates words).
int decodeUtf8(const unsigned char *text, int i, int length, char32_t &c)
{
    const unsigned char b = text[i];
    if (b < 0x80) {
        c = b;
        return 1;
    }
    const int n = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0 || i + n > length) {
        c = 0xFFFD;
        return 1;
    }
    char32_t v = b & (0x7F >> n);
    for (int k = 1; k < n; ++k) {
        if ((text[i + k] & 0xC0) != 0x80) {
            c = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (text[i + k] & 0x3F);
    }
    c = v;
    return n;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

bool isWordCharacter(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c >= 0x0400 && c <= 0x04FF) // Cyrillic: letters and combining marks, but for one sign
        return c != 0x0482;
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing;
}

// The word being read: its folded UTF-8 and which scripts it uses (Text::stemWord's rule:
// exactly one of Cyrillic and Latin gets stemmed; digits and mixed words stay as they are).
struct Word
{
    std::string folded;
    int start = -1;
    bool cyrillic = false;
    bool latin = false;
    bool exact = false; // written right after '=' in a query

    void add(char32_t c)
    {
        if (c < 0x80) {
            const bool letter = c > '9';
            if (c >= 'A' && c <= 'Z')
                c += 'a' - 'A';
            latin = latin || letter;
            folded += char(c);
            return;
        }
        if (c >= 0x0400 && c <= 0x04FF) { // the common case of our texts, without table lookups
            if (c >= 0x0410 && c <= 0x042F)
                c += 0x20;
            else if (c < 0x0410)
                c += 0x50;
            else if (c >= 0x0460)
                c = QChar::toLower(c); // historic and non-Russian letters: ask Unicode
            if (c == 0x0451)
                c = 0x0435; // ё → е
            cyrillic = true;
            appendUtf8(folded, c);
            return;
        }
        c = QChar::toLower(c);
        const QChar::Script script = QChar::script(c);
        cyrillic = cyrillic || script == QChar::Script_Cyrillic;
        latin = latin || script == QChar::Script_Latin;
        appendUtf8(folded, c);
    }
};

int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int length,
             int (*emitToken)(void *, int, const char *, int, int, int))
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    const bool query = flags & FTS5_TOKENIZE_QUERY;
    const bool prefix = flags & FTS5_TOKENIZE_PREFIX;
    Word word;
    std::string exactToken;
    bool afterEquals = false;
    auto flush = [&](int end) -> int {
        if (word.start < 0)
            return SQLITE_OK;
        const bool stemmable = word.cyrillic != word.latin;
        int rc = SQLITE_OK;
        if (query && word.exact) {
            exactToken.assign(1, kExactTokenMarker);
            exactToken += word.folded;
            rc = emitToken(context, 0, exactToken.data(), int(exactToken.size()), word.start, end);
        } else if (prefix || !stemmable) {
            rc = emitToken(context, 0, word.folded.data(), int(word.folded.size()), word.start, end);
        } else {
            const std::string &stem = Text::stemFoldedUtf8(word.folded, word.cyrillic);
            rc = emitToken(context, 0, stem.data(), int(stem.size()), word.start, end);
            if (rc == SQLITE_OK && !query && stem != word.folded) {
                exactToken.assign(1, kExactTokenMarker);
                exactToken += word.folded;
                rc = emitToken(context, FTS5_TOKEN_COLOCATED, exactToken.data(),
                               int(exactToken.size()), word.start, end);
            }
        }
        word.folded.clear();
        word.start = -1;
        word.cyrillic = word.latin = word.exact = false;
        return rc;
    };
    for (int i = 0; i < length;) {
        char32_t c = 0;
        const int n = decodeUtf8(bytes, i, length, c);
        if (isWordCharacter(c)) {
            if (word.start < 0) {
                word.start = i;
                word.exact = afterEquals;
            }
            word.add(c);
        } else if (const int rc = flush(i); rc != SQLITE_OK) {
            return rc;
        }
        afterEquals = query && c == '=';
        i += n;
    }
    return flush(length);
}

// ---- ranking --------------------------------------------------------------------------------

constexpr double kSaturation = 1.2; // BM25's k1

double weightArgument(int argc, sqlite3_value **argv, int column)
{
    if (column >= argc)
        return 1.0;
    return sqlite3_value_double(argv[column]);
}

// Inverse document frequency of every phrase, computed once per query like bm25() does.
struct QueryStats
{
    std::vector<double> idf;
    std::vector<bool> exact; // the phrase is a word's exact form (see press_rank's mask)
    // Tiering (optional): per term, its plain phrase and its exact phrase (-1 if none); per
    // column its class bit: 1 title, 2 lead/place/tags, 4 anything else.
    struct Term
    {
        int plain = -1;
        int exact = -1;
        int alternative = -1; // a prefix's exact-token spelling: the same term, either way
    };
    std::vector<Term> terms;
    std::vector<unsigned> columnClass;
    bool tiered = false;
    bool anyExact = false;
};

// An exact form found counts this many times more than a match of the stem alone: "organization"
// must not be flooded by "organ".
constexpr double kExactBoost = 3.0;

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *user)
{
    ++*static_cast<sqlite3_int64 *>(user);
    return SQLITE_OK;
}

QueryStats *queryStats(const Fts5ExtensionApi *api, Fts5Context *fts, int argc,
                       sqlite3_value **argv, int &rc)
{
    auto *stats = static_cast<QueryStats *>(api->xGetAuxdata(fts, 0));
    if (stats)
        return stats;
    auto owned = std::make_unique<QueryStats>();
    sqlite3_int64 rows = 0;
    rc = api->xRowCount(fts, &rows);
    const int phrases = api->xPhraseCount(fts);
    const int columns = api->xColumnCount(fts);
    const char *mask = argc > columns
                           ? reinterpret_cast<const char *>(sqlite3_value_text(argv[columns]))
                           : nullptr;
    const size_t maskLength = mask ? strlen(mask) : 0;
    for (int p = 0; p < phrases; ++p) {
        const char kind = size_t(p) < maskLength ? mask[p] : 'x';
        owned->exact.push_back(kind == 'e');
        if (kind == 'p')
            owned->terms.push_back({p, -1});
        else if (kind == 'e' && !owned->terms.empty()) {
            owned->terms.back().exact = p;
            owned->anyExact = true;
        } else if (kind == 'a' && !owned->terms.empty()) {
            owned->terms.back().alternative = p;
        }
    }
    const char *classes = argc > columns + 1
                              ? reinterpret_cast<const char *>(sqlite3_value_text(argv[columns + 1]))
                              : nullptr;
    if (classes && *classes && !owned->terms.empty()) {
        owned->tiered = true;
        for (int c = 0; c < columns; ++c) {
            const char k = c < int(strlen(classes)) ? classes[c] : 'b';
            owned->columnClass.push_back(k == 't' ? 1u : k == 'h' ? 2u : 4u);
        }
    }
    // Document frequencies: given by the caller (the same for every query of one search), or
    // counted here with one pass over each phrase's rows, as bm25() does.
    const char *given = argc > columns + 2
                            ? reinterpret_cast<const char *>(sqlite3_value_text(argv[columns + 2]))
                            : nullptr;
    const char *cursor = given && *given ? given : nullptr;
    for (int p = 0; rc == SQLITE_OK && p < phrases; ++p) {
        const bool scored = size_t(p) < maskLength ? mask[p] != 'x' : maskLength == 0;
        sqlite3_int64 hits = 0;
        if (cursor) {
            char *end = nullptr;
            hits = std::strtoll(cursor, &end, 10);
            cursor = end;
        } else if (scored) {
            rc = api->xQueryPhrase(fts, p, &hits, countRow);
        }
        // The always-positive form (as in Lucene), so tiny archives still rank sensibly; phrases
        // that are not terms of the query (conditions, exclusions) do not score.
        owned->idf.push_back(
            scored ? std::log(1.0 + (double(rows) - double(hits) + 0.5) / (double(hits) + 0.5))
                   : 0.0);
    }
    if (rc != SQLITE_OK)
        return nullptr;
    stats = owned.release();
    rc = api->xSetAuxdata(fts, stats, [](void *p) { delete static_cast<QueryStats *>(p); });
    return rc == SQLITE_OK ? stats : nullptr;
}

// Weighted occurrences of phrase `p` in this row, per column.
void phraseWeights(const Fts5ExtensionApi *api, Fts5Context *fts, int p, int argc,
                   sqlite3_value **argv, std::vector<double> &perColumn)
{
    Fts5PhraseIter it;
    int column = 0;
    int offset = 0;
    for (api->xPhraseFirst(fts, p, &it, &column, &offset); column >= 0;
         api->xPhraseNext(fts, &it, &column, &offset)) {
        if (size_t(column) >= perColumn.size())
            perColumn.resize(size_t(column) + 1);
        perColumn[size_t(column)] += weightArgument(argc, argv, column);
    }
}

void pressRank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argc,
               sqlite3_value **argv)
{
    int rc = SQLITE_OK;
    QueryStats *stats = queryStats(api, fts, argc, argv, rc);
    if (!stats) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    const size_t columns = size_t(api->xColumnCount(fts));
    const size_t phrases = stats->idf.size();
    // Weighted occurrences of every phrase in every column of this row.
    thread_local std::vector<double> weights;
    thread_local std::vector<double> perColumn;
    weights.assign(phrases * columns, 0.0);
    for (size_t p = 0; p < phrases; ++p) {
        if (stats->idf[p] == 0.0)
            continue; // not a term of the query
        perColumn.assign(columns, 0.0);
        phraseWeights(api, fts, int(p), argc, argv, perColumn);
        std::copy(perColumn.begin(), perColumn.end(), weights.begin() + std::ptrdiff_t(p * columns));
    }
    // Score of phrase p counting its occurrences in columns of these classes (7: all).
    auto phraseScore = [&](int p, unsigned classes) {
        if (p < 0)
            return 0.0;
        double tf = 0;
        for (size_t c = 0; c < columns; ++c) {
            const unsigned cls = c < stats->columnClass.size() ? stats->columnClass[c] : 4u;
            if (cls & classes)
                tf += weights[size_t(p) * columns + c];
        }
        const double boost = stats->exact[size_t(p)] ? kExactBoost : 1.0;
        return boost * stats->idf[size_t(p)] * tf * (kSaturation + 1) / (tf + kSaturation);
    };
    if (!stats->tiered) {
        double score = 0;
        for (size_t p = 0; p < phrases; ++p)
            score += phraseScore(int(p), 7u);
        sqlite3_result_double(result, -score); // ascending order = best first, like bm25()
        return;
    }
    // The tiers of Search::Searcher: exact forms of every term in a title, in a lead/place/tag,
    // anywhere; then any forms in the same order. Within a tier the score counts what that
    // tier's query would see: those forms, in those columns.
    auto occursIn = [&](int p) {
        unsigned found = 0;
        for (size_t c = 0; p >= 0 && c < columns; ++c) {
            if (weights[size_t(p) * columns + c] > 0)
                found |= c < stats->columnClass.size() ? stats->columnClass[c] : 4u;
        }
        return found;
    };
    auto qualifies = [&](unsigned classes, bool exactOnly) {
        for (const QueryStats::Term &t : stats->terms) {
            const unsigned any = occursIn(t.plain) | occursIn(t.alternative);
            unsigned where = t.exact >= 0 ? occursIn(t.exact) : any;
            if (!exactOnly)
                where |= any;
            if (!(where & classes))
                return false;
        }
        return true;
    };
    auto tierScore = [&](unsigned classes, bool exactOnly) {
        double score = 0;
        for (const QueryStats::Term &t : stats->terms) {
            if (exactOnly && t.exact >= 0) {
                score += phraseScore(t.exact, classes);
                continue;
            }
            score += phraseScore(t.plain, classes) + phraseScore(t.alternative, classes);
            if (!exactOnly)
                score += phraseScore(t.exact, classes);
        }
        return score;
    };
    const unsigned places[] = {1u, 2u, 7u};
    int tier = 0;
    for (bool exactOnly : {true, false}) {
        if (exactOnly && !stats->anyExact)
            continue;
        for (unsigned classes : places) {
            if (qualifies(classes, exactOnly) || (!exactOnly && classes == 7u)) {
                const double score = double(6 - tier) * 1e6 + tierScore(classes, exactOnly);
                sqlite3_result_double(result, -score); // tier first, then the score within it
                return;
            }
            ++tier;
        }
    }
    sqlite3_result_double(result, 0.0);
}

void pressBestColumn(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result,
                     int argc, sqlite3_value **argv)
{
    // Per column, each phrase's occurrences count like in press_rank (saturating), so one title
    // match beats three mentions in the tag list.
    const size_t columns = size_t(api->xColumnCount(fts));
    thread_local std::vector<double> score, perColumn;
    score.assign(columns, 0.0);
    for (int p = 0; p < api->xPhraseCount(fts); ++p) {
        perColumn.assign(columns, 0.0);
        phraseWeights(api, fts, p, argc, argv, perColumn);
        for (size_t c = 0; c < columns; ++c) {
            const double weight = weightArgument(argc, argv, int(c));
            const double tf = weight > 0 ? perColumn[c] / weight : 0;
            score[c] += weight * tf / (tf + kSaturation);
        }
    }
    int best = 0;
    for (size_t c = 1; c < columns; ++c) {
        if (score[c] > score[size_t(best)])
            best = int(c);
    }
    sqlite3_result_int(result, best);
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

Result<void> registerSearchExtensions(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(ErrorCode::Unsupported, u"not an SQLite connection"_s);
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    fts5_api *api = sqlite ? fts5Api(sqlite) : nullptr;
    if (!api)
        return makeError(ErrorCode::Unsupported, u"this SQLite has no FTS5"_s);
    static fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    if (api->xCreateTokenizer(api, kSearchTokenizer, nullptr, &tokenizer, nullptr) != SQLITE_OK
        || api->xCreateFunction(api, "press_rank", nullptr, pressRank, nullptr) != SQLITE_OK
        || api->xCreateFunction(api, "press_best_column", nullptr, pressBestColumn, nullptr)
               != SQLITE_OK)
        return makeError(ErrorCode::Database, u"cannot register the search extensions"_s);
    return ok();
}

} // namespace Press::Archive
