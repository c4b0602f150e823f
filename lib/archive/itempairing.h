#pragma once

#include <core/result.h>

namespace Press::Archive {

class Archive;

// Makes one bilingual item of two that each hold one language of the same event — the usual
// result of pulling a website whose Russian and English posts were not linked. `other`'s
// language moves into `keep` with its revisions, photos (appended), entities, the posts it has
// on the websites and its unfinished publishing jobs; then `other` is deleted. All or nothing.
// InvalidArgument when both items have text in the same language, or both have a post on one
// target (they are not two halves of one item).
[[nodiscard]] Result<void> pairItems(Archive &archive, qint64 keep, qint64 other);

} // namespace Press::Archive
