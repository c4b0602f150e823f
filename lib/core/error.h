#pragma once

#include <QString>

namespace Press {

// What went wrong, in a form the UI can translate (userMessage() in app/ui) and the CLI can map
// to an exit code. The detail is English, for developers: SQL text, file path, HTTP status.
enum class ErrorCode {
    Unknown,
    InvalidArgument,  // the caller passed something malformed (a bad id, an unknown language)
    NotFound,         // the thing asked for does not exist
    AlreadyExists,    // a unique thing would be created twice
    Io,               // a file or folder could not be read or written
    NotAnArchive,     // the folder or file is not a PressDesk archive
    ArchiveCorrupt,   // the SQLite file is damaged or truncated
    ArchiveTooNew,    // made by a newer PressDesk; we refuse rather than damage it
    ArchiveLocked,    // another program holds a lock we need
    ArchiveReadOnly,  // the archive file or its folder is read-only
    Database,         // any other SQL failure
    Format,           // a malformed import file or payload
    Unsupported,      // a format or feature we do not handle
    Cancelled,        // the user stopped the work
    Conflict,         // someone else changed the thing since it was read
    MediaMissing,     // a photo's file is missing from media/ (and nothing cached stands in)
    Network,          // the website could not be reached or answered 5xx: worth trying again
    Unauthorized,     // the website refused the credentials or the permission (401, 403)
    Rejected,         // the website refused the request (4xx); the detail has its own message
    NoKeychain,       // no system keychain service runs (a server, CI): passwords need a file or variable
};

struct Error
{
    ErrorCode code = ErrorCode::Unknown;
    QString detail;
};

// Stable English name of a code, for logs, JSON output and tests.
[[nodiscard]] QString errorCodeName(ErrorCode code);

} // namespace Press
