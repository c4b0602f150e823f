#include "searchindex.h"

#include "sql.h"
#include "transaction.h"

#include <core/logging.h>
#include <text/bodyformat.h>

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Press::Archive::SearchIndex {
namespace {

const char16_t *const kColumnNames[ColumnCount] = {
    u"title_ru", u"lead_ru", u"body_ru", u"place_ru", u"photos_ru", u"title_en",
    u"lead_en",  u"body_en", u"place_en", u"photos_en", u"credit",  u"tags",
};

int textColumn(Language language, int ruColumn)
{
    return language == Language::Ru ? ruColumn : ruColumn + TitleEn;
}

QString columnList()
{
    QStringList names;
    for (int c = 0; c < ColumnCount; ++c)
        names << columnName(c);
    return names.join(u", "_s);
}

// Reads the searchable text of items with statements prepared once, so rebuilding 200,000 items
// does not prepare 800,000 statements.
class DocumentReader
{
public:
    explicit DocumentReader(const QSqlDatabase &db)
        : m_item(db)
        , m_texts(db)
        , m_photos(db)
        , m_entities(db)
    {
        m_ok = m_item.prepare(u"SELECT 1 FROM item WHERE id = ?"_s)
               && m_texts.prepare(
                   u"SELECT lang, title, lead, body, place FROM item_text WHERE item_id = ?"_s)
               && m_photos.prepare(
                   u"SELECT p.caption_ru, p.caption_en, p.credit FROM item_photo ip"
                   " JOIN photo p ON p.id = ip.photo_id WHERE ip.item_id = ? ORDER BY ip.position"_s)
               && m_entities.prepare(
                   u"SELECT e.name_ru, e.short_ru, e.name_en, e.short_en FROM item_entity ie"
                   " JOIN entity e ON e.id = ie.entity_id WHERE ie.item_id = ? ORDER BY e.id"_s);
        for (QSqlQuery *q : {&m_item, &m_texts, &m_photos, &m_entities})
            q->setForwardOnly(true);
    }

    Result<std::optional<QStringList>> read(qint64 itemId)
    {
        if (!m_ok)
            return sqlError(m_entities);
        if (auto r = execute(m_item, itemId); !r)
            return r.error();
        if (!m_item.next())
            return std::optional<QStringList>{};
        m_item.finish();

        QStringList columns(ColumnCount);
        if (auto r = execute(m_texts, itemId); !r)
            return r.error();
        while (m_texts.next()) {
            const Language lang = m_texts.value(0).toString() == u"en"_s ? Language::En
                                                                        : Language::Ru;
            columns[textColumn(lang, TitleRu)] = m_texts.value(1).toString();
            columns[textColumn(lang, LeadRu)] = m_texts.value(2).toString();
            columns[textColumn(lang, BodyRu)] = Text::markdownToPlainText(
                m_texts.value(3).toString());
            columns[textColumn(lang, PlaceRu)] = m_texts.value(4).toString();
        }

        if (auto r = execute(m_photos, itemId); !r)
            return r.error();
        QStringList captionsRu, captionsEn, credits;
        while (m_photos.next()) {
            if (const QString c = m_photos.value(0).toString().trimmed(); !c.isEmpty())
                captionsRu << c;
            if (const QString c = m_photos.value(1).toString().trimmed(); !c.isEmpty())
                captionsEn << c;
            if (const QString c = m_photos.value(2).toString().trimmed();
                !c.isEmpty() && !credits.contains(c))
                credits << c;
        }
        columns[PhotosRu] = captionsRu.join(u'\n');
        columns[PhotosEn] = captionsEn.join(u'\n');
        columns[Credit] = credits.join(u'\n');

        if (auto r = execute(m_entities, itemId); !r)
            return r.error();
        QStringList tags;
        while (m_entities.next()) {
            QStringList names;
            for (int i = 0; i < 4; ++i) {
                if (const QString n = m_entities.value(i).toString().trimmed();
                    !n.isEmpty() && !names.contains(n))
                    names << n;
            }
            tags << names.join(u"; "_s);
        }
        columns[Tags] = tags.join(u" · "_s);
        return std::optional<QStringList>{columns};
    }

private:
    static Result<void> execute(QSqlQuery &q, qint64 itemId)
    {
        q.bindValue(0, itemId);
        return exec(q);
    }

    QSqlQuery m_item, m_texts, m_photos, m_entities;
    bool m_ok = false;
};

class IndexWriter
{
public:
    explicit IndexWriter(const QSqlDatabase &db)
        : m_reader(db)
        , m_delete(db)
        , m_insert(db)
    {
        QStringList marks(ColumnCount + 1, u"?"_s);
        m_ok = m_delete.prepare(u"DELETE FROM search WHERE rowid = ?"_s)
               && m_insert.prepare(u"INSERT INTO search (rowid, %1) VALUES (%2)"_s.arg(
                   columnList(), marks.join(u", "_s)));
    }

    Result<void> write(qint64 itemId, bool deleteFirst = true)
    {
        if (!m_ok)
            return sqlError(m_insert);
        if (deleteFirst) {
            m_delete.bindValue(0, itemId);
            if (auto r = exec(m_delete); !r)
                return r;
        }
        auto doc = m_reader.read(itemId);
        if (!doc)
            return doc.error();
        if (!*doc)
            return ok();
        m_insert.bindValue(0, itemId);
        for (int c = 0; c < ColumnCount; ++c)
            m_insert.bindValue(c + 1, nonNull((**doc).at(c)));
        return exec(m_insert);
    }

private:
    DocumentReader m_reader;
    QSqlQuery m_delete, m_insert;
    bool m_ok = false;
};

} // namespace

QString columnName(int column)
{
    return column >= 0 && column < ColumnCount ? QString::fromUtf16(kColumnNames[column])
                                               : QString();
}

std::optional<Language> columnLanguage(int column)
{
    if (column >= TitleRu && column <= PhotosRu)
        return Language::Ru;
    if (column >= TitleEn && column <= PhotosEn)
        return Language::En;
    return std::nullopt;
}

QList<int> columnsOf(Language language)
{
    QList<int> columns;
    for (int c = 0; c < ColumnCount; ++c) {
        if (columnLanguage(c) == language)
            columns << c;
    }
    return columns;
}

const std::array<double, ColumnCount> &columnWeights()
{
    //                                                title lead body place photos
    static const std::array<double, ColumnCount> w{10.0, 4.0, 1.0, 4.0, 1.5,
                                                   10.0, 4.0, 1.0, 4.0, 1.5,
                                                   // credit tags
                                                   1.0, 4.0};
    return w;
}

QString createTableSql()
{
    // Ranking reads no document lengths (press_rank), but snippet() and the optional bm25()
    // baseline do; the size table is small (a few bytes per item).
    return u"CREATE VIRTUAL TABLE search USING fts5(%1, tokenize='press')"_s.arg(columnList());
}

Result<std::optional<QStringList>> document(const QSqlDatabase &db, qint64 itemId)
{
    DocumentReader reader(db);
    return reader.read(itemId);
}

Result<void> update(const QSqlDatabase &db, const QList<qint64> &itemIds)
{
    IndexWriter writer(db);
    for (qint64 id : itemIds) {
        if (auto r = writer.write(id); !r)
            return r;
    }
    return ok();
}

Result<void> rebuild(const QSqlDatabase &db, const std::function<bool(int, int)> &progress)
{
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    auto ids = selectIds(db, u"SELECT id FROM item ORDER BY id"_s);
    if (!ids)
        return ids.error();
    // DELETE on an FTS5 table tokenizes every row again to find what to remove; a new table is
    // immediate.
    for (const QString &sql : {u"DROP TABLE IF EXISTS search"_s, createTableSql()}) {
        if (auto r = run(db, sql); !r)
            return r.error();
    }
    IndexWriter writer(db);
    const int total = int(ids->size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % 256 == 0 && !progress(i, total))
            return makeError(ErrorCode::Cancelled, u"reindex cancelled"_s);
        if (auto r = writer.write(ids->at(i), false); !r)
            return r;
    }
    // One segment per level makes every later query read fewer pages.
    if (auto r = run(db, u"INSERT INTO search (search) VALUES ('optimize')"_s); !r)
        return r.error();
    if (progress && !progress(total, total))
        return makeError(ErrorCode::Cancelled, u"reindex cancelled"_s);
    return tx.commit();
}

