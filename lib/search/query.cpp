#include "query.h"

#include <archive/searchindex.h>
#include <text/stemmer.h>

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Press::Search {
namespace {

using Kind = QueryProblem::Kind;

// Words as the index sees them.
QStringList splitWords(QStringView text)
{
    QStringList words;
    for (const auto &[start, length] : Text::wordRanges(text))
        words << text.mid(start, length).toString();
    return words;
}

bool isSpace(QChar c)
{
    return c.isSpace() || c.unicode() < 0x20 || c.unicode() == 0x7F || c.category() == QChar::Other_Format;
}

struct Token
{
    enum class Type { Word, Phrase, Open, Close, Or };
    Type type = Type::Word;
    int position = 0;
    int length = 0;
    QString text;         // word or phrase content (without quotes, '-' and '*')
    bool negated = false;
    bool prefix = false;
    bool quotedValue = false; // Word: filter whose value was quoted (tag:"…")
};

QList<Token> lex(const QString &s)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(s.size());
    bool negateNext = false;
    while (i < n) {
        const QChar c = s.at(i);
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == u'(' || c == u')') {
            tokens << Token{c == u'(' ? Token::Type::Open : Token::Type::Close, i, 1, {}, false};
            ++i;
            continue;
        }
        const int start = i;
        bool negated = false;
        while (i < n && s.at(i) == u'-') {
            negated = true;
            ++i;
        }
        if (i < n && s.at(i) == u'"') {
            const int close = int(s.indexOf(u'"', i + 1));
            const int end = close < 0 ? n : close;
            Token t{Token::Type::Phrase, start, 0, s.mid(i + 1, end - i - 1), negated};
            i = close < 0 ? n : close + 1;
            while (i < n && s.at(i) == u'*') {
                t.prefix = true;
                ++i;
            }
            t.length = i - start;
            tokens << t;
            continue;
        }
        // A word runs to whitespace, a parenthesis or a quote; "name:" followed by a quote takes
        // the quoted text as its value.
        const int wordStart = i;
        while (i < n && !isSpace(s.at(i)) && s.at(i) != u'(' && s.at(i) != u')'
               && s.at(i) != u'"')
            ++i;
        Token t{Token::Type::Word, start, 0, s.mid(wordStart, i - wordStart), false};
        t.negated = negated;
        if (t.text.endsWith(u':') && i < n && s.at(i) == u'"') {
            const int close = int(s.indexOf(u'"', i + 1));
            const int end = close < 0 ? n : close;
            t.text += s.mid(i + 1, end - i - 1);
            t.quotedValue = true;
            i = close < 0 ? n : close + 1;
        }
        t.length = i - start;
        if (!negated && (t.text == u"OR"_s || t.text == u"ИЛИ"_s)) {
            t.type = Token::Type::Or;
        } else if (!negated && t.text == u"AND"_s) {
            continue; // FTS5 habit: AND is what words do anyway
        } else if (!negated && t.text == u"NOT"_s) {
            negateNext = true; // FTS5 habit: NOT x is -x
            continue;
        }
        if (negateNext && t.type != Token::Type::Or) {
            t.negated = true;
            negateNext = false;
        }
        tokens << t;
    }
    return tokens;
}

// Filter names, English and Russian.
std::optional<Filter::Kind> filterKind(const QString &name)
{
    static const QHash<QString, Filter::Kind> names{
        {u"date"_s, Filter::Kind::Date},         {u"дата"_s, Filter::Kind::Date},
        {u"section"_s, Filter::Kind::Section},   {u"раздел"_s, Filter::Kind::Section},
        {u"status"_s, Filter::Kind::Status},     {u"статус"_s, Filter::Kind::Status},
        {u"tag"_s, Filter::Kind::Tag},           {u"тег"_s, Filter::Kind::Tag},
        {u"place"_s, Filter::Kind::Place},       {u"место"_s, Filter::Kind::Place},
        {u"lang"_s, Filter::Kind::Language},     {u"язык"_s, Filter::Kind::Language},
        {u"has"_s, Filter::Kind::HasPhoto},      {u"есть"_s, Filter::Kind::HasPhoto},
        {u"missing"_s, Filter::Kind::Missing},   {u"нет"_s, Filter::Kind::Missing},
        {u"outdated"_s, Filter::Kind::Outdated}, {u"устарел"_s, Filter::Kind::Outdated},
    };
    const auto it = names.constFind(name.toLower());
    if (it == names.cend())
        return std::nullopt;
    return *it;
}

