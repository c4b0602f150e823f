// Publishing to a real WordPress (the peer started by scripts/test.sh: Debian's wordpress,
// MariaDB, php -S on 127.0.0.1), read back over its REST API; and with a fault-injecting proxy
// of our own in between, a fault at every step of a bilingual item with five photos.
#include <archive/archive.h>
#include <publish/connectioncheck.h>
#include <publish/outboxrunner.h>
#include <publish/wordpressclient.h>
#include <publish/wordpresspublisher.h>
#include <publish/wordpresspuller.h>
#include <archive/itempairing.h>
#include <support/faultproxy.h>
#include <support/testsupport.h>
#include <text/bodyformat.h>
#include <text/localizedlabels.h>

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Press;
using Fault = Test::FaultProxy::Fault;

namespace {

struct Peer
{
    QUrl url;
    QString user;
    QString password;
};

Peer peer()
{
    return {QUrl(qEnvironmentVariable("WP_URL")), qEnvironmentVariable("WP_USER"),
            qEnvironmentVariable("WP_APP_PASSWORD")};
}

} // namespace

class tst_WordPressPublish final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempArchive> m_temp;
    Archive::Archive *m_archive = nullptr;
    QNetworkAccessManager m_network;
    std::unique_ptr<Publish::WordPressClient> m_site; // direct, for reading back
    Model::PublishTarget m_ru;
    Model::PublishTarget m_en;

    // A synchronous read of the real site (test code only).
    Publish::WpResponse call(const std::function<void(Publish::WordPressClient::Done)> &send)
    {
        Publish::WpResponse answer;
        QEventLoop loop;
        send([&](const Publish::WpResponse &r) {
            answer = r;
            loop.quit();
        });
        loop.exec();
        return answer;
    }
    QJsonArray list(const QString &route, QUrlQuery query)
    {
        query.addQueryItem(u"context"_s, u"edit"_s);
        query.addQueryItem(u"per_page"_s, u"100"_s);
        query.addQueryItem(u"status"_s, u"publish,future,draft,pending,private"_s);
        if (route.endsWith(u"media"_s))
            query.removeAllQueryItems(u"status"_s);
        const auto r = call([&](auto done) { m_site->get(route, query, done); });
        if (!r.isSuccess())
            qWarning() << r.error().detail;
        return r.json.array();
    }
    QJsonObject object(const QString &route)
    {
        QUrlQuery query;
        query.addQueryItem(u"context"_s, u"edit"_s);
        return call([&](auto done) { m_site->get(route, query, done); }).json.object();
    }

    Model::PublishTarget addTarget(const QString &name, Language language, const QUrl &url)
    {
        Model::PublishTarget t;
        t.name = name;
        t.baseUrl = url.toString();
        t.user = peer().user;
        t.language = language;
        t.category = language == Language::Ru ? u"Русский"_s : u"English"_s;
        if (auto r = m_archive->publishing().addTarget(t); !r)
            qWarning() << r.error().detail;
        return t;
    }

    // A bilingual item with `photos` photos (captions in both languages, a credit), a cover and
    // two tags; its texts have formatting, quotes and Cyrillic.
    qint64 makeItem(int photos, int seed)
    {
        Model::Item item = Test::makeItem(
            u"Встреча секретарей «ОДКБ–СНГ–ШОС» №%1"_s.arg(seed),
            u"Meeting of the CSTO, CIS and SCO secretaries, no. %1"_s.arg(seed),
            u"Стороны обсудили **сотрудничество** и \"новые\" вызовы.\n\nВторой абзац — с [ссылкой](https://odkb-csto.org/)."_s,
            u"The parties discussed **cooperation** and \"new\" challenges.\n\nA second paragraph with [a link](https://en.odkb-csto.org/)."_s);
        item.ru.lead = u"Краткое описание встречи %1."_s.arg(seed);
        item.en.lead = u"A short summary of meeting %1."_s.arg(seed);
        Model::Entity sco;
        sco.kind = Model::EntityKind::Organisation;
        sco.nameRu = u"ШОС"_s;
        sco.nameEn = u"SCO"_s;
        if (auto found = m_archive->entities().findByName(u"ШОС"_s); found && !found->isEmpty())
            item.entityIds << found->first().id;
        else if (m_archive->entities().add(sco))
            item.entityIds << sco.id;
        if (!m_archive->items().create(item))
            return 0;
        QList<qint64> ids;
        for (int i = 0; i < photos; ++i) {
            // Distinct files (sizes differ), so that every item's photos are uploaded anew.
            const QString file = Test::writeJpeg(m_temp->filePath(u"src/%1-%2.jpg"_s.arg(seed).arg(i)),
                                                 400 + (seed % 100) * 5 + i, 300 + i, seed * 100 + i);
            Archive::PhotoDetails details;
            details.captionRu = u"Снимок %1 к встрече %2: «участники»"_s.arg(i + 1).arg(seed);
            details.captionEn = u"Photo %1 of meeting %2: \"participants\""_s.arg(i + 1).arg(seed);
            details.credit = u"Пресс-служба"_s;
            auto photo = m_archive->addPhoto(file, details);
            if (!photo)
                return 0;
            ids << photo->id;
        }
        if (!ids.isEmpty() && !m_archive->items().attachPhotos(item.id, ids))
            return 0;
        return item.id;
    }

    void enqueueBoth(qint64 itemId, const Model::PublishTarget &ru, const Model::PublishTarget &en,
                     bool overwrite = false)
    {
        for (const auto *t : {&ru, &en}) {
            Model::PublishJob job;
            job.itemId = itemId;
            job.targetId = t->id;
            job.overwrite = overwrite;
            PRESS_VERIFY_RESULT(m_archive->publishing().enqueue(job));
        }
    }

    // Runs the outbox until nothing is left to do.
    void runOutbox(int timeoutMs = 5000, int retryMs = 50)
    {
        Publish::OutboxOptions options;
        options.timeoutMs = timeoutMs;
        options.retryBaseMs = retryMs;
        options.retryMaxMs = 200;
        Publish::OutboxRunner runner(*m_archive, m_network, options,
                                     [](const Model::PublishTarget &) -> Result<QString> {
                                         return peer().password;
                                     });
        QSignalSpy drained(&runner, &Publish::OutboxRunner::drained);
        runner.start();
        QVERIFY(drained.wait(120000));
    }

    // What the site holds of an item: its posts by our mark, its photos by their mark.
    int postsOf(qint64 itemId, Language language)
    {
        const QString uuid = m_archive->items().load(itemId)->uuid;
        QUrlQuery q;
        q.addQueryItem(u"search"_s, Publish::WordPressPublisher::postMark(uuid, language));
        return int(list(u"/wp/v2/posts"_s, q).size());
    }
    int mediaOf(const Model::Photo &photo)
    {
        QUrlQuery q;
        q.addQueryItem(u"search"_s, Publish::WordPressPublisher::mediaBase(photo.sha256));
        return int(list(u"/wp/v2/media"_s, q).size());
    }

    // Pulls `target`'s posts (only `posts`, when given) into `archive`.
    Publish::PullReport pull(Archive::Archive &archive, const Model::PublishTarget &target,
                             const QList<qint64> &posts, Error *error = nullptr,
                             const QDateTime &since = {})
    {
        Publish::WordPressClient client(m_network, QUrl(target.baseUrl), target.user, peer().password);
        Publish::PullOptions options;
        options.postIds = posts;
        options.since = since;
        Publish::WordPressPuller puller(archive, target, client, options);
        QSignalSpy finished(&puller, &Publish::WordPressPuller::finished);
        puller.run();
        if (!finished.wait(60000))
            qWarning() << "the pull did not finish";
        const Error e = finished.isEmpty() ? makeError(ErrorCode::Cancelled, u"timeout"_s)
                                           : finished.first().first().value<Error>();
        if (error)
            *error = e;
        else if (!Publish::isSuccess(e))
            qWarning() << "pull failed:" << e.detail;
        return puller.report();
    }

    // A post made on the website itself, as an editor there would (block editor HTML, an image
    // uploaded by hand in a figure and as the featured image, a new tag).
    qint64 sitePost(const QString &category, const QString &title, const QString &html,
                    const QString &excerpt, qint64 featured, const QString &tag)
    {
        const auto cats = list(u"/wp/v2/categories"_s, [&] {
            QUrlQuery q;
            q.addQueryItem(u"search"_s, category);
            return q;
        }());
        QJsonArray categoryIds;
        for (const QJsonValue &c : cats)
            if (c.toObject().value(u"name"_s).toString() == category)
                categoryIds.append(c.toObject().value(u"id"_s));
        QJsonArray tags;
        if (!tag.isEmpty()) {
            const auto made = call([&](auto done) { m_site->post(u"/wp/v2/tags"_s, {{u"name"_s, tag}}, done); });
            const QJsonObject o = made.json.object();
            tags.append(made.isSuccess() ? o.value(u"id"_s).toInteger()
                                         : o.value(u"data"_s).toObject().value(u"term_id"_s).toInteger());
        }
        QJsonObject body{{u"title"_s, title},       {u"content"_s, html},   {u"excerpt"_s, excerpt},
                         {u"status"_s, u"publish"_s}, {u"categories"_s, categoryIds}, {u"tags"_s, tags}};
        if (featured > 0)
            body.insert(u"featured_media"_s, featured);
        const auto r = call([&](auto done) { m_site->post(u"/wp/v2/posts"_s, body, done); });
        if (!r.isSuccess())
            qWarning() << r.error().detail;
        return r.json.object().value(u"id"_s).toInteger();
    }
    Publish::WpResponse siteUpload(const QString &file, const QString &caption)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QUrlQuery fields;
        fields.addQueryItem(u"caption"_s, caption);
        return call([&](auto done) {
            m_site->upload(f.readAll(), QFileInfo(file).fileName(), u"image/jpeg"_s, fields, done);
        });
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        if (peer().url.isEmpty())
            QSKIP("No WordPress peer: scripts/test.sh starts one (tests/peers/wordpress-peer.sh) "
                  "and sets WP_URL, WP_USER, WP_APP_PASSWORD");
        m_site = std::make_unique<Publish::WordPressClient>(m_network, peer().url, peer().user,
                                                            peer().password);
    }

    void init()
    {
        m_temp = std::make_unique<Test::TempArchive>();
        QVERIFY(m_temp->archive);
        m_archive = m_temp->archive.get();
        m_ru = addTarget(u"site-ru"_s, Language::Ru, peer().url);
        m_en = addTarget(u"site-en"_s, Language::En, peer().url);
    }

    void cleanup()
    {
        m_archive = nullptr;
        m_temp.reset();
    }

    void connectionIsChecked()
    {
        const auto me = call([&](auto done) {
            QUrlQuery q;
            q.addQueryItem(u"context"_s, u"edit"_s);
            m_site->get(u"/wp/v2/users/me"_s, q, done);
        });
        QVERIFY(me.isSuccess());
        QVERIFY(me.json.object().value(u"capabilities"_s).toObject().value(u"upload_files"_s).toBool());
        Publish::WordPressClient wrong(m_network, peer().url, peer().user, u"wrongwrongwrongwrong"_s);
        const auto refused = call([&](auto done) {
            wrong.post(u"/wp/v2/posts"_s, {{u"title"_s, u"x"_s}}, done);
        });
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
        QVERIFY(refused.error().detail.contains(u"rest_cannot_create"_s));
        QVERIFY(!refused.isTemporary());
    }

    void publishesBothLanguagesWithPhotos()
    {
        const qint64 id = makeItem(3, 1);
        QVERIFY(id);
        enqueueBoth(id, m_ru, m_en);
        runOutbox();
        for (const auto &job : m_archive->publishing().jobs().value())
            QVERIFY2(job.state == Model::JobState::Done, qPrintable(job.lastError));

        const Model::Item item = m_archive->items().load(id).value();
        const auto photos = m_archive->photos().forItem(id).value();
        for (const Model::PublishTarget &t : {m_ru, m_en}) {
            const auto remote = m_archive->publishing().remotePost(id, t.id).value();
            QVERIFY(remote && remote->remoteId > 0);
            QVERIFY(remote->url.startsWith(peer().url.toString()));
            const QJsonObject post = object(u"/wp/v2/posts/%1"_s.arg(remote->remoteId));
            const Model::ItemText &text = item.text(t.language);
            // Byte-exact: raw fields round-trip Cyrillic, quotes and dashes.
            QCOMPARE(post.value(u"title"_s).toObject().value(u"raw"_s).toString(), text.title);
            QCOMPARE(post.value(u"excerpt"_s).toObject().value(u"raw"_s).toString(), text.lead);
            const QString content = post.value(u"content"_s).toObject().value(u"raw"_s).toString();
            QVERIFY(content.startsWith(Text::markdownToCleanHtml(text.body)));
            for (const Model::Photo &p : photos) {
                if (p.id == item.photos.first().photoId)
                    continue; // the cover is the featured image, not in the text
                QVERIFY2(content.contains(p.caption(t.language).toHtmlEscaped()), qPrintable(content));
            }
            QCOMPARE(post.value(u"status"_s).toString(), u"publish"_s);
            // Featured image = the cover; categories: the language's and the section's; the tag.
            const qint64 cover = m_archive->publishing()
                                     .remoteMedia(item.photos.first().photoId, t.site())
                                     .value()
                                     .value_or(-1);
            QCOMPARE(post.value(u"featured_media"_s).toInteger(), cover);
            QStringList categories;
            for (const QJsonValue &c : post.value(u"categories"_s).toArray())
                categories << object(u"/wp/v2/categories/%1"_s.arg(c.toInteger())).value(u"name"_s).toString();
            QVERIFY(categories.contains(t.category));
            QVERIFY(categories.contains(Text::sectionName(item.section, t.language)));
            QCOMPARE(post.value(u"tags"_s).toArray().size(), 1);
            QCOMPARE(object(u"/wp/v2/tags/%1"_s.arg(post.value(u"tags"_s).toArray().at(0).toInteger()))
                         .value(u"name"_s)
                         .toString(),
                     t.language == Language::Ru ? u"ШОС"_s : u"SCO"_s);
        }
        // One media item per photo (both languages' targets are on this one site), its caption
        // byte-exact.
        for (const Model::Photo &p : photos) {
            QCOMPARE(mediaOf(p), 1);
            const qint64 mediaId = m_archive->publishing().remoteMedia(p.id, m_ru.site()).value().value_or(0);
            const QJsonObject media = object(u"/wp/v2/media/%1"_s.arg(mediaId));
            const QString caption = media.value(u"caption"_s).toObject().value(u"raw"_s).toString();
            QVERIFY2(caption == p.captionRu || caption == p.captionEn, qPrintable(caption));
        }

        // Publishing again updates the same posts; nothing new appears.
        const qint64 ruPost = m_archive->publishing().remotePost(id, m_ru.id).value()->remoteId;
        Model::Item changed = item;
        changed.ru.title = u"Изменённый заголовок «встречи»"_s;
        PRESS_VERIFY_RESULT(m_archive->items().save(changed));
        enqueueBoth(id, m_ru, m_en);
        runOutbox();
        QCOMPARE(m_archive->publishing().remotePost(id, m_ru.id).value()->remoteId, ruPost);
        QCOMPARE(object(u"/wp/v2/posts/%1"_s.arg(ruPost)).value(u"title"_s).toObject().value(u"raw"_s).toString(),
                 changed.ru.title);
        QCOMPARE(postsOf(id, Language::Ru), 1);
        QCOMPARE(postsOf(id, Language::En), 1);
        for (const Model::Photo &p : photos)
            QCOMPARE(mediaOf(p), 1);
    }

    void faultsAtEveryStep()
    {
        Test::FaultProxy proxy(peer().url);
        QVERIFY(proxy.listen());
        Model::PublishTarget ru = addTarget(u"proxy-ru"_s, Language::Ru, proxy.url());
        Model::PublishTarget en = addTarget(u"proxy-en"_s, Language::En, proxy.url());

        // Clean runs: the first meets the site's categories and tags, the second counts the
        // requests a bilingual item with five photos takes.
        const qint64 warm = makeItem(5, 99);
        enqueueBoth(warm, ru, en);
        runOutbox();
        const qint64 clean = makeItem(5, 100);
        enqueueBoth(clean, ru, en);
        const int before = proxy.requestCount();
        runOutbox();
        const int steps = proxy.requestCount() - before;
        QVERIFY(steps >= 12);
        qInfo() << "a bilingual item with 5 photos takes" << steps << "requests";

        // Then a fault at every one of those steps, each kind, on a new item each time.
        QList<qint64> items{warm, clean};
        QHash<qint64, QString> how{{warm, u"no fault"_s}, {clean, u"no fault"_s}};
        int seed = 200;
        for (Fault fault : {Fault::DropAfterForward, Fault::Status502, Fault::CutUpload, Fault::Stall}) {
            for (int step = 1; step <= steps; ++step) {
                if (fault == Fault::Stall && step != 1 && step != steps / 2 && step != steps)
                    continue; // each stall costs a timeout: the first, a middle and the last step
                const qint64 id = makeItem(5, ++seed);
                QVERIFY(id);
                items << id;
                how.insert(id, u"fault %1 at step %2"_s.arg(int(fault)).arg(step));
                enqueueBoth(id, ru, en);
                const int mark = proxy.requestCount();
                proxy.injectAt(step, fault);
                runOutbox();
                proxy.clear();
                QVERIFY2(proxy.requestCount() >= mark + step, "the fault was not reached");
            }
        }
        for (const auto &job : m_archive->publishing().jobs().value())
            QVERIFY2(job.state == Model::JobState::Done,
                     qPrintable(u"job %1: %2 %3"_s.arg(job.id).arg(Model::jobStateCode(job.state), job.lastError)));
        // Exactly one post per language and one media item per photo, for every item.
        for (qint64 id : std::as_const(items)) {
            QVERIFY2(postsOf(id, Language::Ru) == 1, qPrintable(how.value(id)));
            QVERIFY2(postsOf(id, Language::En) == 1, qPrintable(how.value(id)));
            for (const Model::Photo &p : m_archive->photos().forItem(id).value())
                QCOMPARE(mediaOf(p), 1);
        }
    }

    void permanentErrorsStopWithTheServersMessage()
    {
        const qint64 id = makeItem(0, 300);
        Model::PublishJob bad;
        bad.itemId = id;
        bad.targetId = m_ru.id;
        bad.postStatus = u"bogus"_s; // WordPress names the field
        PRESS_VERIFY_RESULT(m_archive->publishing().enqueue(bad));
        runOutbox();
        auto job = m_archive->publishing().job(bad.id).value();
        QCOMPARE(job.state, Model::JobState::Failed);
        QCOMPARE(job.attempts, 1);
        QCOMPARE(job.errorCode, u"rejected"_s);
        QVERIFY2(job.lastError.contains(u"status: status is not one of"_s), qPrintable(job.lastError));

        // Wrong credentials: 401 with WordPress's message, no retry.
        Publish::OutboxOptions options;
        Publish::OutboxRunner runner(*m_archive, m_network, options,
                                     [](const Model::PublishTarget &) -> Result<QString> {
                                         return u"wrongwrongwrongwrong"_s;
                                     });
        Model::PublishJob denied;
        denied.itemId = id;
        denied.targetId = m_en.id;
        PRESS_VERIFY_RESULT(m_archive->publishing().enqueue(denied));
        QSignalSpy drained(&runner, &Publish::OutboxRunner::drained);
        runner.start();
        QVERIFY(drained.wait(30000));
        job = m_archive->publishing().job(denied.id).value();
        QCOMPARE(job.state, Model::JobState::Failed);
        QCOMPARE(job.errorCode, u"unauthorized"_s);
        QVERIFY(job.lastError.contains(u"401"_s));
    }

    void changedOnTheSiteIsAConflict()
    {
        const qint64 id = makeItem(1, 400);
        enqueueBoth(id, m_ru, m_en);
        runOutbox();
        const qint64 post = m_archive->publishing().remotePost(id, m_ru.id).value()->remoteId;
        QTest::qWait(1100); // modified_gmt has one-second resolution
        const auto edited = call([&](auto done) {
            m_site->post(u"/wp/v2/posts/%1"_s.arg(post), {{u"title"_s, u"Правка на сайте"_s}}, done);
        });
        QVERIFY(edited.isSuccess());
        enqueueBoth(id, m_ru, m_en);
        runOutbox();
        Model::PublishJob ruJob;
        for (const auto &j : m_archive->publishing().jobs().value()) // newest first
            if (j.targetId == m_ru.id && ruJob.id == 0)
                ruJob = j;
        QCOMPARE(ruJob.state, Model::JobState::Failed);
        QCOMPARE(ruJob.errorCode, u"conflict"_s);
        QCOMPARE(object(u"/wp/v2/posts/%1"_s.arg(post)).value(u"title"_s).toObject().value(u"raw"_s).toString(),
                 u"Правка на сайте"_s);
        // Overwrite, as the user chose.
        enqueueBoth(id, m_ru, m_en, true);
        runOutbox();
        QCOMPARE(object(u"/wp/v2/posts/%1"_s.arg(post)).value(u"title"_s).toObject().value(u"raw"_s).toString(),
                 m_archive->items().load(id)->ru.title);
    }

    void withdrawAndTrash()
    {
        const qint64 id = makeItem(0, 500);
        enqueueBoth(id, m_ru, m_en);
        runOutbox();
        const qint64 post = m_archive->publishing().remotePost(id, m_en.id).value()->remoteId;
        Model::PublishJob withdraw;
        withdraw.itemId = id;
        withdraw.targetId = m_en.id;
        withdraw.action = Model::PublishAction::Withdraw;
        PRESS_VERIFY_RESULT(m_archive->publishing().enqueue(withdraw));
        runOutbox();
        QCOMPARE(m_archive->publishing().job(withdraw.id).value().state, Model::JobState::Done);
        QCOMPARE(m_archive->publishing().job(withdraw.id).value().attempts, 1);
        QCOMPARE(object(u"/wp/v2/posts/%1"_s.arg(post)).value(u"status"_s).toString(), u"draft"_s);
        Model::PublishJob trash = withdraw;
        trash.action = Model::PublishAction::Trash;
        PRESS_VERIFY_RESULT(m_archive->publishing().enqueue(trash));
        runOutbox();
        QCOMPARE(m_archive->publishing().job(trash.id).value().state, Model::JobState::Done);
        QCOMPARE(object(u"/wp/v2/posts/%1"_s.arg(post)).value(u"status"_s).toString(), u"trash"_s);
        QCOMPARE(m_archive->publishing().remotePost(id, m_en.id).value()->status, u"trash"_s);
    }

    void jobsSurviveARestart()
    {
        const qint64 id = makeItem(2, 600);
        enqueueBoth(id, m_ru, m_en);
        {
            Publish::OutboxOptions options;
            Publish::OutboxRunner runner(*m_archive, m_network, options,
                                         [](const Model::PublishTarget &) -> Result<QString> {
                                             return peer().password;
                                         });
            QSignalSpy started(&runner, &Publish::OutboxRunner::jobStarted);
            runner.start();
            QVERIFY(started.wait(10000));
        } // the program ends mid-job: the runner is destroyed with a job running
        // Reopen the archive as a new start would.
        const QString dir = m_archive->path();
        m_temp->archive.reset();
        auto reopened = Archive::Archive::open(dir);
        PRESS_VERIFY_RESULT(reopened);
        m_temp->archive = std::move(*reopened);
        m_archive = m_temp->archive.get();
        int unfinished = int(m_archive->publishing().jobs(true).value().size());
        QCOMPARE(unfinished, 2);
        runOutbox();
        for (const auto &job : m_archive->publishing().jobs().value())
            QCOMPARE(job.state, Model::JobState::Done);
        QCOMPARE(postsOf(id, Language::Ru), 1);
        QCOMPARE(postsOf(id, Language::En), 1);
    }
    void pullsTheSitesPostsIntoAnotherArchive()
    {
        // Published from this archive…
        const qint64 id = makeItem(2, 600);
        enqueueBoth(id, m_ru, m_en);
        runOutbox();
        const Model::Item original = m_archive->items().load(id).value();
        const qint64 ruPost = m_archive->publishing().remotePost(id, m_ru.id).value()->remoteId;
        const qint64 enPost = m_archive->publishing().remotePost(id, m_en.id).value()->remoteId;

        // …and a post written on the website by hand, with its own photo.
        const QString photoFile = Test::writeJpeg(m_temp->filePath(u"Саммит в Минске.jpg"_s), 640, 480, 77);
        const auto upload = siteUpload(photoFile, u"Участники саммита"_s);
        QVERIFY2(upload.isSuccess(), qPrintable(upload.error().detail));
        const qint64 mediaId = upload.json.object().value(u"id"_s).toInteger();
        const QString src = upload.json.object().value(u"source_url"_s).toString();
        const QString html =
            u"<!-- wp:paragraph -->\n<p>Первый <strong>абзац</strong> со <a href=\"https://odkb-csto.org/news/\">ссылкой</a>.</p>\n<!-- /wp:paragraph -->\n\n"
            "<!-- wp:image {\"id\":%1} -->\n<figure class=\"wp-block-image\"><img src=\"%2\" alt=\"\" class=\"wp-image-%1\"/><figcaption>Участники саммита</figcaption></figure>\n<!-- /wp:image -->\n\n"
            "<!-- wp:list -->\n<ul><li>пункт один</li><li>пункт <em>два</em></li></ul>\n<!-- /wp:list -->"_s.arg(mediaId).arg(src);
        const qint64 foreign = sitePost(u"Русский"_s, u"Саммит в Минске: «итоги»"_s, html,
                                        u"Лид с сайта."_s, mediaId, u"Минск"_s);
        QVERIFY(foreign > 0);

        Test::TempArchive other;
        QVERIFY(other.archive);
        Archive::Archive &b = *other.archive;
        Model::PublishTarget ru = m_ru, en = m_en;
        PRESS_VERIFY_RESULT(b.publishing().addTarget(ru));
        PRESS_VERIFY_RESULT(b.publishing().addTarget(en));

        Publish::PullReport report = pull(b, ru, {ruPost, foreign});
        QCOMPARE(report.posts, 2);
        QCOMPARE(report.created, 2);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        report = pull(b, en, {enPost});
        QCOMPARE(report.paired, 1); // the English post joins the item its mark names
        QCOMPARE(report.created, 0);

        // Ours: one item with the same UUID and both languages' texts exactly as published.
        const qint64 mine = b.items().resolve(original.uuid).value();
        const Model::Item pulled = b.items().load(mine).value();
        for (Language l : {Language::Ru, Language::En}) {
            QCOMPARE(pulled.text(l).title, original.text(l).title);
            QCOMPARE(pulled.text(l).lead, original.text(l).lead);
            QCOMPARE(pulled.text(l).body, original.text(l).body); // figures and the mark left out
        }
        QCOMPARE(pulled.section, original.section);
        QCOMPARE(pulled.photos.size(), 2);
        QVERIFY(pulled.photos.first().isCover);
        const Model::Photo cover = b.photos().load(pulled.photos.first().photoId).value();
        QCOMPARE(cover.captionRu, m_archive->photos().load(original.photos.first().photoId)->captionRu);

        // The site's own post: Markdown body, its photo as the cover with the caption, the tag.
        const qint64 siteItemId = b.publishing().itemForRemotePost(ru.id, foreign).value().value();
        const Model::Item site = b.items().load(siteItemId).value();
        QCOMPARE(site.ru.title, u"Саммит в Минске: «итоги»"_s);
        QCOMPARE(site.ru.lead, u"Лид с сайта."_s);
        QCOMPARE(site.ru.body, u"Первый **абзац** со [ссылкой](https://odkb-csto.org/news/).\n\n- пункт один\n- пункт *два*"_s);
        QVERIFY(site.en.isEmpty());
        QCOMPARE(site.sourceLanguage, Language::Ru);
        QCOMPARE(site.status, Model::ItemStatus::Published);
        QCOMPARE(site.photos.size(), 1);
        QVERIFY(site.photos.first().isCover);
        const Model::Photo photo = b.photos().load(site.photos.first().photoId).value();
        QCOMPARE(photo.captionRu, u"Участники саммита"_s);
        QFile uploaded(photoFile);
        QVERIFY(uploaded.open(QIODevice::ReadOnly));
        QCOMPARE(photo.sha256, QString::fromLatin1(QCryptographicHash::hash(uploaded.readAll(), QCryptographicHash::Sha256).toHex())); // the file as uploaded, byte for byte
        QCOMPARE(site.entityIds.size(), 1);
        QCOMPARE(b.entities().load(site.entityIds.first())->nameRu, u"Минск"_s);

        // Again: nothing new.
        report = pull(b, ru, {ruPost, foreign});
        QCOMPARE(report.unchanged, 2);
        QCOMPARE(report.created + report.updated, 0);
        QCOMPARE(b.items().count().value(), 2);
        QCOMPARE(b.photos().list()->size(), 3);

        // Changed on the site: the item is updated; the archive's text stays in its history.
        QTest::qWait(1100);
        QVERIFY(call([&](auto done) {
                    m_site->post(u"/wp/v2/posts/%1"_s.arg(foreign), {{u"title"_s, u"Саммит в Минске: итоги (уточнено)"_s}}, done);
                }).isSuccess());
        report = pull(b, ru, {}, nullptr, QDateTime::currentDateTimeUtc().addSecs(-600));
        QVERIFY(report.items.contains(siteItemId));
        QCOMPARE(b.items().load(siteItemId)->ru.title, u"Саммит в Минске: итоги (уточнено)"_s);
        const auto history = b.items().history(siteItemId, Language::Ru).value();
        QVERIFY(std::any_of(history.cbegin(), history.cend(),
                            [](const Model::Revision &r) { return r.title == u"Саммит в Минске: «итоги»"_s; }));
        // Posts the other tests made meanwhile come too, each once; ours are not made twice.
        const int items = b.items().count().value();
        QCOMPARE(items, 2 + report.created);

        // An English post the site does not link: a new item, which the user pairs by hand; later
        // pulls update the paired item.
        const qint64 english = sitePost(u"English"_s, u"Minsk summit: results"_s,
                                        u"<p>The summit ended.</p>"_s, QString(), 0, QString());
        report = pull(b, en, {english});
        QCOMPARE(report.created, 1);
        const qint64 englishItem = report.items.first();
        PRESS_VERIFY_RESULT(Archive::pairItems(b, siteItemId, englishItem));
        QVERIFY(!b.items().load(englishItem));
        const Model::Item paired = b.items().load(siteItemId).value();
        QCOMPARE(paired.en.title, u"Minsk summit: results"_s);
        QCOMPARE(paired.en.body, u"The summit ended."_s);
        QVERIFY(!paired.ru.title.isEmpty());
        // Pairing two items that both have Russian is refused, and changes nothing.
        QCOMPARE(Archive::pairItems(b, siteItemId, mine).error().code, ErrorCode::InvalidArgument);
        QTest::qWait(1100);
        QVERIFY(call([&](auto done) {
                    m_site->post(u"/wp/v2/posts/%1"_s.arg(english), {{u"title"_s, u"Minsk summit: the results"_s}}, done);
                }).isSuccess());
        report = pull(b, en, {english});
        QCOMPARE(report.updated, 1);
        QCOMPARE(b.items().load(siteItemId)->en.title, u"Minsk summit: the results"_s);
        QCOMPARE(b.items().count().value(), items);
    }

    void aConflictCanTakeTheSitesVersion()
    {
        const qint64 id = makeItem(0, 700);
        enqueueBoth(id, m_ru, m_en);
        runOutbox();
        const qint64 post = m_archive->publishing().remotePost(id, m_ru.id).value()->remoteId;
        const Model::Item before = m_archive->items().load(id).value();
        QTest::qWait(1100);
        QVERIFY(call([&](auto done) {
                    m_site->post(u"/wp/v2/posts/%1"_s.arg(post),
                                 {{u"content"_s, Text::markdownToCleanHtml(u"Текст, исправленный на сайте."_s)}}, done);
                }).isSuccess());
        enqueueBoth(id, m_ru, m_en);
        runOutbox();
        QCOMPARE(m_archive->publishing().jobs().value().at(1).errorCode, u"conflict"_s); // ru (newest: en)

        // The user takes the site's version: it becomes the item's text; ours stays a revision.
        const Publish::PullReport report = pull(*m_archive, m_ru, {post});
        QCOMPARE(report.updated, 1);
        const Model::Item after = m_archive->items().load(id).value();
        QCOMPARE(after.ru.body, u"Текст, исправленный на сайте."_s);
        QCOMPARE(after.ru.title, before.ru.title);
        QCOMPARE(after.en.body, before.en.body);
        const auto history = m_archive->items().history(id, Language::Ru).value();
        QVERIFY(std::any_of(history.cbegin(), history.cend(),
                            [&](const Model::Revision &r) { return r.body == before.ru.body; }));
        // Publishing again is no longer a conflict.
        enqueueBoth(id, m_ru, m_en);
        runOutbox();
        for (const auto &j : m_archive->publishing().jobs(false, 2).value())
            QVERIFY2(j.state == Model::JobState::Done, qPrintable(j.lastError));
    }

    void pullNeedsTheRightPassword()
    {
        Model::PublishTarget t = m_ru;
        Publish::WordPressClient client(m_network, peer().url, peer().user, u"wrongwrongwrongwrong"_s);
        Publish::WordPressPuller puller(*m_archive, t, client, {});
        QSignalSpy finished(&puller, &Publish::WordPressPuller::finished);
        puller.run();
        QVERIFY(finished.wait(20000));
        const Error e = finished.first().first().value<Error>();
        QCOMPARE(e.code, ErrorCode::Unauthorized);
        QVERIFY(e.detail.contains(u"401"_s));
        QCOMPARE(m_archive->items().count().value(), 0);
    }

    void bodiesFromWordPressHtml()
    {
        QList<qint64> media;
        // The classic editor keeps paragraphs as blank lines and captions as a shortcode.
        const QString classic = u"Первый абзац.\n\n[caption id=\"attachment_9\"]<img class=\"size-full wp-image-9\" src=\"x.jpg\"/> Подпись[/caption]\n\nВторой &laquo;абзац&raquo;."_s;
        QCOMPARE(Publish::WordPressPuller::bodyFromHtml(classic, &media), u"Первый абзац.\n\nВторой «абзац»."_s);
        QCOMPARE(media, QList<qint64>{9});
        // A figure without an image is text; a heading stays a heading.
        media.clear();
        QCOMPARE(Publish::WordPressPuller::bodyFromHtml(u"<h2>Итоги</h2><figure class=\"wp-block-pullquote\"><blockquote><p>Цитата</p></blockquote></figure>"_s, &media),
                 u"## Итоги\n\n> Цитата"_s);
        QVERIFY(media.isEmpty());
        const auto mark = Publish::WordPressPuller::markOf(u"<p>x</p>\n<!-- pressdesk:9B51C256-48e6-48e6-87be-9ae04b63b769:en -->"_s);
        QVERIFY(mark);
        QCOMPARE(mark->first, u"9b51c256-48e6-48e6-87be-9ae04b63b769"_s);
        QCOMPARE(mark->second, Language::En);
        QVERIFY(!Publish::WordPressPuller::markOf(u"<p>pressdesk:nothing</p>"_s));
    }
    void tlsCertificatesAreVerified()
    {
        // A self-signed certificate in front of the real peer (our proxy speaks HTTPS to us).
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                     u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                                     u"-subj"_s, u"/CN=intranet.example/O=Secretariat"_s,
                                     u"-keyout"_s, dir.filePath(u"key.pem"_s), u"-out"_s, dir.filePath(u"cert.pem"_s)});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        const auto certificates = QSslCertificate::fromPath(dir.filePath(u"cert.pem"_s));
        QCOMPARE(certificates.size(), 1);
        QFile keyFile(dir.filePath(u"key.pem"_s));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(keyFile.readAll(), QSsl::Ec);
        QVERIFY(!key.isNull());
        Test::FaultProxy https(peer().url);
        QVERIFY(https.listenTls(certificates.first(), key));
        QCOMPARE(https.url().scheme(), u"https"_s);
        const QString sha256 = QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex());

        const auto check = [&](const QString &trusted) {
            QNetworkAccessManager network; // no TLS session reuse between the cases
            Publish::WordPressClient client(network, https.url(), peer().user, peer().password);
            client.setTrustedCertificate(trusted);
            Result<Publish::ConnectionCheck> result = makeError(ErrorCode::Cancelled, QString());
            QEventLoop loop;
            Publish::checkConnection(client, [&](Result<Publish::ConnectionCheck> r) {
                result = std::move(r);
                loop.quit();
            });
            loop.exec();
            return result;
        };
        // Untrusted: refused, not retried, with the certificate's particulars and fingerprint.
        const auto refused = check(QString());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Rejected);
        QVERIFY2(refused.error().detail.contains(u"self-signed"_s, Qt::CaseInsensitive), qPrintable(refused.error().detail));
        QVERIFY2(refused.error().detail.contains(u"intranet.example"_s), qPrintable(refused.error().detail));
        QVERIFY2(refused.error().detail.contains(sha256), qPrintable(refused.error().detail));
        QCOMPARE(https.requestCount(), 0); // not a byte of the request was sent
        // Another certificate trusted: still refused.
        QVERIFY(!check(QString(64, u'a')));
        // This one trusted, as in the target's settings: connected, and a whole publication works.
        const auto accepted = check(sha256.toUpper());
        QVERIFY2(accepted, accepted ? "" : qPrintable(accepted.error().detail));
        QCOMPARE(accepted->userName, peer().user);

        Model::PublishTarget t;
        t.name = u"intranet"_s;
        t.baseUrl = https.url().toString();
        t.user = peer().user;
        t.language = Language::Ru;
        t.trustedCertificate = sha256;
        PRESS_VERIFY_RESULT(m_archive->publishing().addTarget(t));
        const qint64 id = makeItem(1, 800);
        Model::PublishJob job;
        job.itemId = id;
        job.targetId = t.id;
        PRESS_VERIFY_RESULT(m_archive->publishing().enqueue(job));
        runOutbox();
        const auto done = m_archive->publishing().job(job.id).value();
        QVERIFY2(done.state == Model::JobState::Done, qPrintable(done.lastError));
        QVERIFY(https.requestCount() > 3);
    }
    void aPullThatFailsHalfwayLosesNothing()
    {
        // Published from this archive, pulled into fresh ones through our proxy with a fault at
        // each step in turn: the pull stops with a temporary error, keeps what it had, and the
        // next pull completes it — one item, both photos, nothing twice.
        const qint64 id = makeItem(2, 900);
        enqueueBoth(id, m_ru, m_en);
        runOutbox();
        const qint64 ruPost = m_archive->publishing().remotePost(id, m_ru.id).value()->remoteId;
        const QString uuid = m_archive->items().load(id)->uuid;
        Test::FaultProxy proxy(peer().url);
        QVERIFY(proxy.listen());
        const auto freshArchive = [&](Model::PublishTarget &target) {
            auto temp = std::make_unique<Test::TempArchive>();
            target = m_ru;
            target.id = 0;
            target.baseUrl = proxy.url().toString();
            if (auto r = temp->archive->publishing().addTarget(target); !r)
                qWarning() << r.error().detail;
            return temp;
        };
        Model::PublishTarget clean;
        auto reference = freshArchive(clean);
        const int before = proxy.requestCount();
        Error first;
        (void)pull(*reference->archive, clean, {ruPost}, &first);
        QVERIFY2(Publish::isSuccess(first), qPrintable(first.detail));
        const int steps = proxy.requestCount() - before;
        QVERIFY2(steps >= 4, qPrintable(QString::number(steps)));
        int absorbed = 0;
        for (int step = 1; step <= steps; ++step) {
            for (Fault fault : {Fault::Status502, Fault::DropAfterForward}) {
                Model::PublishTarget target;
                auto temp = freshArchive(target);
                proxy.injectAt(step, fault);
                Error error;
                (void)pull(*temp->archive, target, {ruPost}, &error);
                proxy.clear();
                // A dropped connection after the server answered: Qt's HTTP stack sends the GET
                // again by itself, and the pull succeeds at once. A 502 stops it with a temporary
                // error.
                if (Publish::isSuccess(error))
                    ++absorbed;
                else
                    QCOMPARE(error.code, ErrorCode::Network);
                QVERIFY(temp->archive->items().count().value() <= 1);
                (void)pull(*temp->archive, target, {ruPost}, &error);
                QVERIFY2(Publish::isSuccess(error), qPrintable(error.detail));
                QCOMPARE(temp->archive->items().count().value(), 1);
                const Model::Item item = temp->archive->items().load(temp->archive->items().resolve(uuid).value()).value();
                QCOMPARE(item.photos.size(), 2);
                QCOMPARE(temp->archive->photos().list()->size(), 2);
                QCOMPARE(item.ru.title, m_archive->items().load(id)->ru.title);
            }
        }
        QVERIFY(absorbed <= steps); // every 502 reached the puller
    }
};

QTEST_MAIN(tst_WordPressPublish)
#include "tst_wordpresspublish.moc"
