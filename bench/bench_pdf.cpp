// How long a big digest takes, and how much memory and disk it needs:
//   bench_pdf DIR [ITEMS=500] [PHOTOS_PER_ITEM=2] [--lang ru|en|both] [--dpi N]
//     Builds DIR/archive once: ITEMS bilingual items (the demo archive's texts, repeated) with
//     PHOTOS_PER_ITEM distinct 3000 × 2000 JPEGs each (imported like any photo). Then runs the
//     export the way the GUI and `export-pdf --query` do, printing each stage's time: collecting
//     the items and making the photos' renditions (the first run makes them, later runs read the
//     cache), laying out, writing; then the page count, the file size and the peak memory.
//     Run it twice to see the cached-rendition figure the issue asks for.
#include <archive/archive.h>
#include <archive/transaction.h>
#include <demo/demoarchive.h>
#include <export/pdfdocument.h>
#include <export/pdfsource.h>

#include "benchsupport.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {

// A photo-like frame (gradients, shapes and grain) so that the JPEG has realistic detail.
QByteArray photoJpeg(int seed, bool portrait)
{
    QImage image(portrait ? 2000 : 3000, portrait ? 3000 : 2000, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, image.height());
    sky.setColorAt(0, QColor::fromHsv((seed * 37) % 360, 90, 230));
    sky.setColorAt(1, QColor::fromHsv((seed * 37 + 120) % 360, 120, 90));
    painter.fillRect(image.rect(), sky);
    for (int i = 0; i < 12; ++i) {
        painter.setBrush(QColor::fromHsv((seed * 13 + i * 29) % 360, 160, 200));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPoint((i * 397 + seed * 71) % image.width(),
                                   (i * 211 + seed * 53) % image.height()),
                            120 + i * 17, 90 + i * 11);
    }
    painter.end();
    quint32 state = 2463534242u + quint32(seed) * 7919u;
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            const int grain = int(state & 15) - 8;
            const QRgb p = line[x];
            line[x] = qRgb(qBound(0, qRed(p) + grain, 255), qBound(0, qGreen(p) + grain, 255),
                           qBound(0, qBlue(p) + grain, 255));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 88);
    return bytes;
}

