#pragma once

#include <core/result.h>

#include <QSqlDatabase>

namespace Press::Archive {

// The archive schema as ordered steps. PRAGMA user_version holds the number of the last step
// applied; each step runs in its own transaction together with the version bump, so a crash
// leaves the archive at a whole step. An archive from a newer PressDesk (a higher version) is
// refused, never touched.
namespace Migrations {

// PRAGMA application_id of every PressDesk archive ("PrDk").
constexpr int kApplicationId = 0x50724470;

[[nodiscard]] int latestVersion();

// Brings the database up to `targetVersion` (default: the latest). Fails with ArchiveTooNew,
// NotAnArchive (another program's SQLite file) or the SQL error of the failing step.
[[nodiscard]] Result<void> migrate(const QSqlDatabase &db, int targetVersion = -1);

// Checks, reading only, that the database is a PressDesk archive this version can handle (or an
// empty file to become one): NotAnArchive for another program's SQLite file, ArchiveTooNew for a
// newer schema.
[[nodiscard]] Result<void> checkIdentity(const QSqlDatabase &db);

// Whether migrate() would have work to do (for read-only archives, which cannot be upgraded).
[[nodiscard]] Result<bool> needsMigration(const QSqlDatabase &db);

} // namespace Migrations
} // namespace Press::Archive
