#include <support/testsupport.h>
#include <text/bodyformat.h>

#include <QGuiApplication>
#include <QRegularExpression>
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

    // What Word and browsers put on the clipboard: styles, fonts, colours, spans, classes.
    void pastedHtmlArrivesClean()
    {
        const QString word = QString::fromUtf8(
            "<html><head><style>p.MsoNormal{font-family:Calibri;}</style></head>\n"
            "<body lang=RU style='tab-interval:35.4pt'>\n"
            "<p class=MsoNormal style='margin-bottom:12pt;text-align:justify'><span style='font-size:14.0pt;\n"
            "font-family:\"Times New Roman\";color:#1F3864;background:yellow'>Генеральный секретарь ОДКБ\n"
            "<b><span style='color:red'>Имангали Тасмагамбетов</span></b> провёл встречу в\n"
            "<i>Москве</i>.</span></p>\n"
            "<h1 style='font-size:24pt;color:navy'>Итоги</h1>\n"
            "<ul style='margin-top:0cm'><li style='color:green'>первое</li><li>второе</li></ul>\n"
            "<ol><li>раз</li><li>два</li></ol>\n"
            "<blockquote style='border-left:3px solid'>Цитата</blockquote>\n"
            "<p><a href=\"https://odkb-csto.org/news/\" style=\"color:blue;text-decoration:underline\">сайт</a>\n"
            "<u>подчёркнуто</u> <font face=\"Arial\" size=5>шрифт</font> <img src=\"x.png\"></p>\n"
            "</body></html>\n");
        const QString md = Text::htmlToMarkdown(word);
        QVERIFY2(md.contains(u"**Имангали Тасмагамбетов**"_s), qPrintable(md));
        QVERIFY2(md.contains(u"*Москве*"_s), qPrintable(md));
        QVERIFY2(md.contains(u"## Итоги"_s), qPrintable(md)); // h1 becomes a subheading
        QVERIFY2(md.contains(u"- первое"_s), qPrintable(md));
        QVERIFY2(md.contains(QRegularExpression(u"^1\\.\\s+раз$"_s, QRegularExpression::MultilineOption)),
                 qPrintable(md));
        QVERIFY2(md.contains(u"> Цитата"_s), qPrintable(md));
        QVERIFY2(md.contains(u"[сайт](https://odkb-csto.org/news/)"_s), qPrintable(md));
        for (const QString &styleWord : {u"font"_s, u"color"_s, u"style"_s, u"span"_s, u"<"_s,
                                         u"Calibri"_s, u"x.png"_s, u"_подчёркнуто_"_s})
            QVERIFY2(!md.contains(styleWord), qPrintable(styleWord + u" in: "_s + md));
        QVERIFY(md.contains(u"подчёркнуто шрифт"_s));
    }

    void storedMarkdownRoundTrips_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("paragraphs") << u"Первый абзац.\n\nВторой абзац."_s;
        QTest::newRow("emphasis") << u"Встреча **генеральных секретарей** в *Циндао*."_s;
        QTest::newRow("link") << u"См. [сайт ОДКБ](https://odkb-csto.org/)."_s;
        QTest::newRow("lists") << u"- один\n- два\n\n1. раз\n2. два"_s;
        QTest::newRow("heading and quote") << u"## Итоги\n\n> Слова генсека."_s;
        QTest::newRow("long paragraph")
            << QString(u"Очень длинное предложение о сотрудничестве государств. "_s).repeated(12).trimmed();
    }

    // Qt's writer wraps at 80 columns; stored text keeps one line per paragraph, so a text
    // loaded and written back unchanged is byte for byte the same.
    void longLinesAreNotWrapped()
    {
        const QString markdown =
            u"Генеральный секретарь ОДКБ принял участие во встрече высших исполнительных "
            "должностных лиц СНГ, ОДКБ и ШОС в Циндао, где стороны обсудили **вопросы** "
            "сотрудничества.\n\n- Первый пункт списка, который тоже достаточно длинный, чтобы "
            "его перенесли на следующую строку при записи.\n- Второй\n\n> Цитата, которая "
            "тоже очень длинная и должна остаться одной строкой после записи документа."_s;
        QTextDocument document;
        document.setMarkdown(markdown, QTextDocument::MarkdownDialectCommonMark);
        Text::cleanDocument(document);
        QCOMPARE(Text::documentToMarkdown(document), markdown);
    }

    // Typed (or loaded), stored, reopened and stored again: the same text.
    void storedMarkdownRoundTrips()
    {
        QFETCH(QString, markdown);
        QTextDocument first;
        first.setMarkdown(markdown, QTextDocument::MarkdownDialectCommonMark);
        Text::cleanDocument(first);
        const QString stored = Text::documentToMarkdown(first);
        QTextDocument reopened;
        reopened.setMarkdown(stored, QTextDocument::MarkdownDialectCommonMark);
        Text::cleanDocument(reopened);
        QCOMPARE(Text::documentToMarkdown(reopened), stored);
        QCOMPARE(reopened.toPlainText(), first.toPlainText());
        QCOMPARE(Text::markdownToPlainText(stored), Text::markdownToPlainText(markdown));
    }
};

QTEST_MAIN(tst_BodyFormat)
#include "tst_bodyformat.moc"
