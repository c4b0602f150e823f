#include "imageprobe.h"

#include <QFileInfo>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace Press::Media {

Result<ImageInfo> probeImage(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, u"no such file: %1"_s.arg(path));
    if (info.size() == 0)
        return makeError(ErrorCode::Format, u"empty file: %1"_s.arg(path));
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    if (format.isEmpty() || !reader.canRead())
        return makeError(ErrorCode::Unsupported,
                         u"not an image format PressDesk can read: %1"_s.arg(path));
    QSize size = reader.size();
    if (!size.isValid())
        return makeError(ErrorCode::Format, u"cannot read image size: %1"_s.arg(path));
    // size() is the stored size; a 90° EXIF rotation swaps what the viewer sees.
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        size.transpose();
    const QString mime = format == "jpeg" || format == "jpg" ? u"image/jpeg"_s
                         : format == "png"                  ? u"image/png"_s
                                                            : u"image/"_s + QString::fromLatin1(format);
    return ImageInfo{mime, size};
}

} // namespace Press::Media
