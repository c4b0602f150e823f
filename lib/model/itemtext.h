#pragma once

#include <core/language.h>

#include <QDateTime>
#include <QString>

namespace Press::Model {

// One language of an item. The body is Markdown (the one clean stored format, DESIGN.md).
// translatedFromHash is the source text's contentHash() at the moment this translation was
// marked done; empty while it is not done (and always for the source language).
struct ItemText
{
    Language language = Language::Ru;
    QString title;
    QString lead;
    QString body;
    QString place;
    QString translatedFromHash;
    QDateTime updatedAt;

    [[nodiscard]] bool isEmpty() const;
    // SHA-256 (hex) over the trimmed fields; equal texts give equal hashes.
    [[nodiscard]] QString contentHash() const;
    [[nodiscard]] bool sameContent(const ItemText &other) const;
};

} // namespace Press::Model