bool fill(Archive::Archive &archive, const QString &dir, int items, int photosPerItem)
{
    // The demo archive's bilingual texts, repeated with new dates.
    const QString demoDir = dir + u"/demo"_s;
    QDir(demoDir).removeRecursively();
    auto demo = Demo::createDemoArchive(demoDir);
    if (!demo)
        return false;
    auto demoIds = (*demo)->items().ids();
    QList<Model::Item> templates;
    for (qint64 id : *demoIds) {
        auto item = (*demo)->items().load(id);
        if (item && !item->ru.body.isEmpty() && !item->en.body.isEmpty())
            templates << *item;
    }
    QList<QByteArray> bases;
    for (int b = 0; b < 6; ++b)
        bases << photoJpeg(b, b % 3 == 2);
    const QString src = dir + u"/src"_s;
    QDir().mkpath(src);
    for (int i = 0; i < items; ++i) {
        Model::Item item = templates.at(i % templates.size());
        item.id = 0;
        item.uuid.clear();
        item.photos.clear();
        item.entityIds.clear();
        item.eventDate = QDate(2018, 1, 1).addDays(i % 365);
        item.ru.title = u"%1 (%2)"_s.arg(item.ru.title).arg(i + 1);
        item.en.title = u"%1 (%2)"_s.arg(item.en.title).arg(i + 1);
        // Longer bodies, like real statements: the text three times.
        item.ru.body = QStringList(3, item.ru.body).join(u"\n\n"_s);
        item.en.body = QStringList(3, item.en.body).join(u"\n\n"_s);
        if (auto r = archive.items().create(item); !r)
            return false;
        QList<qint64> photoIds;
        for (int p = 0; p < photosPerItem; ++p) {
            const int n = i * photosPerItem + p;
            const QString file = src + u"/photo_%1.jpg"_s.arg(n, 5, 10, QChar(u'0'));
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(Bench::distinctJpeg(bases.at(n % bases.size()), n)) < 0)
                return false;
            out.close();
            Archive::PhotoDetails details;
            details.captionRu = u"Фотография %1 к материалу %2"_s.arg(p + 1).arg(i + 1);
            details.captionEn = u"Photo %1 for item %2"_s.arg(p + 1).arg(i + 1);
            details.credit = u"Пресс-служба"_s;
            auto photo = archive.addPhoto(file, details);
            if (!photo)
                return false;
            photoIds << photo->id;
        }
        if (auto r = archive.items().attachPhotos(item.id, photoIds); !r)
            return false;
        if ((i + 1) % 50 == 0)
            fprintf(stderr, "  %d items\n", i + 1);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    Export::PdfOptions options;
    options.digest = true;
    if (const int at = int(args.indexOf(u"--lang"_s)); at >= 0 && at + 1 < args.size()) {
        options.language = Export::pdfLanguageFromCode(args.at(at + 1)).value_or(Export::PdfLanguage::Both);
        args.remove(at, 2);
    }
    if (const int at = int(args.indexOf(u"--dpi"_s)); at >= 0 && at + 1 < args.size()) {
        options.photoDpi = args.at(at + 1).toInt();
        args.remove(at, 2);
    }
    if (args.isEmpty()) {
        fprintf(stderr, "usage: bench_pdf DIR [ITEMS=500] [PHOTOS_PER_ITEM=2] [--lang ru|en|both] [--dpi N]\n");
        return 2;
    }
    const QString dir = args.at(0);
    const int items = args.size() > 1 ? args.at(1).toInt() : 500;
    const int photosPerItem = args.size() > 2 ? args.at(2).toInt() : 2;
    const QString archiveDir = dir + u"/archive-%1x%2"_s.arg(items).arg(photosPerItem);

    std::unique_ptr<Archive::Archive> archive;
    if (Archive::Archive::isArchiveFolder(archiveDir)) {
        auto opened = Archive::Archive::open(archiveDir);
        if (!opened)
            return 1;
        archive = std::move(*opened);
    } else {
        fprintf(stderr, "Making %s (%d items, %d photos each)...\n", qPrintable(archiveDir), items,
                photosPerItem);
        auto created = Archive::Archive::create(archiveDir);
        if (!created || !fill(**created, dir, items, photosPerItem)) {
            fprintf(stderr, "cannot make the archive\n");
            return 1;
        }
        archive = std::move(*created);
    }
    auto ids = archive->items().ids();
    const long rssBefore = Bench::peakRssKb();

    QElapsedTimer total;
    total.start();
    QElapsedTimer stage;
    stage.start();
    auto entries = Export::collectEntries(*archive, *ids);
    if (!entries) {
        fprintf(stderr, "collect: %s\n", qPrintable(entries.error().detail));
        return 1;
    }
    const qint64 collectMs = stage.restart();
    auto document = Export::PdfDocument::build(*entries, options);
    if (!document) {
        fprintf(stderr, "build: %s\n", qPrintable(document.error().detail));
        return 1;
    }
    const qint64 layoutMs = stage.restart();
    const QString out = dir + u"/digest.pdf"_s;
    if (auto r = (*document)->writeFile(out); !r) {
        fprintf(stderr, "write: %s\n", qPrintable(r.error().detail));
        return 1;
    }
    const qint64 writeMs = stage.elapsed();
    const qint64 totalMs = total.elapsed();
    int photoCount = 0;
    for (const auto &e : *entries)
        photoCount += int(e.photos.size());
    printf("digest of %d items, %d photos, language %s\n", int(entries->size()), photoCount,
           qPrintable(Export::pdfLanguageCode(options.language)));
    printf("  collect + renditions  %7.2f s\n", collectMs / 1000.0);
    printf("  layout                %7.2f s\n", layoutMs / 1000.0);
    printf("  write (paint, photos) %7.2f s\n", writeMs / 1000.0);
    printf("  total                 %7.2f s\n", totalMs / 1000.0);
    printf("  pages %d (contents %d), file %.1f MB, peak memory %.0f MB (%.0f MB before export)\n",
           (*document)->pageCount(), (*document)->contentsPageCount(),
           QFileInfo(out).size() / 1e6, Bench::peakRssKb() / 1024.0, rssBefore / 1024.0);
    return 0;
}
