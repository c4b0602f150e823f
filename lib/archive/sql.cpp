#include "sql.h"

#include <core/logging.h>
#include <model/itemtext.h>

using namespace Qt::StringLiterals;

namespace Press::Archive {
namespace {

// SQLite primary result codes (sqlite3.h); the driver reports extended codes, whose low byte is
// the primary code.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteInterrupt = 9;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;

ErrorCode codeFor(const QSqlError &error)
{
    bool isNumber = false;
    const int native = error.nativeErrorCode().toInt(&isNumber);
    if (!isNumber)
        return ErrorCode::Database;
    constexpr int kSqliteConstraintPrimaryKey = 1555;
    constexpr int kSqliteConstraintUnique = 2067;
    if (native == kSqliteConstraintUnique || native == kSqliteConstraintPrimaryKey)
        return ErrorCode::AlreadyExists;
    switch (native & 0xff) {
    case kSqliteBusy:
    case kSqliteLocked: return ErrorCode::ArchiveLocked;
    case kSqliteReadOnly: return ErrorCode::ArchiveReadOnly;
    case kSqliteInterrupt: return ErrorCode::Cancelled; // sqlite3_interrupt: a newer query won
    case kSqliteCorrupt:
    case kSqliteNotADb: return ErrorCode::ArchiveCorrupt;
    case kSqliteIoErr:
    case kSqliteFull:
    case kSqliteCantOpen: return ErrorCode::Io;
    case kSqliteConstraint: return ErrorCode::InvalidArgument;
    default: return ErrorCode::Database;
    }
}

} // namespace

Error sqlError(const QSqlError &error, const QString &sql)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    qCWarning(lcArchive).noquote() << "SQL failed:" << sql.simplified() << "--" << text
                                   << "(code" << error.nativeErrorCode() << ")";
    return makeError(codeFor(error), u"%1 [%2]"_s.arg(text, sql.simplified().left(200)));
}

Error sqlError(const QSqlQuery &query)
{
    return sqlError(query.lastError(), query.lastQuery());
}

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql,
                          std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), sql);
    int i = 0;
    for (const QVariant &v : values)
        query.bindValue(i++, v);
    return query;
}

Result<void> exec(QSqlQuery &query)
{
    if (!query.exec())
        return sqlError(query);
    return ok();
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql,
                      std::initializer_list<QVariant> values)
{
    auto query = prepare(db, sql, values);
    if (!query)
        return query.error();
    if (auto r = exec(*query); !r)
        return r.error();
    return query;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql,
                        std::initializer_list<QVariant> values)
{
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    if (!query->next()) {
        if (query->lastError().isValid())
            return sqlError(*query);
        return makeError(ErrorCode::NotFound, u"no row: %1"_s.arg(sql.simplified()));
    }
    return query->value(0);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Result<QList<qint64>> selectIds(const QSqlDatabase &db, const QString &sql,
                                std::initializer_list<QVariant> values)
{
    auto q = run(db, sql, values);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Result<QStringList> selectStrings(const QSqlDatabase &db, const QString &sql,
                                  std::initializer_list<QVariant> values)
{
    auto q = run(db, sql, values);
    if (!q)
        return q.error();
    QStringList strings;
    while (q->next())
        strings << q->value(0).toString();
    return strings;
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QString(u""_s) : text;
}

QString escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'%', u"\\%"_s);
    escaped.replace(u'_', u"\\_"_s);
    return escaped;
}

} // namespace Press::Archive

namespace Press::Archive {

QString translationStateSql(const QString &item, const QString &text, const QString &source)
{
    // "Empty" is tested through the hash of an empty text, not the fields themselves, so that
    // the item_text_state index covers the whole expression.
    static const QString emptyHash = Model::ItemText().contentHash();
    return u"CASE WHEN %1.source_lang = %2.lang THEN 'original'"
           " WHEN %2.content_hash = '%4' THEN 'missing'"
           " WHEN %2.translated_from_hash IS NULL THEN 'in-progress'"
           " WHEN %2.translated_from_hash = %3.content_hash THEN 'done'"
           " ELSE 'outdated' END"_s.arg(item, text, source, emptyHash);
}

QString refreshTranslationStateSql()
{
    return u"UPDATE item_text SET state = (SELECT "_s
           + translationStateSql(u"i"_s, u"item_text"_s, u"src"_s)
           + u" FROM item i JOIN item_text src ON src.item_id = i.id AND src.lang = i.source_lang"
             " WHERE i.id = item_text.item_id)"_s;
}

} // namespace Press::Archive
