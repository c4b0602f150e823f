// How fast photos come into the library, against the JPEG decoder's own reduced-size decode:
//   bench_photos import DIR [N=300] [THREADS=0]
//     Makes N camera-sized JPEGs (6000 × 4000, about 9.4 MB each) in DIR/src unless there, times
//     `djpeg -scale 1/8` over all of them with as many processes as cores (libjpeg-turbo-progs,
//     the reference), then imports them into a new archive DIR/archive with PhotoImporter
//     (SHA-256, metadata, 1/8-scale thumbnail, stored original) and prints photos per second,
//     the ratio to djpeg, the time until the first photo (with its thumbnail) is in the library,
//     and the peak memory.
//   bench_photos view DIR [N=20000]
//     Imports N small real JPEGs into DIR/view-archive (once), then shows the real library view
//     (offscreen, 1280 × 800) and scrolls the grid from top to bottom a page at a time,
//     printing the time of each repaint (median, 95th percentile, worst) and how long the
//     thumbnails of the last page take to arrive.
//   bench_photos grid DIR [N=20000]
//     Fills an archive with N photo rows and times what the library grid does with them: the
//     model's load, a caption filter, a date range.
#include <archive/archive.h>
#include <archive/photoimporter.h>
#include <archive/photolistmodel.h>
#include <archive/transaction.h>
#include <ui/dialogservice.h>
#include <ui/photolibraryview.h>
#include <ui/thumbnailloader.h>

#include "benchsupport.h"

#include <QBuffer>
#include <QApplication>
#include <QCoreApplication>
#include <QListView>
#include <QScrollBar>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {

// A camera-like frame: smooth light and shade with fine grain, so that JPEG at quality 90 lands
// near a 24-megapixel camera's 9–10 MB.
QByteArray cameraJpeg(int seed)
{
    QImage image(6000, 4000, QImage::Format_RGB32);
    quint32 state = 2463534242u + quint32(seed) * 7919u;
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            const int grain = int(state & 63) - 32;
            const int r = qBound(0, 90 + (x * 120) / 6000 + (y * 40) / 4000 + grain, 255);
            const int g = qBound(0, 110 + ((x + seed * 500) % 6000) * 60 / 6000 + grain / 2, 255);
            const int b = qBound(0, 140 - (y * 90) / 4000 + grain, 255);
            line[x] = qRgb(r, g, b);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

QStringList makeSources(const QString &dir, int count)
{
    QDir().mkpath(dir);
    QStringList files;
    QList<QByteArray> bases;
    for (int i = 0; i < count; ++i) {
        const QString path = dir + u"/DSC_%1.JPG"_s.arg(i + 1, 4, 10, QChar(u'0'));
        files << path;
        if (QFileInfo::exists(path))
            continue;
        if (bases.isEmpty()) {
            for (int b = 0; b < 4; ++b)
                bases << cameraJpeg(b);
        }
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(Bench::distinctJpeg(bases.at(i % 4), i)) < 0)
            qFatal("cannot write %s", qPrintable(path));
    }
    return files;
}

int importBench(const QString &dir, int count, int threads)
{
    std::printf("making %d camera JPEGs in %s/src …\n", count, qPrintable(dir));
    const QStringList files = makeSources(dir + u"/src"_s, count);
    qint64 bytes = 0;
    for (const QString &f : files)
        bytes += QFileInfo(f).size();
    std::printf("files: %d, %.1f MB each on average\n", count, bytes / 1e6 / count);

    // Read every file once so both runs start from the page cache.
    for (const QString &f : files) {
        QFile in(f);
        in.open(QIODevice::ReadOnly);
        (void)in.readAll();
    }

    const int cores = QThread::idealThreadCount();
    QElapsedTimer timer;
    timer.start();
    QProcess djpeg;
    djpeg.setProgram(u"sh"_s);
    djpeg.setArguments({u"-c"_s, u"ls %1/*.JPG | xargs -P %2 -n 8 sh -c 'for f; do djpeg -scale 1/8 "
                                 "-outfile /dev/null \"$f\"; done' _"_s
                                     .arg(dir + u"/src"_s)
                                     .arg(cores)});
    djpeg.start();
    djpeg.waitForFinished(-1);
    const double djpegMs = double(timer.elapsed());
    if (djpeg.exitCode() != 0) {
        std::printf("djpeg failed (install libjpeg-turbo-progs): %s\n",
                    djpeg.readAllStandardError().constData());
        return 1;
    }
    std::printf("reference  djpeg -scale 1/8, %d processes: %.0f ms, %.1f ms/photo, %.1f photos/s\n",
                cores, djpegMs, djpegMs / count, count * 1000.0 / djpegMs);

    const QString archiveDir = dir + u"/archive"_s;
    QDir(archiveDir).removeRecursively();
    auto archive = Archive::Archive::create(archiveDir);
    if (!archive)
        qFatal("cannot create archive: %s", qPrintable(archive.error().detail));
    Archive::PhotoImporter importer(**archive);
    qint64 firstMs = -1;
    timer.restart();
    auto report = importer.run({dir + u"/src"_s}, {0, threads},
                               [&](const Archive::PhotoImportEntry &, int, int) {
                                   if (firstMs < 0)
                                       firstMs = timer.elapsed();
                               });
    const double importMs = double(timer.elapsed());
    if (!report)
        qFatal("import failed: %s", qPrintable(report.error().detail));
    const int imported = report->count(Archive::PhotoImportEntry::Outcome::Imported);
    std::printf("PressDesk  import (hash, metadata, thumbnail, store), %d workers: %.0f ms, "
                "%.1f ms/photo, %.1f photos/s, %d imported\n",
                threads > 0 ? threads : cores + 1, importMs, importMs / count, count * 1000.0 / importMs, imported);
    std::printf("ratio      import / djpeg: %.2f×\n", importMs / djpegMs);
    std::printf("first      photo with thumbnail in the library after %lld ms\n", firstMs);
    std::printf("memory     peak RSS %.0f MB\n", Bench::peakRssKb() / 1024.0);
    return imported == count ? 0 : 1;
}

