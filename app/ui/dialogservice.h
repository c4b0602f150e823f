#pragma once

#include "pdfexportdialog.h"
#include "publishdialog.h"

#include <core/error.h>

#include <optional>

#include <QObject>
#include <QString>

class QWidget;

namespace Press::Ui {

// Every dialog the main window asks for goes through here, so GUI tests can answer them (a
// subclass returns scripted answers) instead of hunting for modal windows. The default
// implementation shows real, window-modal dialogs.
class DialogService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogService)

public:
    explicit DialogService(QObject *parent = nullptr);

    // An existing folder chosen by the user, or empty when cancelled.
    [[nodiscard]] virtual QString chooseDirectory(QWidget *parent, const QString &title,
                                                  const QString &start);
    // Existing files chosen by the user (photos), or empty when cancelled.
    [[nodiscard]] virtual QStringList chooseFiles(QWidget *parent, const QString &title,
                                                  const QString &start);
    // Shows a summary with a longer report (one line per file) under "Show Details…".
    virtual void showReport(QWidget *parent, const QString &title, const QString &summary,
                            const QString &details);
    // Shows the translated message for `error`, with its English detail under "Show Details…".
    virtual void showError(QWidget *parent, const QString &title, const Error &error);
    // A line of text from the user (a name), or empty when cancelled.
    [[nodiscard]] virtual QString askText(QWidget *parent, const QString &title,
                                          const QString &label, const QString &initial);
    enum class ConflictChoice { KeepMine, TakeTheirs, Cancel };
    // Someone saved the item meanwhile: overwrite with mine, take theirs, or decide later.
    [[nodiscard]] virtual ConflictChoice resolveConflict(QWidget *parent, const QString &title,
                                                         const QString &text);
    // Shows formatted text (a diff) to read.
    virtual void showHtml(QWidget *parent, const QString &title, const QString &html);
    // A file to write (a PDF), or empty when cancelled; the dialog asks before replacing.
    [[nodiscard]] virtual QString chooseSaveFile(QWidget *parent, const QString &title,
                                                 const QString &suggested, const QString &filter);
    // What to export to PDF and how (PdfExportDialog), or nothing when cancelled.
    [[nodiscard]] virtual std::optional<PdfExportChoice> choosePdfExport(QWidget *parent,
                                                                        const PdfExportSetup &setup);
    // Shows a PDF's first pages (PdfPreviewDialog); true when the user chose to save it.
    [[nodiscard]] virtual bool previewPdf(QWidget *parent, const PdfPreview &preview);
    // Where and how to publish an item (PublishDialog), or nothing when cancelled.
    [[nodiscard]] virtual std::optional<PublishChoice> choosePublication(QWidget *parent,
                                                                         const PublishSetup &setup);
    // Asks to confirm something that cannot be undone; true when confirmed.
    [[nodiscard]] virtual bool confirm(QWidget *parent, const QString &title, const QString &text);
};

} // namespace Press::Ui
