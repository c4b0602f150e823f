#include "migrations.h"

#include "searchindex.h"
#include "sql.h"
#include "transaction.h"

#include <core/logging.h>

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Press::Archive::Migrations {
namespace {

struct Step
{
    int version;
    const char16_t *description;
    QStringList statements;
    // Work SQL cannot do (Markdown to plain text for the index), run after the statements in the
    // same transaction.
    Result<void> (*after)(const QSqlDatabase &) = nullptr;
};

Result<void> buildSearchIndex(const QSqlDatabase &db)
{
    return SearchIndex::rebuild(db);
}

// Never edit a step that has shipped: add a new one. Text columns hold the codes of model/enums.h.
const QList<Step> &steps()
{
    static const QList<Step> all{
        {1,
         u"initial schema",
         {
             u"CREATE TABLE archive_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
             u"CREATE TABLE item ("
             "  id INTEGER PRIMARY KEY,"
             "  uuid TEXT NOT NULL UNIQUE,"
             "  section TEXT NOT NULL,"
             "  event_date TEXT,"
             "  status TEXT NOT NULL,"
             "  source_lang TEXT NOT NULL CHECK (source_lang IN ('ru', 'en')),"
             "  created_at TEXT NOT NULL,"
             "  updated_at TEXT NOT NULL)"_s,
             u"CREATE TABLE item_text ("
             "  item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
             "  lang TEXT NOT NULL CHECK (lang IN ('ru', 'en')),"
             "  title TEXT NOT NULL DEFAULT '',"
             "  lead TEXT NOT NULL DEFAULT '',"
             "  body TEXT NOT NULL DEFAULT '',"
             "  place TEXT NOT NULL DEFAULT '',"
             "  content_hash TEXT NOT NULL,"
             "  translated_from_hash TEXT,"
             "  updated_at TEXT NOT NULL,"
             "  PRIMARY KEY (item_id, lang)) WITHOUT ROWID"_s,
             u"CREATE TABLE revision ("
             "  id INTEGER PRIMARY KEY,"
             "  item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
             "  lang TEXT NOT NULL CHECK (lang IN ('ru', 'en')),"
             "  title TEXT NOT NULL, lead TEXT NOT NULL, body TEXT NOT NULL, place TEXT NOT NULL,"
             "  content_hash TEXT NOT NULL,"
             "  saved_at TEXT NOT NULL)"_s,
             u"CREATE INDEX revision_item ON revision(item_id, lang, id)"_s,
             u"CREATE TABLE photo ("
             "  id INTEGER PRIMARY KEY,"
             "  sha256 TEXT NOT NULL UNIQUE,"
             "  original_name TEXT NOT NULL,"
             "  mime_type TEXT NOT NULL,"
             "  size_bytes INTEGER NOT NULL,"
             "  width INTEGER NOT NULL, height INTEGER NOT NULL,"
             "  taken_at TEXT, camera TEXT, credit TEXT,"
             "  caption_ru TEXT, caption_en TEXT,"
             "  imported_at TEXT NOT NULL)"_s,
             u"CREATE TABLE item_photo ("
             "  item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
             "  photo_id INTEGER NOT NULL REFERENCES photo(id) ON DELETE RESTRICT,"
             "  position INTEGER NOT NULL,"
             "  is_cover INTEGER NOT NULL DEFAULT 0,"
             "  PRIMARY KEY (item_id, photo_id))"_s,
             u"CREATE INDEX item_photo_photo ON item_photo(photo_id)"_s,
             u"CREATE TABLE entity ("
             "  id INTEGER PRIMARY KEY,"
             "  uuid TEXT NOT NULL UNIQUE,"
             "  kind TEXT NOT NULL,"
             "  name_ru TEXT NOT NULL DEFAULT '',"
             "  name_en TEXT NOT NULL DEFAULT '')"_s,
             u"CREATE TABLE item_entity ("
             "  item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
             "  entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,"
             "  PRIMARY KEY (item_id, entity_id))"_s,
         }},
        {2,
         u"item version for concurrent edits, entity abbreviations, list indexes, one cover",
         {
             u"ALTER TABLE item ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE entity ADD COLUMN short_ru TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE entity ADD COLUMN short_en TEXT NOT NULL DEFAULT ''"_s,
             u"CREATE INDEX item_event_date ON item(event_date, id)"_s,
             u"CREATE INDEX item_updated ON item(updated_at)"_s,
             u"CREATE INDEX item_entity_entity ON item_entity(entity_id)"_s,
             // Version 1 allowed several covers; keep the first by position.
             u"UPDATE item_photo SET is_cover = 0 WHERE is_cover = 1 AND EXISTS ("
             "  SELECT 1 FROM item_photo p WHERE p.item_id = item_photo.item_id"
             "  AND p.is_cover = 1 AND p.position < item_photo.position)"_s,
             u"CREATE UNIQUE INDEX item_photo_cover ON item_photo(item_id) WHERE is_cover = 1"_s,
         }},
        {3,
         u"indexes that let the item list sort 200,000 items without reading their bodies",
         {
             u"CREATE INDEX item_section ON item(section, id)"_s,
             u"CREATE INDEX item_status ON item(status, id)"_s,
             u"CREATE INDEX item_text_title ON item_text(lang, title, item_id)"_s,
             // Covers the translation-state rule (translationStateSql), so computing the state of
             // every item reads this index, never the text rows with their long bodies.
             u"CREATE INDEX item_text_state ON item_text(lang, item_id, content_hash,"
             " translated_from_hash)"_s,
         }},
        {4,
         u"stored translation state, so lists sort and filter by it through an index",
         {
             u"ALTER TABLE item_text ADD COLUMN state TEXT NOT NULL DEFAULT 'missing'"_s,
             refreshTranslationStateSql(),
             u"CREATE INDEX item_text_lang_state ON item_text(lang, state, item_id)"_s,
         }},
        {5,
         u"full-text search index and saved searches",
         {
             SearchIndex::createTableSql(),
             u"CREATE TABLE saved_search ("
             "  id INTEGER PRIMARY KEY,"
             "  name TEXT NOT NULL UNIQUE,"
             "  query TEXT NOT NULL,"
             "  sort TEXT NOT NULL DEFAULT 'rank' CHECK (sort IN ('rank', 'date')),"
             "  created_at TEXT NOT NULL)"_s,
         },
         buildSearchIndex},
        {6,
         u"photo count on the item, and one index that answers every list filter",
         {
             u"ALTER TABLE item ADD COLUMN photo_count INTEGER NOT NULL DEFAULT 0"_s,
             u"UPDATE item SET photo_count ="
             " (SELECT count(*) FROM item_photo p WHERE p.item_id = item.id)"_s,
             // Date ranges with section, status and has:photo are counted from this index alone.
             u"CREATE INDEX item_filters ON item(event_date, section, status, photo_count)"_s,
             u"CREATE INDEX item_photo_count ON item(photo_count, id)"_s,
         }},
        {7,
         u"photo library: orientation, headline, copyright, keywords, GPS; date index",
         {
             u"ALTER TABLE photo ADD COLUMN orientation INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE photo ADD COLUMN headline TEXT"_s,
             u"ALTER TABLE photo ADD COLUMN copyright TEXT"_s,
             // One keyword per line.
             u"ALTER TABLE photo ADD COLUMN keywords TEXT"_s,
             u"ALTER TABLE photo ADD COLUMN gps_latitude REAL"_s,
             u"ALTER TABLE photo ADD COLUMN gps_longitude REAL"_s,
             u"ALTER TABLE photo ADD COLUMN gps_altitude REAL"_s,
             u"CREATE INDEX photo_taken ON photo(taken_at, id)"_s,
         }},
        {8,
         u"editor drafts: what was typed since the last save, for crash recovery",
         {
             u"CREATE TABLE draft ("
             "  item_id INTEGER PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE,"
             "  base_version INTEGER NOT NULL,"
             "  content TEXT NOT NULL,"
             "  saved_at TEXT NOT NULL)"_s,
         }},
        {9,
         u"publishing: targets (websites), the outbox of jobs, and what each site holds of ours",
         {
             // A website (or one language's category on it). The Application Password is never
             // here: it comes from the keychain, an environment variable or a 0600 file.
             u"CREATE TABLE publish_target ("
             "  id INTEGER PRIMARY KEY,"
             "  name TEXT NOT NULL UNIQUE,"
             "  kind TEXT NOT NULL DEFAULT 'wordpress',"
             "  base_url TEXT NOT NULL,"
             "  user_name TEXT NOT NULL,"
             "  language TEXT NOT NULL CHECK (language IN ('ru', 'en')),"
             "  category TEXT NOT NULL DEFAULT '',"
             "  secret_env TEXT NOT NULL DEFAULT '',"
             "  secret_file TEXT NOT NULL DEFAULT '',"
             "  trusted_certificate TEXT NOT NULL DEFAULT '',"
             "  created_at TEXT NOT NULL)"_s,
             // The outbox: one job per item, target and action; it survives restarts.
             u"CREATE TABLE publish_job ("
             "  id INTEGER PRIMARY KEY,"
             "  item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
             "  target_id INTEGER NOT NULL REFERENCES publish_target(id) ON DELETE CASCADE,"
             "  action TEXT NOT NULL,"
             "  post_status TEXT NOT NULL DEFAULT 'publish',"
             "  scheduled_at TEXT,"
             "  overwrite INTEGER NOT NULL DEFAULT 0,"
             "  state TEXT NOT NULL DEFAULT 'queued',"
             "  attempts INTEGER NOT NULL DEFAULT 0,"
             "  next_attempt_at TEXT,"
             "  last_error TEXT NOT NULL DEFAULT '',"
             "  error_code TEXT NOT NULL DEFAULT '',"
             "  progress TEXT NOT NULL DEFAULT '',"
             "  created_at TEXT NOT NULL,"
             "  updated_at TEXT NOT NULL)"_s,
             u"CREATE INDEX publish_job_state ON publish_job(state, next_attempt_at)"_s,
             u"CREATE INDEX publish_job_item ON publish_job(item_id)"_s,
             // The post an item's language has on a target. The slug is chosen before the first
             // attempt, so that a retry after a lost response finds the post it made.
             u"CREATE TABLE remote_post ("
             "  item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,"
             "  target_id INTEGER NOT NULL REFERENCES publish_target(id) ON DELETE CASCADE,"
             "  slug TEXT NOT NULL,"
             "  remote_id INTEGER,"
             "  url TEXT NOT NULL DEFAULT '',"
             "  status TEXT NOT NULL DEFAULT '',"
             "  modified_gmt TEXT NOT NULL DEFAULT '',"
             "  published_at TEXT,"
             "  PRIMARY KEY (item_id, target_id))"_s,
             // A photo uploaded to a site (media are shared by the targets of one site).
             u"CREATE TABLE remote_media ("
             "  photo_id INTEGER NOT NULL REFERENCES photo(id) ON DELETE CASCADE,"
             "  site TEXT NOT NULL,"
             "  remote_id INTEGER NOT NULL,"
             "  url TEXT NOT NULL DEFAULT '',"
             "  PRIMARY KEY (photo_id, site))"_s,
             // Categories and tags met on a site, by name.
             u"CREATE TABLE remote_term ("
             "  site TEXT NOT NULL,"
             "  taxonomy TEXT NOT NULL,"
             "  name TEXT NOT NULL,"
             "  remote_id INTEGER NOT NULL,"
             "  PRIMARY KEY (site, taxonomy, name))"_s,
         }},
    };
    return all;
}

Result<int> applicationId(const QSqlDatabase &db)
{
    auto v = scalar(db, u"PRAGMA application_id"_s);
    if (!v)
        return v.error();
    return v->toInt();
}

Result<bool> isEmptyDatabase(const QSqlDatabase &db)
{
    auto v = scalar(db, u"SELECT count(*) FROM sqlite_schema"_s);
    if (!v)
        return v.error();
    return v->toInt() == 0;
}

} // namespace

int latestVersion()
{
    return steps().constLast().version;
}

Result<bool> needsMigration(const QSqlDatabase &db)
{
    auto version = scalar(db, u"PRAGMA user_version"_s);
    if (!version)
        return version.error();
    return version->toInt() < latestVersion();
}

Result<void> checkIdentity(const QSqlDatabase &db)
{
    auto version = scalar(db, u"PRAGMA user_version"_s);
    if (!version)
        return version.error();
    const int current = version->toInt();
    auto appId = applicationId(db);
    if (!appId)
        return appId.error();
    if (current == 0) {
        auto empty = isEmptyDatabase(db);
        if (!empty)
            return empty.error();
        if (!*empty)
            return makeError(ErrorCode::NotAnArchive,
                             u"the SQLite file holds another program's tables"_s);
        return ok();
    }
    if (*appId != kApplicationId)
        return makeError(ErrorCode::NotAnArchive,
                         u"the SQLite file belongs to another program (application_id %1)"_s
                             .arg(*appId));
    if (current > latestVersion())
        return makeError(ErrorCode::ArchiveTooNew,
                         u"archive schema version %1 is newer than this PressDesk supports (%2)"_s
                             .arg(current)
                             .arg(latestVersion()));
    return ok();
}

Result<void> migrate(const QSqlDatabase &db, int targetVersion)
{
    const int target = targetVersion < 0 ? latestVersion() : targetVersion;
    if (auto r = checkIdentity(db); !r)
        return r;
    auto version = scalar(db, u"PRAGMA user_version"_s);
    if (!version)
        return version.error();
    int current = version->toInt();

    for (const Step &step : steps()) {
        if (step.version <= current || step.version > target)
            continue;
        qCInfo(lcArchive) << "migrating archive to version" << step.version
                          << QString::fromUtf16(step.description);
        Transaction tx(db);
        if (auto r = tx.begin(); !r)
            return r;
        for (const QString &sql : step.statements) {
            if (auto r = run(db, sql); !r)
                return r.error();
        }
        if (step.after) {
            if (auto r = step.after(db); !r)
                return r;
        }
        if (step.version == 1) {
            if (auto r = run(db, u"PRAGMA application_id = %1"_s.arg(kApplicationId)); !r)
                return r.error();
        }
        // PRAGMA takes no bound parameters; the number is ours.
        if (auto r = run(db, u"PRAGMA user_version = %1"_s.arg(step.version)); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r;
        current = step.version;
    }
    return ok();
}

} // namespace Press::Archive::Migrations
