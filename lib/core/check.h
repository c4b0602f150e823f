#pragma once

#include "logging.h"

// A programming error that release builds survive: log the condition, then run the action
// (usually `return {}`), in the manner of Qt Creator's QTC_ASSERT.
#define PRESS_CHECK(cond, action) \
    if (Q_LIKELY(cond)) { \
    } else { \
        qCCritical(Press::lcCore, "check failed: %s (%s:%d)", #cond, __FILE__, __LINE__); \
        Q_ASSERT(cond); \
        action; \
    } \
    do { \
    } while (false)