int gridBench(const QString &dir, int count)
{
    const QString archiveDir = dir + u"/grid-archive"_s;
    QDir(archiveDir).removeRecursively();
    auto archive = Archive::Archive::create(archiveDir);
    if (!archive)
        qFatal("cannot create archive");
    QElapsedTimer timer;
    timer.start();
    {
        Archive::Transaction tx((*archive)->connection());
        (void)tx.begin();
        QSqlQuery q((*archive)->connection());
        q.prepare(u"INSERT INTO photo (sha256, original_name, mime_type, size_bytes, width, height,"
                  " taken_at, caption_ru, caption_en, credit, imported_at)"
                  " VALUES (?, ?, 'image/jpeg', 9400000, 6000, 4000, ?, ?, ?, ?, ?)"_s);
        const QStringList places{u"Москве"_s, u"Минске"_s, u"Ереване"_s, u"Душанбе"_s, u"Циндао"_s};
        for (int i = 0; i < count; ++i) {
            const QDateTime taken = QDateTime(QDate(2002, 1, 1).addDays(i % 8000), QTime(10, 0),
                                              Qt::UTC);
            q.addBindValue(u"%1"_s.arg(i, 64, 16, QChar(u'0')));
            q.addBindValue(u"DSC_%1.JPG"_s.arg(i));
            q.addBindValue(taken.toString(Qt::ISODate));
            q.addBindValue(u"Встреча секретарей в %1, кадр %2"_s.arg(places.at(i % 5)).arg(i));
            q.addBindValue(u"Meeting of secretaries, frame %1"_s.arg(i));
            q.addBindValue(u"Пресс-служба"_s);
            q.addBindValue(taken.toString(Qt::ISODate));
            if (!q.exec())
                qFatal("insert failed");
        }
        (void)tx.commit();
    }
    std::printf("filled     %d photo rows in %lld ms\n", count, timer.elapsed());
    Archive::PhotoListModel model((*archive)->connection());
    timer.restart();
    (void)model.reload();
    std::printf("grid       model load of %d photos: %lld ms\n", model.rowCount(), timer.elapsed());
    timer.restart();
    model.setFilterText(u"циндао"_s);
    std::printf("grid       filter \"циндао\": %d photos in %lld ms\n", model.rowCount(), timer.elapsed());
    timer.restart();
    model.setFilterText(u"циндао кадр 19"_s);
    std::printf("grid       filter \"циндао кадр 19\": %d photos in %lld ms\n", model.rowCount(),
                timer.elapsed());
    model.setFilterText(QString());
    timer.restart();
    model.setDateRange(QDate(2010, 1, 1), QDate(2010, 12, 31));
    std::printf("grid       date range 2010: %d photos in %lld ms\n", model.rowCount(), timer.elapsed());
    std::printf("memory     peak RSS %.0f MB\n", Bench::peakRssKb() / 1024.0);
    return 0;
}

