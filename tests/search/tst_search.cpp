// Archive search end to end on real archives: word forms of both languages, ranking, every
// filter checked against SQL written independently, snippets, and the index following every
// kind of change in the same transaction.
#include <archive/archive.h>
#include <archive/archivechecker.h>
#include <archive/searchindex.h>
#include <archive/sql.h>
#include <demo/demoarchive.h>
#include <search/highlighter.h>
#include <search/savedsearches.h>
#include <search/searcher.h>
#include <support/testsupport.h>

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {

Search::Query parsed(const QString &text)
{
    auto result = Search::parseQuery(text);
    if (const auto *problem = std::get_if<Search::QueryProblem>(&result))
        qFatal("query %s: %s", qPrintable(text), qPrintable(Search::describe(*problem)));
    return std::get<Search::Query>(result);
}

QSet<qint64> idSet(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

} // namespace

class tst_Search final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_demoDir;
    std::unique_ptr<Archive::Archive> m_demo;
    std::unique_ptr<Test::TempArchive> m_fx;

    Result<Search::SearchResult> search(Archive::Archive &archive, const QString &text,
                                        Search::SortOrder sort = Search::SortOrder::Relevance)
    {
        Search::SearchOptions options;
        options.sort = sort;
        options.limit = 1000;
        return Search::Searcher(archive.connection()).search(parsed(text), options);
    }

    QList<qint64> ids(Archive::Archive &archive, const QString &text,
                      Search::SortOrder sort = Search::SortOrder::Relevance)
    {
        auto result = search(archive, text, sort);
        if (!result) {
            QTest::qFail(qPrintable(result.error().detail), __FILE__, __LINE__);
            return {};
        }
        QList<qint64> list;
        for (const Search::Hit &hit : std::as_const(result->hits))
            list << hit.itemId;
        if (result->total != list.size())
            QTest::qFail("total differs from the hits", __FILE__, __LINE__);
        return list;
    }

    QSet<qint64> sqlIds(const QString &sql)
    {
        auto q = Archive::run(m_demo->connection(), sql);
        if (!q) {
            QTest::qFail(qPrintable(q.error().detail), __FILE__, __LINE__);
            return {};
        }
        QSet<qint64> set;
        while (q->next())
            set << q->value(0).toLongLong();
        return set;
    }

    qint64 addItem(const QString &titleRu, const QString &titleEn, const QString &bodyRu,
                   const QString &bodyEn)
    {
        Model::Item item = Test::makeItem(titleRu, titleEn, bodyRu, bodyEn);
        if (auto r = m_fx->archive->items().create(item); !r)
            QTest::qFail(qPrintable(r.error().detail), __FILE__, __LINE__);
        return item.id;
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        auto demo = Demo::createDemoArchive(m_demoDir.filePath(u"demo"_s));
        PRESS_VERIFY_RESULT(demo);
        m_demo = std::move(demo).value();
    }

    void init() { m_fx = std::make_unique<Test::TempArchive>(); }
    void cleanup() { m_fx.reset(); }

    // ---- morphology ---------------------------------------------------------------------------

    void wordForms_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("query");
        const QList<std::pair<const char16_t *, const char16_t *>> rows{
            // Russian nouns, all cases
            {u"встречи", u"встреча"}, {u"встречу", u"встреча"}, {u"встрече", u"встреча"},
            {u"встречей", u"встреча"}, {u"встречами", u"встречи"}, {u"встреча", u"встречах"},
            {u"секретаря", u"секретарь"}, {u"секретарю", u"секретарь"},
            {u"секретарём", u"секретарь"}, {u"секретари", u"секретаря"},
            {u"организации", u"организация"}, {u"организацию", u"организация"},
            {u"организацией", u"организации"}, {u"сотрудничества", u"сотрудничество"},
            {u"сотрудничеству", u"сотрудничество"}, {u"безопасности", u"безопасность"},
            {u"безопасностью", u"безопасность"}, {u"заседании", u"заседание"},
            {u"заседания", u"заседание"}, {u"учениях", u"учения"}, {u"учений", u"учения"},
            {u"министров", u"министры"}, {u"министрами", u"министры"}, {u"саммите", u"саммит"},
            {u"саммита", u"саммиты"}, {u"договора", u"договор"}, {u"Договору", u"договор"},
            {u"государствами", u"государства"}, {u"делегацией", u"делегация"},
            // ё and е, case
            {u"провёл", u"провел"}, {u"Ёлка", u"елка"}, {u"ОДКБ", u"одкб"},
            {u"приём", u"прием"},
            // English
            {u"meetings", u"meeting"}, {u"meeting", u"meetings"}, {u"secretaries", u"secretary"},
            {u"organizations", u"organization"}, {u"states", u"state"},
            {u"exercises", u"exercise"}, {u"talks", u"talk"}, {u"talked", u"talks"},
            {u"countries", u"country"}, {u"discussed", u"discussion"},
            {u"delegations", u"delegation"}, {u"Councils", u"council"},
            {u"signed", u"signing"}, {u"SECURITY", u"security"},
        };
        for (const auto &[written, query] : rows)
            QTest::newRow(qPrintable(QString::fromUtf16(written) + u" ← "_s
                                     + QString::fromUtf16(query)))
                << QString::fromUtf16(written) << QString::fromUtf16(query);
    }

    void wordForms()
    {
        QFETCH(QString, written);
        QFETCH(QString, query);
        const qint64 target = addItem(u"Заголовок"_s, u"Title"_s,
                                      u"Текст, где есть слово "_s + written + u'.', {});
        addItem(u"Другое"_s, u"Other"_s, u"Ничего похожего здесь нет."_s, u"Nothing alike."_s);
        QCOMPARE(ids(*m_fx->archive, query), QList<qint64>{target});
        // Prefix of the written form, as typed while searching.
        QCOMPARE(ids(*m_fx->archive, written.left(4) + u'*'), QList<qint64>{target});
    }

    void phrasesKeepTheOrder()
    {
        const qint64 a = addItem(u"Генеральный секретарь ОДКБ"_s, u"CSTO Secretary General"_s, {}, {});
        const qint64 b = addItem(u"Секретарь генеральной ассамблеи"_s, u"General secretary"_s, {}, {});
        QCOMPARE(ids(*m_fx->archive, u"\"генерального секретаря\""_s), QList<qint64>{a});
        QCOMPARE(ids(*m_fx->archive, u"\"secretaries general\""_s), QList<qint64>{a});
        QCOMPARE(idSet(ids(*m_fx->archive, u"секретарь генеральный"_s)), (QSet<qint64>{a, b}));
    }

    // ---- ranking ------------------------------------------------------------------------------

    void exactFormRanksAboveStemOnly()
    {
        // English Snowball reduces "organization" to "organ": the word itself must come first.
        const qint64 organ = addItem(u"Донорство"_s, u"Organ donation"_s, {},
                                     u"Organ donation, organ transplants and organ banks."_s);
        const qint64 organization = addItem(u"Организация"_s, u"Founding"_s, {},
                                            u"The organization was founded in 2002."_s);
        QCOMPARE(ids(*m_fx->archive, u"organization"_s), (QList<qint64>{organization, organ}));
        QCOMPARE(ids(*m_fx->archive, u"organ"_s).constFirst(), organ);
        const qint64 meeting = addItem(u"А"_s, u"B"_s, u"Встречи, встречи, встречи."_s, {});
        const qint64 exact = addItem(u"В"_s, u"C"_s, u"Одна встреча."_s, {});
        QCOMPARE(ids(*m_fx->archive, u"встреча"_s), (QList<qint64>{exact, meeting}));
    }

    void titleRanksAboveBody()
    {
        const qint64 body = addItem(u"Сессия совета"_s, u"Council session"_s,
                                    u"Встреча прошла в Циндао. В Циндао было тепло."_s, {});
        const qint64 title = addItem(u"Встреча в Циндао"_s, u"Meeting in Qingdao"_s,
                                     u"Текст без названия города."_s, {});
        QCOMPARE(ids(*m_fx->archive, u"Циндао"_s), (QList<qint64>{title, body}));
        QCOMPARE(ids(*m_fx->archive, u"Циндао"_s, Search::SortOrder::Newest).size(), 2);
    }

    void oneRankingPassOrdersLikeOnePassPerTier_data()
    {
        QTest::addColumn<QString>("query");
        for (const char16_t *q : {u"ОДКБ", u"встреча", u"секретарь ОДКБ", u"organization",
                                  u"\"генеральный секретарь\"", u"Secretary General CSTO",
                                  u"ОДКБ date:2010..2020", u"ОДКБ lang:en", u"CSTO place:Москва",
                                  u"ОДКБ -ШОС", u"meetings", u"Qingdao встреча"})
            QTest::newRow(qPrintable(QString::fromUtf16(q))) << QString::fromUtf16(q);
    }

    void oneRankingPassOrdersLikeOnePassPerTier()
    {
        QFETCH(QString, query);
        const Search::Searcher searcher(m_demo->connection());
        Search::SearchOptions options;
        options.limit = 100;
        options.snippets = false;
        QList<QList<qint64>> orders;
        for (auto ranking : {Search::SearchOptions::Ranking::OnePass,
                             Search::SearchOptions::Ranking::PerTier}) {
            options.ranking = ranking;
            auto result = searcher.search(parsed(query), options);
            PRESS_VERIFY_RESULT(result);
            QList<qint64> order;
            for (const Search::Hit &h : std::as_const(result->hits))
                order << h.itemId;
            QVERIFY(!order.isEmpty());
            orders << order;
        }
        QCOMPARE(orders.at(0), orders.at(1));
    }

    // ---- the query language on the demo archive -------------------------------------------------

    void booleanOperators()
    {
        const QSet<qint64> odkb = idSet(ids(*m_demo, u"ОДКБ"_s));
        const QSet<qint64> shos = idSet(ids(*m_demo, u"ШОС"_s));
        const QSet<qint64> sng = idSet(ids(*m_demo, u"СНГ"_s));
        QVERIFY(!shos.isEmpty() && !sng.isEmpty());
        QCOMPARE(idSet(ids(*m_demo, u"ШОС OR СНГ"_s)), shos | sng);
        QCOMPARE(idSet(ids(*m_demo, u"ШОС ИЛИ СНГ"_s)), shos | sng);
        QCOMPARE(idSet(ids(*m_demo, u"ШОС СНГ"_s)), shos & sng);
        QCOMPARE(idSet(ids(*m_demo, u"ШОС -СНГ"_s)), shos - sng);
        QCOMPARE(idSet(ids(*m_demo, u"ОДКБ (ШОС OR СНГ)"_s)), odkb & (shos | sng));
        // OR binds tighter than the space.
        QCOMPARE(idSet(ids(*m_demo, u"ОДКБ ШОС OR СНГ"_s)), odkb & (shos | sng));
        // Exclusion alone: everything else.
        const QSet<qint64> all = sqlIds(u"SELECT id FROM item"_s);
        QCOMPARE(idSet(ids(*m_demo, u"-ШОС"_s)), all - shos);
    }

    void entityNamesInBothLanguages()
    {
        // The demo's Qingdao item is tagged with the SCO; searching either name finds it.
        const QSet<qint64> byRu = idSet(ids(*m_demo, u"ШОС"_s));
        const QSet<qint64> byEn = idSet(ids(*m_demo, u"\"Shanghai Cooperation Organisation\""_s));
        const QSet<qint64> tagged = sqlIds(
            u"SELECT ie.item_id FROM item_entity ie JOIN entity e ON e.id = ie.entity_id"
            " WHERE e.short_ru = 'ШОС'"_s);
        QVERIFY(!tagged.isEmpty());
        QVERIFY(tagged.contains(18));
        QVERIFY(byRu.contains(tagged));
        QVERIFY(byEn.contains(tagged));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("sql");
        const QString textState = u"SELECT item_id FROM item_text WHERE lang = '%1' AND state = '%2'"_s;
        QTest::newRow("year") << u"date:2018"_s
                              << u"SELECT id FROM item WHERE event_date LIKE '2018-%'"_s;
        QTest::newRow("month") << u"date:2018-06"_s
                               << u"SELECT id FROM item WHERE event_date LIKE '2018-06-%'"_s;
        QTest::newRow("day") << u"date:2018-06-09"_s
                             << u"SELECT id FROM item WHERE event_date = '2018-06-09'"_s;
        QTest::newRow("russian day") << u"дата:9.06.2018"_s
                                     << u"SELECT id FROM item WHERE event_date = '2018-06-09'"_s;
        QTest::newRow("range") << u"date:2018-01..2018-12"_s
                               << u"SELECT id FROM item WHERE event_date LIKE '2018-%'"_s;
        QTest::newRow("open range") << u"date:..2005"_s
                                    << u"SELECT id FROM item WHERE event_date <= '2005-12-31'"_s;
        QTest::newRow("section") << u"section:statement"_s
                                 << u"SELECT id FROM item WHERE section = 'statement'"_s;
        QTest::newRow("two sections") << u"section:statement,speech"_s
                                      << u"SELECT id FROM item WHERE section IN ('statement', 'speech')"_s;
        QTest::newRow("section ru") << u"раздел:интервью"_s
                                    << u"SELECT id FROM item WHERE section = 'interview'"_s;
        QTest::newRow("status") << u"status:published"_s
                                << u"SELECT id FROM item WHERE status = 'published'"_s;
        QTest::newRow("not published") << u"-status:published"_s
                                       << u"SELECT id FROM item WHERE status <> 'published'"_s;
        const QString tagged = u"SELECT ie.item_id FROM item_entity ie JOIN entity e"
                               " ON e.id = ie.entity_id WHERE e.short_en = 'SCO'"_s;
        QTest::newRow("tag ru") << u"tag:ШОС"_s << tagged;
        QTest::newRow("tag en") << u"tag:SCO"_s << tagged;
        QTest::newRow("tag full name") << u"tag:\"Shanghai Cooperation Organisation\""_s << tagged;
        QTest::newRow("tag prefix") << u"тег:шанхайская"_s << tagged;
        QTest::newRow("place") << u"place:Циндао"_s
                               << u"SELECT item_id FROM item_text WHERE place LIKE '%Циндао%'"
                                  " OR place LIKE '%Qingdao%'"_s;
        QTest::newRow("has photo") << u"has:photo"_s
                                   << u"SELECT DISTINCT item_id FROM item_photo"_s;
        QTest::newRow("no photo") << u"-has:photo"_s
                                  << u"SELECT id FROM item WHERE id NOT IN (SELECT item_id FROM item_photo)"_s;
        QTest::newRow("missing en") << u"missing:en"_s << textState.arg(u"en"_s, u"missing"_s);
        QTest::newRow("missing ru") << u"missing:ru"_s << textState.arg(u"ru"_s, u"missing"_s);
        QTest::newRow("outdated en") << u"outdated:en"_s << textState.arg(u"en"_s, u"outdated"_s);
        QTest::newRow("outdated either") << u"outdated:ru,en"_s
                                         << u"SELECT item_id FROM item_text WHERE state = 'outdated'"_s;
        QTest::newRow("combined") << u"date:2018 has:photo section:news"_s
                                  << u"SELECT id FROM item WHERE event_date LIKE '2018-%'"
                                     " AND section = 'news' AND id IN (SELECT item_id FROM item_photo)"_s;
        QTest::newRow("text and date") << u"ОДКБ date:2018-06"_s
                                       << u"SELECT id FROM item WHERE event_date LIKE '2018-06-%'"_s;
    }

    void filters()
    {
        QFETCH(QString, query);
        QFETCH(QString, sql);
        const QSet<qint64> expected = sqlIds(sql);
        QVERIFY2(!expected.isEmpty(), "the demo archive has no such items; the row tests nothing");
        QCOMPARE(idSet(ids(*m_demo, query)), expected);
    }

    void filterOnlyQueriesAreNewestFirst()
    {
        const QList<qint64> list = ids(*m_demo, u"date:2018"_s);
        QVERIFY(list.size() >= 3);
        auto dates = Archive::run(m_demo->connection(),
                                  u"SELECT id FROM item WHERE event_date LIKE '2018-%'"
                                  " ORDER BY event_date DESC, id DESC"_s);
        PRESS_VERIFY_RESULT(dates);
        QList<qint64> expected;
        while (dates->next())
            expected << dates->value(0).toLongLong();
        QCOMPARE(list, expected);
    }

    void languageRestriction()
    {
        // «встреча» occurs only in Russian texts; lang:en leaves nothing.
        QVERIFY(!ids(*m_demo, u"встреча"_s).isEmpty());
        QVERIFY(!ids(*m_demo, u"встреча lang:ru"_s).isEmpty());
        QCOMPARE(ids(*m_demo, u"встреча lang:en"_s), QList<qint64>{});
        QCOMPARE(idSet(ids(*m_demo, u"meeting lang:en"_s)), idSet(ids(*m_demo, u"meeting"_s)));
    }

    void unknownTagIsReportedNotAnError()
    {
        auto result = search(*m_demo, u"tag:Атлантида"_s);
        PRESS_VERIFY_RESULT(result);
        QCOMPARE(result->total, 0);
        QCOMPARE(result->unknownTags, QStringList{u"Атлантида"_s});
        // Excluding it excludes nothing.
        QCOMPARE(ids(*m_demo, u"-tag:Атлантида date:2018"_s), ids(*m_demo, u"date:2018"_s));
    }

    void snippetsMarkTheWordsInTheMatchingLanguage()
    {
        auto result = search(*m_demo, u"Циндао"_s);
        PRESS_VERIFY_RESULT(result);
        QVERIFY(result->total >= 1);
        const Search::Hit &hit = result->hits.constFirst();
        QCOMPARE(hit.itemId, 18);
        QCOMPARE(hit.snippet.language, std::optional<Language>(Language::Ru));
        QVERIFY(!hit.snippet.matches.isEmpty());
        for (const auto &[start, length] : hit.snippet.matches)
            QCOMPARE(hit.snippet.text.mid(start, length), u"Циндао"_s);
        auto en = search(*m_demo, u"Qingdao"_s);
        PRESS_VERIFY_RESULT(en);
        QCOMPARE(en->hits.constFirst().snippet.language, std::optional<Language>(Language::En));
        const auto &[s, l] = en->hits.constFirst().snippet.matches.constFirst();
        QCOMPARE(en->hits.constFirst().snippet.text.mid(s, l), u"Qingdao"_s);
    }

    void pagingAndTotal()
    {
        Search::SearchOptions options;
        options.limit = 5;
        const Search::Searcher searcher(m_demo->connection());
        auto first = searcher.search(parsed(u"ОДКБ"_s), options);
        PRESS_VERIFY_RESULT(first);
        QVERIFY(first->total > 10);
        QCOMPARE(first->hits.size(), 5);
        options.offset = 5;
        auto second = searcher.search(parsed(u"ОДКБ"_s), options);
        PRESS_VERIFY_RESULT(second);
        QCOMPARE(second->total, first->total);
        for (const Search::Hit &h : std::as_const(second->hits)) {
            for (const Search::Hit &f : std::as_const(first->hits))
                QVERIFY(h.itemId != f.itemId);
        }
        auto all = searcher.matchingIds(parsed(u"ОДКБ"_s));
        PRESS_VERIFY_RESULT(all);
        QCOMPARE(all->size(), first->total);
    }

    void highlighterFindsTheFormsTheIndexMatches()
    {
        const Search::TermMatcher matcher(parsed(u"встреча секрет* \"Генеральный секретарь\""_s)
                                              .highlightTerms());
        const QString text = u"Встречи Генерального секретаря; секретариат и встречу"_s;
        QStringList found;
        for (const auto &[start, length] : matcher.find(text))
            found << text.mid(start, length);
        QCOMPARE(found, (QStringList{u"Встречи"_s, u"Генерального"_s, u"секретаря"_s,
                                     u"секретариат"_s, u"встречу"_s}));
    }

    // ---- the index follows every change --------------------------------------------------------

    void indexFollowsEditsAndDeletes()
    {
        Archive::Archive &archive = *m_fx->archive;
        const qint64 id = addItem(u"Учения «Рубеж»"_s, u"Rubezh exercise"_s, u"Прошли учения."_s, {});
        QCOMPARE(ids(archive, u"рубеж"_s), QList<qint64>{id});

        auto item = archive.items().load(id);
        PRESS_VERIFY_RESULT(item);
        item->ru.title = u"Учения «Взаимодействие»"_s;
        item->en.body = u"Joint staff training."_s;
        PRESS_VERIFY_RESULT(archive.items().save(*item));
        QCOMPARE(ids(archive, u"рубеж"_s), QList<qint64>{});
        QCOMPARE(ids(archive, u"rubezh"_s), QList<qint64>{id}); // the English title is unchanged
        QCOMPARE(ids(archive, u"взаимодействие"_s), QList<qint64>{id});
        QCOMPARE(ids(archive, u"staff"_s), QList<qint64>{id});
        item->en.title = u"Interaction exercise"_s;
        PRESS_VERIFY_RESULT(archive.items().save(*item));
        QCOMPARE(ids(archive, u"rubezh"_s), QList<qint64>{});

        // Photo captions and credit.
        Model::Photo photo;
        const QString jpeg = Test::writeJpeg(m_fx->filePath(u"p.jpg"_s), 64, 48, 3);
        auto added = archive.addPhoto(jpeg, {});
        PRESS_VERIFY_RESULT(added);
        photo = *added;
        item = archive.items().load(id);
        PRESS_VERIFY_RESULT(item);
        item->photos << Model::PhotoLink{photo.id, 0, true};
        PRESS_VERIFY_RESULT(archive.items().save(*item));
        photo.captionRu = u"Командно-штабная тренировка на полигоне"_s;
        photo.credit = u"Пресс-служба Минобороны"_s;
        PRESS_VERIFY_RESULT(archive.photos().update(photo));
        QCOMPARE(ids(archive, u"полигон"_s), QList<qint64>{id});
        QCOMPARE(ids(archive, u"минобороны"_s), QList<qint64>{id});

        // Entity names, both languages.
        Model::Entity entity;
        entity.kind = Model::EntityKind::Organisation;
        entity.nameRu = u"Объединённый штаб"_s;
        entity.nameEn = u"Joint Staff"_s;
        PRESS_VERIFY_RESULT(archive.entities().add(entity));
        item = archive.items().load(id);
        PRESS_VERIFY_RESULT(item);
        item->entityIds << entity.id;
        PRESS_VERIFY_RESULT(archive.items().save(*item));
        QCOMPARE(ids(archive, u"объединенный"_s), QList<qint64>{id});
        entity.shortRu = u"ОШ"_s;
        PRESS_VERIFY_RESULT(archive.entities().update(entity));
        QCOMPARE(ids(archive, u"тег:ОШ"_s), QList<qint64>{id});
        QCOMPARE(ids(archive, u"ОШ"_s), QList<qint64>{id});

        auto mismatches = Archive::SearchIndex::verify(archive.connection());
        PRESS_VERIFY_RESULT(mismatches);
        QCOMPARE(mismatches->size(), 0);

        PRESS_VERIFY_RESULT(archive.items().remove(id));
        QCOMPARE(ids(archive, u"взаимодействие"_s), QList<qint64>{});
        QCOMPARE(ids(archive, u"полигон"_s), QList<qint64>{});
        mismatches = Archive::SearchIndex::verify(archive.connection());
        PRESS_VERIFY_RESULT(mismatches);
        QCOMPARE(mismatches->size(), 0);
    }

    void checkFindsAStaleIndexAndReindexRepairsIt()
    {
        Archive::Archive &archive = *m_fx->archive;
        const qint64 a = addItem(u"Первый"_s, u"First"_s, u"Текст"_s, {});
        const qint64 b = addItem(u"Второй"_s, u"Second"_s, u"Текст"_s, {});
        // Damage the index behind the repositories' back.
        PRESS_VERIFY_RESULT(Archive::run(archive.connection(),
                                         u"DELETE FROM search WHERE rowid = ?"_s, {a}));
        PRESS_VERIFY_RESULT(Archive::run(archive.connection(),
                                         u"UPDATE item_text SET title = 'Третий' WHERE item_id = ?"
                                         " AND lang = 'ru'"_s, {b}));
        auto problems = Archive::checkArchive(archive);
        PRESS_VERIFY_RESULT(problems);
        QStringList index;
        for (const Archive::Problem &p : std::as_const(*problems)) {
            if (p.check == u"search-index"_s)
                index << p.message;
        }
        QCOMPARE(index.size(), 2);
        QVERIFY(index.join(u'\n').contains(u"not in the index"_s));
        QVERIFY(index.join(u'\n').contains(u"stale title_ru"_s));

        int calls = 0;
        PRESS_VERIFY_RESULT(Archive::SearchIndex::rebuild(archive.connection(), [&](int, int) {
            ++calls;
            return true;
        }));
        QVERIFY(calls >= 2);
        QCOMPARE(ids(archive, u"третий"_s), QList<qint64>{b});
        QCOMPARE(ids(archive, u"первый"_s), QList<qint64>{a});
        auto mismatches = Archive::SearchIndex::verify(archive.connection());
        PRESS_VERIFY_RESULT(mismatches);
        QCOMPARE(mismatches->size(), 0);
    }

    void cancelledReindexLeavesTheIndex()
    {
        Archive::Archive &archive = *m_fx->archive;
        const qint64 a = addItem(u"Первый"_s, u"First"_s, u"Текст"_s, {});
        auto r = Archive::SearchIndex::rebuild(archive.connection(), [](int, int) { return false; });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(ids(archive, u"первый"_s), QList<qint64>{a});
    }

    void savedSearches()
    {
        Archive::Archive &archive = *m_fx->archive;
        Search::SavedSearches saved(archive.connection(), archive.clock());
        PRESS_VERIFY_RESULT(saved.save(u"ШОС 2018"_s, u"tag:ШОС date:2018"_s, Search::SortOrder::Newest));
        PRESS_VERIFY_RESULT(saved.save(u"Air"_s, u"учения"_s, Search::SortOrder::Relevance));
        PRESS_VERIFY_RESULT(saved.save(u"ШОС 2018"_s, u"tag:ШОС date:2019"_s, Search::SortOrder::Newest));
        auto list = saved.list();
        PRESS_VERIFY_RESULT(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, u"Air"_s);
        QCOMPARE(list->at(1).query, u"tag:ШОС date:2019"_s);
        QCOMPARE(list->at(1).sort, Search::SortOrder::Newest);
        QCOMPARE(saved.save(u"bad"_s, u"date:2018-13"_s, Search::SortOrder::Newest).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(saved.save(u" "_s, u"учения"_s, Search::SortOrder::Newest).error().code,
                 ErrorCode::InvalidArgument);
        PRESS_VERIFY_RESULT(saved.remove(u"Air"_s));
        QCOMPARE(saved.remove(u"Air"_s).error().code, ErrorCode::NotFound);
    }
};

QTEST_MAIN(tst_Search)
#include "tst_search.moc"
