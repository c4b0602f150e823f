#include "errormessages.h"

#include "tr.h"

namespace Press::App {

QString userMessage(const Error &error)
{
    switch (error.code) {
    case ErrorCode::InvalidArgument: return Tr::tr("The request is not valid.");
    case ErrorCode::NotFound: return Tr::tr("It was not found.");
    case ErrorCode::AlreadyExists: return Tr::tr("It already exists.");
    case ErrorCode::Io: return Tr::tr("A file could not be read or written.");
    case ErrorCode::NotAnArchive: return Tr::tr("This is not a PressDesk archive.");
    case ErrorCode::ArchiveCorrupt:
        return Tr::tr("The archive file is damaged. Nothing was changed; restore it from a "
                      "backup or open another archive.");
    case ErrorCode::ArchiveTooNew:
        return Tr::tr("The archive was made by a newer version of PressDesk. Update PressDesk to "
                      "open it.");
    case ErrorCode::ArchiveLocked:
        return Tr::tr("The archive is busy: another program is writing to it. Try again in a "
                      "moment.");
    case ErrorCode::ArchiveReadOnly:
        return Tr::tr("The archive is read-only, so this change cannot be saved.");
    case ErrorCode::Database: return Tr::tr("The archive database reported an error.");
    case ErrorCode::Format: return Tr::tr("The file is not in the expected format.");
    case ErrorCode::Unsupported: return Tr::tr("This format is not supported.");
    case ErrorCode::Cancelled: return Tr::tr("Cancelled.");
    case ErrorCode::Conflict:
        return Tr::tr("Someone else changed this item since you opened it.");
    case ErrorCode::MediaMissing:
        return Tr::tr("A photo's file is missing from the archive's media folder. Run Check "
                      "Archive, or import the photo again.");
    case ErrorCode::Network:
        return Tr::tr("The website could not be reached or had a problem of its own. PressDesk "
                      "will try again.");
    case ErrorCode::Unauthorized:
        return Tr::tr("The website refused the user name or Application Password, or this user "
                      "may not do this.");
    case ErrorCode::Rejected: return Tr::tr("The website refused the request.");
    case ErrorCode::NoKeychain:
        return Tr::tr("No system keychain is available to keep the password. Keep it in a file that only "
                      "you can read (mode 0600) or in an environment variable, and name it in the target's settings.");
    case ErrorCode::Unknown: break;
    }
    return Tr::tr("Something went wrong.");
}

int exitCodeFor(const Error &error)
{
    return error.code == ErrorCode::InvalidArgument ? 2 : 1;
}

} // namespace Press::App
