// Opening archives that are damaged, foreign, too new, locked or read-only: each gives a clear
// error code, and none of them is modified by the attempt.
#include <archive/archive.h>
#include <archive/migrations.h>
#include <archive/sql.h>
#include <support/testsupport.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;

class tst_Database final : public QObject
{
    Q_OBJECT

private:
    QString m_dir;
    std::unique_ptr<QTemporaryDir> m_tmp;

    QString dbPath() const { return m_dir + u"/archive.sqlite"_s; }

    void makeArchiveWithItem()
    {
        auto archive = Test::createArchive(m_dir);
        QVERIFY(archive);
        Model::Item item = Test::makeItem(u"Заседание"_s, u"Session"_s);
        PRESS_VERIFY_RESULT(archive->items().create(item));
        PRESS_VERIFY_RESULT(archive->database().checkpoint());
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_dir = m_tmp->filePath(u"Архив прессы"_s);
    }

    void cleanup()
    {
        // Restore permissions so QTemporaryDir can clean up.
        QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                         | QFileDevice::ExeOwner);
        QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_tmp.reset();
    }

    void createdArchiveHasPragmas()
    {
        auto archive = Test::createArchive(m_dir);
        QVERIFY(archive);
        const QSqlDatabase db = archive->connection();
        QCOMPARE(Archive::scalar(db, u"PRAGMA journal_mode"_s)->toString(), u"wal"_s);
        QCOMPARE(Archive::scalar(db, u"PRAGMA foreign_keys"_s)->toInt(), 1);
        QCOMPARE(Archive::scalar(db, u"PRAGMA user_version"_s)->toInt(),
                 Archive::Migrations::latestVersion());
        QCOMPARE(Archive::scalar(db, u"PRAGMA application_id"_s)->toInt(),
                 Archive::Migrations::kApplicationId);
        QVERIFY(QFileInfo(m_dir + u"/media"_s).isDir());
        QVERIFY(!archive->metaValue(u"archive_uuid"_s)->isEmpty());
    }

    void damagedFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<Press::ErrorCode>("expected");
        QTest::newRow("empty file") << u"empty"_s << ErrorCode::ArchiveCorrupt;
        QTest::newRow("text file") << u"text"_s << ErrorCode::ArchiveCorrupt;
        QTest::newRow("truncated") << u"truncate"_s << ErrorCode::ArchiveCorrupt;
        QTest::newRow("header only") << u"header"_s << ErrorCode::ArchiveCorrupt;
        QTest::newRow("another program's database") << u"foreign"_s << ErrorCode::NotAnArchive;
        QTest::newRow("newer version") << u"newer"_s << ErrorCode::ArchiveTooNew;
    }

    void damagedFilesAreRefusedUntouched()
    {
        QFETCH(QString, damage);
        QFETCH(Press::ErrorCode, expected);
        makeArchiveWithItem();
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        QVERIFY(original.size() > 8192);

        if (damage == u"empty") {
            writeFile(dbPath(), {});
        } else if (damage == u"text") {
            writeFile(dbPath(), "This is not a database, it is a press release.\n");
        } else if (damage == u"truncate") {
            writeFile(dbPath(), original.left(original.size() / 2));
        } else if (damage == u"header") {
            writeFile(dbPath(), original.left(100));
        } else if (damage == u"foreign") {
            QFile::remove(dbPath());
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
                db.setDatabaseName(dbPath());
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"_s));
                QVERIFY(q.exec(u"INSERT INTO moz_places (url) VALUES ('https://example.org')"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(u"foreign"_s);
        } else if (damage == u"newer") {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
                db.setDatabaseName(dbPath());
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
                QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(u"newer"_s);
        }
        const QByteArray before = Test::fileHash(dbPath());

        auto archive = Archive::Archive::open(m_dir);
        QVERIFY(!archive);
        QCOMPARE(archive.error().code, expected);
        QVERIFY(!archive.error().detail.isEmpty());
        QCOMPARE(Test::fileHash(dbPath()), before);
    }

    void folderWithoutDatabaseIsNotAnArchive()
    {
        QVERIFY(QDir().mkpath(m_dir));
        auto archive = Archive::Archive::open(m_dir);
        QVERIFY(!archive);
        QCOMPARE(archive.error().code, ErrorCode::NotAnArchive);
        auto missing = Archive::Archive::open(m_dir + u"/nowhere"_s);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void createRefusesNonEmptyFolder()
    {
        QVERIFY(QDir().mkpath(m_dir));
        writeFile(m_dir + u"/notes.txt"_s, "my notes");
        auto archive = Archive::Archive::create(m_dir);
        QVERIFY(!archive);
        QCOMPARE(archive.error().code, ErrorCode::NotAnArchive);
        QVERIFY(!QFile::exists(dbPath()));
        QVERIFY(QFile::exists(m_dir + u"/notes.txt"_s));
    }

    void createRefusesExistingArchive()
    {
        makeArchiveWithItem();
        auto again = Archive::Archive::create(m_dir);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    }

    void lockedArchiveIsReportedAndUntouched()
    {
        makeArchiveWithItem();
        const QByteArray before = Test::fileHash(dbPath());
        // Another program holds the database exclusively (locking_mode EXCLUSIVE keeps even
        // readers out in WAL mode).
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
            other.setDatabaseName(dbPath());
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
            QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
            QVERIFY(q.exec(u"SELECT count(*) FROM item"_s));

            Archive::OpenOptions options;
            options.busyTimeoutMs = 100;
            auto archive = Archive::Archive::open(m_dir, options);
            QVERIFY(!archive);
            QCOMPARE(archive.error().code, ErrorCode::ArchiveLocked);
            QVERIFY(q.exec(u"ROLLBACK"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"locker"_s);
        QCOMPARE(Test::fileHash(dbPath()), before);
        auto archive = Archive::Archive::open(m_dir);
        PRESS_VERIFY_RESULT(archive);
    }

    void saveWhileAnotherWriterHoldsTheLock()
    {
        makeArchiveWithItem();
        Archive::OpenOptions options;
        options.busyTimeoutMs = 100;
        auto archive = Archive::Archive::open(m_dir, options);
        PRESS_VERIFY_RESULT(archive);
        auto item = (*archive)->items().load(1);
        PRESS_VERIFY_RESULT(item);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
            other.setDatabaseName(dbPath());
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
            item->ru.title = u"Новый заголовок"_s;
            auto saved = (*archive)->items().save(*item);
            QVERIFY(!saved);
            QCOMPARE(saved.error().code, ErrorCode::ArchiveLocked);
            QVERIFY(q.exec(u"ROLLBACK"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"writer"_s);
        QCOMPARE((*archive)->items().load(1)->ru.title, u"Заседание"_s);
        // Once the other writer is gone the same save goes through.
        PRESS_VERIFY_RESULT((*archive)->items().save(*item));
    }

    void readOnlyArchiveOpensForReadingOnly()
    {
        makeArchiveWithItem();
        QVERIFY(QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                                    | QFileDevice::ReadOther));
        const QByteArray before = Test::fileHash(dbPath());
        auto archive = Archive::Archive::open(m_dir);
        PRESS_VERIFY_RESULT(archive);
        QVERIFY((*archive)->isReadOnly());
        auto item = (*archive)->items().load(1);
        PRESS_VERIFY_RESULT(item);
        QCOMPARE(item->ru.title, u"Заседание"_s);
        item->ru.title = u"Попытка записи"_s;
        auto saved = (*archive)->items().save(*item);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::ArchiveReadOnly);
        archive->reset();
        QCOMPARE(Test::fileHash(dbPath()), before);
    }

    void readOnlyFolderOpensForReadingOnly()
    {
        makeArchiveWithItem();
        QVERIFY(QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        auto archive = Archive::Archive::open(m_dir);
        PRESS_VERIFY_RESULT(archive);
        QVERIFY((*archive)->isReadOnly());
        QCOMPARE((*archive)->items().count().value(), 1);
    }

    void explicitReadOnlyNeverWrites()
    {
        makeArchiveWithItem();
        const QByteArray before = Test::fileHash(dbPath());
        Archive::OpenOptions options;
        options.readOnly = true;
        auto archive = Archive::Archive::open(m_dir, options);
        PRESS_VERIFY_RESULT(archive);
        Model::Item item = Test::makeItem(u"Новая"_s, u"New"_s);
        auto created = (*archive)->items().create(item);
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::ArchiveReadOnly);
        archive->reset();
        QCOMPARE(Test::fileHash(dbPath()), before);
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
