#include "searchmessages.h"

#include "tr.h"

using namespace Qt::StringLiterals;

namespace Press::App {

QString queryProblemMessage(const Search::QueryProblem &p)
{
    using Kind = Search::QueryProblem::Kind;
    const QString where = Tr::tr("(at character %1)").arg(p.position + 1);
    QString sentence;
    switch (p.kind) {
    case Kind::TooLong:
        return Tr::tr("The query is too long: at most %1 characters.").arg(p.detail);
    case Kind::TooManyWords:
        return Tr::tr("The query has too many words: at most %1.").arg(p.detail);
    case Kind::UnexpectedParenthesis:
        sentence = Tr::tr("This closing parenthesis has no opening one.");
        break;
    case Kind::MissingValue:
        sentence = Tr::tr("The filter %1: needs a value, for example date:2018-06 or tag:ОДКБ.")
                       .arg(p.detail);
        break;
    case Kind::UnknownValue:
        sentence = Tr::tr("The filter %1: accepts %2.").arg(p.detail, p.allowed.join(u", "_s));
        break;
    case Kind::InvalidDate:
        sentence = Tr::tr("“%1” is not a date. Write 2018, 2018-06, 2018-06-09, 9.06.2018 or a "
                          "range such as 2018-01..2018-12.")
                       .arg(p.detail);
        break;
    case Kind::ReversedDateRange:
        sentence = Tr::tr("The date range %1 ends before it starts.").arg(p.detail);
        break;
    case Kind::FilterInGroup:
        sentence = Tr::tr("The filter %1 applies to the whole query: write it outside parentheses "
                          "and OR.")
                       .arg(p.detail);
        break;
    case Kind::ExclusionInOr:
        sentence = Tr::tr("An exclusion (-word) cannot be one side of OR.");
        break;
    case Kind::NothingToExclude:
        sentence = Tr::tr("Parentheses that only exclude words need something to search for.");
        break;
    case Kind::LanguageExcluded:
        sentence = Tr::tr("lang: cannot be excluded; name the language you want (lang:ru or "
                          "lang:en).");
        break;
    }
    return sentence + u' ' + where;
}

QString queryLanguageHelp()
{
    return Tr::tr(
        "Words: all must occur, in any form (встреча finds встречи, meeting finds meetings).\n"
        "\"a phrase\": the words in this order.   prefix*: words starting with prefix.\n"
        "-word: without this word.   a OR b: either (OR binds before the spaces).   ( ): "
        "grouping.\n"
        "Filters: date:2018  date:2018-06  date:2018-06-09  date:2018-01..2018-12  "
        "section:news  status:published  tag:ШОС  place:Циндао  lang:ru  has:photo  "
        "missing:en  outdated:ru  (-filter excludes).\n"
        "Filters alone list all matching items, newest first.");
}

} // namespace Press::App