int viewBench(const QString &dir, int count)
{
    const QString archiveDir = dir + u"/view-archive"_s;
    if (!Archive::Archive::isArchiveFolder(archiveDir)) {
        const QString tiny = dir + u"/tiny"_s;
        QDir().mkpath(tiny);
        for (int i = 0; i < count; ++i) {
            QImage image(160, 120, QImage::Format_RGB32);
            image.fill(QColor::fromHsv((i * 37) % 360, 120 + i % 100, 200));
            for (int bit = 0; bit < 16; ++bit) // the index in 8 × 8 blocks: every file distinct
                if (i & (1 << bit))
                    for (int y = 0; y < 8; ++y)
                        for (int x = 0; x < 8; ++x)
                            image.setPixel(bit * 8 + x, 112 + y, qRgb(20, 20, 20));
            const QString folder = tiny + u'/' + QString::number(i / 1000);
            if (i % 1000 == 0)
                QDir().mkpath(folder);
            image.save(folder + u"/IMG_%1.jpg"_s.arg(i, 5, 10, QChar(u'0')), "JPEG", 80);
        }
        auto archive = Archive::Archive::create(archiveDir);
        if (!archive)
            qFatal("cannot create archive");
        QElapsedTimer timer;
        timer.start();
        auto report = Archive::PhotoImporter(**archive).run({tiny});
        std::printf("imported   %d small photos in %lld ms\n",
                    report ? report->count(Archive::PhotoImportEntry::Outcome::Imported) : -1,
                    timer.elapsed());
    }
    auto archive = Archive::Archive::open(archiveDir);
    if (!archive)
        qFatal("cannot open archive");
    Ui::DialogService dialogs;
    Ui::ThumbnailLoader thumbnails;
    thumbnails.setCache((*archive)->thumbnails());
    Ui::PhotoLibraryView view(dialogs, thumbnails);
    view.resize(1280, 800);
    QElapsedTimer timer;
    timer.start();
    view.setArchive(archive->get());
    view.show();
    // While the rows are read on a worker, the event loop must keep turning: a 5 ms timer
    // measures the longest stall.
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 longestStall = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longestStall = qMax(longestStall, sinceTick.restart());
    });
    tick.start(5);
    while (!view.isLoaded())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    tick.stop();
    std::printf("view       %d photos read and shown %lld ms after the view appeared; longest "
                "event-loop stall meanwhile %lld ms\n",
                view.model()->rowCount(), timer.elapsed(), longestStall);
    QScrollBar *bar = view.grid()->verticalScrollBar();
    // The grid lays items out in batches between events (so showing 20,000 never blocks);
    // wait until the layout is complete before scrolling through it.
    timer.restart();
    for (int lastMaximum = -1; lastMaximum != bar->maximum();) {
        lastMaximum = bar->maximum();
        const QDeadlineTimer settle(100);
        while (!settle.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    std::printf("layout     complete %lld ms later (%d pixels of grid)\n", timer.elapsed() - 100,
                bar->maximum());
    QList<double> frames;
    for (int value = 0; value <= bar->maximum(); value += bar->pageStep()) {
        bar->setValue(value);
        QElapsedTimer frame;
        frame.start();
        view.grid()->viewport()->repaint();
        frames << frame.nsecsElapsed() / 1e6;
        QCoreApplication::processEvents(); // thumbnails that have arrived
    }
    std::sort(frames.begin(), frames.end());
    std::printf("scroll     %lld pages: repaint median %.2f ms, p95 %.2f ms, worst %.2f ms\n",
                qint64(frames.size()), frames.at(frames.size() / 2),
                frames.at(qMin<qsizetype>(frames.size() - 1, frames.size() * 95 / 100)),
                frames.constLast());
    const QModelIndex last = view.model()->index(view.model()->rowCount() - 1);
    const QString sha = last.data(Archive::PhotoListModel::Sha256Role).toString();
    timer.restart();
    while (!view.thumbnail(sha, {}) && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    std::printf("thumbnails last page's in view %lld ms after reaching it\n", timer.elapsed());
    std::printf("memory     peak RSS %.0f MB\n", Bench::peakRssKb() / 1024.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const bool widgets = argc > 1 && qstrcmp(argv[1], "view") == 0;
    if (widgets)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = widgets ? std::make_unique<QApplication>(argc, argv)
                                                    : std::make_unique<QCoreApplication>(argc, argv);
    const QStringList args = app->arguments().mid(1);
    if (args.size() < 2
        || (args.at(0) != u"import"_s && args.at(0) != u"grid"_s && args.at(0) != u"view"_s)) {
        std::fprintf(stderr, "usage: bench_photos import DIR [N=300] [THREADS=0]\n"
                             "       bench_photos view DIR [N=20000]\n"
                             "       bench_photos grid DIR [N=20000]\n");
        return 2;
    }
    if (widgets)
        return viewBench(args.at(1), args.value(2, u"20000"_s).toInt());
    if (args.at(0) == u"import"_s)
        return importBench(args.at(1), args.value(2, u"300"_s).toInt(), args.value(3, u"0"_s).toInt());
    return gridBench(args.at(1), args.value(2, u"20000"_s).toInt());
}