std::optional<Language> languageValue(const QString &v)
{
    static const QHash<QString, Language> values{
        {u"ru"_s, Language::Ru},   {u"рус"_s, Language::Ru},  {u"русский"_s, Language::Ru},
        {u"en"_s, Language::En},   {u"англ"_s, Language::En}, {u"английский"_s, Language::En},
    };
    const auto it = values.constFind(v.toLower());
    if (it == values.cend())
        return std::nullopt;
    return *it;
}

std::optional<Model::Section> sectionValue(const QString &v)
{
    static const QHash<QString, Model::Section> aliases{
        {u"новость"_s, Model::Section::News},         {u"новости"_s, Model::Section::News},
        {u"заявление"_s, Model::Section::Statement},  {u"интервью"_s, Model::Section::Interview},
        {u"анонс"_s, Model::Section::Announcement},   {u"выступление"_s, Model::Section::Speech},
        {u"мероприятие"_s, Model::Section::Event},    {u"событие"_s, Model::Section::Event},
    };
    if (auto s = Model::sectionFromCode(v.toLower()))
        return s;
    const auto it = aliases.constFind(v.toLower());
    if (it == aliases.cend())
        return std::nullopt;
    return *it;
}

std::optional<Model::ItemStatus> statusValue(const QString &v)
{
    static const QHash<QString, Model::ItemStatus> aliases{
        {u"черновик"_s, Model::ItemStatus::Draft},
        {u"на-проверке"_s, Model::ItemStatus::InReview},
        {u"готов"_s, Model::ItemStatus::Ready},
        {u"опубликован"_s, Model::ItemStatus::Published},
        {u"снят"_s, Model::ItemStatus::Withdrawn},
    };
    if (auto s = Model::statusFromCode(v.toLower()))
        return s;
    const auto it = aliases.constFind(v.toLower());
    if (it == aliases.cend())
        return std::nullopt;
    return *it;
}

// One end of a date value: year, year-month, day; ISO (2018-06-09) or Russian (9.06.2018,
// 06.2018). Gives the first and last day it covers.
std::optional<std::pair<QDate, QDate>> dateSpan(const QString &v)
{
    static const QRegularExpression iso(u"^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"_s);
    static const QRegularExpression russian(u"^(?:(\\d{1,2})\\.)?(\\d{1,2})\\.(\\d{4})$"_s);
    int year = 0, month = 0, day = 0;
    if (const auto m = iso.match(v); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        day = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    } else if (const auto r = russian.match(v); r.hasMatch()) {
        year = r.captured(3).toInt();
        month = r.captured(2).toInt();
        day = r.captured(1).isEmpty() ? 0 : r.captured(1).toInt();
    } else {
        return std::nullopt;
    }
    if (year < 1 || (month == 0 && day != 0))
        return std::nullopt;
    if (month == 0)
        return std::pair{QDate(year, 1, 1), QDate(year, 12, 31)};
    const QDate first(year, month, 1);
    if (!first.isValid())
        return std::nullopt;
    if (day == 0)
        return std::pair{first, first.addMonths(1).addDays(-1)};
    const QDate exact(year, month, day);
    if (!exact.isValid())
        return std::nullopt;
    return std::pair{exact, exact};
}

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
        , m_tokens(lex(text))
    {
    }

    std::variant<Query, QueryProblem> parse()
    {
        Query query;
        query.text = m_text;
        TextNode top;
        top.kind = TextNode::Kind::And;
        if (!parseSequence(top, 0, &query.filters))
            return *m_problem;
        if (m_words > kMaxQueryWords)
            return QueryProblem{Kind::TooManyWords, 0, int(m_text.size()),
                                QString::number(kMaxQueryWords), {}};
        query.excluded = top.excluded;
        top.excluded.clear();
        if (!top.children.isEmpty())
            query.root = simplified(top);
        return query;
    }

