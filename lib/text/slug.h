#pragma once

#include <QString>

namespace Press::Text {

// Russian letters in Latin (the passport transliteration of 2014: ж zh, х kh, ц ts, щ shch,
// ю iu, я ia; ъ dropped), other text as it is.
[[nodiscard]] QString transliterate(const QString &text);
// A URL slug: transliterated, lower-case ASCII letters and digits joined by single hyphens, at
// most `maxLength` characters, cut at a hyphen.
[[nodiscard]] QString slugify(const QString &text, int maxLength = 60);

} // namespace Press::Text
