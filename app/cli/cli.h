#pragma once

#include <QStringList>
#include <QTextStream>

namespace Press::Cli {

// pressdesk-cli: every archive capability from the command line, for archivists' scripts, tests
// and benchmarks. run() parses `arguments` (argv without the program name) and returns the exit
// code: 0 success, 1 runtime error (one line on stderr), 2 usage error.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Press::Cli
