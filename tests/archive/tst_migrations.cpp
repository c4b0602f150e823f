// Upgrading an archive written by schema version 1 (tests/data/archive-v1.sqlite, never modified
// in place: each test works on a copy).
#include <archive/archive.h>
#include <archive/archivechecker.h>
#include <archive/migrations.h>
#include <archive/sql.h>
#include <support/testsupport.h>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;

class tst_Migrations final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir;

    void copyFixture()
    {
        QVERIFY(QDir().mkpath(m_dir));
        QVERIFY(QFile::copy(QStringLiteral(PRESS_TEST_DATA_DIR "/archive-v1.sqlite"),
                            m_dir + u"/archive.sqlite"_s));
        QVERIFY(QFile::setPermissions(m_dir + u"/archive.sqlite"_s,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_dir = m_tmp->filePath(u"v1"_s);
        copyFixture();
    }

    void upgradesVersion1()
    {
        auto archive = Archive::Archive::open(m_dir);
        PRESS_VERIFY_RESULT(archive);
        Archive::Archive &a = **archive;
        QCOMPARE(a.database().userVersion().value(), Archive::Migrations::latestVersion());
        QCOMPARE(a.items().count().value(), 2);

        auto item = a.items().load(1);
        PRESS_VERIFY_RESULT(item);
        QCOMPARE(item->version, 1);
        QCOMPARE(item->ru.title, u"Встреча в Циндао"_s);
        QCOMPARE(item->en.body, u"The parties' views were exchanged."_s);
        QCOMPARE(item->translationState(Language::En), Model::TranslationState::Done);
        // Version 1 allowed two covers; the upgrade keeps the first.
        QCOMPARE(item->photos.size(), 2);
        QVERIFY(item->photos.at(0).isCover);
        QVERIFY(!item->photos.at(1).isCover);

        // The stored state (migration 4) agrees with the rule.
        QCOMPARE(Archive::scalar(a.connection(),
                                 u"SELECT state FROM item_text WHERE item_id = 1 AND lang = 'en'"_s)
                     ->toString(),
                 u"done"_s);
        auto second = a.items().load(2);
        QCOMPARE(second->translationState(Language::En), Model::TranslationState::Missing);

        auto entity = a.entities().load(1);
        PRESS_VERIFY_RESULT(entity);
        QCOMPARE(entity->nameRu, u"ОДКБ"_s);
        QCOMPARE(entity->shortRu, QString());

        // Everything but the media files (the fixture carries none) is consistent.
        Archive::CheckOptions options;
        options.hashMedia = false;
        auto problems = Archive::checkArchive(a, options);
        PRESS_VERIFY_RESULT(problems);
        for (const Archive::Problem &p : *problems)
            QVERIFY2(p.check == u"media", qPrintable(p.check + u": "_s + p.message));

        // The upgraded archive takes new saves.
        item->ru.title = u"Встреча в Циндао (исправлено)"_s;
        PRESS_VERIFY_RESULT(a.items().save(*item));
        QCOMPARE(a.items().load(1)->version, 2);
    }

    void failedStepLeavesThePreviousVersion()
    {
        // Make step 2 fail half-way: an index with the name it is about to create.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"sabotage"_s);
            db.setDatabaseName(m_dir + u"/archive.sqlite"_s);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE INDEX item_updated ON item(created_at)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"sabotage"_s);

        auto archive = Archive::Archive::open(m_dir);
        QVERIFY(!archive);
        QCOMPARE(archive.error().code, ErrorCode::Database);

        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(m_dir + u"/archive.sqlite"_s);
        QVERIFY(db.open());
        QCOMPARE(Archive::scalar(db, u"PRAGMA user_version"_s)->toInt(), 1);
        // The columns step 2 added before failing were rolled back with it.
        auto columns = Archive::run(db, u"SELECT name FROM pragma_table_info('item')"_s);
        PRESS_VERIFY_RESULT(columns);
        QStringList names;
        while (columns->next())
            names << columns->value(0).toString();
        QVERIFY2(!names.contains(u"version"_s), qPrintable(names.join(u',')));
        columns->finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"inspect"_s);
    }

    void readOnlyOldArchiveIsNotUpgraded()
    {
        QVERIFY(QFile::setPermissions(m_dir + u"/archive.sqlite"_s, QFileDevice::ReadOwner));
        const QByteArray before = Test::fileHash(m_dir + u"/archive.sqlite"_s);
        auto archive = Archive::Archive::open(m_dir);
        QVERIFY(!archive);
        QCOMPARE(archive.error().code, ErrorCode::ArchiveReadOnly);
        QCOMPARE(Test::fileHash(m_dir + u"/archive.sqlite"_s), before);
    }
};

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
