#pragma once

#include "pdfexportworker.h"

#include <QDialog>

class QLabel;
class QPrintPreviewWidget;
class QPrinter;

namespace Press::Ui {

// A print preview of a laid-out PDF (Qt's QPrintPreviewWidget, the page view of
// QPrintPreviewDialog) with zoom and page controls and "Save PDF…". The pages come recorded
// from the export worker (the first PdfExportWorker::kPreviewPages), so nothing is laid out on
// the GUI thread; saving is not done here either: the dialog closes with saveRequested() and the
// worker writes the whole file in the background.
class PdfPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfPreviewDialog)

public:
    explicit PdfPreviewDialog(PdfPreview preview, QWidget *parent = nullptr);
    ~PdfPreviewDialog() override;

    [[nodiscard]] QPrintPreviewWidget *previewWidget() const { return m_preview; }
    [[nodiscard]] int previewedPages() const { return m_previewed; }
    [[nodiscard]] bool saveRequested() const { return m_save; }

private:
    void paint(QPrinter *printer);
    void updatePageLabel();

    PdfPreview m_pages;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_pageLabel = nullptr;
    int m_previewed = 0;
    bool m_save = false;
};

} // namespace Press::Ui
