#pragma once

#include <QCoreApplication>

namespace Press::App {

// Translation context for code that is not a QObject (QC's per-module Tr struct).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Press::App)
};

} // namespace Press::App
