#include "thumbnailcache.h"

#include "imagedecoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Press::Media {

ThumbnailCache::ThumbnailCache(QString dir, int edge)
    : m_dir(std::move(dir))
    , m_edge(edge)
{}

QString ThumbnailCache::pathFor(const QString &sha256) const
{
    return m_dir + u'/' + sha256.left(2) + u'/' + sha256 + u'-' + QString::number(m_edge)
           + u".jpg"_s;
}

bool ThumbnailCache::has(const QString &sha256) const
{
    return QFileInfo::exists(pathFor(sha256));
}

Result<QString> ThumbnailCache::store(const QString &sha256, const QImage &thumbnail) const
{
    const QString target = pathFor(sha256);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return makeError(ErrorCode::Io, u"cannot create folder for %1"_s.arg(target));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || !thumbnail.save(&out, "JPEG", 85) || !out.commit())
        return makeError(ErrorCode::Io, u"cannot write thumbnail %1"_s.arg(target));
    return target;
}

Result<QString> ThumbnailCache::ensure(const QString &sha256, const QString &originalPath) const
{
    if (has(sha256))
        return pathFor(sha256);
    return rebuild(sha256, originalPath);
}

Result<QString> ThumbnailCache::rebuild(const QString &sha256, const QString &originalPath) const
{
    QImageReader reader(originalPath);
    auto image = decodeToFit(reader, m_edge, originalPath);
    if (!image)
        return image.error();
    return store(sha256, *image);
}

Result<void> ThumbnailCache::remove(const QString &sha256) const
{
    QFile file(pathFor(sha256));
    if (file.exists() && !file.remove())
        return makeError(ErrorCode::Io, u"cannot remove %1"_s.arg(file.fileName()));
    return ok();
}

Result<void> ThumbnailCache::clear() const
{
    QDir dir(m_dir);
    if (dir.exists() && !dir.removeRecursively())
        return makeError(ErrorCode::Io, u"cannot remove %1"_s.arg(m_dir));
    return ok();
}

} // namespace Press::Media
