#include <model/enums.h>
#include <model/item.h>
#include <support/testsupport.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;
using Model::TranslationState;

class tst_Model final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void translationState_data()
    {
        QTest::addColumn<QString>("sourceTitle");
        QTest::addColumn<QString>("targetTitle");
        QTest::addColumn<bool>("markDone");
        QTest::addColumn<QString>("sourceAfter");
        QTest::addColumn<TranslationState>("expected");

        QTest::newRow("missing") << u"Встреча"_s << QString() << false << QString()
                                 << TranslationState::Missing;
        QTest::newRow("whitespace only is missing") << u"Встреча"_s << u"   "_s << false
                                                    << QString() << TranslationState::Missing;
        QTest::newRow("in progress") << u"Встреча"_s << u"Meeting"_s << false << QString()
                                     << TranslationState::InProgress;
        QTest::newRow("done") << u"Встреча"_s << u"Meeting"_s << true << QString()
                              << TranslationState::Done;
        QTest::newRow("outdated after source edit") << u"Встреча"_s << u"Meeting"_s << true
                                                    << u"Встреча министров"_s
                                                    << TranslationState::Outdated;
        QTest::newRow("trailing space is no change") << u"Встреча"_s << u"Meeting"_s << true
                                                     << u"Встреча  "_s << TranslationState::Done;
    }

    void translationState()
    {
        QFETCH(QString, sourceTitle);
        QFETCH(QString, targetTitle);
        QFETCH(bool, markDone);
        QFETCH(QString, sourceAfter);
        QFETCH(TranslationState, expected);

        Model::Item item;
        item.sourceLanguage = Language::Ru;
        item.ru.title = sourceTitle;
        item.en.title = targetTitle;
        if (markDone)
            item.en.translatedFromHash = item.ru.contentHash();
        if (!sourceAfter.isEmpty())
            item.ru.title = sourceAfter;
        QCOMPARE(item.translationState(Language::En), expected);
        QCOMPARE(item.translationState(Language::Ru), TranslationState::Original);
    }

    void contentHashSeparatesFields()
    {
        Model::ItemText a;
        a.title = u"ab"_s;
        a.lead = u"c"_s;
        Model::ItemText b;
        b.title = u"a"_s;
        b.lead = u"bc"_s;
        QVERIFY(a.contentHash() != b.contentHash());
        QCOMPARE(a.contentHash().size(), 64);
    }

    void codesRoundTrip()
    {
        for (const QString &code : Model::sectionCodes())
            QCOMPARE(Model::sectionCode(*Model::sectionFromCode(code)), code);
        for (const QString &code : Model::statusCodes())
            QCOMPARE(Model::statusCode(*Model::statusFromCode(code)), code);
        QCOMPARE(Model::statusFromCode(u" In-Review "_s), Model::ItemStatus::InReview);
        QVERIFY(!Model::sectionFromCode(u"bogus"_s));
        QCOMPARE(languageFromCode(u"RU"_s), Language::Ru);
        QVERIFY(!languageFromCode(u"de"_s));
    }

    void displayTitleFallsBack()
    {
        Model::Item item;
        item.en.title = u"Only English"_s;
        QCOMPARE(item.displayTitle(Language::Ru), u"Only English"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Model)
#include "tst_model.moc"