Result<QList<Mismatch>> verify(const QSqlDatabase &db, bool thorough)
{
    QList<Mismatch> problems;
    auto ids = selectIds(db, u"SELECT id FROM item ORDER BY id"_s);
    if (!ids)
        return ids.error();
    auto indexed = selectIds(db, u"SELECT rowid FROM search ORDER BY rowid"_s);
    if (!indexed)
        return indexed.error();
    const QSet<qint64> items(ids->cbegin(), ids->cend());
    for (qint64 id : std::as_const(*indexed)) {
        if (!items.contains(id))
            problems << Mismatch{id, u"index row of a removed item"_s};
    }
    auto stored = prepare(db, u"SELECT %1 FROM search WHERE rowid = ?"_s.arg(columnList()));
    if (!stored)
        return stored.error();
    DocumentReader reader(db);
    const QSet<qint64> indexedSet(indexed->cbegin(), indexed->cend());
    for (qint64 id : std::as_const(*ids)) {
        if (!indexedSet.contains(id)) {
            problems << Mismatch{id, u"not in the index"_s};
            continue;
        }
        auto doc = reader.read(id);
        if (!doc)
            return doc.error();
        stored->bindValue(0, id);
        if (auto r = exec(*stored); !r)
            return r.error();
        if (!stored->next() || !*doc)
            continue;
        for (int c = 0; c < ColumnCount; ++c) {
            if (stored->value(c).toString() != (**doc).at(c))
                problems << Mismatch{id, u"stale %1"_s.arg(columnName(c))};
        }
        stored->finish();
    }
    if (!thorough)
        return problems;
    // FTS5 compares its inverted index with the stored text (tokenizing every row again).
    if (auto r = run(db, u"INSERT INTO search (search, rank) VALUES ('integrity-check', 1)"_s);
        !r) {
        if (r.error().code == ErrorCode::ArchiveCorrupt)
            problems << Mismatch{0, u"the full-text index is damaged: %1"_s.arg(r.error().detail)};
        else
            return r.error();
    }
    return problems;
}

} // namespace Press::Archive::SearchIndex
