#include "testsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Press::Test {

void initTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"pressdesk-tests"_s);
    QCoreApplication::setApplicationVersion(u"0.0-test"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

QString currentTestName()
{
    QString name = QString::fromLatin1(QTest::currentTestFunction());
    if (QTest::currentDataTag())
        name += u'_' + QString::fromUtf8(QTest::currentDataTag());
    return name;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

std::unique_ptr<Archive::Archive> createArchive(const QString &dir)
{
    auto archive = Archive::Archive::create(dir);
    if (!archive) {
        QTest::qFail(qPrintable(u"cannot create archive: "_s + archive.error().detail), __FILE__,
                     __LINE__);
        return {};
    }
    return std::move(*archive);
}

TempArchive::TempArchive()
    : archive(createArchive(dir.filePath(u"archive"_s)))
{}

Model::Item makeItem(const QString &titleRu, const QString &titleEn, const QString &bodyRu,
                     const QString &bodyEn)
{
    Model::Item item;
    item.section = Model::Section::News;
    item.status = Model::ItemStatus::Draft;
    item.sourceLanguage = Language::Ru;
    item.eventDate = QDate(2018, 6, 9);
    item.ru.title = titleRu;
    item.ru.body = bodyRu;
    item.ru.place = u"Циндао"_s;
    item.en.title = titleEn;
    item.en.body = bodyEn;
    item.en.place = titleEn.isEmpty() ? QString() : u"Qingdao"_s;
    return item;
}

QString writeJpeg(const QString &path, int width, int height, int seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((seed * 47) % 360, 160, 200));
    for (int y = 0; y < height; y += 8)
        for (int x = (y / 8 % 2) * 8; x < width; x += 16)
            image.setPixelColor(x, y, QColor::fromHsv((seed * 13) % 360, 200, 90));
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!image.save(path, "JPEG", 85))
        QTest::qFail(qPrintable(u"cannot write "_s + path), __FILE__, __LINE__);
    return path;
}

} // namespace Press::Test