private:
    bool fail(Kind kind, const Token &at, const QString &detail = {},
              const QStringList &allowed = {})
    {
        m_problem = QueryProblem{kind, at.position, at.length, detail, allowed};
        return false;
    }

    static TextNode simplified(TextNode node)
    {
        if (node.kind == TextNode::Kind::And && node.children.size() == 1
            && node.excluded.isEmpty())
            return node.children.constFirst();
        return node;
    }

    bool atEnd() const { return m_pos >= m_tokens.size(); }

    // Items until ')' (depth > 0) or the end, ANDed into `group`. Filters are only allowed at
    // the top (filters != nullptr).
    bool parseSequence(TextNode &group, int depth, QList<Filter> *filters,
                       const Token *opening = nullptr)
    {
        while (!atEnd()) {
            const Token &t = m_tokens.at(m_pos);
            if (t.type == Token::Type::Close) {
                if (depth == 0)
                    return fail(Kind::UnexpectedParenthesis, t);
                ++m_pos;
                break;
            }
            if (t.type == Token::Type::Or) { // OR with nothing before it: ignore
                ++m_pos;
                continue;
            }
            std::optional<TextNode> node;
            bool negated = false;
            if (!parseOrChain(node, negated, depth, filters))
                return false;
            if (!node)
                continue;
            (negated ? group.excluded : group.children) << *node;
        }
        if (depth > 0 && group.children.isEmpty() && !group.excluded.isEmpty())
            return fail(Kind::NothingToExclude, opening ? *opening : m_tokens.at(0));
        return true;
    }

    bool parseOrChain(std::optional<TextNode> &out, bool &negated, int depth,
                      QList<Filter> *filters)
    {
        QList<TextNode> alternatives;
        const Token &first = m_tokens.at(m_pos);
        bool firstNegated = false;
        bool anyFilter = false;
        int operands = 0;
        for (;;) {
            const Token &t = m_tokens.at(m_pos);
            std::optional<TextNode> node;
            bool isNegated = false;
            std::optional<Filter> filter;
            if (!parseUnary(node, isNegated, filter, depth))
                return false;
            ++operands;
            if (filter) {
                anyFilter = true;
                if (!filters || operands > 1)
                    return fail(Kind::FilterInGroup, t, filter->text);
                *filters << *filter;
            }
            if (operands == 1)
                firstNegated = isNegated;
            else if (isNegated || firstNegated)
                return fail(Kind::ExclusionInOr, t);
            if (node)
                alternatives << *node;
            if (atEnd() || m_tokens.at(m_pos).type != Token::Type::Or)
                break;
            ++m_pos; // OR
            if (atEnd() || m_tokens.at(m_pos).type == Token::Type::Close
                || m_tokens.at(m_pos).type == Token::Type::Or)
                break; // trailing OR: ignore
            if (anyFilter)
                return fail(Kind::FilterInGroup, first, first.text);
        }
        negated = firstNegated;
        if (alternatives.isEmpty())
            return true;
        if (alternatives.size() == 1) {
            out = alternatives.constFirst();
        } else {
            TextNode orNode;
            orNode.kind = TextNode::Kind::Or;
            orNode.children = alternatives;
            out = orNode;
        }
        return true;
    }

    bool parseUnary(std::optional<TextNode> &out, bool &negated, std::optional<Filter> &filter,
                    int depth)
    {
        const Token t = m_tokens.at(m_pos++);
        negated = t.negated;
        switch (t.type) {
        case Token::Type::Open: {
            TextNode group;
            group.kind = TextNode::Kind::And;
            if (!parseSequence(group, depth + 1, nullptr, &t))
                return false;
            if (!group.children.isEmpty())
                out = simplified(group);
            return true;
        }
        case Token::Type::Close:
            return fail(Kind::UnexpectedParenthesis, t);
        case Token::Type::Or:
            return true;
        case Token::Type::Phrase:
        case Token::Type::Word:
            break;
        }
        if (t.type == Token::Type::Word) {
            const qsizetype colon = t.text.indexOf(u':');
            if (colon > 0) {
                if (const auto kind = filterKind(t.text.left(colon))) {
                    Filter f;
                    if (!parseFilter(t, *kind, t.text.mid(colon + 1), f))
                        return false;
                    filter = f;
                    return true;
                }
            }
        }
        QString text = t.text;
        bool prefix = t.prefix;
        if (t.type == Token::Type::Word) {
            while (text.endsWith(u'*')) {
                text.chop(1);
                prefix = true;
            }
        }
        TextTerm term{splitWords(text), prefix};
        if (term.words.isEmpty())
            return true; // punctuation, a lone * or -: nothing to search for
        m_words += int(term.words.size());
        TextNode node;
        node.term = term;
        out = node;
        return true;
    }

    bool parseFilter(const Token &t, Filter::Kind kind, const QString &rawValue, Filter &f)
    {
        f.kind = kind;
        f.negated = t.negated;
        f.position = t.position;
        f.length = t.length;
        f.text = m_text.mid(t.position, t.length);
        const QString name = t.text.left(t.text.indexOf(u':'));
        const QString value = rawValue.trimmed();
        if (value.isEmpty())
            return fail(Kind::MissingValue, t, name);
        const QStringList values = value.split(u',', Qt::SkipEmptyParts);
        switch (kind) {
        case Filter::Kind::Date: {
            const qsizetype dots = value.indexOf(u".."_s);
            const QString a = dots < 0 ? value : value.left(dots);
            const QString b = dots < 0 ? value : value.mid(dots + 2);
            std::optional<std::pair<QDate, QDate>> from, to;
            if (!a.isEmpty() && !(from = dateSpan(a)))
                return fail(Kind::InvalidDate, t, a);
            if (!b.isEmpty() && !(to = dateSpan(b)))
                return fail(Kind::InvalidDate, t, b);
            if (!from && !to)
                return fail(Kind::InvalidDate, t, value);
            f.from = from ? from->first : QDate();
            f.to = to ? to->second : QDate();
            if (f.from.isValid() && f.to.isValid() && f.from > f.to)
                return fail(Kind::ReversedDateRange, t, value);
            return true;
        }
        case Filter::Kind::Section:
            for (const QString &v : values) {
                const auto s = sectionValue(v.trimmed());
                if (!s)
                    return fail(Kind::UnknownValue, t, name, Model::sectionCodes());
                f.sections << *s;
            }
            return true;
        case Filter::Kind::Status:
            for (const QString &v : values) {
                const auto s = statusValue(v.trimmed());
                if (!s)
                    return fail(Kind::UnknownValue, t, name, Model::statusCodes());
                f.statuses << *s;
            }
            return true;
        case Filter::Kind::Language:
            if (f.negated)
                return fail(Kind::LanguageExcluded, t);
            [[fallthrough]];
        case Filter::Kind::Missing:
        case Filter::Kind::Outdated:
            for (const QString &v : values) {
                const auto l = languageValue(v.trimmed());
                if (!l)
                    return fail(Kind::UnknownValue, t, name, {u"ru"_s, u"en"_s});
                f.languages << *l;
            }
            return true;
        case Filter::Kind::HasPhoto: {
            const QString v = value.toLower();
            if (v != u"photo"_s && v != u"photos"_s && v != u"фото"_s)
                return fail(Kind::UnknownValue, t, name, {u"photo"_s});
            return true;
        }
        case Filter::Kind::Tag:
        case Filter::Kind::Place:
            if (splitWords(value).isEmpty())
                return fail(Kind::MissingValue, t, name);
            f.value = value;
            return true;
        }
        return true;
    }

    QString m_text;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    int m_words = 0;
    std::optional<QueryProblem> m_problem;
};

