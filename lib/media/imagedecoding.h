#pragma once

#include <core/result.h>

#include <QImage>
#include <QSize>

class QImageReader;

namespace Press::Media {

// Memory limits for decoding photos. QImageReader refuses any decode whose result would pass
// its allocation limit (set here for the whole process, once); before that, the importer
// refuses images whose reduced decode would still be too big, with a message naming the size.
// A 100-megapixel JPEG is fine: thumbnails and renditions are decoded at 1/2 to 1/8 scale.
inline constexpr int kDecodeAllocationLimitMb = 256;
// Larger than any camera (a 150 MP medium-format back is the biggest in use); a file claiming
// more is a panorama stitch or a forged header.
inline constexpr qint64 kMaxPhotoPixels = 400'000'000;

// Sets QImageReader's process-wide allocation limit (idempotent, thread-safe).
void applyDecodeLimits();

// Decodes the reader's image to fit longestSide × longestSide (never enlarged), EXIF orientation
// applied, letting libjpeg scale while decoding. Refuses (Unsupported) an image with more than
// kMaxPhotoPixels or whose reduced decode would pass the allocation limit; Format when the data
// cannot be decoded. `name` is for messages.
[[nodiscard]] Result<QImage> decodeToFit(QImageReader &reader, int longestSide, const QString &name);

// Bytes a decode of `full` reduced towards `target` needs: libjpeg scales by 1/2, 1/4 or 1/8 while
// decoding, other formats decode in full first.
[[nodiscard]] qint64 decodeBytes(bool scalesWhileDecoding, QSize full, QSize target);

} // namespace Press::Media
