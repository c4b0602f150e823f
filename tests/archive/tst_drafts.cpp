// Editor drafts: what was typed since the last save, kept in the archive for crash recovery.
#include <archive/archive.h>
#include <support/testsupport.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;

class tst_Drafts final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempArchive> m_fx;
    Archive::Archive &archive() { return *m_fx->archive; }

private slots:
    void initTestCase() { Test::initTestEnvironment(); }
    void init() { m_fx = std::make_unique<Test::TempArchive>(); }
    void cleanup() { m_fx.reset(); }

    void saveLoadReplaceRemove()
    {
        Model::Item item = Test::makeItem(u"Заголовок"_s, u"Title"_s, u"Текст."_s, u"Text."_s);
        PRESS_VERIFY_RESULT(archive().items().create(item));
        auto none = archive().drafts().load(item.id);
        PRESS_VERIFY_RESULT(none);
        QVERIFY(!*none);

        Model::Item edited = item;
        edited.ru.body = u"Текст с **правкой** и «кавычками».\n\nВторой абзац."_s;
        edited.en.title = u"Title, edited"_s;
        edited.section = Model::Section::Statement;
        edited.eventDate = QDate(2018, 6, 9);
        edited.entityIds = {};
        PRESS_VERIFY_RESULT(archive().drafts().save(edited, item.version));
        auto draft = archive().drafts().load(item.id);
        PRESS_VERIFY_RESULT(draft);
        QVERIFY(*draft);
        QCOMPARE((*draft)->baseVersion, item.version);
        QCOMPARE((*draft)->content.ru.body, edited.ru.body);
        QCOMPARE((*draft)->content.en.title, edited.en.title);
        QCOMPARE((*draft)->content.section, Model::Section::Statement);
        QCOMPARE((*draft)->content.eventDate, QDate(2018, 6, 9));
        // The item itself is untouched: a draft is not a save.
        QCOMPARE(archive().items().load(item.id)->ru.body, item.ru.body);
        QCOMPARE(archive().items().history(item.id, Language::Ru)->size(), 1);

        edited.ru.title = u"Ещё правка"_s;
        PRESS_VERIFY_RESULT(archive().drafts().save(edited, item.version));
        QCOMPARE(archive().drafts().list()->size(), 1);
        QCOMPARE(archive().drafts().list()->constFirst().content.ru.title, u"Ещё правка"_s);

        PRESS_VERIFY_RESULT(archive().drafts().remove(item.id));
        QVERIFY(!*archive().drafts().load(item.id));
    }

    void deletingTheItemDeletesItsDraft()
    {
        Model::Item item = Test::makeItem(u"А"_s, u"A"_s);
        PRESS_VERIFY_RESULT(archive().items().create(item));
        PRESS_VERIFY_RESULT(archive().drafts().save(item, item.version));
        PRESS_VERIFY_RESULT(archive().items().remove(item.id));
        QVERIFY(archive().drafts().list()->isEmpty());
    }

    void damagedDraftIsReported()
    {
        auto decoded = Archive::DraftRepository::decode(7, "{not json");
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, ErrorCode::Format);
    }
};

QTEST_GUILESS_MAIN(tst_Drafts)
#include "tst_drafts.moc"
