#pragma once

#include <core/result.h>
#include <model/photo.h>

#include <QSqlDatabase>

#include <optional>

namespace Press::Archive {

// The photo library's rows (the files themselves are in Media::MediaStore). One row per distinct
// original, unique by SHA-256. Thread: the thread that owns the connection.
class PhotoRepository final
{
public:
    explicit PhotoRepository(QSqlDatabase db);

    [[nodiscard]] Result<Model::Photo> load(qint64 id) const;
    [[nodiscard]] Result<Model::Photo> findBySha(const QString &sha256) const; // NotFound if none
    // The photo whose SHA-256 starts with `prefix` (at least 16 hex digits), if one does.
    [[nodiscard]] Result<std::optional<Model::Photo>> findByShaPrefix(const QString &prefix) const;
    [[nodiscard]] Result<QList<Model::Photo>> list() const;                    // by id
    [[nodiscard]] Result<QList<Model::Photo>> forItem(qint64 itemId) const;    // in item order
    // Ids of the items that use the photo.
    [[nodiscard]] Result<QList<qint64>> usage(qint64 photoId) const;

    // Inserts; assigns photo.id. AlreadyExists when the SHA-256 is already in the library.
    [[nodiscard]] Result<void> add(Model::Photo &photo);
    [[nodiscard]] Result<void> update(const Model::Photo &photo);

private:
    [[nodiscard]] Result<QList<Model::Photo>> query(const QString &where,
                                                    std::initializer_list<QVariant> values) const;

    QSqlDatabase m_db;
};

} // namespace Press::Archive
