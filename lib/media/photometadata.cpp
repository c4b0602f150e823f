#include "photometadata.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <exiv2/exiv2.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Press::Media {
namespace {

// Windows-1251, 0x80–0xBF (0xC0–0xFF are А–я in order).
constexpr std::array<char16_t, 64> kCp1251High{
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409,
    0x2039, 0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0,
    0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB,
    0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6,
    0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
};

QString fromCp1251(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80)
            text += QChar(char16_t(b));
        else if (b >= 0xC0)
            text += QChar(char16_t(0x0410 + (b - 0xC0)));
        else
            text += QChar(kCp1251High[b - 0x80]);
    }
    return text;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

QString trimmed(const std::string &s)
{
    return QString::fromStdString(s).trimmed();
}

// "2018:06:09 14:03:21" (EXIF) → local date and time.
QDateTime exifDateTime(const std::string &value)
{
    QDateTime t = QDateTime::fromString(QString::fromStdString(value).trimmed(),
                                        u"yyyy:MM:dd HH:mm:ss"_s);
    return t.isValid() ? t : QDateTime();
}

std::optional<double> gpsDegrees(const Exiv2::ExifData &exif, const char *key, const char *refKey)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end() || it->count() < 3)
        return std::nullopt;
    double degrees = 0;
    double scale = 1;
    for (long i = 0; i < 3; ++i) {
        const Exiv2::Rational r = it->toRational(i);
        if (r.second == 0)
            return std::nullopt;
        degrees += double(r.first) / double(r.second) / scale;
        scale *= 60;
    }
    const auto ref = exif.findKey(Exiv2::ExifKey(refKey));
    if (ref != exif.end()) {
        const std::string r = ref->toString();
        if (r == "S" || r == "W")
            degrees = -degrees;
    }
    return degrees;
}

bool isCyrillicText(const QString &text)
{
    int cyrillic = 0;
    int latin = 0;
    for (QChar c : text) {
        if (c.script() == QChar::Script_Cyrillic)
            ++cyrillic;
        else if (c.script() == QChar::Script_Latin)
            ++latin;
    }
    return cyrillic > latin;
}

// A caption without a language: Russian when mostly Cyrillic, else English.
void assignByScript(PhotoMetadata &m, const QString &caption)
{
    if (caption.isEmpty())
        return;
    QString &slot = isCyrillicText(caption) ? m.captionRu : m.captionEn;
    if (slot.isEmpty())
        slot = caption;
}

void readExif(const Exiv2::ExifData &exif, PhotoMetadata &m)
{
    auto text = [&](const char *key) {
        const auto it = exif.findKey(Exiv2::ExifKey(key));
        return it == exif.end() ? QString() : trimmed(it->toString());
    };
    for (const char *key : {"Exif.Photo.DateTimeOriginal", "Exif.Image.DateTime"}) {
        const auto it = exif.findKey(Exiv2::ExifKey(key));
        if (it != exif.end() && !m.takenAt.isValid())
            m.takenAt = exifDateTime(it->toString());
    }
    const QString make = text("Exif.Image.Make");
    QString model = text("Exif.Image.Model");
    // Models often repeat the make ("Canon" + "Canon EOS R5").
    if (!make.isEmpty() && model.startsWith(make, Qt::CaseInsensitive))
        model = model.mid(make.size()).trimmed();
    m.camera = QStringList{make, model}.join(u' ').trimmed();
    m.cameraSerial = text("Exif.Photo.BodySerialNumber");
    if (m.cameraSerial.isEmpty())
        m.cameraSerial = text("Exif.Canon.SerialNumber");
    const auto orientation = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
    if (orientation != exif.end()) {
        const long o = orientation->toLong();
        m.orientation = o >= 1 && o <= 8 ? int(o) : 1;
    }
    const auto lat = gpsDegrees(exif, "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef");
    const auto lon = gpsDegrees(exif, "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef");
    if (lat && lon && std::abs(*lat) <= 90 && std::abs(*lon) <= 180) {
        GpsPosition gps{*lat, *lon, std::nullopt};
        const auto alt = exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSAltitude"));
        if (alt != exif.end()) {
            const Exiv2::Rational r = alt->toRational(0);
            if (r.second != 0) {
                double metres = double(r.first) / double(r.second);
                const auto ref = exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSAltitudeRef"));
                if (ref != exif.end() && ref->toLong() == 1)
                    metres = -metres;
                gps.altitude = metres;
            }
        }
        m.gps = gps;
    }
}

