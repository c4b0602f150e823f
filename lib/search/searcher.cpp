#include "searcher.h"

#include <archive/searchindex.h>
#include <archive/sql.h>
#include <text/stemmer.h>

#include <QHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Press::Search {
namespace {

namespace Index = Archive::SearchIndex;
using FormMatch = Search::FormMatch;

constexpr QChar kMatchStart(0xE000); // private-use markers around matched words in snippets
constexpr QChar kMatchEnd(0xE001);
constexpr int kSnippetWords = 24;

QString weightArguments()
{
    QStringList args;
    for (double w : Index::columnWeights())
        args << QString::number(w, 'f', 2);
    return args.join(u", "_s);
}

// The phrase mask press_rank reads: FTS5 numbers the phrases (quoted strings) of an expression
// in order; exact-form ones start with '='. Phrases after the first `counted` are marked 'x'
// (conditions such as place: or exclusions, which are not terms of the query).
QString phraseMask(const QString &match, qsizetype counted = -1)
{
    // 'p' plain phrase (starts a term), 'e' its exact form, 'a' a prefix's other spelling.
    static const QRegularExpression phrase(u"\"([^\"]*)\"(\\*?)"_s);
    QString mask;
    for (auto it = phrase.globalMatch(match); it.hasNext();) {
        const auto m = it.next();
        const bool marked = m.captured(1).startsWith(u'=');
        const QChar kind = !marked ? u'p' : m.captured(2).isEmpty() ? u'e' : u'a';
        mask += counted >= 0 && mask.size() >= counted ? u'x' : kind;
    }
    return mask;
}

// press_rank over the first `textPhrases` phrases of `match`; with `tiered`, it also places
// each row in its tier (see rankedPage) from the column classes. `docCounts` are the phrases'
// document frequencies, counted once per search (phraseDocCounts).
QString rankSql(const QString &match, qsizetype textPhrases, bool tiered, const QString &docCounts)
{
    static const QString weights = weightArguments();
    static const QString classes = [] {
        QString c;
        for (int column = 0; column < Index::ColumnCount; ++column) {
            switch (column) {
            case Index::TitleRu:
            case Index::TitleEn: c += u't'; break;
            case Index::LeadRu:
            case Index::LeadEn:
            case Index::PlaceRu:
            case Index::PlaceEn:
            case Index::Tags: c += u'h'; break;
            default: c += u'b'; break;
            }
        }
        return c;
    }();
    return u"press_rank(search, %1, '%2', '%3', '%4')"_s.arg(
        weights, phraseMask(match, textPhrases), tiered ? classes : QString(), docCounts);
}

// True when the text is words and phrases joined by AND only: then press_rank can place each
// row in its tier from where the phrases occur, in one pass. (Prefix terms are left to a pass
// per tier: FTS5 reports a prefix's occurrences fully only where the prefix decides the match.)
bool isConjunction(const TextNode &node)
{
    if (node.kind == TextNode::Kind::Term)
        return true;
    if (node.kind != TextNode::Kind::And || !node.excluded.isEmpty())
        return false;
    return std::all_of(node.children.cbegin(), node.children.cend(),
                       [](const TextNode &c) { return c.kind == TextNode::Kind::Term; });
}

bool hasPrefix(const TextNode &node)
{
    if (node.kind == TextNode::Kind::Term)
        return node.term.prefix;
    return std::any_of(node.children.cbegin(), node.children.cend(), hasPrefix);
}

bool hasPhrase(const TextNode &node)
{
    if (node.kind == TextNode::Kind::Term)
        return node.term.words.size() > 1;
    return std::any_of(node.children.cbegin(), node.children.cend(), hasPhrase);
}

// Below this many hits one ranking pass over all of them is cheaper than a pass per tier.
constexpr int kSinglePassLimit = 20000;

QString bestColumnSql()
{
    static const QString sql = u"press_best_column(search, %1)"_s.arg(weightArguments());
    return sql;
}

QString placeholders(qsizetype n)
{
    return QStringList(n, u"?"_s).join(u", "_s);
}

QString folded(const QString &text)
{
    return Text::foldWord(text.simplified());
}

// The SQL a query becomes: an FTS5 expression (may be empty) and conditions on `item i`.
struct Plan
{
    QString text;          // the query's words, exact forms named (for ranking); may be empty
    QString textPlain;     // the same rows, without exact forms (counting, date order)
    QString textExact;     // only the exact forms (the first ranking tiers)
    QList<int> textColumns; // lang: restriction (empty = all columns)
    QStringList required;  // more FTS5 conditions ANDed (place:)
    QStringList excluded;  // FTS5 conditions NOTed (-word, -place:)
    QStringList where;     // conditions on `item i`
    QVariantList values;   // for `where`, in order
    QStringList unknownTags;

