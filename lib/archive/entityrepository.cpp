#include "entityrepository.h"

#include "searchindex.h"
#include "sql.h"
#include "transaction.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Press::Archive {

using Model::Entity;

EntityRepository::EntityRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<Entity>> EntityRepository::query(const QString &tail,
                                              std::initializer_list<QVariant> values) const
{
    auto q = run(m_db,
                 u"SELECT e.id, e.uuid, e.kind, e.name_ru, e.name_en, e.short_ru, e.short_en"
                 " FROM entity e "_s
                     + tail,
                 values);
    if (!q)
        return q.error();
    QList<Entity> entities;
    while (q->next()) {
        Entity e;
        e.id = q->value(0).toLongLong();
        e.uuid = q->value(1).toString();
        e.kind = Model::entityKindFromCode(q->value(2).toString()).value_or(Model::EntityKind::Topic);
        e.nameRu = q->value(3).toString();
        e.nameEn = q->value(4).toString();
        e.shortRu = q->value(5).toString();
        e.shortEn = q->value(6).toString();
        entities << e;
    }
    return entities;
}

Result<Entity> EntityRepository::load(qint64 id) const
{
    auto list = query(u"WHERE e.id = ?"_s, {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, u"no entity %1"_s.arg(id));
    return list->first();
}

Result<Entity> EntityRepository::findByUuid(const QString &uuid) const
{
    auto list = query(u"WHERE e.uuid = ?"_s, {uuid});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, u"no entity %1"_s.arg(uuid));
    return list->first();
}

Result<QList<Entity>> EntityRepository::findByName(const QString &name) const
{
    // SQLite's lower() folds ASCII only, so compare in C++ where Cyrillic case folds too.
    auto all = list();
    if (!all)
        return all.error();
    const QString needle = name.trimmed();
    QList<Entity> found;
    for (const Entity &e : *all) {
        for (const QString &candidate : {e.nameRu, e.nameEn, e.shortRu, e.shortEn}) {
            if (!candidate.isEmpty() && candidate.compare(needle, Qt::CaseInsensitive) == 0) {
                found << e;
                break;
            }
        }
    }
    return found;
}

Result<QList<Entity>> EntityRepository::list() const
{
    return query(u"ORDER BY e.kind, e.name_en, e.id"_s, {});
}

Result<QList<Entity>> EntityRepository::forItem(qint64 itemId) const
{
    return query(u"JOIN item_entity ie ON ie.entity_id = e.id WHERE ie.item_id = ?"
                 " ORDER BY e.kind, e.name_en"_s,
                 {itemId});
}

Result<void> EntityRepository::add(Entity &entity)
{
    if (entity.uuid.isEmpty())
        entity.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto q = run(m_db,
                 u"INSERT INTO entity (uuid, kind, name_ru, name_en, short_ru, short_en)"
                 " VALUES (?, ?, ?, ?, ?, ?)"_s,
                 {entity.uuid, Model::entityKindCode(entity.kind), nonNull(entity.nameRu.trimmed()),
                  nonNull(entity.nameEn.trimmed()), nonNull(entity.shortRu.trimmed()),
                  nonNull(entity.shortEn.trimmed())});
    if (!q)
        return q.error();
    entity.id = q->lastInsertId().toLongLong();
    return ok();
}

Result<QList<qint64>> EntityRepository::usage(qint64 entityId) const
{
    return selectIds(m_db,
                     u"SELECT item_id FROM item_entity WHERE entity_id = ? ORDER BY item_id"_s,
                     {entityId});
}

Result<void> EntityRepository::update(const Entity &entity)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    auto q = run(m_db,
                 u"UPDATE entity SET kind = ?, name_ru = ?, name_en = ?, short_ru = ?, short_en = ?"
                 " WHERE id = ?"_s,
                 {Model::entityKindCode(entity.kind), nonNull(entity.nameRu.trimmed()),
                  nonNull(entity.nameEn.trimmed()), nonNull(entity.shortRu.trimmed()),
                  nonNull(entity.shortEn.trimmed()), entity.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"no entity %1"_s.arg(entity.id));
    // The items that show these names in their index rows.
    auto items = usage(entity.id);
    if (!items)
        return items.error();
    if (auto r = SearchIndex::update(m_db, *items); !r)
        return r;
    return tx.commit();
}

} // namespace Press::Archive
