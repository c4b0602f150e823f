// How long publishing takes against the same uploads done with curl:
//   bench_publish DIR [PHOTOS=10]
//     Needs a WordPress (WP_URL, WP_USER, WP_APP_PASSWORD; tests/peers/wordpress-peer.sh start
//     and eval "$(tests/peers/wordpress-peer.sh env)"). Makes an archive in DIR with a bilingual
//     item and PHOTOS distinct 2400 × 1600 photos, makes their web renditions first ("renditions
//     already made"), then
//     1. curl: uploads the same rendition files (raw body, Content-Disposition, no Expect) and
//        creates the two posts, one request after another;
//     2. PressDesk: publishes the item to a Russian and an English target on that site through
//        the outbox (credentials check, term lookups, marked searches, uploads, twin checks,
//        posts);
//     3. pull: reads the two posts back into a new archive (both languages into one item, the 10
//        photos downloaded and imported);
//     and prints the times and the ratio. Each run uses new photos, so both upload everything.
#include "benchsupport.h"

#include <archive/archive.h>
#include <media/rendition.h>
#include <publish/outboxrunner.h>
#include <publish/wordpressclient.h>
#include <publish/wordpresspuller.h>

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {

QByteArray photo(int seed)
{
    QImage image(2400, 1600, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient g(0, 0, 2400, 1600);
    g.setColorAt(0, QColor::fromHsv((seed * 47) % 360, 120, 220));
    g.setColorAt(1, QColor::fromHsv((seed * 47 + 160) % 360, 160, 80));
    painter.fillRect(image.rect(), g);
    QRandomGenerator random{quint32(seed)};
    for (int i = 0; i < 400; ++i) {
        painter.setBrush(QColor::fromHsv(random.bounded(360), 150, 200));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPoint(random.bounded(2400), random.bounded(1600)), 20 + random.bounded(60),
                            20 + random.bounded(60));
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

double curlRun(const QStringList &files, int seed)
{
    const QString url = qEnvironmentVariable("WP_URL");
    const QString auth = qEnvironmentVariable("WP_USER") + u':' + qEnvironmentVariable("WP_APP_PASSWORD");
    QElapsedTimer timer;
    timer.start();
    int n = 0;
    for (const QString &file : files) {
        QProcess curl;
        curl.start(u"curl"_s, {u"-s"_s, u"-o"_s, u"/dev/null"_s, u"-f"_s, u"-u"_s, auth, u"-H"_s, u"Expect:"_s,
                              u"-H"_s, u"Content-Type: image/jpeg"_s, u"-H"_s,
                              u"Content-Disposition: attachment; filename=\"curl-%1-%2.jpg\""_s.arg(seed).arg(++n),
                              u"--data-binary"_s, u"@"_s + file, url + u"/?rest_route=/wp/v2/media"_s});
        curl.waitForFinished(120000);
    }
    for (const QString &title : {u"Проверка скорости %1"_s.arg(seed), u"Speed check %1"_s.arg(seed)}) {
        QProcess curl;
        curl.start(u"curl"_s, {u"-s"_s, u"-o"_s, u"/dev/null"_s, u"-f"_s, u"-u"_s, auth, u"-H"_s,
                              u"Content-Type: application/json"_s, u"-d"_s,
                              u"{\"title\":\"%1\",\"content\":\"<p>Text</p>\",\"status\":\"publish\"}"_s.arg(title),
                              url + u"/?rest_route=/wp/v2/posts"_s});
        curl.waitForFinished(60000);
    }
    return timer.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || qEnvironmentVariableIsEmpty("WP_URL")) {
        fprintf(stderr, "usage: bench_publish DIR [PHOTOS=10]  (with WP_URL, WP_USER, WP_APP_PASSWORD set)\n");
        return 2;
    }
    const int photos = args.size() > 1 ? args.at(1).toInt() : 10;
    const int seed = int(QDateTime::currentSecsSinceEpoch() % 100000);
    const QString dir = args.at(0) + u"/run-%1"_s.arg(seed);
    auto created = Archive::Archive::create(dir + u"/archive"_s);
    if (!created) {
        fprintf(stderr, "cannot create the archive\n");
        return 1;
    }
    Archive::Archive &archive = **created;
    Model::Item item;
    item.eventDate = QDate(2018, 6, 9);
    item.ru = {Language::Ru, u"Проверка скорости публикации %1"_s.arg(seed), u"Вводка."_s,
               u"Первый абзац.\n\nВторой абзац."_s, u"Москва"_s, {}, {}};
    item.en = {Language::En, u"Publishing speed check %1"_s.arg(seed), u"Lead."_s,
               u"First paragraph.\n\nSecond paragraph."_s, u"Moscow"_s, {}, {}};
    if (!archive.items().create(item))
        return 1;
    QList<qint64> ids;
    QStringList renditions;
    QDir().mkpath(dir + u"/src"_s);
    for (int i = 0; i < photos; ++i) {
        const QString file = dir + u"/src/p%1.jpg"_s.arg(i);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(Bench::distinctJpeg(photo(seed + i), seed * 100 + i)) < 0)
            return 1;
        out.close();
        Archive::PhotoDetails details;
        details.captionRu = u"Снимок %1"_s.arg(i + 1);
        details.captionEn = u"Photo %1"_s.arg(i + 1);
        auto added = archive.addPhoto(file, details);
        if (!added)
            return 1;
        ids << added->id;
        auto rendition = archive.renditions().ensure(added->sha256, archive.media().pathFor(added->sha256), {});
        if (!rendition)
            return 1;
        renditions << *rendition;
    }
    if (!archive.items().attachPhotos(item.id, ids))
        return 1;
    for (auto [name, language] : {std::pair{u"bench-ru"_s, Language::Ru}, std::pair{u"bench-en"_s, Language::En}}) {
        Model::PublishTarget t;
        t.name = name;
        t.baseUrl = qEnvironmentVariable("WP_URL");
        t.user = qEnvironmentVariable("WP_USER");
        t.language = language;
        t.secretEnv = u"WP_APP_PASSWORD"_s;
        if (!archive.publishing().addTarget(t))
            return 1;
        Model::PublishJob job;
        job.itemId = item.id;
        job.targetId = t.id;
        if (!archive.publishing().enqueue(job))
            return 1;
    }

    const double curlSeconds = curlRun(renditions, seed);

    QNetworkAccessManager network;
    Publish::OutboxRunner runner(archive, network, {}, {});
    QEventLoop loop;
    QObject::connect(&runner, &Publish::OutboxRunner::drained, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    runner.start();
    loop.exec();
    const double ours = timer.elapsed() / 1000.0;
    int done = 0;
    for (const auto &job : archive.publishing().jobs().value())
        done += job.state == Model::JobState::Done;
    qint64 bytes = 0;
    for (const QString &r : renditions)
        bytes += QFileInfo(r).size();
    printf("%d photos (renditions, %.1f MB in all), a bilingual item, loopback WordPress\n", photos, bytes / 1e6);
    printf("  curl, the same uploads and 2 posts, one after another   %6.2f s\n", curlSeconds);
    printf("  PressDesk, the outbox (%d of 2 jobs done)                %6.2f s  = %.2f x curl\n", done, ours,
           ours / curlSeconds);

    // The other way: both posts into a new archive.
    auto other = Archive::Archive::create(dir + u"/pulled"_s);
    if (!other)
        return 1;
    QElapsedTimer pullTimer;
    pullTimer.start();
    int pulledItems = 0;
    int pulledPhotos = 0;
    for (const Model::PublishTarget &source : archive.publishing().targets().value()) {
        Model::PublishTarget t = source;
        t.id = 0;
        if (!(*other)->publishing().addTarget(t))
            return 1;
        const auto post = archive.publishing().remotePost(item.id, source.id).value();
        if (!post)
            return 1;
        auto client = Publish::WordPressClient::forTarget(network, t, {});
        if (!client)
            return 1;
        Publish::WordPressPuller puller(**other, t, **client, {{}, {post->remoteId}});
        Error error;
        QObject::connect(&puller, &Publish::WordPressPuller::finished, &loop, [&](const Error &e) {
            error = e;
            loop.quit();
        });
        puller.run();
        loop.exec();
        if (error.code != ErrorCode::Unknown) {
            fprintf(stderr, "pull failed: %s\n", qPrintable(error.detail));
            return 1;
        }
        pulledItems += puller.report().created;
        pulledPhotos += puller.report().photos;
    }
    const double pullSeconds = pullTimer.elapsed() / 1000.0;
    printf("  pull of both posts into a new archive (%d item, %d photos)   %6.2f s\n", pulledItems, pulledPhotos,
           pullSeconds);
    printf("  peak memory %.0f MB\n", Bench::peakRssKb() / 1024.0);
    return done == 2 && pulledItems == 1 ? 0 : 1;
}
