#include "photomessages.h"

#include "tr.h"

#include <QFileInfo>

namespace Press::App {

QString photoProblemMessage(Media::PhotoProblem problem, const QString &format)
{
    using Media::PhotoProblem;
    switch (problem) {
    case PhotoProblem::None: return {};
    case PhotoProblem::Missing: return Tr::tr("The file does not exist.");
    case PhotoProblem::Unreadable:
        return Tr::tr("The file cannot be read: there is no permission to read it, or the disk "
                      "reported an error.");
    case PhotoProblem::Empty: return Tr::tr("The file is empty (0 bytes).");
    case PhotoProblem::NotAnImage:
        return Tr::tr("This is not a photo: the file's content is not an image.");
    case PhotoProblem::UnsupportedFormat:
        return Tr::tr("%1 images cannot be imported yet. Save the photo as JPEG (for example "
                      "with the phone's \"Most compatible\" setting) and import that.")
            .arg(format);
    case PhotoProblem::Damaged:
        return Tr::tr("The photo is damaged or incomplete (for example an interrupted copy or "
                      "download).");
    case PhotoProblem::TooLarge:
        return Tr::tr("The image has too many pixels for PressDesk to process safely.");
    case PhotoProblem::StoreFailed:
        return Tr::tr("The photo could not be saved in the archive's media folder.");
    }
    return {};
}

QString photoImportLine(const Archive::PhotoImportEntry &entry)
{
    using Outcome = Archive::PhotoImportEntry::Outcome;
    const QString name = QFileInfo(entry.path).fileName();
    switch (entry.outcome) {
    case Outcome::Imported: return Tr::tr("%1: imported as photo %2").arg(name).arg(entry.photoId);
    case Outcome::AlreadyInLibrary:
        return Tr::tr("%1: already in the library as photo %2").arg(name).arg(entry.photoId);
    case Outcome::Failed: break;
    }
    return name + QStringLiteral(": ") + photoProblemMessage(entry.problem, entry.format);
}

QString photoImportSummary(const Archive::PhotoImportReport &report)
{
    using Outcome = Archive::PhotoImportEntry::Outcome;
    QString text = Tr::tr("%n photo(s) imported", nullptr, report.count(Outcome::Imported));
    if (const int existing = report.count(Outcome::AlreadyInLibrary))
        text += QStringLiteral(", ") + Tr::tr("%n already in the library", nullptr, existing);
    if (const int failed = report.count(Outcome::Failed))
        text += QStringLiteral(", ") + Tr::tr("%n not imported", nullptr, failed);
    if (report.cancelled)
        text += QStringLiteral(", ") + Tr::tr("cancelled");
    return text + u'.';
}

} // namespace Press::App
