// The JSON archive: export → import → export is byte-identical (JSON and media), and every kind
// of malformed file is refused with a message naming the problem, changing nothing.
#include <archive/archive.h>
#include <archive/archivechecker.h>
#include <demo/demoarchive.h>
#include <exchange/jsonexporter.h>
#include <exchange/jsonimporter.h>
#include <support/testsupport.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {

QMap<QString, QByteArray> treeHashes(const QString &dir)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        hashes.insert(QDir(dir).relativeFilePath(path), Test::fileHash(path));
    }
    return hashes;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}

} // namespace

class tst_JsonExchange final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Archive::Archive> m_demo;
    QString m_export;

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        auto demo = Demo::createDemoArchive(m_tmp->filePath(u"demo"_s));
        PRESS_VERIFY_RESULT(demo);
        m_demo = std::move(*demo);
        m_export = m_tmp->filePath(u"export"_s);
        auto report = Exchange::JsonExporter(*m_demo).exportTo(m_export);
        PRESS_VERIFY_RESULT(report);
        QCOMPARE(report->items, 34);
    }

    void cleanup()
    {
        m_demo.reset();
        m_tmp.reset();
    }

    void roundTripIsLossless()
    {
        auto target = Test::createArchive(m_tmp->filePath(u"Новый архив"_s));
        QVERIFY(target);
        auto imported = Exchange::JsonImporter(*target).importFrom(m_export);
        PRESS_VERIFY_RESULT(imported);
        QCOMPARE(imported->itemsAdded, 34);
        QCOMPARE(imported->photosAdded, m_demo->photos().list()->size());
        QCOMPARE(imported->entitiesAdded, m_demo->entities().list()->size());

        const QString again = m_tmp->filePath(u"export-again"_s);
        PRESS_VERIFY_RESULT(Exchange::JsonExporter(*target).exportTo(again));
        const auto first = treeHashes(m_export);
        QCOMPARE(treeHashes(again), first);
        QVERIFY(first.size() > 10);

        // The copy is a healthy archive with the same states and history.
        QVERIFY(Archive::checkArchive(*target)->isEmpty());
        auto uuidOf = [](Archive::Archive &a, qint64 id) { return a.items().load(id)->uuid; };
        for (qint64 id : m_demo->items().ids().value()) {
            const Model::Item original = *m_demo->items().load(id);
            const qint64 copyId = target->items().resolve(uuidOf(*m_demo, id)).value();
            const Model::Item copy = *target->items().load(copyId);
            QCOMPARE(copy.ru.title, original.ru.title);
            QCOMPARE(copy.translationState(Language::En), original.translationState(Language::En));
            QCOMPARE(copy.updatedAt, original.updatedAt);
            QCOMPARE(target->items().history(copyId, std::nullopt)->size(),
                     m_demo->items().history(id, std::nullopt)->size());
        }
    }

    void secondImportSkipsWhatIsThere()
    {
        auto target = Test::createArchive(m_tmp->filePath(u"target"_s));
        QVERIFY(target);
        PRESS_VERIFY_RESULT(Exchange::JsonImporter(*target).importFrom(m_export));
        auto again = Exchange::JsonImporter(*target).importFrom(m_export + u"/archive.json"_s);
        PRESS_VERIFY_RESULT(again);
        QCOMPARE(again->itemsAdded, 0);
        QCOMPARE(again->itemsSkipped, 34);
        QCOMPARE(again->photosReused, m_demo->photos().list()->size());
        QCOMPARE(target->items().count().value(), 34);
    }

    void exportRefusesNonEmptyFolder()
    {
        const auto before = treeHashes(m_export);
        auto r = Exchange::JsonExporter(*m_demo).exportTo(m_export);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(treeHashes(m_export), before); // the earlier export is untouched
    }

    void failedExportLeavesNothing()
    {
        const QString sha = m_demo->photos().list()->first().sha256;
        QVERIFY(QFile::remove(m_demo->media().pathFor(sha)));
        const QString dest = m_tmp->filePath(u"incomplete"_s);
        auto r = Exchange::JsonExporter(*m_demo).exportTo(dest);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY(!QFileInfo::exists(dest));
    }

    void malformedInputChangesNothing_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<Press::ErrorCode>("expected");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not JSON") << u"garbage"_s << ErrorCode::Format << u"not valid JSON"_s;
        QTest::newRow("JSON array") << u"array"_s << ErrorCode::Format << u"expected a JSON object"_s;
        QTest::newRow("other format") << u"format"_s << ErrorCode::Format << u"not a PressDesk"_s;
        QTest::newRow("future version") << u"version"_s << ErrorCode::Unsupported << u"formatVersion"_s;
        QTest::newRow("item without texts") << u"no-texts"_s << ErrorCode::Format << u"items[3].texts"_s;
        QTest::newRow("bad uuid") << u"bad-uuid"_s << ErrorCode::Format << u"items[0].uuid"_s;
        QTest::newRow("unknown section") << u"section"_s << ErrorCode::Format << u"unknown section"_s;
        QTest::newRow("bad date") << u"date"_s << ErrorCode::Format << u"eventDate"_s;
        QTest::newRow("title is a number") << u"title-number"_s << ErrorCode::Format << u"title"_s;
        QTest::newRow("dangling entity") << u"entity-ref"_s << ErrorCode::Format << u"entities[0]"_s;
        QTest::newRow("dangling photo") << u"photo-ref"_s << ErrorCode::Format << u"photos[0]"_s;
        QTest::newRow("duplicate item") << u"duplicate"_s << ErrorCode::Format << u"appears twice"_s;
        QTest::newRow("missing media file") << u"media-missing"_s << ErrorCode::Format << u"photo"_s;
        QTest::newRow("damaged media file") << u"media-damaged"_s << ErrorCode::Format << u"SHA-256"_s;
        QTest::newRow("path escapes folder") << u"media-path"_s << ErrorCode::Format << u"inside"_s;
        QTest::newRow("no file") << u"nothing"_s << ErrorCode::NotFound << u"archive.json"_s;
    }

    void malformedInputChangesNothing()
    {
        QFETCH(QString, mutation);
        QFETCH(Press::ErrorCode, expected);
        QFETCH(QString, mentions);
        const QString json = m_export + u"/archive.json"_s;
        QJsonObject root = readJson(json);
        QJsonArray items = root[u"items"_s].toArray();
        auto editItem = [&](int i, auto &&edit) {
            QJsonObject o = items[i].toObject();
            edit(o);
            items[i] = o;
            root[u"items"_s] = items;
        };
        if (mutation == u"garbage") {
            QFile f(json);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{\"format\": \"pressdesk-archive\", \"items\": [");
        } else if (mutation == u"array") {
            QFile f(json);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("[1, 2, 3]");
        } else if (mutation == u"nothing") {
            QVERIFY(QFile::remove(json));
        } else if (mutation.startsWith(u"media-")) {
            const QJsonObject photo = root[u"photos"_s].toArray().first().toObject();
            const QString file = m_export + u'/' + photo[u"file"_s].toString();
            if (mutation == u"media-missing") {
                QVERIFY(QFile::remove(file));
            } else if (mutation == u"media-damaged") {
                QFile f(file);
                QVERIFY(f.open(QIODevice::Append));
                f.write("extra");
            } else {
                QJsonArray photos = root[u"photos"_s].toArray();
                QJsonObject p = photos[0].toObject();
                p[u"file"_s] = u"../../etc/passwd"_s;
                photos[0] = p;
                root[u"photos"_s] = photos;
                writeJson(json, root);
            }
        } else {
            if (mutation == u"format")
                root[u"format"_s] = u"wordpress-wxr"_s;
            else if (mutation == u"version")
                root[u"formatVersion"_s] = 99;
            else if (mutation == u"no-texts")
                editItem(3, [](QJsonObject &o) { o.remove(u"texts"_s); });
            else if (mutation == u"bad-uuid")
                editItem(0, [](QJsonObject &o) { o[u"uuid"_s] = u"not-a-uuid"_s; });
            else if (mutation == u"section")
                editItem(5, [](QJsonObject &o) { o[u"section"_s] = u"gossip"_s; });
            else if (mutation == u"date")
                editItem(6, [](QJsonObject &o) { o[u"eventDate"_s] = u"2018-13-45"_s; });
            else if (mutation == u"title-number")
                editItem(7, [](QJsonObject &o) {
                    QJsonObject texts = o[u"texts"_s].toObject();
                    QJsonObject ru = texts[u"ru"_s].toObject();
                    ru[u"title"_s] = 42;
                    texts[u"ru"_s] = ru;
                    o[u"texts"_s] = texts;
                });
            else if (mutation == u"entity-ref")
                editItem(0, [](QJsonObject &o) {
                    o[u"entities"_s] = QJsonArray{u"00000000-0000-4000-8000-000000000000"_s};
                });
            else if (mutation == u"photo-ref")
                editItem(0, [](QJsonObject &o) {
                    o[u"photos"_s] = QJsonArray{QJsonObject{{u"sha256"_s, QString(64, u'0')},
                                                            {u"cover"_s, true}}};
                });
            else if (mutation == u"duplicate") {
                items.append(items[2]);
                root[u"items"_s] = items;
            }
            writeJson(json, root);
        }

        auto target = Test::createArchive(m_tmp->filePath(u"target"_s));
        QVERIFY(target);
        // Something already there must survive a failed import untouched.
        Model::Item mine = Test::makeItem(u"Моя заметка"_s, u"My note"_s);
        PRESS_VERIFY_RESULT(target->items().create(mine));
        const QString dbBefore = target->databasePath();

        auto r = Exchange::JsonImporter(*target).importFrom(m_export);
        QVERIFY(!r);
        QCOMPARE(r.error().code, expected);
        QVERIFY2(r.error().detail.contains(mentions), qPrintable(r.error().detail));
        QCOMPARE(target->items().count().value(), 1);
        QCOMPARE(target->items().load(mine.id)->ru.title, u"Моя заметка"_s);
        QVERIFY(target->photos().list()->isEmpty());
        QVERIFY(target->entities().list()->isEmpty());
        QVERIFY(target->media().storedHashes().isEmpty());
        QVERIFY(Archive::checkArchive(*target)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_JsonExchange)
#include "tst_jsonexchange.moc"
