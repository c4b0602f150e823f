// The photo library end to end on real files: import of files and folders (metadata written by
// exiv2 as a camera or photo desk would), deduplication, bad input of every kind leaving nothing
// behind, item attachment, thumbnails and web renditions.
#include <archive/archive.h>
#include <archive/archivechecker.h>
#include <archive/photoimporter.h>
#include <archive/transaction.h>
#include <exchange/jsonexporter.h>
#include <exchange/jsonimporter.h>
#include <media/imagedecoding.h>
#include <media/imageformat.h>
#include <media/rendition.h>
#include <media/sha256.h>
#include <support/testsupport.h>

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QSqlQuery>
#include <QTest>

#include <exiv2/exiv2.hpp>

using namespace Qt::StringLiterals;
using namespace Press;
using Outcome = Archive::PhotoImportEntry::Outcome;
using Media::PhotoProblem;

namespace {

int filesUnder(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        QTest::qFail("cannot write test file", __FILE__, __LINE__);
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What a press photographer's camera and the photo desk put in a file.
void writeCameraMetadata(const QString &path)
{
    auto image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
    image->readMetadata();
    Exiv2::ExifData &exif = image->exifData();
    exif["Exif.Photo.DateTimeOriginal"] = "2018:06:09 14:03:21";
    exif["Exif.Image.Make"] = "Canon";
    exif["Exif.Image.Model"] = "Canon EOS R5";
    exif["Exif.Photo.BodySerialNumber"] = "042021001234";
    exif["Exif.Photo.LensSerialNumber"] = "9900112233";
    exif["Exif.Image.Orientation"] = uint16_t(6);
    exif["Exif.Image.Copyright"] = "Secretariat";
    exif["Exif.GPSInfo.GPSLatitude"] = "36/1 4/1 1800/100";
    exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
    exif["Exif.GPSInfo.GPSLongitude"] = "120/1 22/1 3600/100";
    exif["Exif.GPSInfo.GPSLongitudeRef"] = "E";
    Exiv2::XmpData &xmp = image->xmpData();
    xmp["Xmp.dc.description"] = "lang=ru Генеральные секретари ОДКБ, ШОС и СНГ в Циндао";
    xmp["Xmp.dc.description"] = "lang=en-GB Secretaries General of the CSTO, SCO and CIS in Qingdao";
    xmp["Xmp.photoshop.Credit"] = "Пресс-служба / Press office";
    xmp["Xmp.dc.rights"] = "lang=x-default © Secretariat 2018";
    xmp["Xmp.exif.GPSLatitude"] = "36,4.3N";
    xmp["Xmp.aux.SerialNumber"] = "042021001234";
    Exiv2::IptcData &iptc = image->iptcData();
    iptc["Iptc.Application2.Keywords"] = "SCO";
    Exiv2::Iptcdatum second(Exiv2::IptcKey("Iptc.Application2.Keywords"));
    second.setValue("Qingdao");
    iptc.add(second);
    image->writeMetadata();
}

// A JPEG whose header claims `width` × `height` but whose data is a small image's: the SOF
// dimensions are patched (a forged or absurd header).
QByteArray jpegClaimingSize(int width, int height)
{
    QTemporaryDir dir;
    QByteArray bytes = readBytes(Test::writeJpeg(dir.filePath(u"small.jpg"_s), 64, 48, 3));
    for (qsizetype i = 2; i + 9 < bytes.size();) {
        const auto marker = static_cast<unsigned char>(bytes.at(i + 1));
        const int length = (static_cast<unsigned char>(bytes.at(i + 2)) << 8)
                           | static_cast<unsigned char>(bytes.at(i + 3));
        if (marker == 0xC0 || marker == 0xC2) {
            bytes[i + 5] = char(height >> 8);
            bytes[i + 6] = char(height & 0xFF);
            bytes[i + 7] = char(width >> 8);
            bytes[i + 8] = char(width & 0xFF);
            break;
        }
        i += 2 + length;
    }
    return bytes;
}

} // namespace

class tst_PhotoLibrary final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempArchive> m_fx;

