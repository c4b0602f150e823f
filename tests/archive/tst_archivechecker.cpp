// `check` finds what is wrong with an archive, one kind of damage at a time, and finds nothing
// wrong with a healthy one.
#include <archive/archive.h>
#include <archive/archivechecker.h>
#include <archive/sql.h>
#include <demo/demoarchive.h>
#include <support/testsupport.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;

class tst_ArchiveChecker final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Archive::Archive> m_archive;

    QList<Archive::Problem> problems()
    {
        auto result = Archive::checkArchive(*m_archive);
        if (!result) {
            QTest::qFail(qPrintable(result.error().detail), __FILE__, __LINE__);
            return {};
        }
        return *result;
    }

    void execSql(const QString &sql)
    {
        // Some damage needs the constraints out of the way.
        PRESS_VERIFY_RESULT(Archive::run(m_archive->connection(), u"PRAGMA foreign_keys = OFF"_s));
        PRESS_VERIFY_RESULT(Archive::run(m_archive->connection(), sql));
        PRESS_VERIFY_RESULT(Archive::run(m_archive->connection(), u"PRAGMA foreign_keys = ON"_s));
    }

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        auto archive = Demo::createDemoArchive(m_tmp->filePath(u"demo"_s));
        PRESS_VERIFY_RESULT(archive);
        m_archive = std::move(*archive);
    }

    void cleanup()
    {
        m_archive.reset();
        m_tmp.reset();
    }

    void healthyArchiveHasNoProblems()
    {
        const auto found = problems();
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).message));
    }

    void findsDamage_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("check");
        QTest::addColumn<bool>("isError");
        QTest::newRow("text edited behind our back")
            << u"sql:UPDATE item_text SET title = 'Подмена' WHERE item_id = 1 AND lang = 'ru'"_s
            << u"text"_s << true;
        QTest::newRow("revision lost")
            << u"sql:DELETE FROM revision WHERE item_id = 2 AND lang = 'en'"_s << u"revision"_s
            << true;
        QTest::newRow("source marked as translation")
            << u"sql:UPDATE item_text SET translated_from_hash = 'x' WHERE item_id = 1 AND lang = 'ru'"_s
            << u"text"_s << true;
        QTest::newRow("stale stored translation state")
            << u"sql:UPDATE item_text SET state = 'done' WHERE item_id = 13 AND lang = 'en'"_s
            << u"text"_s << true;
        QTest::newRow("unknown section") << u"sql:UPDATE item SET section = 'gossip' WHERE id = 3"_s
                                         << u"item"_s << true;
        QTest::newRow("text row missing")
            << u"sql:DELETE FROM item_text WHERE item_id = 4 AND lang = 'en'"_s << u"item"_s << true;
        QTest::newRow("dangling photo link")
            << u"sql:INSERT INTO item_photo VALUES (1, 9999, 5, 0)"_s << u"foreign-keys"_s << true;
        QTest::newRow("stored photo count wrong")
            << u"sql:UPDATE item SET photo_count = 7 WHERE id = 2"_s << u"photo-links"_s << true;
        QTest::newRow("search index row lost")
            << u"sql:DELETE FROM search WHERE rowid = 5"_s << u"search-index"_s << true;
        QTest::newRow("search index stale")
            << u"sql:UPDATE search SET body_en = 'nothing' WHERE rowid = 6"_s << u"search-index"_s
            << true;
        QTest::newRow("media file missing") << u"media:delete"_s << u"media"_s << true;
        QTest::newRow("media file damaged") << u"media:flip"_s << u"media"_s << true;
        QTest::newRow("stray media file") << u"media:stray"_s << u"media"_s << false;
    }

    void findsDamage()
    {
        QFETCH(QString, damage);
        QFETCH(QString, check);
        QFETCH(bool, isError);
        if (damage.startsWith(u"sql:")) {
            execSql(damage.mid(4));
        } else {
            const QString sha = m_archive->photos().list()->first().sha256;
            const QString path = m_archive->media().pathFor(sha);
            if (damage == u"media:delete") {
                QVERIFY(QFile::remove(path));
            } else if (damage == u"media:flip") {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                f.seek(200);
                f.write("X");
            } else {
                PRESS_VERIFY_RESULT(m_archive->media().addData("stray bytes"));
            }
        }
        const auto found = problems();
        QVERIFY2(!found.isEmpty(), "the damage went unnoticed");
        bool matched = false;
        for (const Archive::Problem &p : found) {
            if (p.check == check
                && (p.severity == Archive::Problem::Severity::Error) == isError)
                matched = true;
        }
        QVERIFY2(matched, qPrintable(found.first().check + u": "_s + found.first().message));
    }

    void quickCheckSkipsHashing()
    {
        const QString sha = m_archive->photos().list()->first().sha256;
        QFile f(m_archive->media().pathFor(sha));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write("Y");
        f.close();
        Archive::CheckOptions quick;
        quick.hashMedia = false;
        QVERIFY(Archive::checkArchive(*m_archive, quick)->isEmpty());
        QVERIFY(!Archive::checkArchive(*m_archive)->isEmpty());
    }

    void corruptPageIsAnIntegrityError()
    {
        const QString path = m_archive->databasePath();
        PRESS_VERIFY_RESULT(m_archive->database().checkpoint());
        m_archive.reset();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // Scribble over the middle of the file, leaving the header intact.
        const qint64 size = f.size();
        f.seek(size / 2);
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        auto archive = Archive::Archive::open(path.left(path.lastIndexOf(u'/')));
        if (!archive) {
            QCOMPARE(archive.error().code, ErrorCode::ArchiveCorrupt);
            return;
        }
        m_archive = std::move(*archive);
        auto result = Archive::checkArchive(*m_archive);
        if (!result) {
            QCOMPARE(result.error().code, ErrorCode::ArchiveCorrupt);
            return;
        }
        QVERIFY(!result->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ArchiveChecker)
#include "tst_archivechecker.moc"
