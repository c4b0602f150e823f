#include "itemrepository.h"

#include "searchindex.h"

#include "sql.h"
#include "transaction.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Press::Archive {

using Model::Item;
using Model::ItemText;
using Model::Revision;

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

} // namespace

ItemText normalizedText(const ItemText &text)
{
    ItemText t = text;
    t.title = t.title.trimmed();
    t.lead = t.lead.trimmed();
    t.body = t.body.trimmed();
    t.place = t.place.trimmed();
    return t;
}

ItemRepository::ItemRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

Result<qint64> ItemRepository::resolve(const QString &idOrUuid) const
{
    bool isNumber = false;
    const qint64 id = idOrUuid.toLongLong(&isNumber);
    auto v = isNumber ? scalar(m_db, u"SELECT id FROM item WHERE id = ?"_s, {id})
                      : scalar(m_db, u"SELECT id FROM item WHERE uuid = ?"_s,
                               {idOrUuid.trimmed().toLower()});
    if (!v) {
        if (v.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound, u"no item %1"_s.arg(idOrUuid));
        return v.error();
    }
    return v->toLongLong();
}

Result<QList<qint64>> ItemRepository::ids() const
{
    return selectIds(m_db, u"SELECT id FROM item ORDER BY event_date, id"_s);
}

Result<int> ItemRepository::count() const
{
    auto v = scalar(m_db, u"SELECT count(*) FROM item"_s);
    if (!v)
        return v.error();
    return v->toInt();
}

Result<Item> ItemRepository::load(qint64 id) const
{
    auto q = run(m_db,
                 u"SELECT uuid, section, event_date, status, source_lang, created_at, updated_at,"
                 " version FROM item WHERE id = ?"_s,
                 {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, u"no item %1"_s.arg(id));
    Item item;
    item.id = id;
    item.uuid = q->value(0).toString();
    item.section = Model::sectionFromCode(q->value(1).toString()).value_or(Model::Section::News);
    item.eventDate = QDate::fromString(q->value(2).toString(), Qt::ISODate);
    item.status = Model::statusFromCode(q->value(3).toString()).value_or(Model::ItemStatus::Draft);
    item.sourceLanguage = languageFromCode(q->value(4).toString()).value_or(Language::Ru);
    item.createdAt = fromTimestamp(q->value(5).toString());
    item.updatedAt = fromTimestamp(q->value(6).toString());
    item.version = q->value(7).toInt();

    auto texts = run(m_db,
                     u"SELECT lang, title, lead, body, place, translated_from_hash, updated_at"
                     " FROM item_text WHERE item_id = ?"_s,
                     {id});
    if (!texts)
        return texts.error();
    while (texts->next()) {
        const auto lang = languageFromCode(texts->value(0).toString());
        if (!lang)
            continue;
        ItemText &t = item.text(*lang);
        t.title = texts->value(1).toString();
        t.lead = texts->value(2).toString();
        t.body = texts->value(3).toString();
        t.place = texts->value(4).toString();
        t.translatedFromHash = texts->value(5).toString();
        t.updatedAt = fromTimestamp(texts->value(6).toString());
    }

    auto photos = run(m_db,
                      u"SELECT photo_id, position, is_cover FROM item_photo WHERE item_id = ?"
                      " ORDER BY position"_s,
                      {id});
    if (!photos)
        return photos.error();
    while (photos->next())
        item.photos << Model::PhotoLink{photos->value(0).toLongLong(), photos->value(1).toInt(),
                                        photos->value(2).toBool()};

    auto entities = run(m_db,
                        u"SELECT entity_id FROM item_entity WHERE item_id = ? ORDER BY entity_id"_s,
                        {id});
    if (!entities)
        return entities.error();
    while (entities->next())
        item.entityIds << entities->value(0).toLongLong();
    return item;
}

Result<void> ItemRepository::insertRevision(qint64 itemId, const Revision &r)
{
    auto q = run(m_db,
                 u"INSERT INTO revision (item_id, lang, title, lead, body, place, content_hash,"
                 " saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {itemId, languageCode(r.language), nonNull(r.title), nonNull(r.lead),
                  nonNull(r.body), nonNull(r.place), r.contentHash, toTimestamp(r.savedAt)});
    if (!q)
        return q.error();
    return ok();
}

