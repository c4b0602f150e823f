#include "searchtokenizer.h"

#include <text/stemmer.h>

#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Press::Archive {
namespace {

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

int utf8Length(char32_t c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int length,
             int (*emitToken)(void *, int, const char *, int, int, int))
{
    const QString s = QString::fromUtf8(text, length);
    const bool prefixQuery = flags & FTS5_TOKENIZE_PREFIX;
    int byte = 0;      // byte offset of the current character in `text`
    int wordStart = -1; // byte offset where the current word began
    qsizetype wordFrom = 0;
    auto flush = [&](qsizetype to) -> int {
        if (wordStart < 0)
            return SQLITE_OK;
        const QString word = s.mid(wordFrom, to - wordFrom);
        const QByteArray token = (prefixQuery ? Text::foldWord(word) : Text::stemWord(word)).toUtf8();
        const int rc = emitToken(context, 0, token.constData(), int(token.size()), wordStart, byte);
        wordStart = -1;
        return rc;
    };
    for (qsizetype i = 0; i < s.size();) {
        char32_t c = s.at(i).unicode();
        qsizetype units = 1;
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s.at(i), s.at(i + 1));
            units = 2;
        }
        const bool inWord = QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing;
        if (inWord && wordStart < 0) {
            wordStart = byte;
            wordFrom = i;
        } else if (!inWord) {
            if (const int rc = flush(i); rc != SQLITE_OK)
                return rc;
        }
        byte += utf8Length(c);
        i += units;
    }
    return flush(s.size());
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

Result<void> registerSearchTokenizer(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(ErrorCode::Unsupported, u"not an SQLite connection"_s);
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    fts5_api *api = sqlite ? fts5Api(sqlite) : nullptr;
    if (!api)
        return makeError(ErrorCode::Unsupported, u"this SQLite has no FTS5"_s);
    static fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    if (api->xCreateTokenizer(api, kSearchTokenizer, nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Database, u"cannot register the search tokenizer"_s);
    return ok();
}

} // namespace Press::Archive
