#include "logging.h"

namespace Press {
Q_LOGGING_CATEGORY(lcCore, "press.core")
Q_LOGGING_CATEGORY(lcArchive, "press.archive")
Q_LOGGING_CATEGORY(lcMedia, "press.media")
Q_LOGGING_CATEGORY(lcExchange, "press.exchange")
Q_LOGGING_CATEGORY(lcUi, "press.ui")
} // namespace Press