Result<void> ItemRepository::writeText(qint64 itemId, const ItemText &text, const QString &now,
                                       bool addRevision)
{
    const QString hash = text.contentHash();
    auto q = run(m_db,
                 u"INSERT INTO item_text (item_id, lang, title, lead, body, place, content_hash,"
                 " translated_from_hash, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT (item_id, lang) DO UPDATE SET title = excluded.title,"
                 " lead = excluded.lead, body = excluded.body, place = excluded.place,"
                 " content_hash = excluded.content_hash,"
                 " translated_from_hash = excluded.translated_from_hash,"
                 " updated_at = excluded.updated_at"_s,
                 {itemId, languageCode(text.language), nonNull(text.title), nonNull(text.lead),
                  nonNull(text.body), nonNull(text.place), hash,
                  nullIfEmpty(text.translatedFromHash), now});
    if (!q)
        return q.error();
    if (!addRevision)
        return ok();
    return insertRevision(itemId, Revision{0, itemId, text.language, text.title, text.lead,
                                           text.body, text.place, hash, fromTimestamp(now)});
}

Result<void> ItemRepository::refreshStates(qint64 itemId)
{
    static const QString sql = refreshTranslationStateSql() + u" WHERE item_id = ?"_s;
    auto q = run(m_db, sql, {itemId});
    if (!q)
        return q.error();
    return ok();
}

Result<void> ItemRepository::writeLinks(const Item &item)
{
    for (const QString &sql : {u"DELETE FROM item_photo WHERE item_id = ?"_s,
                               u"DELETE FROM item_entity WHERE item_id = ?"_s}) {
        if (auto q = run(m_db, sql, {item.id}); !q)
            return q.error();
    }
    bool coverTaken = false;
    for (qsizetype i = 0; i < item.photos.size(); ++i) {
        const Model::PhotoLink &link = item.photos.at(i);
        const bool cover = link.isCover && !coverTaken;
        coverTaken = coverTaken || cover;
        auto q = run(m_db,
                     u"INSERT INTO item_photo (item_id, photo_id, position, is_cover)"
                     " VALUES (?, ?, ?, ?)"_s,
                     {item.id, link.photoId, int(i), cover ? 1 : 0});
        if (!q)
            return q.error();
    }
    if (auto q = run(m_db, u"UPDATE item SET photo_count = ? WHERE id = ?"_s,
                     {int(item.photos.size()), item.id});
        !q)
        return q.error();
    for (qint64 entityId : item.entityIds) {
        auto q = run(m_db,
                     u"INSERT OR IGNORE INTO item_entity (item_id, entity_id) VALUES (?, ?)"_s,
                     {item.id, entityId});
        if (!q)
            return q.error();
    }
    return ok();
}

Result<void> ItemRepository::create(Item &item)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    const QString now = toTimestamp(m_clock.now());
    Item stored = item;
    if (stored.uuid.isEmpty())
        stored.uuid = newUuid();
    stored.version = 1;
    stored.ru = normalizedText(stored.ru);
    stored.en = normalizedText(stored.en);
    stored.text(stored.sourceLanguage).translatedFromHash.clear();
    auto q = run(m_db,
                 u"INSERT INTO item (uuid, section, event_date, status, source_lang, created_at,"
                 " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"_s,
                 {stored.uuid, Model::sectionCode(stored.section), dateValue(stored.eventDate),
                  Model::statusCode(stored.status), languageCode(stored.sourceLanguage), now, now});
    if (!q)
        return q.error();
    stored.id = q->lastInsertId().toLongLong();
    for (Language lang : allLanguages()) {
        const ItemText &t = stored.text(lang);
        if (auto r = writeText(stored.id, t, now, !t.isEmpty()); !r)
            return r;
    }
    if (auto r = refreshStates(stored.id); !r)
        return r;
    if (auto r = writeLinks(stored); !r)
        return r;
    if (auto r = SearchIndex::update(m_db, {stored.id}); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    stored.createdAt = stored.updatedAt = fromTimestamp(now);
    stored.ru.updatedAt = stored.en.updatedAt = stored.createdAt;
    item = stored;
    return ok();
}

