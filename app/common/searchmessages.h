#pragma once

#include <search/query.h>

#include <QString>

namespace Press::App {

// A query problem as a sentence in the UI language, naming where it is ("at character 12").
[[nodiscard]] QString queryProblemMessage(const Search::QueryProblem &problem);

// The query language in a few lines, for the GUI's help and `pressdesk-cli search --help`.
[[nodiscard]] QString queryLanguageHelp();

} // namespace Press::App
