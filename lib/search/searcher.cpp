#include "searcher.h"

#include <archive/searchindex.h>
#include <archive/sql.h>
#include <text/stemmer.h>

#include <QRegularExpression>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Press::Search {
namespace {

namespace Index = Archive::SearchIndex;

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

// press_rank with the phrase mask of `match`: FTS5 numbers the phrases (quoted strings) of an
// expression in order; the exact-form ones start with '='.
QString rankSql(const QString &match)
{
    static const QString weights = weightArguments();
    static const QRegularExpression phrase(u"\"([^\"]*)\""_s);
    QString mask;
    for (auto it = phrase.globalMatch(match); it.hasNext();)
        mask += it.next().captured(1).startsWith(u'=') ? u'e' : u'p';
    return u"press_rank(search, %1, '%2')"_s.arg(weights, mask);
}

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
    QString match;
    QStringList where;
    QVariantList values; // for `where`, in order
    QStringList unknownTags;
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
    if (query.root)
        plan.match = Search::ftsExpression(*query.root, columns);
    QStringList notIn; // FTS5 expressions whose rows are excluded
    for (const TextNode &excluded : query.excluded)
        notIn << Search::ftsExpression(excluded, columns);

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
            condition = u"i.section IN (%1)"_s.arg(placeholders(f.sections.size()));
            break;
        case Filter::Kind::Status:
            for (Model::ItemStatus s : f.statuses)
                plan.values << Model::statusCode(s);
            condition = u"i.status IN (%1)"_s.arg(placeholders(f.statuses.size()));
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
            if (!f.negated) {
                const QString place = placeExpression(f.value);
                plan.match = plan.match.isEmpty() ? place
                                                  : u'(' + plan.match + u") AND ("_s + place + u')';
                continue;
            }
            notIn << placeExpression(f.value);
            continue;
        case Filter::Kind::Language:
            continue; // applied to the text columns above
        case Filter::Kind::HasPhoto:
            condition = u"EXISTS (SELECT 1 FROM item_photo p WHERE p.item_id = i.id)"_s;
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

    if (!notIn.isEmpty()) {
        if (!plan.match.isEmpty()) {
            plan.match = u'(' + plan.match + u')';
            for (const QString &e : std::as_const(notIn))
                plan.match += u" NOT ("_s + e + u')';
        } else {
            QStringList parts;
            for (const QString &e : std::as_const(notIn))
                parts << u'(' + e + u')';
            plan.where << u"i.id NOT IN (SELECT rowid FROM search WHERE search MATCH ?)"_s;
            plan.values << parts.join(u" OR "_s);
        }
    }
    return plan;
}

QString whereClause(const Plan &plan)
{
    QStringList all;
    if (!plan.match.isEmpty())
        all << u"search MATCH ?"_s;
    all += plan.where;
    return all.isEmpty() ? QString() : u" WHERE "_s + all.join(u" AND "_s);
}

QString fromClause(const Plan &plan)
{
    return plan.match.isEmpty() ? u" FROM item i"_s
                                : u" FROM search JOIN item i ON i.id = search.rowid"_s;
}

Result<QSqlQuery> runPlan(const QSqlDatabase &db, const QString &sql, const Plan &plan,
                          const QVariantList &tail = {})
{
    auto q = Archive::prepare(db, sql);
    if (!q)
        return q.error();
    int n = 0;
    if (!plan.match.isEmpty())
        q->bindValue(n++, plan.match);
    for (const QVariant &v : plan.values)
        q->bindValue(n++, v);
    for (const QVariant &v : tail)
        q->bindValue(n++, v);
    q->setForwardOnly(true);
    if (auto r = Archive::exec(*q); !r)
        return r.error();
    return q;
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
Result<Snippet> matchSnippet(const QSqlDatabase &db, const QString &match, qint64 id)
{
    static const QString sql = u"SELECT %1, snippet(search, %1, '%2', '%3', '…', %4) FROM search"
                               " WHERE search MATCH ? AND rowid = ?"_s.arg(
                                   bestColumnSql(), QString(kMatchStart), QString(kMatchEnd),
                                   QString::number(kSnippetWords));
    auto q = Archive::run(db, sql, {match, id});
    if (!q)
        return q.error();
    if (!q->next())
        return Snippet{};
    Snippet s = parseSnippet(q->value(1).toString());
    const int column = q->value(0).toInt();
    s.field = Index::columnName(column);
    s.language = Index::columnLanguage(column);
    return s;
}

// A hit found by filters alone: the opening of its lead (or title) in its source language.
Result<Snippet> openingSnippet(const QSqlDatabase &db, qint64 id)
{
    auto q = Archive::run(db,
                          u"SELECT t.lang, t.lead, t.title FROM item i JOIN item_text t"
                          " ON t.item_id = i.id WHERE i.id = ?"
                          " ORDER BY t.lang = i.source_lang DESC, t.lead = '' LIMIT 1"_s,
                          {id});
    if (!q)
        return q.error();
    Snippet s;
    if (!q->next())
        return s;
    const bool hasLead = !q->value(1).toString().isEmpty();
    const QStringList words = (hasLead ? q->value(1) : q->value(2)).toString().simplified().split(u' ');
    s.text = words.mid(0, kSnippetWords).join(u' ');
    if (words.size() > kSnippetWords)
        s.text += u'…';
    s.language = languageFromCode(q->value(0).toString());
    s.field = (hasLead ? u"lead_"_s : u"title_"_s) + q->value(0).toString();
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

    const QString where = whereClause(*plan);
    // Counting without the item join when nothing needs it reads only the index.
    const QString countSql = plan->where.isEmpty() && !plan->match.isEmpty()
                                 ? u"SELECT count(*) FROM search WHERE search MATCH ?"_s
                                 : u"SELECT count(*)"_s + fromClause(*plan) + where;
    auto count = runPlan(m_db, countSql, *plan);
    if (!count)
        return count.error();
    result.total = count->next() ? count->value(0).toInt() : 0;
    count->finish();
    if (result.total == 0 || options.limit <= 0)
        return result;

    const bool ranked = options.sort == SortOrder::Relevance && !plan->match.isEmpty();
    const QString sql = u"SELECT i.id, %1"_s.arg(ranked ? rankSql(plan->match) : u"0"_s) + fromClause(*plan)
                        + where
                        + (ranked ? u" ORDER BY 2, i.event_date DESC, i.id DESC"_s
                                  : u" ORDER BY i.event_date DESC, i.id DESC"_s)
                        + u" LIMIT ? OFFSET ?"_s;
    auto rows = runPlan(m_db, sql, *plan, {options.limit, qMax(0, options.offset)});
    if (!rows)
        return rows.error();
    while (rows->next())
        result.hits << Hit{rows->value(0).toLongLong(), -rows->value(1).toDouble(), {}};
    rows->finish();

    if (!options.snippets)
        return result;
    for (Hit &hit : result.hits) {
        auto snippet = plan->match.isEmpty() ? openingSnippet(m_db, hit.itemId)
                                             : matchSnippet(m_db, plan->match, hit.itemId);
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

void Searcher::interrupt(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    if (auto *sqlite = *static_cast<sqlite3 *const *>(handle.constData()))
        sqlite3_interrupt(sqlite);
}

} // namespace Press::Search