Result<void> ItemRepository::save(Item &item)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    auto current = load(item.id);
    if (!current)
        return current.error();
    if (current->version != item.version)
        return makeError(ErrorCode::Conflict,
                         u"item %1 was changed elsewhere (version %2, edited from %3)"_s
                             .arg(item.id)
                             .arg(current->version)
                             .arg(item.version));
    const QString now = toTimestamp(m_clock.now());
    Item stored = item;
    stored.ru = normalizedText(stored.ru);
    stored.en = normalizedText(stored.en);
    stored.text(stored.sourceLanguage).translatedFromHash.clear();
    auto q = run(m_db,
                 u"UPDATE item SET section = ?, event_date = ?, status = ?, source_lang = ?,"
                 " updated_at = ?, version = version + 1 WHERE id = ?"_s,
                 {Model::sectionCode(stored.section), dateValue(stored.eventDate),
                  Model::statusCode(stored.status), languageCode(stored.sourceLanguage), now,
                  stored.id});
    if (!q)
        return q.error();
    for (Language lang : allLanguages()) {
        ItemText &t = stored.text(lang);
        const ItemText &before = current->text(lang);
        const bool changed = !t.sameContent(before);
        if (!changed && t.translatedFromHash == before.translatedFromHash) {
            t.updatedAt = before.updatedAt;
            continue;
        }
        if (auto r = writeText(stored.id, t, changed ? now : toTimestamp(before.updatedAt),
                               changed);
            !r)
            return r;
        if (changed)
            t.updatedAt = fromTimestamp(now);
    }
    // Both languages: editing the source can make the other language outdated.
    if (auto r = refreshStates(stored.id); !r)
        return r;
    if (auto r = writeLinks(stored); !r)
        return r;
    if (auto r = SearchIndex::update(m_db, {stored.id}); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    stored.version = current->version + 1;
    stored.updatedAt = fromTimestamp(now);
    item = stored;
    return ok();
}

Result<void> ItemRepository::markTranslationDone(qint64 id, Language language)
{
    auto item = load(id);
    if (!item)
        return item.error();
    if (language == item->sourceLanguage)
        return makeError(ErrorCode::InvalidArgument,
                         u"%1 is the source language of item %2"_s.arg(languageCode(language))
                             .arg(id));
    if (item->text(language).isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         u"item %1 has no %2 text to mark done"_s.arg(id).arg(
                             languageCode(language)));
    item->text(language).translatedFromHash = item->text(item->sourceLanguage).contentHash();
    return save(*item);
}

Result<int> ItemRepository::attachPhotos(qint64 itemId, const QList<qint64> &photoIds)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto item = load(itemId);
    if (!item)
        return item.error();
    int added = 0;
    for (qint64 photoId : photoIds) {
        const bool linked = std::any_of(item->photos.cbegin(), item->photos.cend(),
                                        [photoId](const Model::PhotoLink &link) {
                                            return link.photoId == photoId;
                                        });
        if (linked)
            continue;
        item->photos.append({photoId, int(item->photos.size()), false});
        ++added;
    }
    if (added == 0)
        return 0;
    const bool hasCover = std::any_of(item->photos.cbegin(), item->photos.cend(),
                                      [](const Model::PhotoLink &link) { return link.isCover; });
    if (!hasCover)
        item->photos.first().isCover = true;
    if (auto r = save(*item); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return added;
}

