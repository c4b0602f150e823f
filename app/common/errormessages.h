#pragma once

#include <core/error.h>

#include <QString>

namespace Press::App {

// The one place that turns an Error into a sentence for the user, in the UI language. The
// English `detail` is shown under it (GUI: "Details…"; CLI: after a colon).
[[nodiscard]] QString userMessage(const Error &error);

// The CLI's exit code for an error: 2 for usage errors, 1 for everything else.
[[nodiscard]] int exitCodeFor(const Error &error);

} // namespace Press::App
