#pragma once

#include <core/result.h>

#include <QByteArray>
#include <QDateTime>
#include <QSize>
#include <QString>

namespace Press::Media {

// What we learn about an image without decoding its pixels: format, size as displayed (EXIF
// orientation applied). Rich metadata (exiv2) is the photo library's job; this is the minimum
// every stored photo needs. Safe on any thread.
struct ImageInfo
{
    QString mimeType;
    QSize size;
};

// Fails with Unsupported for formats Qt cannot read, Format for damaged files.
[[nodiscard]] Result<ImageInfo> probeImage(const QString &path);

} // namespace Press::Media