QString quoted(const QStringList &words)
{
    return u'"' + words.join(u' ') + u'"';
}

void collectTerms(const TextNode &node, QList<TextTerm> &out)
{
    if (node.kind == TextNode::Kind::Term)
        out << node.term;
    for (const TextNode &child : node.children)
        collectTerms(child, out);
}

} // namespace

QString describe(const QueryProblem &p)
{
    const QString where = u" (at character %1)"_s.arg(p.position + 1);
    switch (p.kind) {
    case Kind::TooLong: return u"the query is longer than %1 characters"_s.arg(p.detail);
    case Kind::TooManyWords: return u"the query has more than %1 words"_s.arg(p.detail);
    case Kind::UnexpectedParenthesis: return u"a closing parenthesis without an opening one"_s + where;
    case Kind::MissingValue: return u"%1: needs a value"_s.arg(p.detail) + where;
    case Kind::UnknownValue:
        return u"%1: accepts %2"_s.arg(p.detail, p.allowed.join(u", "_s)) + where;
    case Kind::InvalidDate:
        return u"'%1' is not a date (2018, 2018-06, 2018-06-09 or 2018-01..2018-12)"_s.arg(p.detail)
               + where;
    case Kind::ReversedDateRange: return u"the date range %1 ends before it starts"_s.arg(p.detail) + where;
    case Kind::FilterInGroup:
        return u"the filter %1 applies to the whole query; write it outside parentheses and OR"_s.arg(
                   p.detail)
               + where;
    case Kind::ExclusionInOr: return u"an exclusion (-word) cannot be one side of OR"_s + where;
    case Kind::NothingToExclude: return u"parentheses that only exclude words"_s + where;
    case Kind::LanguageExcluded: return u"lang: cannot be excluded; name the language wanted"_s + where;
    }
    return {};
}

