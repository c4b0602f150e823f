#pragma once

#include <core/result.h>
#include <model/entity.h>

#include <QSqlDatabase>

namespace Press::Archive {

// People, organisations, places and topics with names in both languages. Thread: the thread
// that owns the connection.
class EntityRepository final
{
public:
    explicit EntityRepository(QSqlDatabase db);

    [[nodiscard]] Result<Model::Entity> load(qint64 id) const;
    [[nodiscard]] Result<Model::Entity> findByUuid(const QString &uuid) const;
    // Exact match, case-insensitive, on any name or abbreviation in either language.
    [[nodiscard]] Result<QList<Model::Entity>> findByName(const QString &name) const;
    [[nodiscard]] Result<QList<Model::Entity>> list() const; // by kind, then English name
    [[nodiscard]] Result<QList<Model::Entity>> forItem(qint64 itemId) const;
    // Ids of the items tagged with the entity.
    [[nodiscard]] Result<QList<qint64>> usage(qint64 entityId) const;

    // Assigns id and (when empty) uuid.
    [[nodiscard]] Result<void> add(Model::Entity &entity);
    [[nodiscard]] Result<void> update(const Model::Entity &entity);

private:
    [[nodiscard]] Result<QList<Model::Entity>> query(const QString &tail,
                                                     std::initializer_list<QVariant> values) const;

    QSqlDatabase m_db;
};

} // namespace Press::Archive
