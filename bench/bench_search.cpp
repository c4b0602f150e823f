// Archive search at the size of twenty years of a press office, against a plain FTS5 baseline.
//
//   bench_search build DIR [ITEMS=200000]   make the archive, time the index build
//   bench_search query DIR [QUERIES=200 [auto|onepass|pertier]]
//                                           time every query class, ours and the baseline's
//
// build: ITEMS bilingual items with 3–6 KB of text per language, drawn from a Zipf-distributed
// vocabulary of inflected Russian and English words (function words on top, as in real text),
// dates over 25 years, places, and photos with captions and credits for 40 % of the items.
// Items are written with plain SQL (this measures the index, not the item repository), then
// `reindex` builds PressDesk's index (timed) and a plain FTS5 table with the unicode61 tokenizer
// is filled with the same text (timed) as the baseline.
//
// query: QUERIES queries per class — one word, two words, a phrase, a prefix, filters only, and
// words with filters — each returning the top 50 with snippets and the total count: through
// Search::Searcher, and through the baseline table with bm25() and snippet(). Prints median, p95
// and max in milliseconds, and the process's peak memory.
#include <archive/archive.h>
#include <archive/searchindex.h>
#include <archive/sql.h>
#include <archive/transaction.h>
#include <search/searcher.h>

#include <QGuiApplication>
#include <QRegularExpression>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {

constexpr int kContentLemmas = 20000;

// ---- vocabulary ---------------------------------------------------------------------------------

struct Vocabulary
{
    QStringList function;              // most frequent words (prepositions, conjunctions)
    QList<QStringList> lemmas;         // each lemma's word forms
    std::vector<double> cdf;           // Zipf over function words then lemmas
};

QString syllables(QRandomGenerator &rng, const QString &consonants, const QString &vowels, int n)
{
    QString s;
    for (int i = 0; i < n; ++i) {
        s += consonants.at(rng.bounded(int(consonants.size())));
        s += vowels.at(rng.bounded(int(vowels.size())));
    }
    return s;
}

Vocabulary makeVocabulary(bool russian)
{
    QRandomGenerator rng(russian ? 7 : 11);
    Vocabulary v;
    v.function = russian ? QString(u"и в на с по не что о к из за от для как это до при его но "
                                   "а также был все их он они было же у так или то"_s)
                               .split(u' ')
                         : QString(u"the of and to in a is that for on with as by was at from it "
                                   "be this are were which has an have its also or not their"_s)
                               .split(u' ');
    const QStringList ruEndings[] = {
        {u"а"_s, u"ы"_s, u"е"_s, u"у"_s, u"ой"_s, u"ам"_s, u"ами"_s, u"ах"_s},
        {QString(), u"а"_s, u"у"_s, u"ом"_s, u"е"_s, u"ы"_s, u"ов"_s, u"ами"_s},
        {u"ие"_s, u"ия"_s, u"ию"_s, u"ием"_s, u"ии"_s, u"ий"_s, u"иями"_s},
        {u"ый"_s, u"ого"_s, u"ому"_s, u"ым"_s, u"ой"_s, u"ая"_s, u"ые"_s, u"ых"_s},
    };
    const QStringList enEndings[] = {
        {QString(), u"s"_s}, {QString(), u"s"_s, u"ed"_s, u"ing"_s}, {QString(), u"ly"_s},
        {u"ation"_s, u"ations"_s}, {QString(), u"er"_s, u"ers"_s},
    };
    QSet<QString> seen;
    while (v.lemmas.size() < kContentLemmas) {
        const int n = 1 + int(rng.bounded(3)) + (rng.bounded(3) == 0 ? 1 : 0);
        const QString stem = russian ? syllables(rng, u"бвгджзклмнпрстфхцчшщ"_s, u"аеиоуяю"_s, n)
                                           + QString(u"нкстрл"_s.at(rng.bounded(6)))
                                     : syllables(rng, u"bcdfghklmnprstvwz"_s, u"aeiou"_s, n)
                                           + QString(u"ntrlsm"_s.at(rng.bounded(6)));
        if (seen.contains(stem))
            continue;
        seen.insert(stem);
        const QStringList &endings = russian ? ruEndings[rng.bounded(4)] : enEndings[rng.bounded(5)];
        QStringList forms;
        for (const QString &e : endings)
            forms << stem + e;
        v.lemmas << forms;
    }
    // Zipf with s = 1 over ranks 1..N: function words take the top ranks.
    const int total = int(v.function.size() + v.lemmas.size());
    double sum = 0;
    for (int r = 1; r <= total; ++r) {
        sum += 1.0 / r;
        v.cdf.push_back(sum);
    }
    for (double &c : v.cdf)
        c /= sum;
    return v;
}

