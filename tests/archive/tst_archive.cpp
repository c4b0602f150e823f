// The archive folder: photos stored once by SHA-256, bad photos leave nothing behind, backups of
// a live archive are complete and consistent, thumbnails can be rebuilt.
#include <archive/archive.h>
#include <archive/archivechecker.h>
#include <demo/demoarchive.h>
#include <support/testsupport.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {
int filesUnder(const QString &dir)
{
    int count = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}
} // namespace

class tst_Archive final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempArchive> m_fx;

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void init()
    {
        m_fx = std::make_unique<Test::TempArchive>();
        QVERIFY(m_fx->archive);
    }

    void cleanup() { m_fx.reset(); }

    void photoIsStoredOnceByHash()
    {
        const QString file = Test::writeJpeg(
            m_fx->filePath(u"Встреча Генска ОДКБ, ШОС и Предс.Исп.СНГ в Циндао 9.06.2018.jpg"_s),
            120, 80, 1);
        Archive::PhotoDetails details;
        details.captionRu = u"Подпись"_s;
        details.credit = u"Пресс-служба"_s;
        auto first = m_fx->archive->addPhoto(file, details);
        PRESS_VERIFY_RESULT(first);
        QCOMPARE(first->originalName,
                 u"Встреча Генска ОДКБ, ШОС и Предс.Исп.СНГ в Циндао 9.06.2018.jpg"_s);
        QCOMPARE(first->width, 120);
        QCOMPARE(first->height, 80);
        QCOMPARE(first->mimeType, u"image/jpeg"_s);
        QVERIFY(m_fx->archive->media().contains(first->sha256));
        QCOMPARE(Test::fileHash(m_fx->archive->media().pathFor(first->sha256)), Test::fileHash(file));

        const QString copy = m_fx->filePath(u"copy.jpg"_s);
        QVERIFY(QFile::copy(file, copy));
        auto second = m_fx->archive->addPhoto(copy, {});
        PRESS_VERIFY_RESULT(second);
        QCOMPARE(second->id, first->id);
        QCOMPARE(second->captionRu, u"Подпись"_s);
        QCOMPARE(m_fx->archive->photos().list()->size(), 1);
        QCOMPARE(filesUnder(m_fx->archive->media().rootDir()), 1);
    }

    void badPhotosLeaveNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Press::ErrorCode>("expected");
        QTest::newRow("zero bytes") << QByteArray() << ErrorCode::Format;
        QTest::newRow("text named .jpg") << QByteArray("not a photo at all\n") << ErrorCode::Format;
        QTest::newRow("truncated jpeg header") << QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10)
                                               << ErrorCode::Format;
    }

    void badPhotosLeaveNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Press::ErrorCode, expected);
        const QString path = m_fx->filePath(u"плохое фото.jpg"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto photo = m_fx->archive->addPhoto(path, {});
        QVERIFY(!photo);
        QCOMPARE(photo.error().code, expected);
        QVERIFY(m_fx->archive->photos().list()->isEmpty());
        QCOMPARE(filesUnder(m_fx->archive->media().rootDir()), 0);
    }

    void backupOfLiveArchiveIsConsistent()
    {
        PRESS_VERIFY_RESULT(Demo::fillDemoArchive(*m_fx->archive));
        // A second connection has an open read transaction while we back up.
        auto reader = Archive::Archive::open(m_fx->archive->path());
        PRESS_VERIFY_RESULT(reader);
        QCOMPARE((*reader)->items().count().value(), 34);

        const QString dest = m_fx->filePath(u"копия/backup"_s);
        PRESS_VERIFY_RESULT(m_fx->archive->backup(dest));
        auto copy = Archive::Archive::open(dest);
        PRESS_VERIFY_RESULT(copy);
        QCOMPARE((*copy)->items().count().value(), 34);
        QCOMPARE((*copy)->photos().list()->size(), m_fx->archive->photos().list()->size());
        auto problems = Archive::checkArchive(**copy);
        PRESS_VERIFY_RESULT(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->value(0).message));
        QCOMPARE((*copy)->metaValue(u"archive_uuid"_s).value(),
                 m_fx->archive->metaValue(u"archive_uuid"_s).value());
        // No staging folder is left next to the backup.
        QCOMPARE(QDir(m_fx->filePath(u"копия"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{u"backup"_s});
    }

    void backupRefusesNonEmptyDestination()
    {
        const QString dest = m_fx->filePath(u"occupied"_s);
        QVERIFY(QDir().mkpath(dest));
        QFile f(dest + u"/keep.txt"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto r = m_fx->archive->backup(dest);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::AlreadyExists);
        QVERIFY(QFile::exists(dest + u"/keep.txt"_s));
    }

    void backupIntoEmptyFolderWorks()
    {
        const QString dest = m_fx->filePath(u"empty"_s);
        QVERIFY(QDir().mkpath(dest));
        PRESS_VERIFY_RESULT(m_fx->archive->backup(dest));
        QVERIFY(Archive::Archive::isArchiveFolder(dest));
    }

    void thumbnailsAreMadeAndRebuilt()
    {
        const QString file = Test::writeJpeg(m_fx->filePath(u"big.jpg"_s), 1600, 1200, 3);
        auto photo = m_fx->archive->addPhoto(file, {});
        PRESS_VERIFY_RESULT(photo);
        const Media::ThumbnailCache &cache = m_fx->archive->thumbnails();
        QVERIFY(cache.has(photo->sha256)); // made on import
        auto thumb = cache.ensure(photo->sha256, m_fx->archive->media().pathFor(photo->sha256));
        PRESS_VERIFY_RESULT(thumb);
        QImageReader reader(*thumb);
        QCOMPARE(reader.size(), QSize(320, 240));
        PRESS_VERIFY_RESULT(cache.clear());
        QVERIFY(!cache.has(photo->sha256));
        PRESS_VERIFY_RESULT(cache.ensure(photo->sha256, m_fx->archive->media().pathFor(photo->sha256)));
        QVERIFY(cache.has(photo->sha256));
    }
};

QTEST_GUILESS_MAIN(tst_Archive)
#include "tst_archive.moc"
