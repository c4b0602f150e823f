#include "thumbnailcache.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
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

Result<QString> ThumbnailCache::ensure(const QString &sha256, const QString &originalPath) const
{
    const QString target = pathFor(sha256);
    if (QFileInfo::exists(target))
        return target;
    QImageReader reader(originalPath);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (!full.isValid())
        return makeError(ErrorCode::Format,
                         u"cannot read image %1: %2"_s.arg(originalPath, reader.errorString()));
    if (full.width() > m_edge || full.height() > m_edge)
        reader.setScaledSize(full.scaled(m_edge, m_edge, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return makeError(ErrorCode::Format,
                         u"cannot decode image %1: %2"_s.arg(originalPath, reader.errorString()));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return makeError(ErrorCode::Io, u"cannot create folder for %1"_s.arg(target));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "JPEG", 85) || !out.commit())
        return makeError(ErrorCode::Io, u"cannot write thumbnail %1"_s.arg(target));
    return target;
}

Result<void> ThumbnailCache::clear() const
{
    QDir dir(m_dir);
    if (dir.exists() && !dir.removeRecursively())
        return makeError(ErrorCode::Io, u"cannot remove %1"_s.arg(m_dir));
    return ok();
}

} // namespace Press::Media