QString sampleWord(const Vocabulary &v, QRandomGenerator &rng)
{
    const double u = rng.generateDouble();
    const int rank = int(std::lower_bound(v.cdf.begin(), v.cdf.end(), u) - v.cdf.begin());
    if (rank < v.function.size())
        return v.function.at(rank);
    const QStringList &forms = v.lemmas.at(rank - v.function.size());
    return forms.at(rng.bounded(int(forms.size())));
}

QString sentence(const Vocabulary &v, QRandomGenerator &rng, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << sampleWord(v, rng);
    QString s = out.join(u' ');
    s[0] = s[0].toUpper();
    return s + u'.';
}

// Body of about `bytes` UTF-8 bytes in paragraphs.
QString body(const Vocabulary &v, QRandomGenerator &rng, int bytes)
{
    QStringList paragraphs;
    int size = 0;
    while (size < bytes) {
        QStringList sentences;
        const int count = 3 + int(rng.bounded(4));
        for (int i = 0; i < count; ++i)
            sentences << sentence(v, rng, 8 + int(rng.bounded(14)));
        const QString p = sentences.join(u' ');
        size += int(p.toUtf8().size()) + 2;
        paragraphs << p;
    }
    return paragraphs.join(u"\n\n"_s);
}

const QList<std::pair<QString, QString>> &places()
{
    static const QList<std::pair<QString, QString>> p{
        {u"Москва"_s, u"Moscow"_s},   {u"Минск"_s, u"Minsk"_s},       {u"Ереван"_s, u"Yerevan"_s},
        {u"Душанбе"_s, u"Dushanbe"_s}, {u"Бишкек"_s, u"Bishkek"_s},   {u"Астана"_s, u"Astana"_s},
        {u"Циндао"_s, u"Qingdao"_s},  {u"Нью-Йорк"_s, u"New York"_s}, {u"Алматы"_s, u"Almaty"_s},
        {u"Санкт-Петербург"_s, u"Saint Petersburg"_s},
    };
    return p;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double folderMb(const QString &dir)
{
    qint64 total = 0;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        it.next();
        total += it.fileInfo().size();
    }
    return double(total) / 1024.0 / 1024.0;
}

long peakRssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

bool check(const Result<void> &r, const char *what)
{
    if (!r)
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(r.error().detail));
    return bool(r);
}

// ---- build --------------------------------------------------------------------------------------

