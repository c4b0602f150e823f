#include "photoimportworker.h"

#include <archive/archive.h>

namespace Press::Ui {

PhotoImportWorker::PhotoImportWorker(QString archivePath, QStringList paths, qint64 itemId,
                                     QObject *parent)
    : QObject(parent)
    , m_archivePath(std::move(archivePath))
    , m_paths(std::move(paths))
    , m_itemId(itemId)
{
    qRegisterMetaType<Press::Archive::PhotoImportReport>();
    qRegisterMetaType<Press::Error>();
}

void PhotoImportWorker::run()
{
    auto archive = Archive::Archive::open(m_archivePath);
    if (!archive) {
        emit failed(archive.error());
        return;
    }
    Archive::PhotoImporter importer(**archive);
    Archive::PhotoImportOptions options;
    options.itemId = m_itemId;
    auto report = importer.run(
        m_paths, options,
        [this](const Archive::PhotoImportEntry &entry, int done, int total) {
            if (entry.outcome == Archive::PhotoImportEntry::Outcome::Imported)
                emit photoImported(entry.photoId);
            emit progressed(done, total);
        },
        &m_cancel);
    if (!report) {
        emit failed(report.error());
        return;
    }
    emit finished(*report);
}

} // namespace Press::Ui
