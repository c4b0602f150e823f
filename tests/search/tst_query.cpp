// The query language: what each input means, and bad input of every kind giving a problem that
// points at it or a sensible reading, never SQL text, never a crash. The readings are also run
// against a real archive so that no input reaches SQLite as syntax.
#include <archive/archive.h>
#include <search/query.h>
#include <search/searcher.h>
#include <support/testsupport.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;
using Kind = Search::QueryProblem::Kind;

Q_DECLARE_METATYPE(Search::QueryProblem::Kind)

namespace {

// Compact description of a parse for comparisons: terms, groups, exclusions, filters.
QString shape(const Search::TextNode &node)
{
    switch (node.kind) {
    case Search::TextNode::Kind::Term:
        return node.term.words.join(u' ') + (node.term.prefix ? u"*"_s : QString());
    case Search::TextNode::Kind::Or:
    case Search::TextNode::Kind::And: {
        QStringList parts;
        for (const auto &c : node.children)
            parts << shape(c);
        for (const auto &e : node.excluded)
            parts << u'-' + shape(e);
        return (node.kind == Search::TextNode::Kind::Or ? u"OR("_s : u"AND("_s)
               + parts.join(u", "_s) + u')';
    }
    }
    return {};
}

QString shape(const Search::Query &q)
{
    QStringList parts;
    if (q.root)
        parts << shape(*q.root);
    for (const auto &e : q.excluded)
        parts << u'-' + shape(e);
    for (const auto &f : q.filters)
        parts << u'[' + f.text + u']';
    return parts.join(u' ');
}

} // namespace