    Archive::Archive &archive() { return *m_fx->archive; }
    QString path(const QString &name) const { return m_fx->filePath(u"in/"_s + name); }

    Result<Archive::PhotoImportReport> import(const QStringList &paths,
                                              Archive::PhotoImportOptions options = {})
    {
        Archive::PhotoImporter importer(archive());
        return importer.run(paths, options);
    }

    // Nothing half-imported: every row has its file and thumbnail, every file its row.
    void verifyConsistent()
    {
        const auto photos = archive().photos().list();
        PRESS_VERIFY_RESULT(photos);
        QCOMPARE(filesUnder(archive().media().rootDir()), int(photos->size()));
        QCOMPARE(filesUnder(archive().thumbnails().dir()), int(photos->size()));
        for (const Model::Photo &p : *photos) {
            QVERIFY(archive().media().contains(p.sha256));
            QVERIFY(archive().thumbnails().has(p.sha256));
        }
        auto problems = Archive::checkArchive(archive());
        PRESS_VERIFY_RESULT(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->value(0).message));
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        Exiv2::XmpParser::initialize();
    }

    void init()
    {
        m_fx = std::make_unique<Test::TempArchive>();
        QVERIFY(QDir().mkpath(m_fx->filePath(u"in"_s)));
    }
    void cleanup() { m_fx.reset(); }

    void importsFolderWithCameraMetadata()
    {
        const QString file = Test::writeJpeg(
            path(u"Циндао/Встреча Генска ОДКБ, ШОС и Предс.Исп.СНГ в Циндао 9.06.2018.jpg"_s), 640,
            480, 1);
        writeCameraMetadata(file);
        auto report = import({m_fx->filePath(u"in"_s)});
        PRESS_VERIFY_RESULT(report);
        QCOMPARE(report->entries.size(), 1);
        const Archive::PhotoImportEntry &entry = report->entries.constFirst();
        QCOMPARE(entry.outcome, Outcome::Imported);
        QVERIFY2(entry.metadataProblem.isEmpty(), qPrintable(entry.metadataProblem));

        auto photo = archive().photos().load(entry.photoId);
        PRESS_VERIFY_RESULT(photo);
        QCOMPARE(photo->originalName,
                 u"Встреча Генска ОДКБ, ШОС и Предс.Исп.СНГ в Циндао 9.06.2018.jpg"_s);
        QCOMPARE(photo->takenAt, QDateTime(QDate(2018, 6, 9), QTime(14, 3, 21)));
        QCOMPARE(photo->camera, u"Canon EOS R5"_s);
        QCOMPARE(photo->orientation, 6);
        QCOMPARE(QSize(photo->width, photo->height), QSize(480, 640)); // as displayed
        QCOMPARE(photo->captionRu, u"Генеральные секретари ОДКБ, ШОС и СНГ в Циндао"_s);
        QCOMPARE(photo->captionEn, u"Secretaries General of the CSTO, SCO and CIS in Qingdao"_s);
        QCOMPARE(photo->credit, u"Пресс-служба / Press office"_s);
        QCOMPARE(photo->copyright, u"© Secretariat 2018"_s);
        QCOMPARE(photo->keywords, (QStringList{u"SCO"_s, u"Qingdao"_s}));
        QVERIFY(photo->position);
        QVERIFY(qAbs(photo->position->latitude - 36.0717) < 0.001);
        QCOMPARE(photo->mimeType, u"image/jpeg"_s);
        QCOMPARE(photo->sizeBytes, QFileInfo(file).size());

        // The original is stored byte for byte; the thumbnail is upright (portrait).
        QCOMPARE(Media::sha256OfFile(archive().media().pathFor(photo->sha256)).value(),
                 Media::sha256OfFile(file).value());
        QImageReader thumbnail(archive().thumbnails().pathFor(photo->sha256));
        QCOMPARE(thumbnail.size(), QSize(240, 320));
        verifyConsistent();
    }

    void secondImportReportsTheExistingPhoto()
    {
        const QString file = Test::writeJpeg(path(u"a.jpg"_s), 200, 100, 2);
        QVERIFY(QFile::copy(file, path(u"копия.jpg"_s)));
        auto first = import({file});
        PRESS_VERIFY_RESULT(first);
        const qint64 id = first->entries.constFirst().photoId;

        // The same file, and a copy under another name, in one import.
        auto second = import({file, path(u"копия.jpg"_s)});
        PRESS_VERIFY_RESULT(second);
        QCOMPARE(second->count(Outcome::AlreadyInLibrary), 2);
        for (const auto &e : second->entries)
            QCOMPARE(e.photoId, id);
        QCOMPARE(archive().photos().list()->size(), 1);
        verifyConsistent();
    }

    void duplicatesWithinOneImport()
    {
        const QString file = Test::writeJpeg(path(u"one.jpg"_s), 200, 100, 4);
        for (int i = 0; i < 5; ++i)
            QVERIFY(QFile::copy(file, path(u"copy%1.jpg"_s.arg(i))));
        auto report = import({m_fx->filePath(u"in"_s)}, {0, 3});
        PRESS_VERIFY_RESULT(report);
        QCOMPARE(report->count(Outcome::Imported), 1);
        QCOMPARE(report->count(Outcome::AlreadyInLibrary), 5);
        const qint64 id = archive().photos().list()->constFirst().id;
        for (const auto &e : report->entries)
            QCOMPARE(e.photoId, id);
        verifyConsistent();
    }

    void badInputIsReportedAndLeavesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<PhotoProblem>("problem");
        QTest::addColumn<QString>("format");

        QTemporaryDir dir;
        const QByteArray good = readBytes(Test::writeJpeg(dir.filePath(u"g.jpg"_s), 800, 600, 5));
        QTest::newRow("zero bytes") << u"пусто.jpg"_s << QByteArray() << PhotoProblem::Empty
                                    << QString();
        QTest::newRow("truncated jpeg")
            << u"обрезано.jpg"_s << good.left(good.size() / 2) << PhotoProblem::Damaged << u"JPEG"_s;
        QTest::newRow("header only") << u"header.jpg"_s << good.left(300) << PhotoProblem::Damaged
                                     << u"JPEG"_s;
        QTest::newRow("text named jpg")
            << u"note.jpg"_s << u"Это не фото, а заметка.\n"_s.toUtf8() << PhotoProblem::NotAnImage
            << QString();
        QTest::newRow("html named jpg")
            << u"page.jpg"_s << QByteArray("<!DOCTYPE html><html><body>404</body></html>")
            << PhotoProblem::NotAnImage << QString();
        QTest::newRow("random binary") << u"noise.jpg"_s << QByteArray("\x01\x02\x03\x00\x7F\x80", 6)
                                       << PhotoProblem::NotAnImage << QString();
        QTest::newRow("heic")
            << u"IMG_0042.HEIC"_s
            << QByteArray("\x00\x00\x00\x18" "ftypheic\x00\x00\x00\x00mif1heic\x00\x00\x00\x08mdat",
                          32)
            << PhotoProblem::UnsupportedFormat << u"HEIC"_s;
        QTest::newRow("heic named jpg")
            << u"IMG_0043.jpg"_s
            << QByteArray("\x00\x00\x00\x18" "ftypheic\x00\x00\x00\x00mif1heic", 24)
            << PhotoProblem::UnsupportedFormat << u"HEIC"_s;
        QTest::newRow("canon raw")
            << u"IMG_1.CR2"_s << QByteArray("II*\x00\x10\x00\x00\x00" "CR\x02\x00", 12)
            << PhotoProblem::UnsupportedFormat << u"Canon CR2"_s;
        QTest::newRow("gigapixel header")
            << u"forged.jpg"_s << jpegClaimingSize(40000, 40000) << PhotoProblem::TooLarge
            << u"JPEG"_s;
    }

    void badInputIsReportedAndLeavesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(PhotoProblem, problem);
        QFETCH(QString, format);
        writeBytes(path(name), bytes);
        auto report = import({path(name)});
        PRESS_VERIFY_RESULT(report);
        QCOMPARE(report->entries.size(), 1);
        const Archive::PhotoImportEntry &e = report->entries.constFirst();
        QCOMPARE(e.outcome, Outcome::Failed);
        QCOMPARE(e.problem, problem);
        QCOMPARE(e.path, path(name));
        if (!format.isEmpty())
            QCOMPARE(e.format, format);
        QVERIFY(archive().photos().list()->isEmpty());
        QCOMPARE(filesUnder(archive().media().rootDir()), 0);
        QCOMPARE(filesUnder(archive().thumbnails().dir()), 0);
    }

    void missingFile()
    {
        auto report = import({path(u"нет такого.jpg"_s)});
        PRESS_VERIFY_RESULT(report);
        QCOMPARE(report->entries.constFirst().problem, PhotoProblem::Missing);
    }

    void hundredMegapixelsAreDecodedReduced()
    {
        QCOMPARE(QImageReader::allocationLimit(), 256); // Qt's default until we set it
        // 10,000 × 10,000: a full decode would need 400 MB, past the limit.
        QImage big(10000, 10000, QImage::Format_Grayscale8);
        big.fill(140);
        QVERIFY(big.save(path(u"100mp.jpg"_s), "JPEG", 60));
        big = QImage();
        auto report = import({path(u"100mp.jpg"_s)});
        PRESS_VERIFY_RESULT(report);
        QCOMPARE(report->entries.constFirst().outcome, Outcome::Imported);
        QCOMPARE(QImageReader::allocationLimit(), Media::kDecodeAllocationLimitMb);
        auto photo = archive().photos().load(report->entries.constFirst().photoId);
        QCOMPARE(QSize(photo->width, photo->height), QSize(10000, 10000));
        QCOMPARE(QImageReader(archive().thumbnails().pathFor(photo->sha256)).size(),
                 QSize(320, 320));
        // Its web rendition is decoded at 1/4 scale and made 2048 px.
        auto rendition = archive().renditions().ensure(
            photo->sha256, archive().media().pathFor(photo->sha256), {});
        PRESS_VERIFY_RESULT(rendition);
        QCOMPARE(QImageReader(*rendition).size(), QSize(2048, 2048));
    }

    void hugePngIsRefused()
    {
        // PNG has no reduced decode: 9,000 × 9,000 would need 324 MB.
        QImage big(9000, 9000, QImage::Format_Grayscale8);
        big.fill(90);
        QVERIFY(big.save(path(u"scan.png"_s), "PNG", 0));
        big = QImage();
        auto report = import({path(u"scan.png"_s)});
        PRESS_VERIFY_RESULT(report);
        QCOMPARE(report->entries.constFirst().problem, PhotoProblem::TooLarge);
        QVERIFY(archive().photos().list()->isEmpty());
        QCOMPARE(filesUnder(archive().media().rootDir()), 0);
    }

    void thousandFilesSomeBad()
    {
        QStringList bad;
        for (int i = 0; i < 1000; ++i) {
            const QString name = u"%1/фото %2.jpg"_s.arg(i / 100).arg(i, 4, 10, QChar(u'0'));
            if (i % 20 == 7) {
                writeBytes(path(name), i % 40 == 7 ? QByteArray() : QByteArray("not a photo"));
                bad << path(name);
            } else {
                (void)Test::writeJpeg(path(name), 48 + i % 7, 32, i);
            }
        }
        writeBytes(path(u"3/.DS_Store"_s), "junk");
        writeBytes(path(u"3/Thumbs.db"_s), "junk");
        writeBytes(path(u"3/фото 0300.jpg.xmp"_s), "<x:xmpmeta/>");
        auto report = import({m_fx->filePath(u"in"_s)});
        PRESS_VERIFY_RESULT(report);
        QCOMPARE(report->entries.size(), 1000);
        QCOMPARE(report->skipped, 3);
        QCOMPARE(report->count(Outcome::Imported), 950);
        QCOMPARE(report->count(Outcome::Failed), 50);
        QStringList failed;
        for (const auto &e : report->entries) {
            if (e.outcome == Outcome::Failed) {
                failed << e.path;
                QVERIFY(e.problem == PhotoProblem::Empty || e.problem == PhotoProblem::NotAnImage);
            }
        }
        QCOMPARE(failed, bad); // each bad one by name, in folder order
        QCOMPARE(archive().photos().list()->size(), 950);
        verifyConsistent();
    }

    void rowFailureRemovesTheStoredFile()
    {
        // Another program holds the write lock for the whole import: no row can be written.
        auto reopened = Archive::Archive::open(archive().path(), {false, 50});
        PRESS_VERIFY_RESULT(reopened);
        auto blocker = Archive::Archive::open(archive().path());
        PRESS_VERIFY_RESULT(blocker);
        QSqlQuery lock((*blocker)->connection());
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
        (void)Test::writeJpeg(path(u"a.jpg"_s), 100, 80, 1);
        (void)Test::writeJpeg(path(u"b.jpg"_s), 100, 80, 2);
        Archive::PhotoImporter importer(**reopened);
        auto report = importer.run({m_fx->filePath(u"in"_s)});
        PRESS_VERIFY_RESULT(report);
        QCOMPARE(report->count(Outcome::Failed), 2);
        QCOMPARE(report->entries.constFirst().problem, PhotoProblem::StoreFailed);
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        QCOMPARE(filesUnder(archive().media().rootDir()), 0);
        QCOMPARE(filesUnder(archive().thumbnails().dir()), 0);
        verifyConsistent();
    }

    void cancelKeepsWholePhotosOnly()
    {
        for (int i = 0; i < 60; ++i)
            (void)Test::writeJpeg(path(u"p%1.jpg"_s.arg(i, 2, 10, QChar(u'0'))), 400, 300, i);
        std::atomic_bool cancel{false};
        Archive::PhotoImporter importer(archive());
        auto report = importer.run({m_fx->filePath(u"in"_s)}, {},
                                   [&cancel](const Archive::PhotoImportEntry &, int done, int) {
                                       if (done == 5)
                                           cancel = true;
                                   },
                                   &cancel);
        PRESS_VERIFY_RESULT(report);
        QVERIFY(report->cancelled);
        QVERIFY(report->entries.size() >= 5);
        QVERIFY(report->entries.size() < 60);
        QCOMPARE(report->count(Outcome::Imported), int(report->entries.size()));
        QCOMPARE(archive().photos().list()->size(), report->entries.size());
        verifyConsistent();
    }

    void importAttachesToItem()
    {
        Model::Item item = Test::makeItem(u"Саммит"_s, u"Summit"_s);
        PRESS_VERIFY_RESULT(archive().items().create(item));
        const QString existing = Test::writeJpeg(path(u"0.jpg"_s), 100, 80, 9);
        PRESS_VERIFY_RESULT(import({existing}));
        for (int i = 1; i <= 3; ++i)
            (void)Test::writeJpeg(path(u"%1.jpg"_s.arg(i)), 100, 80, i);
        auto report = import({m_fx->filePath(u"in"_s)}, {item.id, 0});
        PRESS_VERIFY_RESULT(report);
        QCOMPARE(report->attached, 4);
        auto loaded = archive().items().load(item.id);
        PRESS_VERIFY_RESULT(loaded);
        QCOMPARE(loaded->photos.size(), 4);
        QList<qint64> order;
        for (const Model::PhotoLink &link : loaded->photos)
            order << link.photoId;
        QList<qint64> expected;
        for (const auto &e : report->entries)
            expected << e.photoId;
        QCOMPARE(order, expected); // file order
        QVERIFY(loaded->photos.constFirst().isCover);
        QCOMPARE(loaded->version, item.version + 1);

        // Again: nothing is attached twice.
        auto again = import({m_fx->filePath(u"in"_s)}, {item.id, 0});
        PRESS_VERIFY_RESULT(again);
        QCOMPARE(again->attached, 0);
        QCOMPARE(archive().items().load(item.id)->photos.size(), 4);

        // An unknown item: nothing is imported.
        auto unknown = import({path(u"1.jpg"_s)}, {99999, 0});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    }

    void webRenditionDropsPrivateMetadata()
    {
        const QString file = Test::writeJpeg(path(u"camera.jpg"_s), 3000, 2000, 6);
        writeCameraMetadata(file);
        auto report = import({file});
        PRESS_VERIFY_RESULT(report);
        auto photo = archive().photos().load(report->entries.constFirst().photoId);
        PRESS_VERIFY_RESULT(photo);
        const QString original = archive().media().pathFor(photo->sha256);

        auto made = archive().renditions().ensure(photo->sha256, original, {});
        PRESS_VERIFY_RESULT(made);
        QImageReader reader(*made);
        reader.setAutoTransform(false);
        QCOMPARE(reader.size(), QSize(1365, 2048)); // rotated into the pixels, longest side 2048
        auto image = Exiv2::ImageFactory::open(QFile::encodeName(*made).toStdString());
        image->readMetadata();
        const Exiv2::ExifData &exif = image->exifData();
        for (const Exiv2::Exifdatum &d : exif) {
            QVERIFY2(d.groupName() != "GPSInfo", d.key().c_str());
            QVERIFY2(d.key().find("SerialNumber") == std::string::npos, d.key().c_str());
        }
        for (const Exiv2::Xmpdatum &d : image->xmpData()) {
            QVERIFY2(d.key().find("GPS") == std::string::npos, d.key().c_str());
            QVERIFY2(d.key().find("SerialNumber") == std::string::npos, d.key().c_str());
        }
        QCOMPARE(exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"))->toLong(), 1);
        QCOMPARE(QString::fromStdString(
                     exif.findKey(Exiv2::ExifKey("Exif.Image.Copyright"))->toString()),
                 u"Secretariat"_s);
        QCOMPARE(QString::fromStdString(
                     image->xmpData().findKey(Exiv2::XmpKey("Xmp.photoshop.Credit"))->toString()),
                 u"Пресс-служба / Press office"_s);
        int keywords = 0;
        for (const Exiv2::Iptcdatum &d : image->iptcData())
            keywords += d.key() == "Iptc.Application2.Keywords" ? 1 : 0;
        QCOMPARE(keywords, 2);
        QVERIFY(QString::fromStdString(
                    image->xmpData().findKey(Exiv2::XmpKey("Xmp.dc.description"))->toString())
                    .contains(u"Циндао"_s));

        // Made once per setting: the same file is answered again; other settings make another.
        const QDateTime written = QFileInfo(*made).lastModified();
        QTest::qWait(20);
        QCOMPARE(archive().renditions().ensure(photo->sha256, original, {}).value(), *made);
        QCOMPARE(QFileInfo(*made).lastModified(), written);
        auto small = archive().renditions().ensure(photo->sha256, original, {800, 70});
        PRESS_VERIFY_RESULT(small);
        QVERIFY(*small != *made);
        QCOMPARE(QImageReader(*small).size(), QSize(533, 800));
        QVERIFY(QFileInfo(*small).size() < QFileInfo(*made).size());
        // The original is untouched.
        QCOMPARE(Media::sha256OfFile(original).value(), photo->sha256);

        auto invalid = archive().renditions().ensure(photo->sha256, original, {10, 85});
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().code, ErrorCode::InvalidArgument);
    }

    void smallPhotosAreNotEnlarged()
    {
        const QString file = Test::writeJpeg(path(u"small.jpg"_s), 640, 480, 1);
        auto photo = archive().addPhoto(file, {});
        PRESS_VERIFY_RESULT(photo);
        auto made = archive().renditions().ensure(photo->sha256,
                                                  archive().media().pathFor(photo->sha256), {});
        PRESS_VERIFY_RESULT(made);
        QCOMPARE(QImageReader(*made).size(), QSize(640, 480));
    }

    void thumbnailsAreRebuilt()
    {
        for (int i = 0; i < 12; ++i)
            (void)Test::writeJpeg(path(u"%1.jpg"_s.arg(i)), 500, 400, i);
        PRESS_VERIFY_RESULT(import({m_fx->filePath(u"in"_s)}));
        const auto photos = archive().photos().list().value();
        // Lose some thumbnails: the missing ones are made, the others left alone.
        for (int i = 0; i < 5; ++i)
            QVERIFY(QFile::remove(archive().thumbnails().pathFor(photos.at(i).sha256)));
        auto missing = Archive::makeThumbnails(archive(), false);
        PRESS_VERIFY_RESULT(missing);
        QCOMPARE(missing->made, 5);
        QCOMPARE(missing->present, 7);
        auto all = Archive::makeThumbnails(archive(), true);
        PRESS_VERIFY_RESULT(all);
        QCOMPARE(all->made, 12);
        QVERIFY(all->failures.isEmpty());
        // A damaged original is reported, not fatal.
        writeBytes(archive().media().pathFor(photos.at(0).sha256), "garbage");
        auto damaged = Archive::makeThumbnails(archive(), true);
        PRESS_VERIFY_RESULT(damaged);
        QCOMPARE(damaged->failures.size(), 1);
        QVERIFY(damaged->failures.constFirst().startsWith(QString::number(photos.at(0).id)));
    }

    void exportKeepsEveryPhotoField()
    {
        const QString file = Test::writeJpeg(path(u"Циндао.jpg"_s), 640, 480, 1);
        writeCameraMetadata(file);
        PRESS_VERIFY_RESULT(import({file}));
        const Model::Photo before = archive().photos().list()->constFirst();
        const QString exportDir = m_fx->filePath(u"export"_s);
        PRESS_VERIFY_RESULT(Exchange::JsonExporter(archive()).exportTo(exportDir));
        auto target = Test::createArchive(m_fx->filePath(u"copy"_s));
        QVERIFY(target);
        PRESS_VERIFY_RESULT(Exchange::JsonImporter(*target).importFrom(exportDir));
        const Model::Photo after = target->photos().findBySha(before.sha256).value();
        QCOMPARE(after.orientation, 6);
        QCOMPARE(after.copyright, before.copyright);
        QCOMPARE(after.keywords, before.keywords);
        QCOMPARE(after.position, before.position);
        QCOMPARE(after.captionRu, before.captionRu);
        QCOMPARE(after.credit, before.credit);
        QCOMPARE(after.takenAt, before.takenAt);
    }

    void jpegCompleteness()
    {
        QTemporaryDir dir;
        const QByteArray good = readBytes(Test::writeJpeg(dir.filePath(u"g.jpg"_s), 300, 200, 1));
        QVERIFY(Media::isCompleteJpeg(good));
        QVERIFY(Media::isCompleteJpeg(QByteArray(good + QByteArray(100, 0)))); // trailing padding
        QVERIFY(!Media::isCompleteJpeg(good.left(good.size() - 2)));
        QVERIFY(!Media::isCompleteJpeg(good.left(good.size() / 3)));
        QImage progressive(300, 200, QImage::Format_RGB32);
        progressive.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setProgressiveScanWrite(true);
        QVERIFY(writer.write(progressive));
        QVERIFY(Media::isCompleteJpeg(bytes));
        QVERIFY(!Media::isCompleteJpeg(bytes.left(bytes.size() - 10)));
    }
};

QTEST_GUILESS_MAIN(tst_PhotoLibrary)
#include "tst_photolibrary.moc"
