#pragma once

#include <QByteArrayView>
#include <QString>

namespace Press::Media {

// What a file is, judged by its first bytes (never by its name: a text file named .jpg or an
// iPhone's HEIC renamed to .jpg are both common in a press office's inbox).
enum class ImageKind {
    Unknown, // not an image format we recognise
    Text,    // plain text, HTML, XML, JSON …
    Jpeg,
    Png,
    Gif,
    Webp,
    Tiff,
    Bmp,
    Heic,    // HEIF with HEVC (iPhones since 2017)
    Heif,    // other HEIF brands
    Avif,
    Jxl,
    CameraRaw, // CR2, CR3, NEF, ARW, DNG, RAF, ORF …
    Psd,
    Pdf,
};

struct ImageFormat
{
    ImageKind kind = ImageKind::Unknown;
    QString name;     // "JPEG", "HEIC", "Canon CR3" … for messages; empty for Unknown/Text
    QString mimeType; // "image/jpeg" …

    // Formats PressDesk stores as photos (Qt decodes them in every build we ship).
    [[nodiscard]] bool isSupported() const
    {
        return kind == ImageKind::Jpeg || kind == ImageKind::Png || kind == ImageKind::Gif
               || kind == ImageKind::Bmp;
    }
};

// `head` is the start of the file; 64 bytes are enough.
[[nodiscard]] ImageFormat sniffImageFormat(QByteArrayView head);

// True when a JPEG stream runs from SOI to EOI: its segments, scans and restart markers are
// walked to the end-of-image marker. A camera file cut short by a failed copy or download has
// no EOI, and libjpeg would fill the missing part with grey without failing.
[[nodiscard]] bool isCompleteJpeg(QByteArrayView data);

} // namespace Press::Media
