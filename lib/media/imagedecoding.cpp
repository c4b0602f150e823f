#include "imagedecoding.h"

#include <QImageReader>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Press::Media {

void applyDecodeLimits()
{
    static std::once_flag once;
    std::call_once(once, [] { QImageReader::setAllocationLimit(kDecodeAllocationLimitMb); });
}

qint64 decodeBytes(bool scalesWhileDecoding, QSize full, QSize target)
{
    int denominator = 1;
    if (scalesWhileDecoding && target.isValid()) {
        while (denominator < 8 && full.width() / (denominator * 2) >= target.width()
               && full.height() / (denominator * 2) >= target.height())
            denominator *= 2;
    }
    return qint64(full.width() / denominator + 1) * (full.height() / denominator + 1) * 4;
}

Result<QImage> decodeToFit(QImageReader &reader, int longestSide, const QString &name)
{
    applyDecodeLimits();
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (!full.isValid())
        return makeError(ErrorCode::Format,
                         u"cannot read image %1: %2"_s.arg(name, reader.errorString()));
    QSize target = full;
    if (full.width() > longestSide || full.height() > longestSide)
        target = full.scaled(longestSide, longestSide, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    const bool jpeg = reader.format() == "jpeg" || reader.format() == "jpg";
    if (qint64(full.width()) * full.height() > kMaxPhotoPixels
        || decodeBytes(jpeg, full, target) > qint64(kDecodeAllocationLimitMb) * 1024 * 1024)
        return makeError(ErrorCode::Unsupported,
                         u"%1 is %2 × %3 pixels, too large to decode within %4 MB"_s.arg(name)
                             .arg(full.width())
                             .arg(full.height())
                             .arg(kDecodeAllocationLimitMb));
    if (target != full)
        reader.setScaledSize(target);
    QImage image = reader.read();
    if (image.isNull())
        return makeError(ErrorCode::Format,
                         u"cannot decode image %1: %2"_s.arg(name, reader.errorString()));
    return image;
}

} // namespace Press::Media
