#include "imageformat.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace Press::Media {
namespace {

bool startsWith(QByteArrayView data, QByteArrayView prefix, qsizetype at = 0)
{
    return data.size() >= at + prefix.size() && data.sliced(at, prefix.size()) == prefix;
}

// ISO base media files (HEIF, AVIF, CR3, JPEG XL in a box): "....ftyp" then the major brand.
ImageFormat isoBmffFormat(QByteArrayView head)
{
    if (!startsWith(head, "ftyp", 4) || head.size() < 12)
        return {};
    const QByteArrayView brand = head.sliced(8, 4);
    if (brand == "heic" || brand == "heix" || brand == "hevc" || brand == "heim" || brand == "heis")
        return {ImageKind::Heic, u"HEIC"_s, u"image/heic"_s};
    if (brand == "mif1" || brand == "msf1" || brand == "heif")
        return {ImageKind::Heif, u"HEIF"_s, u"image/heif"_s};
    if (brand == "avif" || brand == "avis")
        return {ImageKind::Avif, u"AVIF"_s, u"image/avif"_s};
    if (brand == "crx ")
        return {ImageKind::CameraRaw, u"Canon CR3"_s, u"image/x-canon-cr3"_s};
    if (brand == "jxl ")
        return {ImageKind::Jxl, u"JPEG XL"_s, u"image/jxl"_s};
    return {};
}

ImageFormat tiffFormat(QByteArrayView head)
{
    const bool little = startsWith(head, "II*\0"_ba);
    const bool big = startsWith(head, "MM\0*"_ba);
    if (!little && !big) {
        if (startsWith(head, "IIRO"_ba) || startsWith(head, "IIRS"_ba))
            return {ImageKind::CameraRaw, u"Olympus ORF"_s, u"image/x-olympus-orf"_s};
        if (startsWith(head, "IIU\0"_ba))
            return {ImageKind::CameraRaw, u"Panasonic RW2"_s, u"image/x-panasonic-rw2"_s};
        return {};
    }
    // Raw formats built on TIFF say so early on.
    if (startsWith(head, "CR", 8))
        return {ImageKind::CameraRaw, u"Canon CR2"_s, u"image/x-canon-cr2"_s};
    return {ImageKind::Tiff, u"TIFF"_s, u"image/tiff"_s};
}

bool looksLikeText(QByteArrayView head)
{
    if (head.isEmpty())
        return false;
    qsizetype printable = 0;
    for (char c : head) {
        const auto b = static_cast<unsigned char>(c);
        if (b == 0)
            return false;
        if (b >= 0x20 || b == '\n' || b == '\r' || b == '\t')
            ++printable; // UTF-8 lead and continuation bytes count as text too
    }
    return printable == head.size();
}

} // namespace

ImageFormat sniffImageFormat(QByteArrayView head)
{
    if (startsWith(head, "\xFF\xD8\xFF"))
        return {ImageKind::Jpeg, u"JPEG"_s, u"image/jpeg"_s};
    if (startsWith(head, "\x89PNG\r\n\x1A\n"))
        return {ImageKind::Png, u"PNG"_s, u"image/png"_s};
    if (startsWith(head, "GIF87a") || startsWith(head, "GIF89a"))
        return {ImageKind::Gif, u"GIF"_s, u"image/gif"_s};
    if (startsWith(head, "RIFF") && startsWith(head, "WEBP", 8))
        return {ImageKind::Webp, u"WebP"_s, u"image/webp"_s};
    if (startsWith(head, "BM") && head.size() >= 14)
        return {ImageKind::Bmp, u"BMP"_s, u"image/bmp"_s};
    if (startsWith(head, "8BPS"))
        return {ImageKind::Psd, u"Photoshop PSD"_s, u"image/vnd.adobe.photoshop"_s};
    if (startsWith(head, "%PDF"))
        return {ImageKind::Pdf, u"PDF"_s, u"application/pdf"_s};
    if (startsWith(head, "\xFF\x0A") || startsWith(head, "\0\0\0\x0CJXL "_ba))
        return {ImageKind::Jxl, u"JPEG XL"_s, u"image/jxl"_s};
    if (startsWith(head, "FUJIFILMCCD-RAW"))
        return {ImageKind::CameraRaw, u"Fujifilm RAF"_s, u"image/x-fuji-raf"_s};
    if (const ImageFormat f = tiffFormat(head); f.kind != ImageKind::Unknown)
        return f;
    if (const ImageFormat f = isoBmffFormat(head); f.kind != ImageKind::Unknown)
        return f;
    if (looksLikeText(head.first(qMin<qsizetype>(head.size(), 512))))
        return {ImageKind::Text, {}, u"text/plain"_s};
    return {};
}

bool isCompleteJpeg(QByteArrayView data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype size = data.size();
    if (size < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        return false;
    qsizetype pos = 2;
    bool inScan = false;
    while (pos < size) {
        if (inScan) {
            // Entropy-coded data: the next 0xFF not followed by 0x00 (stuffing) or RSTn ends it.
            const void *ff = std::memchr(bytes + pos, 0xFF, size_t(size - pos));
            if (!ff)
                return false;
            pos = static_cast<const unsigned char *>(ff) - bytes;
            if (pos + 1 >= size)
                return false;
            const unsigned char next = bytes[pos + 1];
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7) || next == 0xFF) {
                pos += next == 0xFF ? 1 : 2;
                continue;
            }
            inScan = false;
            continue;
        }
        if (bytes[pos] != 0xFF)
            return false; // garbage where a marker belongs
        while (pos < size && bytes[pos] == 0xFF)
            ++pos; // fill bytes
        if (pos >= size)
            return false;
        const unsigned char marker = bytes[pos++];
        if (marker == 0xD9)
            return true; // EOI
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            continue; // markers without a length
        if (pos + 2 > size)
            return false;
        const int length = (bytes[pos] << 8) | bytes[pos + 1];
        if (length < 2 || pos + length > size)
            return false;
        pos += length;
        if (marker == 0xDA)
            inScan = true; // SOS: compressed data follows its header
    }
    return false;
}

} // namespace Press::Media
