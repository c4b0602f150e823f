// The UI translations: built into the program, loadable, and complete (every source string has a
// finished Russian translation; plural forms are filled in both languages).
#include <common/tr.h>
#include <common/translator.h>
#include <support/testsupport.h>

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Translations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Press::Test::initTestEnvironment(); }

    void compiledTranslationsLoad_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << u"ru"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void compiledTranslationsLoad()
    {
        QFETCH(QString, language);
        QVERIFY(QFile::exists(u":/i18n/pressdesk_%1.qm"_s.arg(language)));
        QTranslator translator;
        QVERIFY(translator.load(u"pressdesk_"_s + language, u":/i18n"_s));
        if (language == u"ru")
            QCOMPARE(translator.translate("Press::App", "Cancelled."), u"Отменено."_s);
    }

    void russianIsInstalledForARussianLocale()
    {
        QCOMPARE(Press::App::installTranslators(*QCoreApplication::instance(),
                                                QLocale(QLocale::Russian, QLocale::Russia)),
                 u"ru"_s);
        QCOMPARE(Press::App::Tr::tr("Cancelled."), u"Отменено."_s);
        QCOMPARE(Press::App::Tr::tr("The archive has %n problem(s).", nullptr, 5), u"В архиве 5 проблем."_s);
        QCOMPARE(Press::App::installTranslators(*QCoreApplication::instance(),
                                                QLocale(QLocale::English)),
                 u"en"_s);
        QCOMPARE(Press::App::Tr::tr("Cancelled."), u"Cancelled."_s);
        QCOMPARE(Press::App::Tr::tr("The archive has %n problem(s).", nullptr, 1), u"The archive has 1 problem."_s);
    }

    void sourcesAreCompletelyTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("allMessages"); // en only needs the plural forms
        QTest::newRow("ru") << u"pressdesk_ru.ts"_s << true;
        QTest::newRow("en") << u"pressdesk_en.ts"_s << false;
    }

    void sourcesAreCompletelyTranslated()
    {
        QFETCH(QString, file);
        QFETCH(bool, allMessages);
        QFile ts(QStringLiteral(PRESS_TRANSLATIONS_DIR) + u'/' + file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList problems;
        QString source;
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"message") {
                numerus = xml.attributes().value(u"numerus"_s) == u"yes";
                ++messages;
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(u"type"_s).toString();
                if (type == u"vanished" || type == u"obsolete")
                    continue;
                if (!allMessages && !numerus)
                    continue;
                if (type == u"unfinished") {
                    problems << source;
                    continue;
                }
                if (numerus) {
                    int forms = 0;
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"numerusform" && !xml.readElementText().isEmpty())
                            ++forms;
                        else
                            xml.skipCurrentElement();
                    }
                    if (forms == 0)
                        problems << source;
                } else if (xml.readElementText().isEmpty()) {
                    problems << source;
                }
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 50);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 untranslated, e.g. \"%2\""_s.arg(problems.size()).arg(problems.value(0))));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
