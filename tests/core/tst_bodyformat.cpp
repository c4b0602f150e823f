#include <support/testsupport.h>
#include <text/bodyformat.h>

#include <QGuiApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;

class tst_BodyFormat final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void plainText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("plain");
        QTest::newRow("paragraphs") << u"Первый абзац.\n\nВторой абзац."_s
                                    << u"Первый абзац.\n\nВторой абзац."_s;
        QTest::newRow("emphasis removed") << u"**Жирный** и *курсив*"_s << u"Жирный и курсив"_s;
        QTest::newRow("link text kept") << u"[сайт](https://example.org)"_s << u"сайт"_s;
        QTest::newRow("quote") << u"> «Цитата»"_s << u"«Цитата»"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void plainText()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, plain);
        QCOMPARE(Text::markdownToPlainText(markdown), plain);
    }

    void htmlHasStructureNotStyles()
    {
        const QString html = Text::markdownToHtml(u"**Жирный**\n\n- один\n- два"_s);
        QVERIFY2(html.contains(u"Жирный"_s), qPrintable(html));
        QVERIFY2(html.contains(u"<li"_s), qPrintable(html));
        QVERIFY(!html.contains(u"<body"_s));
    }

    void plainTextStaysLiteral_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::newRow("asterisks") << u"5 * 3 = 15, *не курсив*"_s;
        QTest::newRow("numbered line") << u"1. не список"_s;
        QTest::newRow("dash line") << u"- не список"_s;
        QTest::newRow("hash") << u"# не заголовок"_s;
        QTest::newRow("apostrophe and quotes") << u"Don't «цитировать» \"так\""_s;
    }

    void plainTextStaysLiteral()
    {
        QFETCH(QString, plain);
        QCOMPARE(Text::markdownToPlainText(Text::plainTextToMarkdown(plain)), plain);
    }
};

QTEST_MAIN(tst_BodyFormat)
#include "tst_bodyformat.moc"
