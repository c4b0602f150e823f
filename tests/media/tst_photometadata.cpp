// Photo metadata as cameras and photo desks write it: real JPEGs, metadata written with exiv2,
// read back through Media::readPhotoMetadata.
#include <media/photometadata.h>
#include <support/testsupport.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <exiv2/exiv2.hpp>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

} // namespace

class tst_PhotoMetadata final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString jpeg(const QString &name)
    {
        return Test::writeJpeg(m_dir.filePath(name), 64, 48, 7);
    }

    // Writes metadata with exiv2 (what a camera or a photo desk would have done).
    static void write(const QString &path, const std::function<void(Exiv2::Image &)> &fill)
    {
        auto image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
        image->readMetadata();
        fill(*image);
        image->writeMetadata();
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        Exiv2::XmpParser::initialize();
    }

    void cleanupTestCase() { Exiv2::XmpParser::terminate(); }

    void exifCameraFacts()
    {
        const QString path = jpeg(u"camera.jpg"_s);
        write(path, [](Exiv2::Image &image) {
            Exiv2::ExifData &exif = image.exifData();
            exif["Exif.Photo.DateTimeOriginal"] = "2018:06:09 14:03:21";
            exif["Exif.Image.Make"] = "Canon";
            exif["Exif.Image.Model"] = "Canon EOS R5";
            exif["Exif.Photo.BodySerialNumber"] = "042021001234";
            exif["Exif.Image.Orientation"] = uint16_t(6);
            exif["Exif.GPSInfo.GPSLatitude"] = "36/1 4/1 1800/100";
            exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
            exif["Exif.GPSInfo.GPSLongitude"] = "120/1 22/1 3600/100";
            exif["Exif.GPSInfo.GPSLongitudeRef"] = "E";
            exif["Exif.GPSInfo.GPSAltitude"] = "35/1";
        });
        auto m = Media::readPhotoMetadata(path);
        PRESS_VERIFY_RESULT(m);
        QCOMPARE(m->takenAt, QDateTime(QDate(2018, 6, 9), QTime(14, 3, 21)));
        QCOMPARE(m->camera, u"Canon EOS R5"_s);
        QCOMPARE(m->cameraSerial, u"042021001234"_s);
        QCOMPARE(m->orientation, 6);
        QCOMPARE(m->pixelSize, QSize(64, 48));
        QVERIFY(m->gps);
        QVERIFY(qAbs(m->gps->latitude - 36.0717) < 0.001);
        QVERIFY(qAbs(m->gps->longitude - 120.3767) < 0.001);
        QCOMPARE(m->gps->altitude, std::optional<double>(35.0));
    }

    void xmpCaptionsInBothLanguages()
    {
        const QString path = jpeg(u"xmp.jpg"_s);
        write(path, [](Exiv2::Image &image) {
            Exiv2::XmpData &xmp = image.xmpData();
            xmp["Xmp.dc.description"] = utf8(u"lang=\"ru\" Встреча генеральных секретарей ОДКБ, СНГ и ШОС в Циндао"_s);
            xmp["Xmp.dc.description"] = "lang=\"en-GB\" Meeting of the CSTO, CIS and SCO secretaries general in Qingdao";
            xmp["Xmp.photoshop.Headline"] = utf8(u"Циндао, 9 июня 2018 года"_s);
            xmp["Xmp.photoshop.Credit"] = utf8(u"Пресс-служба Секретариата ОДКБ"_s);
            xmp["Xmp.dc.rights"] = "lang=\"x-default\" (c) CSTO Secretariat";
            xmp["Xmp.dc.subject"] = utf8(u"ОДКБ"_s);
            xmp["Xmp.dc.subject"] = "SCO";
        });
        auto m = Media::readPhotoMetadata(path);
        PRESS_VERIFY_RESULT(m);
        QCOMPARE(m->captionRu, u"Встреча генеральных секретарей ОДКБ, СНГ и ШОС в Циндао"_s);
        QCOMPARE(m->captionEn, u"Meeting of the CSTO, CIS and SCO secretaries general in Qingdao"_s);
        QCOMPARE(m->headline, u"Циндао, 9 июня 2018 года"_s);
        QCOMPARE(m->credit, u"Пресс-служба Секретариата ОДКБ"_s);
        QCOMPARE(m->copyright, u"(c) CSTO Secretariat"_s);
        QCOMPARE(m->keywords, (QStringList{u"ОДКБ"_s, u"SCO"_s}));
    }

    void iptcEncodings_data()
    {
        QTest::addColumn<QByteArray>("caption");
        QTest::addColumn<bool>("declareUtf8");
        QTest::addColumn<QString>("expectedRu");
        QTest::addColumn<QString>("expectedEn");
        const QString ru = u"Встреча в Циндао. Ёлка, «кавычки» — №1"_s;
        QByteArray cp1251;
        for (QChar c : ru) {
            const char16_t u = c.unicode();
            if (u < 0x80)
                cp1251 += char(u);
            else if (u >= 0x0410 && u <= 0x044F)
                cp1251 += char(0xC0 + (u - 0x0410));
            else if (u == 0x0401)
                cp1251 += char(0xA8);
            else if (u == 0x00AB)
                cp1251 += char(0xAB);
            else if (u == 0x00BB)
                cp1251 += char(0xBB);
            else if (u == 0x2014)
                cp1251 += char(0x97);
            else if (u == 0x2116)
                cp1251 += char(0xB9);
        }
        QTest::newRow("UTF-8, declared") << ru.toUtf8() << true << ru << QString();
        QTest::newRow("UTF-8, undeclared") << ru.toUtf8() << false << ru << QString();
        QTest::newRow("Windows-1251, undeclared") << cp1251 << false << ru << QString();
        QTest::newRow("Latin-1 French") << QByteArray("R\xE9union \xE0 Gen\xE8ve") << false
                                        << QString() << u"Réunion à Genève"_s;
        QTest::newRow("ASCII") << QByteArray("Press conference") << false << QString()
                               << u"Press conference"_s;
    }

    void iptcEncodings()
    {
        QFETCH(QByteArray, caption);
        QFETCH(bool, declareUtf8);
        QFETCH(QString, expectedRu);
        QFETCH(QString, expectedEn);
        const QString path = jpeg(Test::currentTestName() + u".jpg"_s);
        write(path, [&](Exiv2::Image &image) {
            Exiv2::IptcData &iptc = image.iptcData();
            if (declareUtf8)
                iptc["Iptc.Envelope.CharacterSet"] = "\x1b%G";
            Exiv2::StringValue value(caption.toStdString());
            iptc.add(Exiv2::IptcKey("Iptc.Application2.Caption"), &value);
        });
        auto m = Media::readPhotoMetadata(path);
        PRESS_VERIFY_RESULT(m);
        QCOMPARE(m->captionRu, expectedRu);
        QCOMPARE(m->captionEn, expectedEn);
    }

    void noMetadataIsEmpty()
    {
        auto m = Media::readPhotoMetadata(jpeg(u"plain.jpg"_s));
        PRESS_VERIFY_RESULT(m);
        QVERIFY(!m->takenAt.isValid());
        QVERIFY(!m->hasCaption());
        QVERIFY(!m->gps);
        QCOMPARE(m->orientation, 1);
        QCOMPARE(m->pixelSize, QSize(64, 48));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::newRow("zero bytes") << QByteArray() << int(ErrorCode::Format);
        QTest::newRow("text named .jpg") << QByteArray("not a photo at all\n") << int(ErrorCode::Format);
        QTest::newRow("truncated header") << QByteArray("\xFF\xD8\xFF\xE1\x00\x40" "Exif\x00\x00II*\x00", 16)
                                          << int(ErrorCode::Format);
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        const QString path = m_dir.filePath(Test::currentTestName() + u".jpg"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto m = Media::readPhotoMetadata(path);
        if (m) // a truncated header may still parse as an image without metadata
            QVERIFY(!m->hasCaption());
        else
            QCOMPARE(int(m.error().code), code);
        QCOMPARE(int(Media::readPhotoMetadata(m_dir.filePath(u"missing.jpg"_s)).error().code),
                 int(ErrorCode::Io));
    }
};

QTEST_GUILESS_MAIN(tst_PhotoMetadata)
#include "tst_photometadata.moc"