Result<Model::Revision> ItemRepository::sourceWhenTranslated(qint64 id, Language translated) const
{
    auto item = load(id);
    if (!item)
        return item.error();
    const QString hash = item->text(translated).translatedFromHash;
    if (translated == item->sourceLanguage || hash.isEmpty())
        return makeError(ErrorCode::NotFound,
                         u"the %1 translation of item %2 was never marked done"_s
                             .arg(languageCode(translated))
                             .arg(id));
    auto revisions = history(id, item->sourceLanguage);
    if (!revisions)
        return revisions.error();
    for (auto it = revisions->crbegin(); it != revisions->crend(); ++it) {
        if (it->contentHash == hash)
            return *it;
    }
    return makeError(ErrorCode::NotFound,
                     u"no revision of item %1 matches the text the translation was made from"_s.arg(id));
}

Result<void> ItemRepository::restoreRevision(qint64 id, qint64 revisionId)
{
    auto item = load(id);
    if (!item)
        return item.error();
    auto revisions = history(id, std::nullopt);
    if (!revisions)
        return revisions.error();
    const auto revision = std::find_if(revisions->cbegin(), revisions->cend(),
                                       [revisionId](const Model::Revision &r) {
                                           return r.id == revisionId;
                                       });
    if (revision == revisions->cend())
        return makeError(ErrorCode::NotFound, u"item %1 has no revision %2"_s.arg(id).arg(revisionId));
    Model::ItemText &text = item->text(revision->language);
    text.title = revision->title;
    text.lead = revision->lead;
    text.body = revision->body;
    text.place = revision->place;
    return save(*item);
}

Result<void> ItemRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    auto q = run(m_db, u"DELETE FROM item WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"no item %1"_s.arg(id));
    if (auto r = SearchIndex::update(m_db, {id}); !r)
        return r;
    return tx.commit();
}

Result<QList<Revision>> ItemRepository::history(qint64 id, std::optional<Language> language) const
{
    auto exists = resolve(QString::number(id));
    if (!exists)
        return exists.error();
    auto q = language
                 ? run(m_db,
                       u"SELECT id, lang, title, lead, body, place, content_hash, saved_at"
                       " FROM revision WHERE item_id = ? AND lang = ? ORDER BY id"_s,
                       {id, languageCode(*language)})
                 : run(m_db,
                       u"SELECT id, lang, title, lead, body, place, content_hash, saved_at"
                       " FROM revision WHERE item_id = ? ORDER BY id"_s,
                       {id});
    if (!q)
        return q.error();
    QList<Revision> revisions;
    while (q->next()) {
        Revision r;
        r.id = q->value(0).toLongLong();
        r.itemId = id;
        r.language = languageFromCode(q->value(1).toString()).value_or(Language::Ru);
        r.title = q->value(2).toString();
        r.lead = q->value(3).toString();
        r.body = q->value(4).toString();
        r.place = q->value(5).toString();
        r.contentHash = q->value(6).toString();
        r.savedAt = fromTimestamp(q->value(7).toString());
        revisions << r;
    }
    return revisions;
}

Result<void> ItemRepository::insertVerbatim(Item &item, const QList<Revision> &revisions)
{
    auto q = run(m_db,
                 u"INSERT INTO item (uuid, section, event_date, status, source_lang, created_at,"
                 " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {item.uuid, Model::sectionCode(item.section), dateValue(item.eventDate),
                  Model::statusCode(item.status), languageCode(item.sourceLanguage),
                  toTimestamp(item.createdAt), toTimestamp(item.updatedAt), item.version});
    if (!q)
        return q.error();
    item.id = q->lastInsertId().toLongLong();
    for (Language lang : allLanguages()) {
        const ItemText t = normalizedText(item.text(lang));
        if (auto r = writeText(item.id, t, toTimestamp(t.updatedAt), false); !r)
            return r;
    }
    for (const Revision &revision : revisions) {
        if (auto r = insertRevision(item.id, revision); !r)
            return r;
    }
    if (auto r = refreshStates(item.id); !r)
        return r;
    if (auto r = writeLinks(item); !r)
        return r;
    return SearchIndex::update(m_db, {item.id});
}

} // namespace Press::Archive