std::variant<Query, QueryProblem> parseQuery(const QString &text)
{
    if (text.size() > kMaxQueryLength)
        return QueryProblem{Kind::TooLong, kMaxQueryLength, int(text.size()) - kMaxQueryLength,
                            QString::number(kMaxQueryLength), {}};
    return Parser(text).parse();
}

QString removeFilter(const QString &text, const Filter &filter)
{
    QString rest = text;
    rest.remove(filter.position, filter.length);
    return rest.simplified();
}

QList<Language> Query::textLanguages() const
{
    QList<Language> languages;
    for (const Filter &f : filters) {
        if (f.kind != Filter::Kind::Language)
            continue;
        for (Language l : f.languages) {
            if (!languages.contains(l))
                languages << l;
        }
    }
    return languages.size() == 2 ? QList<Language>{} : languages;
}

QList<TextTerm> Query::highlightTerms() const
{
    QList<TextTerm> terms;
    if (root)
        collectTerms(*root, terms);
    return terms;
}

QString ftsTermExpression(const TextTerm &term, FormMatch forms)
{
    // The plain form matches every word form (the tokenizer stems it); the exact form ("=word")
    // matches only the word as written and so adds to the rank of the rows that have it.
    QStringList exact;
    bool differs = false;
    for (qsizetype i = 0; i < term.words.size(); ++i) {
        const QString &w = term.words.at(i);
        const bool last = i == term.words.size() - 1;
        const bool needsExact = (last && term.prefix) || Text::stemWord(w) != Text::foldWord(w);
        differs = differs || needsExact;
        exact << (needsExact ? u'=' + w : w);
    }
    const QString star = term.prefix ? u"*"_s : QString();
    const QString plain = quoted(term.words) + star;
    if (!differs)
        return plain;
    // A prefix's exact alternative matches words the stems do not cover: prefixes keep both.
    if (!term.prefix && forms == FormMatch::AnyForm)
        return plain;
    if (!term.prefix && forms == FormMatch::ExactForm)
        return quoted(exact);
    return u'(' + plain + u" OR "_s + quoted(exact) + star + u')';
}

QString restrictToColumns(const QString &expr, const QList<int> &columns)
{
    if (columns.isEmpty())
        return expr;
    QStringList names;
    for (int c : columns)
        names << Archive::SearchIndex::columnName(c);
    return u'{' + names.join(u' ') + u"} : ("_s + expr + u')';
}

QString ftsExpression(const TextNode &node, const QList<int> &columns, FormMatch forms)
{
    QString expr;
    switch (node.kind) {
    case TextNode::Kind::Term:
        expr = ftsTermExpression(node.term, forms);
        break;
    case TextNode::Kind::Or:
    case TextNode::Kind::And: {
        QStringList parts;
        for (const TextNode &child : node.children)
            parts << u'(' + ftsExpression(child, {}, forms) + u')';
        expr = parts.join(node.kind == TextNode::Kind::Or ? u" OR "_s : u" AND "_s);
        if (!node.excluded.isEmpty())
            expr = u'(' + expr + u')';
        for (const TextNode &excluded : node.excluded)
            expr += u" NOT ("_s + ftsExpression(excluded, {}, FormMatch::AnyForm) + u')';
        break;
    }
    }
    return restrictToColumns(expr, columns);
}

} // namespace Press::Search
