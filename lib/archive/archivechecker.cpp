#include "archivechecker.h"

#include "archive.h"
#include "migrations.h"
#include "searchindex.h"
#include "sql.h"

#include <model/enums.h>
#include <model/itemtext.h>

#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Press::Archive {
namespace {

class Checker
{
public:
    Checker(Archive &archive, const CheckOptions &options)
        : m_archive(archive)
        , m_db(archive.connection())
        , m_options(options)
    {}

    Result<QList<Problem>> execute()
    {
        for (auto step : {&Checker::integrity, &Checker::foreignKeys, &Checker::schema,
                          &Checker::items, &Checker::texts, &Checker::states,
                          &Checker::revisions, &Checker::photos, &Checker::entities,
                          &Checker::searchIndex, &Checker::media}) {
            if (auto r = (this->*step)(); !r)
                return r.error();
        }
        return m_problems;
    }

private:
    void error(const QString &check, const QString &message)
    {
        m_problems << Problem{Problem::Severity::Error, check, message};
    }
    void warning(const QString &check, const QString &message)
    {
        m_problems << Problem{Problem::Severity::Warning, check, message};
    }

    Result<void> searchIndex()
    {
        auto mismatches = SearchIndex::verify(m_db, m_options.hashMedia);
        if (!mismatches)
            return mismatches.error();
        for (const SearchIndex::Mismatch &m : std::as_const(*mismatches)) {
            error(u"search-index"_s,
                  m.itemId ? u"item %1: %2 (run reindex)"_s.arg(m.itemId).arg(m.what)
                           : u"%1 (run reindex)"_s.arg(m.what));
        }
        return ok();
    }

    Result<void> integrity()
    {
        auto q = Press::Archive::run(m_db, u"PRAGMA integrity_check"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString line = q->value(0).toString();
            if (line != u"ok")
                error(u"integrity"_s, line);
        }
        return ok();
    }

    Result<void> foreignKeys()
    {
        auto q = Press::Archive::run(m_db, u"PRAGMA foreign_key_check"_s);
        if (!q)
            return q.error();
        while (q->next())
            error(u"foreign-keys"_s, u"row %1 of %2 refers to a missing row of %3"_s.arg(
                                         q->value(1).toString(), q->value(0).toString(),
                                         q->value(2).toString()));
        return ok();
    }

    Result<void> schema()
    {
        auto version = scalar(m_db, u"PRAGMA user_version"_s);
        if (!version)
            return version.error();
        if (version->toInt() != Migrations::latestVersion())
            error(u"schema"_s, u"schema version %1, expected %2"_s.arg(version->toInt())
                                   .arg(Migrations::latestVersion()));
        auto appId = scalar(m_db, u"PRAGMA application_id"_s);
        if (!appId)
            return appId.error();
        if (appId->toInt() != Migrations::kApplicationId)
            error(u"schema"_s, u"application_id is %1, not PressDesk's"_s.arg(appId->toInt()));
        return ok();
    }

    Result<void> items()
    {
        auto q = Press::Archive::run(m_db,
                              u"SELECT i.id, i.uuid, i.section, i.status, i.event_date,"
                              " (SELECT count(*) FROM item_text t WHERE t.item_id = i.id)"
                              " FROM item i ORDER BY i.id"_s);
        if (!q)
            return q.error();
        QSet<QString> uuids;
        while (q->next()) {
            const QString id = q->value(0).toString();
            const QString uuid = q->value(1).toString();
            if (QUuid::fromString(uuid).isNull())
                error(u"item"_s, u"item %1 has an invalid UUID '%2'"_s.arg(id, uuid));
            if (!Model::sectionFromCode(q->value(2).toString()))
                error(u"item"_s, u"item %1 has an unknown section '%2'"_s.arg(
                                     id, q->value(2).toString()));
            if (!Model::statusFromCode(q->value(3).toString()))
                error(u"item"_s, u"item %1 has an unknown status '%2'"_s.arg(
                                     id, q->value(3).toString()));
            const QString date = q->value(4).toString();
            if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
                error(u"item"_s, u"item %1 has an invalid event date '%2'"_s.arg(id, date));
            if (q->value(5).toInt() != 2)
                error(u"item"_s, u"item %1 has %2 language texts, expected 2"_s.arg(
                                     id, q->value(5).toString()));
        }
        return ok();
    }

    Result<void> texts()
    {
        auto q = Press::Archive::run(m_db,
                              u"SELECT t.item_id, t.lang, t.title, t.lead, t.body, t.place,"
                              " t.content_hash, t.translated_from_hash, i.source_lang"
                              " FROM item_text t JOIN item i ON i.id = t.item_id"
                              " ORDER BY t.item_id, t.lang"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString where = u"item %1 (%2)"_s.arg(q->value(0).toString(),
                                                         q->value(1).toString());
            Model::ItemText text;
            text.title = q->value(2).toString();
            text.lead = q->value(3).toString();
            text.body = q->value(4).toString();
            text.place = q->value(5).toString();
            if (text.contentHash() != q->value(6).toString())
                error(u"text"_s, u"%1: stored hash does not match its text"_s.arg(where));
            const bool isSource = q->value(1).toString() == q->value(8).toString();
            if (isSource && !q->value(7).isNull())
                error(u"text"_s, u"%1: the source language is marked as a translation"_s.arg(where));
            if (isSource && text.isEmpty())
                warning(u"text"_s, u"%1: the source language text is empty"_s.arg(where));
        }
        return ok();
    }

