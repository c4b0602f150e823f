#include "error.h"

using namespace Qt::StringLiterals;

namespace Press {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Unknown: return u"unknown"_s;
    case ErrorCode::InvalidArgument: return u"invalid-argument"_s;
    case ErrorCode::NotFound: return u"not-found"_s;
    case ErrorCode::AlreadyExists: return u"already-exists"_s;
    case ErrorCode::Io: return u"io"_s;
    case ErrorCode::NotAnArchive: return u"not-an-archive"_s;
    case ErrorCode::ArchiveCorrupt: return u"archive-corrupt"_s;
    case ErrorCode::ArchiveTooNew: return u"archive-too-new"_s;
    case ErrorCode::ArchiveLocked: return u"archive-locked"_s;
    case ErrorCode::ArchiveReadOnly: return u"archive-read-only"_s;
    case ErrorCode::Database: return u"database"_s;
    case ErrorCode::Format: return u"format"_s;
    case ErrorCode::Unsupported: return u"unsupported"_s;
    case ErrorCode::Cancelled: return u"cancelled"_s;
    case ErrorCode::Conflict: return u"conflict"_s;
    case ErrorCode::MediaMissing: return u"media-missing"_s;
    case ErrorCode::Network: return u"network"_s;
    case ErrorCode::Unauthorized: return u"unauthorized"_s;
    case ErrorCode::Rejected: return u"rejected"_s;
    case ErrorCode::NoKeychain: return u"no-keychain"_s;
    }
    return u"unknown"_s;
}

} // namespace Press
