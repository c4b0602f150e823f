#include <support/testsupport.h>
#include <text/bodyformat.h>

#include <QGuiApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

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
        QTest::newRow("soft line break") << u"Первая строка\nвторая строка.\n\n\n\nАбзац."_s
                                         << u"Первая строка вторая строка.\n\nАбзац."_s;
        QTest::newRow("list") << u"- один\n- два"_s << u"один\n\nдва"_s;
        QTest::newRow("numbered") << u"1. один\n2. два"_s << u"один\n\nдва"_s;
    }

    // Plain paragraphs skip the Markdown parser; the result must be what the parser gives.
    void plainParagraphsMatchTheParser_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("one") << u"Секретариат ОДКБ, Москва (Россия): 9 июня 2018 года."_s;
        QTest::newRow("soft breaks") << u"  Строка один\nстрока два  \n\nДругой абзац.\n"_s;
        QTest::newRow("english") << u"The CSTO's 30th anniversary; \"quotes\" and dashes — ok?"_s;
        QTest::newRow("blank lines") << u"\n\nA\n\n\n\nB\n\n"_s;
    }

    void plainParagraphsMatchTheParser()
    {
        QFETCH(QString, markdown);
        QTextDocument doc;
        doc.setMarkdown(markdown, QTextDocument::MarkdownDialectCommonMark);
        QStringList paragraphs;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (!b.text().trimmed().isEmpty())
                paragraphs << b.text().trimmed();
        }
        QCOMPARE(Text::markdownToPlainText(markdown), paragraphs.join(u"\n\n"_s));
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
