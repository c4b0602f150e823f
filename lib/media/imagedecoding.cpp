#include "imagedecoding.h"

#include <QImageReader>

#include <mutex>

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

} // namespace Press::Media