    // The MATCH expression for `words` (one of the three forms above, in the lang: columns)
    // with the other conditions; `andAlso` is one more to meet, `notAlso` more to exclude.
    [[nodiscard]] QString match(const QString &words, const QStringList &notAlso = {},
                                const QString &andAlso = {}) const
    {
        QStringList parts;
        if (!words.isEmpty())
            parts << u'(' + restrictToColumns(words, textColumns) + u')';
        if (!andAlso.isEmpty())
            parts << u'(' + andAlso + u')';
        for (const QString &r : required)
            parts << u'(' + r + u')';
        if (parts.isEmpty())
            return {};
        QString expr = parts.join(u" AND "_s);
        for (const QString &e : excluded + notAlso)
            expr += u" NOT ("_s + e + u')';
        return expr;
    }
};

Result<QList<qint64>> entitiesForTag(const QSqlDatabase &db, const QString &value)
{
    auto q = Archive::run(db, u"SELECT id, name_ru, short_ru, name_en, short_en FROM entity"_s);
    if (!q)
        return q.error();
    // A name or abbreviation equal to the value; failing that, names whose words start with the
    // value's words («шанх» finds the Shanghai Cooperation Organisation).
    const QString wanted = folded(value);
    const QStringList wantedWords = wanted.split(u' ', Qt::SkipEmptyParts);
    QList<qint64> exact, prefix;
    while (q->next()) {
        bool isExact = false, isPrefix = false;
        for (int c = 1; c <= 4; ++c) {
            const QString name = folded(q->value(c).toString());
            if (name.isEmpty())
                continue;
            isExact = isExact || name == wanted;
            const QStringList words = name.split(QRegularExpression(u"[\\s\\-–—,.«»\"()]+"_s),
                                                 Qt::SkipEmptyParts);
            bool all = true;
            for (const QString &w : wantedWords) {
                all = all && std::any_of(words.cbegin(), words.cend(),
                                         [&](const QString &n) { return n.startsWith(w); });
            }
            isPrefix = isPrefix || all;
        }
        if (isExact)
            exact << q->value(0).toLongLong();
        else if (isPrefix)
            prefix << q->value(0).toLongLong();
    }
    return exact.isEmpty() ? prefix : exact;
}

QString languageList(const QList<Language> &languages, QVariantList &values)
{
    for (Language l : languages)
        values << languageCode(l);
    return placeholders(languages.size());
}

// place: matches the place fields, each word in any form and order.
QString placeExpression(const QString &value)
{
    TextNode node;
    node.kind = TextNode::Kind::And;
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    for (const QString &word : value.split(separators, Qt::SkipEmptyParts)) {
        TextNode child;
        child.term.words = QStringList{word};
        node.children << child;
    }
    return ftsExpression(node, {Index::PlaceRu, Index::PlaceEn});
}

Result<Plan> makePlan(const QSqlDatabase &db, const Query &query)
{
    Plan plan;
    QList<int> columns;
    for (Language l : query.textLanguages())
        columns += Index::columnsOf(l);
    if (!columns.isEmpty())
        columns << Index::Credit << Index::Tags; // not language text: searchable in either
    plan.textColumns = columns;
    if (query.root) {
        plan.text = Search::ftsExpression(*query.root, {}, FormMatch::RankExactForm);
        plan.textPlain = Search::ftsExpression(*query.root, {}, FormMatch::AnyForm);
        plan.textExact = Search::ftsExpression(*query.root, {}, FormMatch::ExactForm);
    }
    for (const TextNode &excluded : query.excluded)
        plan.excluded << Search::ftsExpression(excluded, columns, FormMatch::AnyForm);

    const bool hasDate = std::any_of(query.filters.cbegin(), query.filters.cend(), [](const Filter &f) {
        return f.kind == Filter::Kind::Date && !f.negated;
    });
    for (const Filter &f : query.filters) {
        QString condition;
        switch (f.kind) {
        case Filter::Kind::Date: {
            QStringList parts;
            if (f.from.isValid()) {
                parts << u"i.event_date >= ?"_s;
                plan.values << f.from.toString(Qt::ISODate);
            }
            if (f.to.isValid()) {
                parts << u"i.event_date <= ?"_s;
                plan.values << f.to.toString(Qt::ISODate);
            }
            condition = parts.join(u" AND "_s);
            break;
        }
        case Filter::Kind::Section:
            for (Model::Section s : f.sections)
                plan.values << Model::sectionCode(s);
            // With a date too, the date index narrows far more than six sections can: the
            // unary + keeps SQLite from choosing the section index (it has no statistics).
            condition = u"%1i.section IN (%2)"_s.arg(hasDate ? u"+"_s : QString(),
                                                     placeholders(f.sections.size()));
            break;
        case Filter::Kind::Status:
            for (Model::ItemStatus s : f.statuses)
                plan.values << Model::statusCode(s);
            condition = u"%1i.status IN (%2)"_s.arg(hasDate ? u"+"_s : QString(),
                                                    placeholders(f.statuses.size()));
            break;
        case Filter::Kind::Tag: {
            auto ids = entitiesForTag(db, f.value);
            if (!ids)
                return ids.error();
            if (ids->isEmpty()) {
                plan.unknownTags << f.value;
                condition = u"0"_s;
                break;
            }
            for (qint64 id : std::as_const(*ids))
                plan.values << id;
            condition = u"EXISTS (SELECT 1 FROM item_entity ie WHERE ie.item_id = i.id"
                        " AND ie.entity_id IN (%1))"_s.arg(placeholders(ids->size()));
            break;
        }
        case Filter::Kind::Place:
            (f.negated ? plan.excluded : plan.required) << placeExpression(f.value);
            continue;
        case Filter::Kind::Language:
            continue; // applied to the text columns above
        case Filter::Kind::HasPhoto:
            condition = u"i.photo_count > 0"_s;
            break;
        case Filter::Kind::Missing:
        case Filter::Kind::Outdated:
            condition = u"EXISTS (SELECT 1 FROM item_text t WHERE t.item_id = i.id"
                        " AND t.lang IN (%1) AND t.state = '%2')"_s
                            .arg(languageList(f.languages, plan.values),
                                 f.kind == Filter::Kind::Missing ? u"missing"_s : u"outdated"_s);
            break;
        }
        if (condition.isEmpty())
            continue;
        if (f.negated && condition == u"0"_s)
            continue; // excluding a tag nobody has excludes nothing
        plan.where << (f.negated ? u"NOT ("_s + condition + u')' : condition);
    }

    if (plan.text.isEmpty() && plan.required.isEmpty() && !plan.excluded.isEmpty()) {
        // Only exclusions: FTS5 has no "everything but", so exclude the matching rows in SQL.
        QStringList parts;
        for (const QString &e : std::as_const(plan.excluded))
            parts << u'(' + e + u')';
        plan.where << u"i.id NOT IN (SELECT rowid FROM search WHERE search MATCH ?)"_s;
        plan.values << parts.join(u" OR "_s);
        plan.excluded.clear();
    }
    return plan;
}

QString whereClause(const Plan &plan, bool withMatch)
{
    QStringList all;
    if (withMatch)
        all << u"search MATCH ?"_s;
    all += plan.where;
    return all.isEmpty() ? QString() : u" WHERE "_s + all.join(u" AND "_s);
}

// `probe`: walk the items the filters allow and look each up in the index (when the filters
// allow far fewer items than the words match); otherwise walk the index's matches.
QString fromClause(bool withMatch, bool probe = false)
{
    if (!withMatch)
        return u" FROM item i"_s;
    return probe ? u" FROM item i CROSS JOIN search ON search.rowid = i.id"_s
                 : u" FROM search JOIN item i ON i.id = search.rowid"_s;
}

// How many items each phrase of a query occurs in, for press_rank's idf, from the index's
// vocabulary (one lookup a word) rather than a pass over every phrase's matches in every
// ranking query: a phrase counts as its rarest word; a prefix as the sum of its words.
class DocCounts
{
public:
    explicit DocCounts(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    // Counts for the first `phrases` phrases of `match`, space-separated, for press_rank.
    Result<QString> forMatch(const QString &match, qsizetype phrases)
    {
        static const QRegularExpression phrase(u"\"([^\"]*)\"(\\*?)"_s);
        QStringList counts;
        for (auto it = phrase.globalMatch(match); it.hasNext() && counts.size() < phrases;) {
            const auto m = it.next();
            auto n = phraseCount(m.captured(1), !m.captured(2).isEmpty());
            if (!n)
                return n.error();
            counts << QString::number(*n);
        }
        return counts.join(u' ');
    }

    // At least as many items as match all these terms (the rarest term's count).
    Result<qint64> estimate(const TextNode &conjunction)
    {
        qint64 least = std::numeric_limits<qint64>::max();
        const QList<TextNode> terms = conjunction.kind == TextNode::Kind::Term
                                          ? QList<TextNode>{conjunction}
                                          : conjunction.children;
        for (const TextNode &t : terms) {
            auto n = phraseCount(t.term.words.join(u' '), t.term.prefix);
            if (!n)
                return n.error();
            least = std::min(least, *n);
        }
        return least;
    }

private:
    Result<qint64> phraseCount(const QString &text, bool prefix)
    {
        if (!m_vocabulary) {
            // A temporary view of the index's vocabulary, on this connection only.
            if (auto r = Archive::run(m_db, u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab"
                                            " USING fts5vocab(main, 'search', 'row')"_s);
                !r)
                return r.error();
            m_vocabulary = true;
        }
        const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        qint64 rarest = std::numeric_limits<qint64>::max();
        for (qsizetype i = 0; i < words.size(); ++i) {
            QString word = words.at(i);
            const bool exact = word.startsWith(u'=');
            if (exact)
                word.remove(0, 1);
            const bool isPrefix = prefix && i == words.size() - 1;
            const QString token = exact ? QChar(u'\x01') + Text::foldWord(word)
                                  : isPrefix ? Text::foldWord(word)
                                             : Text::stemWord(word);
            const QString key = token + (isPrefix ? u"*"_s : QString());
            auto cached = m_cache.constFind(key);
            if (cached == m_cache.cend()) {
                auto n = isPrefix
                             ? Archive::scalar(m_db,
                                               u"SELECT coalesce(sum(doc), 0) FROM temp.search_vocab"
                                               " WHERE term >= ? AND term < ?"_s,
                                               {token, QString(token + QChar(0xDBFF) + QChar(0xDFFF))})
                             : Archive::scalar(m_db,
                                               u"SELECT coalesce(max(doc), 0) FROM temp.search_vocab"
                                               " WHERE term = ?"_s,
                                               {token});
                if (!n)
                    return n.error();
                cached = m_cache.insert(key, n->toLongLong());
            }
            rarest = std::min(rarest, *cached);
        }
        return rarest == std::numeric_limits<qint64>::max() ? 0 : rarest;
    }

    QSqlDatabase m_db;
    QHash<QString, qint64> m_cache;
    bool m_vocabulary = false;
};

// Binds `match` (when not empty), the plan's values, then `tail`, in the order of the SQL.
Result<QSqlQuery> runPlan(const QSqlDatabase &db, const QString &sql, const Plan &plan,
                          const QString &match, const QVariantList &tail = {})
{
    auto q = Archive::prepare(db, sql);
    if (!q)
        return q.error();
    int n = 0;
    if (!match.isEmpty())
        q->bindValue(n++, match);
    for (const QVariant &v : plan.values)
        q->bindValue(n++, v);
    for (const QVariant &v : tail)
        q->bindValue(n++, v);
    q->setForwardOnly(true);
    if (auto r = Archive::exec(*q); !r)
        return r.error();
    return q;
}

// Relevance is tiered. Items with the words in the exact form typed come before items with
// other forms of them ("organization" is not flooded by "organ"); within each, items with the
// words in a title come first, then those with them in a lead, place or tag, then the rest;
// press_rank orders each tier. A tier that fills the page spares ranking the (often far larger)
// tiers after it, so a common word costs the ranking of its title matches, not of every body
// that mentions it.
// `total`: for one pass, set to the number of matches (counted by the same query).
Result<QList<std::pair<qint64, double>>> rankedPage(const QSqlDatabase &db, const Plan &plan,
                                                    int want, bool singlePass, bool probe,
                                                    DocCounts &docCounts, int *total)
{
    QList<std::pair<qint64, double>> hits;
    if (singlePass) {
        // The same order from one evaluation of the expression (phrases are costly to match
        // again for every tier): press_rank finds each row's tier and scores it as that
        // tier's query would.
        const QString match = plan.match(plan.text);
        const qsizetype textPhrases = phraseMask(plan.text).size();
        auto counts = docCounts.forMatch(match, textPhrases);
        if (!counts)
            return counts.error();
        // The matches are scored once into a temporary table, which gives both the count and
        // the page: one evaluation of the expression.
        const QString sql = u"WITH hits AS MATERIALIZED (SELECT search.rowid AS id, "_s
                            + rankSql(match, textPhrases, true, *counts) + u" AS score"_s
                            + fromClause(true, probe) + whereClause(plan, true)
                            + u") SELECT id, score, (SELECT count(*) FROM hits) FROM hits"
                              " ORDER BY score, id DESC LIMIT ?"_s;
        auto q = runPlan(db, sql, plan, match, {want});
        if (!q)
            return q.error();
        *total = 0;
        while (q->next()) {
            hits << std::pair{q->value(0).toLongLong(), -std::fmod(q->value(1).toDouble(), 1e6)};
            *total = q->value(2).toInt();
        }
        return hits;
    }
    auto within = [&](const QList<int> &columns) {
        if (plan.textColumns.isEmpty())
            return columns;
        QList<int> kept;
        for (int c : columns) {
            if (plan.textColumns.contains(c))
                kept << c;
        }
        return kept;
    };
    const QList<QList<int>> places{
        within({Index::TitleRu, Index::TitleEn}),
        within({Index::LeadRu, Index::LeadEn, Index::PlaceRu, Index::PlaceEn, Index::Tags}),
        plan.textColumns, // everything the query may match
    };
    struct Tier
    {
        QString words; // expression for ranking
        QString plain; // the same rows, to exclude from later tiers
        QList<int> columns;
        bool everywhere;
    };
    QList<Tier> tiers;
    if (plan.textExact != plan.textPlain) {
        for (qsizetype p = 0; p < places.size(); ++p)
            tiers << Tier{plan.textExact, plan.textExact, places.at(p), p == places.size() - 1};
    }
    for (qsizetype p = 0; p < places.size(); ++p)
        tiers << Tier{plan.text, plan.textPlain, places.at(p), p == places.size() - 1};

    QStringList earlier; // the previous tiers, excluded from the next
    for (const Tier &tier : std::as_const(tiers)) {
        if (hits.size() >= want)
            break;
        if (!tier.everywhere && tier.columns.isEmpty())
            continue;
        const QString tierWords = restrictToColumns(
            tier.words, tier.columns.isEmpty() ? plan.textColumns : tier.columns);
        const QString match = plan.match(QString(), earlier, tierWords);
        const qsizetype tierPhrases = phraseMask(tierWords).size();
        auto counts = docCounts.forMatch(match, tierPhrases);
        if (!counts)
            return counts.error();
        const QString sql = u"SELECT search.rowid, "_s
                            + rankSql(match, tierPhrases, false, *counts)
                            + fromClause(true, probe)
                            + whereClause(plan, true)
                            + u" ORDER BY 2, search.rowid DESC LIMIT ?"_s;
        auto q = runPlan(db, sql, plan, match, {want - int(hits.size())});
        if (!q)
            return q.error();
        while (q->next())
            hits << std::pair{q->value(0).toLongLong(), -q->value(1).toDouble()};
        earlier << restrictToColumns(tier.plain,
                                     tier.columns.isEmpty() ? plan.textColumns : tier.columns);
    }
    return hits;
}

Snippet parseSnippet(const QString &marked)
{
    Snippet s;
    s.text.reserve(marked.size());
    int start = -1;
    for (QChar c : marked) {
        if (c == kMatchStart) {
            start = int(s.text.size());
        } else if (c == kMatchEnd) {
            if (start >= 0 && s.text.size() > start)
                s.matches << std::pair{start, int(s.text.size()) - start};
            start = -1;
        } else {
            s.text += c == u'\n' ? u' ' : c;
        }
    }
    return s;
}

// Snippet of a hit: from the column where the query matched best.
Result<QHash<qint64, Snippet>> matchSnippets(const QSqlDatabase &db, const QString &match,
                                             const QList<qint64> &ids)
{
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id); // numbers: safe to inline
    const QString sql = u"SELECT rowid, %1, snippet(search, %1, '%2', '%3', '…', %4) FROM search"
                        " WHERE search MATCH ? AND rowid IN (%5)"_s.arg(
                            bestColumnSql(), QString(kMatchStart), QString(kMatchEnd),
                            QString::number(kSnippetWords), list.join(u','));
    auto q = Archive::run(db, sql, {match});
    if (!q)
        return q.error();
    QHash<qint64, Snippet> snippets;
    while (q->next()) {
        Snippet s = parseSnippet(q->value(2).toString());
        const int column = q->value(1).toInt();
        s.field = Index::columnName(column);
        s.language = Index::columnLanguage(column);
        snippets.insert(q->value(0).toLongLong(), s);
    }
    return snippets;
}

// A hit found by filters alone: the opening of its lead (or title) in its source language (the
// other language when that is empty). Read from the index's copy of the text, whose rows keep
// title and lead in their first page; the archive's text rows may continue on overflow pages.
Result<Snippet> openingSnippet(const QSqlDatabase &db, qint64 id)
{
    auto source = Archive::scalar(db, u"SELECT source_lang FROM item WHERE id = ?"_s, {id});
    if (!source)
        return source.error();
    auto q = Archive::run(db,
                          u"SELECT title_ru, lead_ru, title_en, lead_en FROM search"
                          " WHERE rowid = ?"_s,
                          {id});
    if (!q)
        return q.error();
    Snippet s;
    if (!q->next())
        return s;
    const Language first = languageFromCode(source->toString()).value_or(Language::Ru);
    for (Language lang : {first, first == Language::Ru ? Language::En : Language::Ru}) {
        const int base = lang == Language::Ru ? 0 : 2;
        const QString title = q->value(base).toString();
        const QString lead = q->value(base + 1).toString();
        if (title.isEmpty() && lead.isEmpty())
            continue;
        const bool hasLead = !lead.isEmpty();
        const QStringList words = (hasLead ? lead : title).simplified().split(u' ');
        s.text = words.mid(0, kSnippetWords).join(u' ');
        if (words.size() > kSnippetWords)
            s.text += u'…';
        s.language = lang;
        s.field = (hasLead ? u"lead_"_s : u"title_"_s) + languageCode(lang);
        break;
    }
    return s;
}

} // namespace

