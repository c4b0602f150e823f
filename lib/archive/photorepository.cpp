#include "photorepository.h"

#include "searchindex.h"
#include "sql.h"
#include "transaction.h"

#include <core/clock.h>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Press::Archive {

using Model::Photo;

namespace {

constexpr auto kColumns = u"p.id, p.sha256, p.original_name, p.mime_type, p.size_bytes, p.width,"
                          " p.height, p.taken_at, p.camera, p.credit, p.caption_ru, p.caption_en,"
                          " p.imported_at, p.orientation, p.headline, p.copyright, p.keywords,"
                          " p.gps_latitude, p.gps_longitude, p.gps_altitude";

Photo photoFrom(const QSqlQuery &q)
{
    Photo p;
    p.id = q.value(0).toLongLong();
    p.sha256 = q.value(1).toString();
    p.originalName = q.value(2).toString();
    p.mimeType = q.value(3).toString();
    p.sizeBytes = q.value(4).toLongLong();
    p.width = q.value(5).toInt();
    p.height = q.value(6).toInt();
    p.takenAt = q.value(7).isNull() ? QDateTime() : fromTimestamp(q.value(7).toString());
    p.camera = q.value(8).toString();
    p.credit = q.value(9).toString();
    p.captionRu = q.value(10).toString();
    p.captionEn = q.value(11).toString();
    p.importedAt = fromTimestamp(q.value(12).toString());
    p.orientation = q.value(13).toInt();
    p.headline = q.value(14).toString();
    p.copyright = q.value(15).toString();
    p.keywords = q.value(16).toString().split(u'\n', Qt::SkipEmptyParts);
    if (!q.value(17).isNull() && !q.value(18).isNull()) {
        Model::GeoPosition position{q.value(17).toDouble(), q.value(18).toDouble(), {}};
        if (!q.value(19).isNull())
            position.altitude = q.value(19).toDouble();
        p.position = position;
    }
    return p;
}

QVariant realOrNull(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant keywordsValue(const QStringList &keywords)
{
    return nullIfEmpty(keywords.join(u'\n'));
}

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(toTimestamp(t)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

PhotoRepository::PhotoRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<Photo>> PhotoRepository::query(const QString &tail,
                                            std::initializer_list<QVariant> values) const
{
    auto q = run(m_db, u"SELECT "_s + QStringView(kColumns) + u" FROM photo p "_s + tail, values);
    if (!q)
        return q.error();
    QList<Photo> photos;
    while (q->next())
        photos << photoFrom(*q);
    return photos;
}

Result<Photo> PhotoRepository::load(qint64 id) const
{
    auto photos = query(u"WHERE p.id = ?"_s, {id});
    if (!photos)
        return photos.error();
    if (photos->isEmpty())
        return makeError(ErrorCode::NotFound, u"no photo %1"_s.arg(id));
    return photos->first();
}

Result<Photo> PhotoRepository::findBySha(const QString &sha256) const
{
    auto photos = query(u"WHERE p.sha256 = ?"_s, {sha256});
    if (!photos)
        return photos.error();
    if (photos->isEmpty())
        return makeError(ErrorCode::NotFound, u"no photo with SHA-256 %1"_s.arg(sha256));
    return photos->first();
}

Result<std::optional<Photo>> PhotoRepository::findByShaPrefix(const QString &prefix) const
{
    static const QRegularExpression hex(u"^[0-9a-f]{16,64}$"_s);
    if (!hex.match(prefix).hasMatch())
        return std::optional<Photo>();
    auto photos = query(u"WHERE substr(p.sha256, 1, ?) = ? ORDER BY p.id"_s, {prefix.size(), prefix});
    if (!photos)
        return photos.error();
    if (photos->isEmpty())
        return std::optional<Photo>();
    return std::optional<Photo>(photos->first());
}

Result<QList<Photo>> PhotoRepository::list() const
{
    return query(u"ORDER BY p.id"_s, {});
}

Result<QList<Photo>> PhotoRepository::forItem(qint64 itemId) const
{
    return query(u"JOIN item_photo ip ON ip.photo_id = p.id WHERE ip.item_id = ?"
                 " ORDER BY ip.position"_s,
                 {itemId});
}

Result<QList<qint64>> PhotoRepository::usage(qint64 photoId) const
{
    return selectIds(m_db,
                     u"SELECT item_id FROM item_photo WHERE photo_id = ? ORDER BY item_id"_s,
                     {photoId});
}

Result<void> PhotoRepository::add(Photo &photo)
{
    auto q = run(m_db,
                 u"INSERT INTO photo (sha256, original_name, mime_type, size_bytes, width, height,"
                 " taken_at, camera, credit, caption_ru, caption_en, imported_at, orientation,"
                 " headline, copyright, keywords, gps_latitude, gps_longitude, gps_altitude)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {photo.sha256, photo.originalName, photo.mimeType, photo.sizeBytes, photo.width,
                  photo.height, timeValue(photo.takenAt), nullIfEmpty(photo.camera),
                  nullIfEmpty(photo.credit), nullIfEmpty(photo.captionRu),
                  nullIfEmpty(photo.captionEn), toTimestamp(photo.importedAt), photo.orientation,
                  nullIfEmpty(photo.headline), nullIfEmpty(photo.copyright),
                  keywordsValue(photo.keywords),
                  realOrNull(photo.position ? std::optional(photo.position->latitude) : std::nullopt),
                  realOrNull(photo.position ? std::optional(photo.position->longitude) : std::nullopt),
                  realOrNull(photo.position ? photo.position->altitude : std::nullopt)});
    if (!q)
        return q.error();
    photo.id = q->lastInsertId().toLongLong();
    return ok();
}

Result<void> PhotoRepository::update(const Photo &photo)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    auto q = run(m_db,
                 u"UPDATE photo SET original_name = ?, taken_at = ?, camera = ?, credit = ?,"
                 " caption_ru = ?, caption_en = ?, headline = ?, copyright = ?, keywords = ?"
                 " WHERE id = ?"_s,
                 {photo.originalName, timeValue(photo.takenAt), nullIfEmpty(photo.camera),
                  nullIfEmpty(photo.credit), nullIfEmpty(photo.captionRu),
                  nullIfEmpty(photo.captionEn), nullIfEmpty(photo.headline),
                  nullIfEmpty(photo.copyright), keywordsValue(photo.keywords), photo.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"no photo %1"_s.arg(photo.id));
    // The items that show these names in their index rows.
    auto items = usage(photo.id);
    if (!items)
        return items.error();
    if (auto r = SearchIndex::update(m_db, *items); !r)
        return r;
    return tx.commit();
}

} // namespace Press::Archive
