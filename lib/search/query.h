#pragma once

#include <core/language.h>
#include <model/enums.h>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Press::Search {

// The archive's query language (docs/search.md):
//   words            all must occur (any word form: «встреча» finds «встречи»)
//   "a phrase"       the words in this order
//   prefix*          words starting with "prefix"
//   -word, -"a b"    exclusion;  a OR b (also ИЛИ) either;  ( … ) grouping
//   filters          date:2018  date:2018-06  date:2018-06-09  date:2018-01..2018-12  date:..2005
//                    section:news,statement  status:published  tag:ШОС  tag:"Shanghai …"
//                    place:Циндао  lang:ru  has:photo  missing:en  outdated:ru
//                    (Russian names too: дата:, раздел:, статус:, тег:, место:, язык:, есть:,
//                    нет:, устарел:), each excludable: -has:photo.
// OR binds tighter than the implicit AND: `саммит ОДКБ OR ШОС` is саммит AND (ОДКБ OR ШОС).
// Input is read leniently where the intent is clear (an unclosed quote or parenthesis closes at
// the end; punctuation, `*` or `-` alone, NUL and control characters are ignored; FTS5 or SQL
// syntax is only text); everything else is a QueryProblem that points at the offending part.

struct QueryProblem
{
    enum class Kind {
        TooLong,              // detail: the limit
        TooManyWords,         // detail: the limit
        UnexpectedParenthesis,
        MissingValue,         // detail: the filter name
        UnknownValue,         // detail: the filter name; allowed: the accepted values
        InvalidDate,          // detail: the value
        ReversedDateRange,    // detail: the value
        FilterInGroup,        // detail: the filter as written
        ExclusionInOr,
        NothingToExclude,
        LanguageExcluded,
    };
    Kind kind = Kind::TooLong;
    int position = 0; // in the query text, UTF-16 code units
    int length = 0;
    QString detail;
    QStringList allowed;
};

// English description with the position, for logs, JSON and tests (the apps translate by kind).
[[nodiscard]] QString describe(const QueryProblem &problem);

// A word or phrase of the query, already split into the words the index knows.
struct TextTerm
{
    QStringList words; // as written (several for a phrase or a hyphenated word)
    bool prefix = false; // last word is a prefix
};

// Text part of the query as a tree: a node is a term, or a group whose children are ANDed
// (with exclusions) or ORed.
struct TextNode
{
    enum class Kind { Term, And, Or };
    Kind kind = Kind::Term;
    TextTerm term;
    QList<TextNode> children;
    QList<TextNode> excluded; // And only: children that must not match
};

struct Filter
{
    enum class Kind { Date, Section, Status, Tag, Place, Language, HasPhoto, Missing, Outdated };
    Kind kind = Kind::Date;
    bool negated = false;
    int position = 0; // where it is written, so a chip can remove it from the text
    int length = 0;
    QString text;     // as written, e.g. "date:2018-06"
    QString value;    // tag or place text
    QDate from, to;   // Date (either may be null: open range)
    QList<Model::Section> sections;
    QList<Model::ItemStatus> statuses;
    QList<Language> languages; // Language, Missing, Outdated
};

struct Query
{
    QString text;                 // the input
    std::optional<TextNode> root; // positive text; none when the query has only exclusions or filters
    QList<TextNode> excluded;     // top-level exclusions
    QList<Filter> filters;

    [[nodiscard]] bool isEmpty() const { return !root && excluded.isEmpty() && filters.isEmpty(); }
    [[nodiscard]] bool hasText() const { return root.has_value(); }
    // Languages text matching is restricted to (lang:); empty = both.
    [[nodiscard]] QList<Language> textLanguages() const;
    // Words to highlight in a shown item: every positive term, with its prefix flag.
    [[nodiscard]] QList<TextTerm> highlightTerms() const;
};

constexpr int kMaxQueryLength = 1000;
constexpr int kMaxQueryWords = 64;

[[nodiscard]] std::variant<Query, QueryProblem> parseQuery(const QString &text);

// The text without the filter written at [position, position + length), for removing a chip.
[[nodiscard]] QString removeFilter(const QString &text, const Filter &filter);

// How an FTS5 expression matches words. AnyForm: every form of each word (its stem).
// RankExactForm: the same rows, also naming each word's exact form (the colocated exact token,
// see Archive::registerSearchExtensions) so that press_rank can prefer it. ExactForm: only the
// exact forms (for ranking tiers). Prefixes match the same in all three.
enum class FormMatch { AnyForm, RankExactForm, ExactForm };

// FTS5 MATCH expression for a node, every word quoted (nothing the user typed reaches FTS5 as
// syntax). `columns` restricts matching to those index columns (empty = all).
[[nodiscard]] QString ftsExpression(const TextNode &node, const QList<int> &columns = {},
                                    FormMatch forms = FormMatch::RankExactForm);
[[nodiscard]] QString ftsTermExpression(const TextTerm &term,
                                        FormMatch forms = FormMatch::RankExactForm);
// "{col col} : (expr)" or expr itself when `columns` is empty.
[[nodiscard]] QString restrictToColumns(const QString &expr, const QList<int> &columns);

} // namespace Press::Search
