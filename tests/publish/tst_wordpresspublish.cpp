// Publishing to a real WordPress (the peer started by scripts/test.sh: Debian's wordpress,
// MariaDB, php -S on 127.0.0.1), read back over its REST API; and with a fault-injecting proxy
// of our own in between, a fault at every step of a bilingual item with five photos.
#include <archive/archive.h>
#include <publish/outboxrunner.h>
#include <publish/wordpressclient.h>
#include <publish/wordpresspublisher.h>
#include <support/faultproxy.h>
#include <support/testsupport.h>
#include <text/bodyformat.h>
#include <text/localizedlabels.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
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
};

QTEST_MAIN(tst_WordPressPublish)
#include "tst_wordpresspublish.moc"