    Result<void> states()
    {
        // item_text.state is derived; it must match the rule applied to the stored hashes.
        static const QString sql = u"SELECT t.item_id, t.lang, t.state, "_s
                                   + translationStateSql(u"i"_s, u"t"_s, u"src"_s)
                                   + u" FROM item_text t JOIN item i ON i.id = t.item_id"
                                     " JOIN item_text src ON src.item_id = i.id"
                                     " AND src.lang = i.source_lang ORDER BY t.item_id, t.lang"_s;
        auto q = Press::Archive::run(m_db, sql);
        if (!q)
            return q.error();
        while (q->next()) {
            if (q->value(2).toString() != q->value(3).toString())
                error(u"text"_s, u"item %1 (%2): stored translation state '%3' should be '%4'"_s.arg(
                                     q->value(0).toString(), q->value(1).toString(),
                                     q->value(2).toString(), q->value(3).toString()));
        }
        return ok();
    }

    Result<void> revisions()
    {
        // The newest revision of each non-empty text must equal the text itself.
        auto q = Press::Archive::run(m_db,
                              u"SELECT t.item_id, t.lang, t.content_hash,"
                              " (SELECT r.content_hash FROM revision r WHERE r.item_id = t.item_id"
                              "  AND r.lang = t.lang ORDER BY r.id DESC LIMIT 1)"
                              " FROM item_text t WHERE t.title <> '' OR t.lead <> ''"
                              " OR t.body <> '' OR t.place <> '' ORDER BY t.item_id, t.lang"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString where = u"item %1 (%2)"_s.arg(q->value(0).toString(),
                                                         q->value(1).toString());
            if (q->value(3).isNull())
                error(u"revision"_s, u"%1 has no revision"_s.arg(where));
            else if (q->value(3).toString() != q->value(2).toString())
                error(u"revision"_s, u"%1: newest revision differs from the text"_s.arg(where));
        }
        return ok();
    }

    Result<void> photos()
    {
        auto q = Press::Archive::run(m_db,
                              u"SELECT item_id, count(*), sum(is_cover), min(position),"
                              " max(position) FROM item_photo GROUP BY item_id"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString id = q->value(0).toString();
            if (q->value(2).toInt() > 1)
                error(u"photo-links"_s, u"item %1 has %2 covers"_s.arg(id, q->value(2).toString()));
            if (q->value(3).toInt() != 0 || q->value(4).toInt() != q->value(1).toInt() - 1)
                warning(u"photo-links"_s, u"item %1 has gaps in its photo order"_s.arg(id));
        }
        // The stored count (lists sort and filter by it) must match the links.
        auto counts = Press::Archive::run(
            m_db, u"SELECT id, photo_count, (SELECT count(*) FROM item_photo p"
                  " WHERE p.item_id = item.id) FROM item WHERE photo_count <>"
                  " (SELECT count(*) FROM item_photo p WHERE p.item_id = item.id)"_s);
        if (!counts)
            return counts.error();
        while (counts->next())
            error(u"photo-links"_s, u"item %1 records %2 photos but has %3"_s.arg(
                                        counts->value(0).toString(), counts->value(1).toString(),
                                        counts->value(2).toString()));
        return ok();
    }

    Result<void> entities()
    {
        auto q = Press::Archive::run(m_db, u"SELECT id, kind, name_ru, name_en FROM entity"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString id = q->value(0).toString();
            if (!Model::entityKindFromCode(q->value(1).toString()))
                error(u"entity"_s, u"entity %1 has an unknown kind '%2'"_s.arg(
                                       id, q->value(1).toString()));
            if (q->value(2).toString().isEmpty() && q->value(3).toString().isEmpty())
                error(u"entity"_s, u"entity %1 has no name"_s.arg(id));
        }
        return ok();
    }

    Result<void> media()
    {
        auto q = Press::Archive::run(m_db, u"SELECT id, sha256, size_bytes FROM photo ORDER BY id"_s);
        if (!q)
            return q.error();
        struct Row
        {
            QString id, sha;
            qint64 size;
        };
        QList<Row> rows;
        while (q->next())
            rows << Row{q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong()};
        const Media::MediaStore &store = m_archive.media();
        QSet<QString> referenced;
        for (int i = 0; i < rows.size(); ++i) {
            const Row &row = rows.at(i);
            referenced.insert(row.sha);
            if (m_options.progress && !m_options.progress(i, int(rows.size())))
                return makeError(ErrorCode::Cancelled, u"check cancelled"_s);
            if (!store.contains(row.sha)) {
                error(u"media"_s, u"photo %1: file %2 is missing"_s.arg(row.id, row.sha));
                continue;
            }
            if (QFileInfo(store.pathFor(row.sha)).size() != row.size) {
                error(u"media"_s, u"photo %1: file %2 has the wrong size"_s.arg(row.id, row.sha));
                continue;
            }
            if (m_options.hashMedia) {
                auto intact = store.verify(row.sha);
                if (!intact)
                    error(u"media"_s, u"photo %1: %2"_s.arg(row.id, intact.error().detail));
                else if (!*intact)
                    error(u"media"_s, u"photo %1: file %2 is damaged (its SHA-256 differs)"_s
                                          .arg(row.id, row.sha));
            }
        }
        for (const QString &sha : store.storedHashes()) {
            if (!referenced.contains(sha))
                warning(u"media"_s, u"file %1 in media/ belongs to no photo"_s.arg(sha));
        }
        return ok();
    }

    Archive &m_archive;
    QSqlDatabase m_db;
    const CheckOptions &m_options;
    QList<Problem> m_problems;
};

} // namespace

Result<QList<Problem>> checkArchive(Archive &archive, const CheckOptions &options)
{
    return Checker(archive, options).execute();
}

} // namespace Press::Archive
