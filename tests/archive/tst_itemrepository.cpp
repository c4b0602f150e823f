#include <archive/archive.h>
#include <archive/sql.h>
#include <support/testsupport.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;

class tst_ItemRepository final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempArchive> m_fx;

    Archive::ItemRepository &items() { return m_fx->archive->items(); }

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void init()
    {
        m_fx = std::make_unique<Test::TempArchive>();
        QVERIFY(m_fx->archive);
    }

    void cleanup() { m_fx.reset(); }

    void roundTripsText_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::newRow("cyrillic") << u"Встреча генсеков ОДКБ, СНГ и ШОС"_s
                                  << u"Стороны обменялись мнениями.\n\nВторой абзац."_s;
        QTest::newRow("apostrophes") << u"People's Republic of China"_s
                                     << u"It's the SCO's summit; 'quoted' and \"double\""_s;
        QTest::newRow("sql-looking") << u"'; DROP TABLE item; --"_s << u"%_\\ LIKE '%'"_s;
        QTest::newRow("emoji and ё") << u"Ёлка 🎄"_s << u"Всё ещё ёж"_s;
        QTest::newRow("empty body") << u"Только заголовок"_s << QString();
    }

    void roundTripsText()
    {
        QFETCH(QString, title);
        QFETCH(QString, body);
        Model::Item item = Test::makeItem(title, title, body, body);
        PRESS_VERIFY_RESULT(items().create(item));
        QVERIFY(item.id > 0);
        QCOMPARE(item.uuid.size(), 36);
        auto loaded = items().load(item.id);
        PRESS_VERIFY_RESULT(loaded);
        QCOMPARE(loaded->ru.title, title);
        QCOMPARE(loaded->ru.body, body);
        QCOMPARE(loaded->en.title, title);
        QCOMPARE(loaded->eventDate, QDate(2018, 6, 9));
        QCOMPARE(loaded->version, 1);
        QCOMPARE(loaded->uuid, item.uuid);
        QCOMPARE(items().resolve(item.uuid).value(), item.id);
        QCOMPARE(items().resolve(QString::number(item.id)).value(), item.id);
    }

    void textsAreStoredTrimmed()
    {
        Model::Item item = Test::makeItem(u"  Заголовок  "_s, u"Title\n"_s);
        PRESS_VERIFY_RESULT(items().create(item));
        QCOMPARE(items().load(item.id)->ru.title, u"Заголовок"_s);
    }

    void everyChangeAddsARevision()
    {
        m_fx->archive->clock().setFixedTime(QDateTime(QDate(2024, 7, 19), QTime(9, 0), Qt::UTC));
        Model::Item item = Test::makeItem(u"Первая версия"_s, u"First version"_s);
        PRESS_VERIFY_RESULT(items().create(item));
        QCOMPARE(items().history(item.id, std::nullopt)->size(), 2);

        m_fx->archive->clock().setFixedTime(QDateTime(QDate(2024, 7, 19), QTime(10, 0), Qt::UTC));
        item.ru.title = u"Вторая версия"_s;
        PRESS_VERIFY_RESULT(items().save(item));
        QCOMPARE(item.version, 2);

        // Saving without a change to the texts adds no revision.
        item.status = Model::ItemStatus::Ready;
        PRESS_VERIFY_RESULT(items().save(item));
        QCOMPARE(item.version, 3);

        auto ru = items().history(item.id, Language::Ru);
        PRESS_VERIFY_RESULT(ru);
        QCOMPARE(ru->size(), 2);
        QCOMPARE(ru->at(0).title, u"Первая версия"_s);
        QCOMPARE(ru->at(1).title, u"Вторая версия"_s);
        QCOMPARE(ru->at(1).savedAt, QDateTime(QDate(2024, 7, 19), QTime(10, 0), Qt::UTC));
        QCOMPARE(items().history(item.id, Language::En)->size(), 1);
        QCOMPARE(items().load(item.id)->status, Model::ItemStatus::Ready);
    }

    void emptyTextHasNoRevision()
    {
        Model::Item item = Test::makeItem(u"Только по-русски"_s, QString());
        PRESS_VERIFY_RESULT(items().create(item));
        QCOMPARE(items().history(item.id, Language::En)->size(), 0);
        QCOMPARE(items().load(item.id)->translationState(Language::En),
                 Model::TranslationState::Missing);
    }

    void outdatedWhenSourceChangesAfterDone()
    {
        Model::Item item = Test::makeItem(u"Заявление"_s, u"Statement"_s, u"Текст."_s,
                                          u"Text."_s);
        PRESS_VERIFY_RESULT(items().create(item));
        QCOMPARE(items().load(item.id)->translationState(Language::En),
                 Model::TranslationState::InProgress);

        PRESS_VERIFY_RESULT(items().markTranslationDone(item.id, Language::En));
        auto done = items().load(item.id);
        QCOMPARE(done->translationState(Language::En), Model::TranslationState::Done);

        // Editing the translation itself keeps it done...
        done->en.body = u"Text, polished."_s;
        PRESS_VERIFY_RESULT(items().save(*done));
        QCOMPARE(items().load(item.id)->translationState(Language::En),
                 Model::TranslationState::Done);

        // ...changing the source makes it outdated...
        auto edited = items().load(item.id);
        edited->ru.body = u"Текст с уточнением."_s;
        PRESS_VERIFY_RESULT(items().save(*edited));
        QCOMPARE(items().load(item.id)->translationState(Language::En),
                 Model::TranslationState::Outdated);

        // ...and marking it done again clears that.
        PRESS_VERIFY_RESULT(items().markTranslationDone(item.id, Language::En));
        QCOMPARE(items().load(item.id)->translationState(Language::En),
                 Model::TranslationState::Done);
    }

    void markDoneRefusesSourceAndEmpty()
    {
        Model::Item item = Test::makeItem(u"Заявление"_s, QString());
        PRESS_VERIFY_RESULT(items().create(item));
        auto source = items().markTranslationDone(item.id, Language::Ru);
        QCOMPARE(source.error().code, ErrorCode::InvalidArgument);
        auto empty = items().markTranslationDone(item.id, Language::En);
        QCOMPARE(empty.error().code, ErrorCode::InvalidArgument);
    }

    void concurrentSaveIsAConflict()
    {
        Model::Item item = Test::makeItem(u"Исходный"_s, u"Original"_s);
        PRESS_VERIFY_RESULT(items().create(item));
        Model::Item mine = *items().load(item.id);
        Model::Item theirs = *items().load(item.id);
        theirs.ru.title = u"Их правка"_s;
        PRESS_VERIFY_RESULT(items().save(theirs));
        mine.ru.title = u"Моя правка"_s;
        auto saved = items().save(mine);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Conflict);
        QCOMPARE(items().load(item.id)->ru.title, u"Их правка"_s);
    }

    void removeCascades()
    {
        Model::Item item = Test::makeItem(u"Удалить"_s, u"Delete"_s);
        PRESS_VERIFY_RESULT(items().create(item));
        PRESS_VERIFY_RESULT(items().remove(item.id));
        QCOMPARE(items().load(item.id).error().code, ErrorCode::NotFound);
        QCOMPARE(Archive::scalar(m_fx->archive->connection(),
                                 u"SELECT count(*) FROM revision WHERE item_id = ?"_s, {item.id})
                     ->toInt(),
                 0);
        QCOMPARE(items().remove(item.id).error().code, ErrorCode::NotFound);
    }

    void photoLinksKeepOrderAndOneCover()
    {
        QList<qint64> photoIds;
        for (int i = 0; i < 3; ++i) {
            const QString file = Test::writeJpeg(m_fx->filePath(u"фото-%1.jpg"_s.arg(i)), 64, 48, i);
            auto photo = m_fx->archive->addPhoto(file, {});
            PRESS_VERIFY_RESULT(photo);
            photoIds << photo->id;
        }
        Model::Item item = Test::makeItem(u"С фото"_s, u"With photos"_s);
        item.photos = {{photoIds[2], 0, false}, {photoIds[0], 0, true}, {photoIds[1], 0, true}};
        PRESS_VERIFY_RESULT(items().create(item));
        auto loaded = items().load(item.id);
        QCOMPARE(loaded->photos.size(), 3);
        QCOMPARE(loaded->photos[0].photoId, photoIds[2]);
        QCOMPARE(loaded->photos[1].photoId, photoIds[0]);
        QVERIFY(loaded->photos[1].isCover);
        QVERIFY(!loaded->photos[2].isCover); // only one cover survives
        QCOMPARE(m_fx->archive->photos().usage(photoIds[0]).value(), QList<qint64>{item.id});
        auto ordered = m_fx->archive->photos().forItem(item.id);
        QCOMPARE(ordered->at(0).id, photoIds[2]);
        QCOMPARE(ordered->at(0).originalName, u"фото-2.jpg"_s);
    }

    void entitiesFoundByAnyNameInAnyCase()
    {
        Model::Entity csto;
        csto.kind = Model::EntityKind::Organisation;
        csto.nameRu = u"Организация Договора о коллективной безопасности"_s;
        csto.nameEn = u"Collective Security Treaty Organization"_s;
        csto.shortRu = u"ОДКБ"_s;
        csto.shortEn = u"CSTO"_s;
        PRESS_VERIFY_RESULT(m_fx->archive->entities().add(csto));
        for (const QString &name : {u"одкб"_s, u"CSTO"_s, u"csto"_s,
                                    u"collective security treaty organization"_s}) {
            auto found = m_fx->archive->entities().findByName(name);
            PRESS_VERIFY_RESULT(found);
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->first().uuid, csto.uuid);
        }
        QVERIFY(m_fx->archive->entities().findByName(u"ШОС"_s)->isEmpty());

        Model::Item item = Test::makeItem(u"Сессия"_s, u"Session"_s);
        item.entityIds = {csto.id};
        PRESS_VERIFY_RESULT(items().create(item));
        QCOMPARE(m_fx->archive->entities().forItem(item.id)->first().label(Language::En), u"CSTO"_s);
    }

    void likePatternsAreEscaped()
    {
        QCOMPARE(Archive::escapeLike(u"100%_done\\"_s), u"100\\%\\_done\\\\"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ItemRepository)
#include "tst_itemrepository.moc"
