#pragma once

#include <core/language.h>

#include <QDateTime>
#include <QString>

namespace Press::Model {

// One saved version of one language of an item. Every save that changes a text adds one, so the
// newest revision always equals the current text (an invariant `check` verifies).
struct Revision
{
    qint64 id = 0;
    qint64 itemId = 0;
    Language language = Language::Ru;
    QString title;
    QString lead;
    QString body;
    QString place;
    QString contentHash;
    QDateTime savedAt;
};

} // namespace Press::Model