void readXmp(const Exiv2::XmpData &xmp, PhotoMetadata &m)
{
    auto langAlt = [&](const char *key) {
        QList<std::pair<QString, QString>> values; // (language, text)
        const auto it = xmp.findKey(Exiv2::XmpKey(key));
        if (it == xmp.end())
            return values;
        if (const auto *alt = dynamic_cast<const Exiv2::LangAltValue *>(&it->value())) {
            for (const auto &[lang, text] : alt->value_)
                values << std::pair{QString::fromStdString(lang).toLower(), trimmed(text)};
        } else {
            values << std::pair{u"x-default"_s, trimmed(it->toString())};
        }
        return values;
    };
    QString neutral;
    for (const auto &[lang, text] : langAlt("Xmp.dc.description")) {
        if (lang == u"ru"_s || lang.startsWith(u"ru-"_s))
            m.captionRu = text;
        else if (lang == u"en"_s || lang.startsWith(u"en-"_s))
            m.captionEn = text;
        else if (lang == u"x-default"_s)
            neutral = text;
    }
    assignByScript(m, neutral);
    for (const auto &[lang, text] : langAlt("Xmp.dc.rights")) {
        if (m.copyright.isEmpty() || lang == u"x-default"_s)
            m.copyright = text;
    }
    auto text = [&](const char *key) {
        const auto it = xmp.findKey(Exiv2::XmpKey(key));
        return it == xmp.end() ? QString() : trimmed(it->toString());
    };
    if (m.headline.isEmpty())
        m.headline = text("Xmp.photoshop.Headline");
    if (m.credit.isEmpty())
        m.credit = text("Xmp.photoshop.Credit");
    const auto subject = xmp.findKey(Exiv2::XmpKey("Xmp.dc.subject"));
    if (subject != xmp.end()) {
        for (long i = 0; i < subject->count(); ++i) {
            const QString k = trimmed(subject->toString(i));
            if (!k.isEmpty() && !m.keywords.contains(k))
                m.keywords << k;
        }
    }
}

void readIptc(const Exiv2::IptcData &iptc, PhotoMetadata &m)
{
    const auto charset = iptc.findKey(Exiv2::IptcKey("Iptc.Envelope.CharacterSet"));
    const bool utf8 = charset != iptc.end() && charset->toString() == "\x1b%G";
    auto decode = [&](const Exiv2::Iptcdatum &d) {
        const std::string raw = d.toString();
        return decodeIptcText(QByteArray(raw.data(), qsizetype(raw.size())), utf8).trimmed();
    };
    for (const Exiv2::Iptcdatum &d : iptc) {
        const std::string key = d.key();
        if (key == "Iptc.Application2.Caption")
            assignByScript(m, decode(d));
        else if (key == "Iptc.Application2.Headline" && m.headline.isEmpty())
            m.headline = decode(d);
        else if (key == "Iptc.Application2.Credit" && m.credit.isEmpty())
            m.credit = decode(d);
        else if (key == "Iptc.Application2.Copyright" && m.copyright.isEmpty())
            m.copyright = decode(d);
        else if (key == "Iptc.Application2.Keywords") {
            const QString k = decode(d);
            if (!k.isEmpty() && !m.keywords.contains(k))
                m.keywords << k;
        }
    }
}

} // namespace

QString decodeIptcText(const QByteArray &bytes, bool declaredUtf8)
{
    const bool ascii = std::all_of(bytes.cbegin(), bytes.cend(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii)
        return QString::fromLatin1(bytes);
    if (declaredUtf8 || isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    int cyrillicLetters = 0; // bytes that are А–я or Ёё in Windows-1251
    int high = 0;
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80)
            continue;
        ++high;
        if (b >= 0xC0 || b == 0xA8 || b == 0xB8)
            ++cyrillicLetters;
    }
    // Russian text has nearly every high byte a letter, and many of them; a Western European
    // text in Latin-1 has a few accented letters among ASCII words.
    const int asciiLetters = int(std::count_if(bytes.cbegin(), bytes.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }));
    if (cyrillicLetters * 10 >= high * 8 && cyrillicLetters >= asciiLetters / 2)
        return fromCp1251(bytes);
    return QString::fromLatin1(bytes);
}

namespace {

void initialiseExiv2()
{
    // The XMP toolkit must be initialised once before threads use it; exiv2's warnings go to
    // stderr by default, and we report problems ourselves.
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::XmpParser::initialize();
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
    });
}

Result<PhotoMetadata> readFrom(Exiv2::Image::AutoPtr image, const QString &name)
{
    PhotoMetadata m;
    try {
        if (!image.get())
            return makeError(ErrorCode::Format, u"%1 is not an image"_s.arg(name));
        image->readMetadata();
        m.pixelSize = QSize(image->pixelWidth(), image->pixelHeight());
        readExif(image->exifData(), m);
        readXmp(image->xmpData(), m); // XMP first: it carries languages
        readIptc(image->iptcData(), m);
    } catch (const std::exception &e) { // Exiv2::Error derives from it
        return makeError(ErrorCode::Format, u"cannot read the metadata of %1: %2"_s.arg(
                                                name, QString::fromLocal8Bit(e.what())));
    }
    return m;
}

} // namespace

Result<PhotoMetadata> readPhotoMetadata(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return makeError(ErrorCode::Io, u"cannot read %1"_s.arg(path));
    if (info.size() == 0)
        return makeError(ErrorCode::Format, u"%1 is empty"_s.arg(path));
    initialiseExiv2();
    try {
        const QByteArray file = QFile::encodeName(info.absoluteFilePath());
        return readFrom(Exiv2::ImageFactory::open(file.toStdString()), path);
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Format, u"cannot read the metadata of %1: %2"_s.arg(
                                                path, QString::fromLocal8Bit(e.what())));
    }
}

Result<PhotoMetadata> readPhotoMetadata(QByteArrayView data, const QString &name)
{
    if (data.isEmpty())
        return makeError(ErrorCode::Format, u"%1 is empty"_s.arg(name));
    initialiseExiv2();
    try {
        return readFrom(Exiv2::ImageFactory::open(
                            reinterpret_cast<const Exiv2::byte *>(data.data()), long(data.size())),
                        name);
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Format, u"cannot read the metadata of %1: %2"_s.arg(
                                                name, QString::fromLocal8Bit(e.what())));
    }
}

} // namespace Press::Media