class tst_Query final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempArchive> m_fx;

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        m_fx = std::make_unique<Test::TempArchive>();
        QVERIFY(m_fx->archive);
        Model::Item item = Test::makeItem(u"Встреча в Циндао"_s, u"Meeting in Qingdao"_s,
                                          u"Текст о встрече."_s, u"About the meeting."_s);
        PRESS_VERIFY_RESULT(m_fx->archive->items().create(item));
    }

    void cleanupTestCase() { m_fx.reset(); }

    void readings_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("words") << u"встреча Циндао"_s << u"AND(встреча, Циндао)"_s;
        QTest::newRow("phrase") << u"\"генеральный секретарь\""_s << u"генеральный секретарь"_s;
        QTest::newRow("prefix") << u"секрет*"_s << u"секрет*"_s;
        QTest::newRow("exclusion") << u"встреча -ШОС"_s << u"встреча -ШОС"_s;
        QTest::newRow("or binds tighter") << u"a b OR c"_s << u"AND(a, OR(b, c))"_s;
        QTest::newRow("ИЛИ") << u"ОДКБ ИЛИ CSTO"_s << u"OR(ОДКБ, CSTO)"_s;
        QTest::newRow("groups") << u"(a b) OR c"_s << u"OR(AND(a, b), c)"_s;
        QTest::newRow("group exclusion") << u"(a -b) c"_s << u"AND(AND(a, -b), c)"_s;
        QTest::newRow("hyphenated word is a phrase") << u"пресс-служба"_s << u"пресс служба"_s;
        QTest::newRow("filters") << u"date:2018 встреча section:news"_s
                                 << u"встреча [date:2018] [section:news]"_s;
        QTest::newRow("quoted filter value") << u"tag:\"Shanghai Cooperation\" x"_s
                                             << u"x [tag:\"Shanghai Cooperation\"]"_s;
        QTest::newRow("excluded filter") << u"-has:photo"_s << u"[-has:photo]"_s;
        QTest::newRow("filters only") << u"date:2018-06"_s << u"[date:2018-06]"_s;
        // Sensible readings of bad input.
        QTest::newRow("unclosed quote") << u"\"генеральный секретарь"_s << u"генеральный секретарь"_s;
        QTest::newRow("unclosed parenthesis") << u"(a OR b"_s << u"OR(a, b)"_s;
        QTest::newRow("lone star") << u"* встреча"_s << u"встреча"_s;
        QTest::newRow("lone dash") << u"- встреча -"_s << u"встреча"_s;
        QTest::newRow("NEAR is a word") << u"NEAR(a b)"_s << u"AND(NEAR, AND(a, b))"_s;
        QTest::newRow("column filter is text") << u"title_ru:встреча"_s << u"title ru встреча"_s;
        QTest::newRow("braces are text") << u"{title_ru}: встреча"_s << u"AND(title ru, встреча)"_s;
        QTest::newRow("caret ignored") << u"^встреча"_s << u"встреча"_s;
        QTest::newRow("SQL is text") << u"'; DROP TABLE item; --"_s << u"AND(DROP, TABLE, item)"_s;
        QTest::newRow("NOT keyword") << u"a NOT b"_s << u"a -b"_s;
        QTest::newRow("AND keyword") << u"a AND b"_s << u"AND(a, b)"_s;
        QTest::newRow("trailing OR") << u"a OR"_s << u"a"_s;
        QTest::newRow("leading OR") << u"OR a"_s << u"a"_s;
        QTest::newRow("empty parentheses") << u"() a"_s << u"a"_s;
        QTest::newRow("control characters and NUL")
            << (u"встреча"_s + QChar(0) + u"\x01\x1f\tЦиндао"_s) << u"AND(встреча, Циндао)"_s;
        QTest::newRow("time is text") << u"10:30"_s << u"10 30"_s;
        QTest::newRow("only punctuation") << u"!!! ... ---"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void readings()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        auto result = Search::parseQuery(input);
        if (const auto *p = std::get_if<Search::QueryProblem>(&result))
            QFAIL(qPrintable(Search::describe(*p)));
        const Search::Query query = std::get<Search::Query>(result);
        QCOMPARE(shape(query), expected);
        if (query.isEmpty())
            return;
        // Whatever was typed, SQLite sees only quoted words.
        auto found = Search::Searcher(m_fx->archive->connection()).search(query);
        PRESS_VERIFY_RESULT(found);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("position");
        QTest::newRow("10,000 characters") << QString(10000, u'я') << Kind::TooLong << 1000;
        QTest::newRow("too many words") << QStringList(100, u"слово"_s).join(u' ')
                                        << Kind::TooManyWords << 0;
        QTest::newRow("stray parenthesis") << u"a b) c"_s << Kind::UnexpectedParenthesis << 3;
        QTest::newRow("missing value") << u"встреча date:"_s << Kind::MissingValue << 8;
        QTest::newRow("unknown section") << u"section:sport"_s << Kind::UnknownValue << 0;
        QTest::newRow("unknown status") << u"x status:lost"_s << Kind::UnknownValue << 2;
        QTest::newRow("unknown language") << u"lang:de"_s << Kind::UnknownValue << 0;
        QTest::newRow("unknown has") << u"has:video"_s << Kind::UnknownValue << 0;
        QTest::newRow("month 13") << u"date:2018-13"_s << Kind::InvalidDate << 0;
        QTest::newRow("31 February") << u"date:2018-02-31"_s << Kind::InvalidDate << 0;
        QTest::newRow("not a date") << u"date:вчера"_s << Kind::InvalidDate << 0;
        QTest::newRow("bad range end") << u"date:2018..20x"_s << Kind::InvalidDate << 0;
        QTest::newRow("empty range") << u"date:.."_s << Kind::InvalidDate << 0;
        QTest::newRow("reversed range") << u"date:2019..2018"_s << Kind::ReversedDateRange << 0;
        QTest::newRow("filter in parentheses") << u"(a date:2018)"_s << Kind::FilterInGroup << 3;
        QTest::newRow("filter in OR") << u"a OR date:2018"_s << Kind::FilterInGroup << 5;
        QTest::newRow("exclusion in OR") << u"a OR -b"_s << Kind::ExclusionInOr << 5;
        QTest::newRow("only exclusions in group") << u"a (-b)"_s << Kind::NothingToExclude << 2;
        QTest::newRow("excluded language") << u"-lang:ru"_s << Kind::LanguageExcluded << 0;
        QTest::newRow("tag without words") << u"tag:!!!"_s << Kind::MissingValue << 0;
    }

    void problems()
    {
        QFETCH(QString, input);
        QFETCH(Kind, kind);
        QFETCH(int, position);
        auto result = Search::parseQuery(input);
        const auto *problem = std::get_if<Search::QueryProblem>(&result);
        QVERIFY2(problem, "parsed without a problem");
        QCOMPARE(problem->kind, kind);
        QCOMPARE(problem->position, position);
        QVERIFY(!Search::describe(*problem).isEmpty());
    }

    void filterValues()
    {
        auto q = std::get<Search::Query>(Search::parseQuery(
            u"date:2018-06 date:..2005-03 date:2020.. section:news,интервью status:published "
            "missing:en outdated:ru,en lang:en place:\"Нур-Султан\""_s));
        QCOMPARE(q.filters.size(), 9);
        QCOMPARE(q.filters[0].from, QDate(2018, 6, 1));
        QCOMPARE(q.filters[0].to, QDate(2018, 6, 30));
        QVERIFY(!q.filters[1].from.isValid());
        QCOMPARE(q.filters[1].to, QDate(2005, 3, 31));
        QCOMPARE(q.filters[2].from, QDate(2020, 1, 1));
        QVERIFY(!q.filters[2].to.isValid());
        QCOMPARE(q.filters[3].sections,
                 (QList<Model::Section>{Model::Section::News, Model::Section::Interview}));
        QCOMPARE(q.filters[4].statuses, QList<Model::ItemStatus>{Model::ItemStatus::Published});
        QCOMPARE(q.filters[5].languages, QList<Language>{Language::En});
        QCOMPARE(q.filters[6].languages, (QList<Language>{Language::Ru, Language::En}));
        QCOMPARE(q.textLanguages(), QList<Language>{Language::En});
        QCOMPARE(q.filters[8].value, u"Нур-Султан"_s);
    }

    void chipsRemoveTheirText()
    {
        const QString text = u"встреча date:2018 tag:\"Shanghai Cooperation\" -has:photo"_s;
        auto q = std::get<Search::Query>(Search::parseQuery(text));
        QCOMPARE(q.filters.size(), 3);
        QCOMPARE(Search::removeFilter(text, q.filters[1]), u"встреча date:2018 -has:photo"_s);
        QCOMPARE(Search::removeFilter(text, q.filters[2]),
                 u"встреча date:2018 tag:\"Shanghai Cooperation\""_s);
    }

    void ftsExpressionsQuoteEveryWord()
    {
        auto q = std::get<Search::Query>(Search::parseQuery(u"организации \"ОДКБ\" secret*"_s));
        QVERIFY(q.root);
        QCOMPARE(Search::ftsExpression(*q.root),
                 u"((\"организации\" OR \"=организации\")) AND (\"ОДКБ\") AND "
                 "((\"secret\"* OR \"=secret\"*))"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Query)
#include "tst_query.moc"