QString sortOrderCode(SortOrder order)
{
    return order == SortOrder::Relevance ? u"rank"_s : u"date"_s;
}

std::optional<SortOrder> sortOrderFromCode(const QString &code)
{
    if (code == u"rank"_s || code == u"relevance"_s)
        return SortOrder::Relevance;
    if (code == u"date"_s || code == u"newest"_s)
        return SortOrder::Newest;
    return std::nullopt;
}

Searcher::Searcher(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<SearchResult> Searcher::search(const Query &query, const SearchOptions &options) const
{
    auto plan = makePlan(m_db, query);
    if (!plan)
        return plan.error();
    SearchResult result;
    result.unknownTags = plan->unknownTags;

    const QString fullMatch = plan->match(plan->textPlain);
    const bool withMatch = !fullMatch.isEmpty();
    const bool conjunction = query.root && isConjunction(*query.root) && !hasPrefix(*query.root);
    const bool ranked = options.sort == SortOrder::Relevance && !plan->text.isEmpty();
    DocCounts docCounts(m_db);
    // How many items the words can match at most, from the index's vocabulary (cheap).
    std::optional<qint64> estimate;
    if (conjunction) {
        auto e = docCounts.estimate(*query.root);
        if (!e)
            return e.error();
        estimate = *e;
    }
    // Words and filters: when the filters allow far fewer items than the words match, looking
    // those items up in the index beats joining every match to its item (a common word in one
    // month's news). The probe costs some 30 µs an item, walking a match some 3 µs.
    bool probe = false;
    if (withMatch && !plan->where.isEmpty() && estimate) {
        auto allowed = runPlan(m_db, u"SELECT count(*)"_s + fromClause(false)
                                         + whereClause(*plan, false),
                               *plan, {});
        if (!allowed)
            return allowed.error();
        const qint64 candidates = allowed->next() ? allowed->value(0).toLongLong() : 0;
        allowed->finish();
        probe = candidates * 10 < *estimate;
    }
    const bool singlePass =
        ranked && conjunction
        && (options.ranking == SearchOptions::Ranking::OnePass
            || (options.ranking == SearchOptions::Ranking::Auto
                && (probe || hasPhrase(*query.root) || *estimate <= kSinglePassLimit)));
    const int offset = qMax(0, options.offset);

    if (!singlePass) {
        // Counting without the item join when nothing needs it reads only the index.
        const QString countSql = plan->where.isEmpty() && withMatch
                                     ? u"SELECT count(*) FROM search WHERE search MATCH ?"_s
                                     : u"SELECT count(*)"_s + fromClause(withMatch, probe)
                                           + whereClause(*plan, withMatch);
        auto count = runPlan(m_db, countSql, *plan, fullMatch);
        if (!count)
            return count.error();
        result.total = count->next() ? count->value(0).toInt() : 0;
        count->finish();
        if (result.total == 0 || options.limit <= 0 || offset >= result.total)
            return result;
    }

    if (ranked) {
        // One pass needs a row to carry the count, even for a page of none.
        const int want = int(std::min<qint64>(qint64(offset) + qMax(options.limit, 1),
                                              singlePass ? std::numeric_limits<int>::max()
                                                         : result.total));
        auto page = rankedPage(m_db, *plan, want, singlePass, probe, docCounts, &result.total);
        if (!page)
            return page.error();
        const qsizetype end = std::min<qsizetype>(page->size(), qint64(offset) + qMax(options.limit, 0));
        for (qsizetype i = offset; i < end; ++i)
            result.hits << Hit{page->at(i).first, page->at(i).second, {}};
    } else {
        const QString sql = u"SELECT i.id"_s + fromClause(withMatch, probe)
                            + whereClause(*plan, withMatch)
                            + u" ORDER BY i.event_date DESC, i.id DESC LIMIT ? OFFSET ?"_s;
        auto rows = runPlan(m_db, sql, *plan, fullMatch, {options.limit, offset});
        if (!rows)
            return rows.error();
        while (rows->next())
            result.hits << Hit{rows->value(0).toLongLong(), 0, {}};
    }

    if (!options.snippets)
        return result;
    if (!plan->text.isEmpty()) {
        QList<qint64> ids;
        for (const Hit &hit : std::as_const(result.hits))
            ids << hit.itemId;
        auto snippets = matchSnippets(m_db, plan->match(plan->text), ids);
        if (!snippets)
            return snippets.error();
        for (Hit &hit : result.hits)
            hit.snippet = snippets->value(hit.itemId);
        return result;
    }
    for (Hit &hit : result.hits) {
        auto snippet = openingSnippet(m_db, hit.itemId);
        if (!snippet)
            return snippet.error();
        hit.snippet = *snippet;
    }
    return result;
}

Result<QList<qint64>> Searcher::matchingIds(const Query &query, SortOrder order) const
{
    SearchOptions options;
    options.sort = order;
    options.limit = std::numeric_limits<int>::max();
    options.snippets = false;
    auto result = search(query, options);
    if (!result)
        return result.error();
    QList<qint64> ids;
    ids.reserve(result->hits.size());
    for (const Hit &hit : std::as_const(result->hits))
        ids << hit.itemId;
    return ids;
}

SearchInterrupter::SearchInterrupter(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
}

void SearchInterrupter::interrupt() const
{
    if (m_handle)
        sqlite3_interrupt(static_cast<sqlite3 *>(m_handle)); // documented as thread-safe
}

} // namespace Press::Search
