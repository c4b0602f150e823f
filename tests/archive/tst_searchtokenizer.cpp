// The FTS5 tokenizer that issue 3's archive search stands on: Russian and English word forms,
// ё/е, case, phrases, prefixes, and highlight offsets in the original UTF-8.
#include <archive/archive.h>
#include <archive/sql.h>
#include <support/testsupport.h>
#include <text/stemmer.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;

class tst_SearchTokenizer final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempArchive> m_fx;

    QStringList match(const QString &query)
    {
        auto q = Archive::run(m_fx->archive->connection(),
                              u"SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ? ORDER BY rowid"_s,
                              {query});
        if (!q) {
            QTest::qFail(qPrintable(q.error().detail), __FILE__, __LINE__);
            return {};
        }
        QStringList rows;
        while (q->next())
            rows << q->value(0).toString();
        return rows;
    }

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void init()
    {
        m_fx = std::make_unique<Test::TempArchive>();
        QVERIFY(m_fx->archive);
        const QSqlDatabase db = m_fx->archive->connection();
        PRESS_VERIFY_RESULT(Archive::run(db, u"CREATE VIRTUAL TABLE temp.t USING fts5(x, tokenize='press')"_s));
        for (const QString &text :
             {u"Встреча Генерального секретаря ОДКБ в Циндао"_s,        // 1
              u"Стороны обсудили итоги встречи и встречу министров"_s,   // 2
              u"Meetings of the secretaries general were held"_s,        // 3
              u"Ёлка у Генерального секретаря; пресс-служба сообщает"_s, // 4
              u"The CSTO's 🎉 anniversary meeting"_s,                    // 5
              u"ҚАЗАҚСТАН ЖӘНЕ УКРАЇНА: ЁЖ ЎЗБЕК Ӂ"_s}) {                  // 6
            PRESS_VERIFY_RESULT(Archive::run(db, u"INSERT INTO t (x) VALUES (?)"_s, {text}));
        }
    }

    void cleanup() { m_fx.reset(); }

    void stems_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("встреча/встречи") << u"встреча"_s << u"встречи"_s;
        QTest::newRow("встречу/Встрече") << u"встречу"_s << u"Встрече"_s;
        QTest::newRow("секретарь/секретаря") << u"секретарь"_s << u"секретаря"_s;
        QTest::newRow("meeting/meetings") << u"meeting"_s << u"Meetings"_s;
        QTest::newRow("ёлка/елка") << u"ёлка"_s << u"Елка"_s;
    }

    void stems()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(Text::stemWord(a), Text::stemWord(b));
        QVERIFY(!Text::stemWord(a).isEmpty());
    }

    void digitsAndMixedScriptsStayWhole()
    {
        QCOMPARE(Text::stemWord(u"2018"_s), u"2018"_s);
        QCOMPARE(Text::stemWord(u"ОДКБ2024CSTO"_s), u"одкб2024csto"_s);
    }

    void wordFormsMatch()
    {
        QCOMPARE(match(u"встреча"_s).size(), 2);
        QCOMPARE(match(u"ВСТРЕЧУ"_s).size(), 2);
        QCOMPARE(match(u"секретарь"_s).size(), 2);
        QCOMPARE(match(u"meeting"_s).size(), 2);
        QCOMPARE(match(u"елка"_s), QStringList{u"[Ёлка] у Генерального секретаря; пресс-служба сообщает"_s});
    }

    void cyrillicBeyondRussianFoldsCase()
    {
        for (const QString &q : {u"қазақстан"_s, u"және"_s, u"україна"_s, u"ўзбек"_s, u"ӂ"_s,
                                 u"еж"_s}) {
            QVERIFY2(match(q).size() == 1, qPrintable(q));
        }
    }

    void phrasesAndPrefixes()
    {
        QCOMPARE(match(u"\"генеральный секретарь\""_s).size(), 2);
        QCOMPARE(match(u"\"секретарь генеральный\""_s).size(), 0);
        QCOMPARE(match(u"встре*"_s).size(), 2);
        QCOMPARE(match(u"secretar*"_s).size(), 1);
        QCOMPARE(match(u"служба"_s).size(), 1); // hyphen splits words
    }

    void highlightsTheWordsAsWritten()
    {
        QCOMPARE(match(u"циндао"_s),
                 QStringList{u"Встреча Генерального секретаря ОДКБ в [Циндао]"_s});
        QCOMPARE(match(u"anniversary"_s), QStringList{u"The CSTO's 🎉 [anniversary] meeting"_s});
        QCOMPARE(match(u"встреча"_s).first(), u"[Встреча] Генерального секретаря ОДКБ в Циндао"_s);
    }
};

QTEST_GUILESS_MAIN(tst_SearchTokenizer)
#include "tst_searchtokenizer.moc"
