#pragma once

#include <core/error.h>
#include <export/pdfdocument.h>
#include <export/pdfoptions.h>

#include <QList>
#include <QObject>
#include <QPageLayout>
#include <QPicture>
#include <QString>

#include <atomic>
#include <memory>

namespace Press::Ui {

// What to put in a PDF: items by id, or every item a search finds (run on the worker's own
// connection), with the layout options.
struct PdfExportRequest
{
    QList<qint64> itemIds;
    QString query; // when set, replaces itemIds
    bool allItems = false; // every item of the archive
    Export::PdfOptions options;
};

// The first pages of a laid-out PDF, recorded for a print preview on the GUI thread.
struct PdfPreview
{
    QList<QPicture> pages;
    int pageCount = 0; // of the whole PDF
    QString title;
    QPageLayout layout;
};

// Makes a PDF on its own thread with its own connection to the archive: collects the items,
// makes missing photo renditions, lays out, and either writes the file, or records the first
// pages for a preview and waits: save() then writes the same document, discard() drops it.
// The document never leaves the worker's thread (Qt's laid-out text belongs to the thread that
// shaped it). cancel() stops at the next item, photo or page; a cancelled or failed write leaves
// no file.
class PdfExportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfExportWorker)

public:
    enum class Stage { Collecting, Photos, Layout, Writing };

    static constexpr int kPreviewPages = 30;

    // Builds from the archive; writes to `output`, or previews when it is empty.
    PdfExportWorker(QString archivePath, PdfExportRequest request, QString output,
                    QObject *parent = nullptr);

    // Any thread.
    void cancel() { m_cancel = true; }

public slots:
    void run();
    // After previewReady: write the previewed document to `path`, or drop it.
    void save(const QString &path);
    void discard();

signals:
    void progressed(Press::Ui::PdfExportWorker::Stage stage, int done, int total);
    void previewReady(const Press::Ui::PdfPreview &preview);
    void written(const QString &path, int pages);
    void failed(const Press::Error &error);
    void discarded();

private:
    QString m_archivePath;
    PdfExportRequest m_request;
    QString m_output;
    std::unique_ptr<Export::PdfDocument> m_document;
    std::atomic_bool m_cancel{false};
};

} // namespace Press::Ui

Q_DECLARE_METATYPE(Press::Ui::PdfPreview)
Q_DECLARE_METATYPE(Press::Ui::PdfExportWorker::Stage)
