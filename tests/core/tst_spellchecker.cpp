// Hunspell with Debian's Russian and English dictionaries.
#include <text/spellchecker.h>
#include <support/testsupport.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;

class tst_SpellChecker final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void russian()
    {
        auto ru = Text::SpellChecker::open(Language::Ru);
        PRESS_VERIFY_RESULT(ru);
        for (const QString &word : {u"встреча"_s, u"встречи"_s, u"Генеральный"_s, u"секретарей"_s,
                                    u"ёлка"_s, u"CSTO"_s, u"2018"_s, u"ОДКБ"_s, u"ШОС"_s})
            QVERIFY2(ru->isCorrect(word), qPrintable(word));
        QVERIFY(!ru->isCorrect(u"встерча"_s));
        QVERIFY(!ru->isCorrect(u"сикретарь"_s));
        QVERIFY(ru->suggestions(u"встерча"_s).contains(u"встреча"_s));
    }

    void english()
    {
        auto en = Text::SpellChecker::open(Language::En);
        PRESS_VERIFY_RESULT(en);
        for (const QString &word : {u"meeting"_s, u"Secretaries"_s, u"ОДКБ"_s, u"organization"_s})
            QVERIFY2(en->isCorrect(word), qPrintable(word));
        QVERIFY(!en->isCorrect(u"meetnig"_s));
        QVERIFY(en->suggestions(u"meetnig"_s).contains(u"meeting"_s));
    }

    void missingDictionaryIsReported()
    {
        qputenv("PRESSDESK_DICTIONARIES", "/nonexistent");
        auto ru = Text::SpellChecker::open(Language::Ru);
        qunsetenv("PRESSDESK_DICTIONARIES");
        QVERIFY(!ru);
        QCOMPARE(ru.error().code, ErrorCode::NotFound);
        QVERIFY(ru.error().detail.contains(u"hunspell-ru"_s));
    }
};

QTEST_GUILESS_MAIN(tst_SpellChecker)
#include "tst_spellchecker.moc"