int build(const QString &dir, int count)
{
    auto created = Archive::Archive::create(dir);
    if (!created) {
        std::fprintf(stderr, "create: %s\n", qPrintable(created.error().detail));
        return 1;
    }
    Archive::Archive &archive = **created;
    const QSqlDatabase db = archive.connection();
    const Vocabulary ru = makeVocabulary(true);
    const Vocabulary en = makeVocabulary(false);
    QRandomGenerator rng(42);
    QElapsedTimer timer;
    timer.start();
    {
        Archive::Transaction tx(db);
        if (!check(tx.begin(), "begin"))
            return 1;
        QSqlQuery item(db), text(db), photo(db), link(db);
        item.prepare(u"INSERT INTO item (id, uuid, section, event_date, status, source_lang,"
                     " created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'ru', ?, ?)"_s);
        text.prepare(u"INSERT INTO item_text (item_id, lang, title, lead, body, place,"
                     " content_hash, translated_from_hash, updated_at, state)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        photo.prepare(u"INSERT INTO photo (id, sha256, original_name, mime_type, size_bytes, width,"
                      " height, credit, caption_ru, caption_en, imported_at)"
                      " VALUES (?, ?, ?, 'image/jpeg', 4000000, 4000, 3000, ?, ?, ?, ?)"_s);
        link.prepare(u"INSERT INTO item_photo (item_id, photo_id, position, is_cover)"
                     " VALUES (?, ?, ?, ?)"_s);
        const QStringList credits{u"Пресс-служба ОДКБ"_s, u"Photo: CSTO Secretariat"_s,
                                  u"ТАСС"_s, u"Reuters"_s, u"БелТА"_s, u"Sputnik"_s};
        qint64 photoId = 0;
        for (int i = 1; i <= count; ++i) {
            const QDate date = QDate(2001, 1, 1).addDays(int(rng.bounded(25 * 365)));
            const QString stamp = date.toString(Qt::ISODate) + u"T10:00:00.000Z"_s;
            item.addBindValue(i);
            item.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            item.addBindValue(Model::sectionCode(Model::Section(rng.bounded(6))));
            item.addBindValue(date.toString(Qt::ISODate));
            item.addBindValue(Model::statusCode(Model::ItemStatus(rng.bounded(5))));
            item.addBindValue(stamp);
            item.addBindValue(stamp);
            if (!check(Archive::exec(item), "item"))
                return 1;
            const auto &place = places().at(rng.bounded(int(places().size())));
            QString ruHash;
            for (Language lang : {Language::Ru, Language::En}) {
                const Vocabulary &v = lang == Language::Ru ? ru : en;
                Model::ItemText t;
                t.language = lang;
                t.title = sentence(v, rng, 6 + int(rng.bounded(5)));
                t.title.chop(1);
                t.lead = sentence(v, rng, 20 + int(rng.bounded(10)));
                t.body = body(v, rng, 3000 + int(rng.bounded(3000)));
                t.place = lang == Language::Ru ? place.first : place.second;
                const QString hash = t.contentHash();
                if (lang == Language::Ru)
                    ruHash = hash;
                for (const QVariant &value :
                     {QVariant(i), QVariant(languageCode(lang)), QVariant(t.title),
                      QVariant(t.lead), QVariant(t.body), QVariant(t.place), QVariant(hash),
                      lang == Language::Ru ? QVariant() : QVariant(ruHash), QVariant(stamp),
                      QVariant(lang == Language::Ru ? u"original"_s : u"done"_s)})
                    text.addBindValue(value);
                if (!check(Archive::exec(text), "text"))
                    return 1;
            }
            if (rng.bounded(10) < 4) {
                const int photos = 1 + int(rng.bounded(3));
                for (int p = 0; p < photos; ++p) {
                    ++photoId;
                    photo.addBindValue(photoId);
                    photo.addBindValue(QString::fromLatin1(QCryptographicHash::hash(
                        QByteArray::number(photoId), QCryptographicHash::Sha256).toHex()));
                    photo.addBindValue(u"IMG_%1.jpg"_s.arg(photoId));
                    photo.addBindValue(credits.at(rng.bounded(int(credits.size()))));
                    photo.addBindValue(sentence(ru, rng, 8 + int(rng.bounded(8))));
                    photo.addBindValue(sentence(en, rng, 8 + int(rng.bounded(8))));
                    photo.addBindValue(stamp);
                    if (!check(Archive::exec(photo), "photo"))
                        return 1;
                    link.addBindValue(i);
                    link.addBindValue(photoId);
                    link.addBindValue(p);
                    link.addBindValue(p == 0 ? 1 : 0);
                    if (!check(Archive::exec(link), "link"))
                        return 1;
                }
            }
            if (i % 20000 == 0)
                std::fprintf(stderr, "generated %d items\n", i);
        }
        if (!check(tx.commit(), "commit"))
            return 1;
    }
    std::printf("items: %d (generated and written in %.0f s)\n", count, msSince(timer) / 1000);
    const auto textBytes = Archive::scalar(db, u"SELECT sum(length(CAST(title || lead || body || "
                                               "place AS BLOB))) FROM item_text"_s);
    std::printf("text: %.0f MB (UTF-8, both languages, without photo captions)\n",
                textBytes ? textBytes->toDouble() / 1024 / 1024 : -1.0);

    timer.restart();
    int lastTenth = -1;
    if (!check(Archive::SearchIndex::rebuild(db, [&](int done, int total) {
                   const int tenth = total ? done * 10 / total : 10;
                   if (tenth != lastTenth)
                       std::fprintf(stderr, "indexing %d%%\n", tenth * 10);
                   lastTenth = tenth;
                   return true;
               }),
               "reindex"))
        return 1;
    const double indexMs = msSince(timer);
    std::printf("PressDesk index build (reindex, incl. optimize): %.0f s (%.0f items/s)\n",
                indexMs / 1000, count / (indexMs / 1000));

    timer.restart();
    QStringList columns;
    for (int c = 0; c < Archive::SearchIndex::ColumnCount; ++c)
        columns << Archive::SearchIndex::columnName(c);
    const QString list = columns.join(u", "_s);
    for (const QString &sql :
         {u"CREATE VIRTUAL TABLE baseline USING fts5(%1, tokenize='unicode61 remove_diacritics 2')"_s
              .arg(list),
          u"INSERT INTO baseline (rowid, %1) SELECT rowid, %1 FROM search"_s.arg(list),
          u"INSERT INTO baseline (baseline) VALUES ('optimize')"_s}) {
        if (auto r = Archive::run(db, sql); !r) {
            std::fprintf(stderr, "baseline: %s\n", qPrintable(r.error().detail));
            return 1;
        }
    }
    std::printf("baseline index build (unicode61, same text): %.0f s\n", msSince(timer) / 1000);
    if (auto r = Archive::run(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s); !r)
        return 1;
    auto pages = [&](const QString &name) {
        auto v = Archive::scalar(db, u"SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?"_s,
                                 {QString(name + u"%"_s)});
        return v ? v->toDouble() / 1024 / 1024 : -1.0;
    };
    std::printf("archive folder: %.0f MB; PressDesk index tables (search*): %.0f MB; "
                "baseline tables: %.0f MB\n",
                folderMb(dir), pages(u"search"_s), pages(u"baseline"_s));
    return 0;
}

// ---- query --------------------------------------------------------------------------------------

struct Stats
{
    double median = 0, p95 = 0, max = 0, meanTotal = 0;
};

Stats summarize(std::vector<double> times, const std::vector<int> &totals)
{
    std::sort(times.begin(), times.end());
    Stats s;
    s.median = times[times.size() / 2];
    s.p95 = times[std::min(times.size() - 1, size_t(std::ceil(times.size() * 0.95)) - 1)];
    s.max = times.back();
    double sum = 0;
    for (int t : totals)
        sum += t;
    s.meanTotal = sum / double(totals.size());
    return s;
}

struct QueryCase
{
    QString ours;         // PressDesk query language
    QString baselineFts;  // baseline MATCH expression ("" = no text)
    QString baselineSql;  // extra WHERE conditions on item i for the baseline
};

// The baseline as one would write it with FTS5 alone: count, top 50 by bm25 (or newest first
// without text), then snippet() for those 50.
int runBaseline(const QSqlDatabase &db, const QueryCase &c)
{
    int total = 0;
    QList<qint64> ids;
    const QString where = c.baselineSql.isEmpty() ? QString() : u" AND "_s + c.baselineSql;
    if (c.baselineFts.isEmpty()) {
        auto n = Archive::scalar(db, u"SELECT count(*) FROM item i WHERE 1"_s + where);
        total = n ? n->toInt() : -1;
        auto q = Archive::run(db, u"SELECT id FROM item i WHERE 1"_s + where
                                      + u" ORDER BY event_date DESC, id DESC LIMIT 50"_s);
        while (q && q->next())
            ids << q->value(0).toLongLong();
        for (qint64 id : std::as_const(ids))
            (void)Archive::scalar(db, u"SELECT lead FROM item_text WHERE item_id = ?"_s, {id});
        return total;
    }
    auto n = Archive::scalar(db, u"SELECT count(*) FROM baseline JOIN item i ON i.id ="
                                 " baseline.rowid WHERE baseline MATCH ?"_s + where,
                             {c.baselineFts});
    total = n ? n->toInt() : -1;
    auto q = Archive::run(db, u"SELECT baseline.rowid FROM baseline JOIN item i ON i.id ="
                              " baseline.rowid WHERE baseline MATCH ?"_s + where
                                  + u" ORDER BY bm25(baseline) LIMIT 50"_s,
                          {c.baselineFts});
    while (q && q->next())
        ids << q->value(0).toLongLong();
    for (qint64 id : std::as_const(ids))
        (void)Archive::scalar(db, u"SELECT snippet(baseline, -1, '[', ']', '…', 24) FROM baseline"
                                  " WHERE baseline MATCH ? AND rowid = ?"_s,
                              {c.baselineFts, id});
    return total;
}

int query(const QString &dir, int perClass, Search::SearchOptions::Ranking ranking)
{
    auto opened = Archive::Archive::open(dir);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    const QSqlDatabase db = (*opened)->connection();
    const Vocabulary ru = makeVocabulary(true);
    const Vocabulary en = makeVocabulary(false);
    QRandomGenerator rng(2026);
    auto itemCount = Archive::scalar(db, u"SELECT max(id) FROM item"_s);
    const int items = itemCount ? itemCount->toInt() : 0;

    // Content words, log-uniform over frequency rank: common and rare words alike, as archivists
    // search (function words are not searched for).
    auto contentWord = [&](const Vocabulary &v) {
        const int rank = int(std::exp(rng.generateDouble() * std::log(double(v.lemmas.size()))));
        const QStringList &forms = v.lemmas.at(std::min(rank, int(v.lemmas.size()) - 1));
        return forms.at(rng.bounded(int(forms.size())));
    };
    auto anyWord = [&]() { return contentWord(rng.bounded(2) ? ru : en); };
    auto quoted = [](const QString &w) -> QString { return u'"' + w + u'"'; };
    auto year = [&]() { return 2001 + int(rng.bounded(25)); };
    const QStringList sections = Model::sectionCodes();

    QList<std::pair<QString, QList<QueryCase>>> classes;
    QList<QueryCase> one, two, phrase, prefix, filters, mixed;
    for (int i = 0; i < perClass; ++i) {
        const QString a = anyWord();
        one << QueryCase{a, quoted(a), {}};
        const bool inRu = rng.bounded(2);
        const QString b = contentWord(inRu ? ru : en), c = contentWord(inRu ? ru : en);
        two << QueryCase{b + u' ' + c, quoted(b) + u' ' + quoted(c), {}};
        // Two neighbouring words of a real body.
        auto body = Archive::scalar(db, u"SELECT substr(body_ru, ?, 200) FROM search WHERE rowid = ?"_s,
                                    {1 + int(rng.bounded(2000)), 1 + int(rng.bounded(items))});
        QStringList words = body ? body->toString().split(QRegularExpression(u"[^\\p{L}]+"_s),
                                                           Qt::SkipEmptyParts)
                                 : QStringList();
        const QString p = words.size() >= 4 ? words.at(1) + u' ' + words.at(2) : a;
        phrase << QueryCase{quoted(p), quoted(p), {}};
        QString stem = contentWord(rng.bounded(2) ? ru : en);
        stem = stem.left(std::max<qsizetype>(4, stem.size() - 3));
        prefix << QueryCase{stem + u'*', quoted(stem) + u'*', {}};
        const int y = year();
        const int m = 1 + int(rng.bounded(12));
        const QString section = sections.at(rng.bounded(int(sections.size())));
        switch (i % 3) {
        case 0:
            filters << QueryCase{u"date:%1-%2"_s.arg(y).arg(m, 2, 10, QChar(u'0')), {},
                                 u"i.event_date BETWEEN '%1-%2-01' AND '%1-%2-31'"_s.arg(y).arg(
                                     m, 2, 10, QChar(u'0'))};
            break;
        case 1:
            filters << QueryCase{u"section:%1 date:%2"_s.arg(section).arg(y), {},
                                 u"i.section = '%1' AND i.event_date LIKE '%2-%'"_s.arg(section).arg(y)};
            break;
        default:
            filters << QueryCase{u"has:photo date:%1..%2"_s.arg(y).arg(y + 2), {},
                                 u"i.event_date BETWEEN '%1-01-01' AND '%2-12-31' AND i.id IN"
                                 " (SELECT item_id FROM item_photo)"_s.arg(y).arg(y + 2)};
            break;
        }
        const QString w = anyWord();
        mixed << QueryCase{u"%1 date:%2 section:%3"_s.arg(w).arg(y).arg(section), quoted(w),
                           u"i.event_date LIKE '%1-%' AND i.section = '%2'"_s.arg(y).arg(section)};
    }
    classes = {{u"one word"_s, one},  {u"two words"_s, two},  {u"phrase"_s, phrase},
               {u"prefix"_s, prefix}, {u"filters only"_s, filters}, {u"words + filters"_s, mixed}};

    const Search::Searcher searcher(db);
    Search::SearchOptions options; // top 50 with snippets, relevance
    options.ranking = ranking;
    // Warm the page cache once, as a running program would have it.
    (void)Archive::scalar(db, u"SELECT count(*) FROM search WHERE search MATCH 'x*'"_s);
    std::printf("%-16s %-9s %9s %9s %9s %12s\n", "class", "engine", "median", "p95", "max",
                "mean total");
    for (const auto &[name, cases] : std::as_const(classes)) {
        std::vector<double> ours, base;
        std::vector<int> oursTotal, baseTotal;
        for (const QueryCase &c : cases) {
            QElapsedTimer t;
            t.start();
            const auto parsed = Search::parseQuery(c.ours);
            const auto *q = std::get_if<Search::Query>(&parsed);
            auto result = q ? searcher.search(*q, options) : Result<Search::SearchResult>(
                                  makeError(ErrorCode::InvalidArgument, c.ours));
            ours.push_back(msSince(t));
            if (!result) {
                std::fprintf(stderr, "query %s: %s\n", qPrintable(c.ours),
                             qPrintable(result.error().detail));
                return 1;
            }
            oursTotal.push_back(result->total);
            t.restart();
            baseTotal.push_back(runBaseline(db, c));
            base.push_back(msSince(t));
        }
        for (const auto &[engine, stats] :
             {std::pair{"PressDesk", summarize(ours, oursTotal)},
              std::pair{"baseline", summarize(base, baseTotal)}}) {
            std::printf("%-16s %-9s %7.1fms %7.1fms %7.1fms %12.0f\n", qPrintable(name), engine,
                        stats.median, stats.p95, stats.max, stats.meanTotal);
        }
        std::fflush(stdout);
    }
    std::printf("peak memory of this process (VmHWM): %.0f MB\n", peakRssKb() / 1024.0);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Markdown to plain text may need the font database (QTextDocument).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == u"build"_s)
        return build(args.at(2), args.size() > 3 ? args.at(3).toInt() : 200000);
    if (args.size() >= 3 && args.at(1) == u"query"_s) {
        // The ranking strategy can be forced, to compare (the default lets the searcher choose).
        const QString mode = args.size() > 4 ? args.at(4) : u"auto"_s;
        const auto ranking = mode == u"onepass"_s   ? Search::SearchOptions::Ranking::OnePass
                             : mode == u"pertier"_s ? Search::SearchOptions::Ranking::PerTier
                                                    : Search::SearchOptions::Ranking::Auto;
        return query(args.at(2), args.size() > 3 ? args.at(3).toInt() : 200, ranking);
    }
    std::fprintf(stderr, "usage: bench_search build DIR [ITEMS] | query DIR [QUERIES [auto|onepass|pertier]]\n");
    return 2;
}
