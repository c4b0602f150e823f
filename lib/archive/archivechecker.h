#pragma once

#include <core/result.h>

#include <QList>
#include <QString>

#include <functional>

namespace Press::Archive {

class Archive;

struct Problem
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString check;   // short stable name: "integrity", "foreign-keys", "revision", "media" ...
    QString message; // English, names the row or file
};

struct CheckOptions
{
    bool hashMedia = true; // re-hash every media file (slow for large libraries)
    // Called with (done, total) while media files are checked; return false to cancel.
    std::function<bool(int, int)> progress;
};

// Runs SQLite's integrity and foreign-key checks and the archive's own invariants (two texts per
// item, stored hashes match the text, newest revision equals the current text, one cover, media
// files present and intact). Reads only; never repairs. Thread: the archive's thread.
[[nodiscard]] Result<QList<Problem>> checkArchive(Archive &archive, const CheckOptions &options = {});

} // namespace Press::Archive
