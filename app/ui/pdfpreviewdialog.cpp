#include "pdfpreviewdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Press::Ui {

PdfPreviewDialog::PdfPreviewDialog(PdfPreview preview, QWidget *parent)
    : QDialog(parent)
    , m_pages(std::move(preview))
    , m_printer(std::make_unique<QPrinter>(QPrinter::ScreenResolution))
{
    setObjectName(u"pdfPreview"_s);
    setWindowTitle(tr("Preview — %1").arg(m_pages.title));
    m_printer->setFullPage(true);
    m_printer->setPageLayout(m_pages.layout);
    m_printer->setDocName(m_pages.title);

    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(u"pdfPreviewPages"_s);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &PdfPreviewDialog::paint);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, &PdfPreviewDialog::updatePageLabel);

    auto *toolbar = new QToolBar(this);
    toolbar->addAction(tr("Fit Width"), m_preview, &QPrintPreviewWidget::fitToWidth);
    toolbar->addAction(tr("Whole Page"), m_preview, &QPrintPreviewWidget::fitInView);
    QAction *zoomIn = toolbar->addAction(tr("Zoom In"), m_preview, [this] { m_preview->zoomIn(); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = toolbar->addAction(tr("Zoom Out"), m_preview, [this] { m_preview->zoomOut(); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    toolbar->addSeparator();
    QAction *previous = toolbar->addAction(tr("Previous Page"), m_preview, [this] {
        m_preview->setCurrentPage(m_preview->currentPage() - 1);
        updatePageLabel();
    });
    previous->setShortcut(Qt::Key_PageUp);
    QAction *next = toolbar->addAction(tr("Next Page"), m_preview, [this] {
        m_preview->setCurrentPage(m_preview->currentPage() + 1);
        updatePageLabel();
    });
    next->setShortcut(Qt::Key_PageDown);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(u"pdfPreviewPageLabel"_s);
    m_pageLabel->setContentsMargins(12, 0, 12, 0);
    toolbar->addWidget(m_pageLabel);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("Save PDF…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"pdfPreviewSave"_s);
    save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_save = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_preview, 1);
    const int shown = int(m_pages.pages.size());
    if (shown < m_pages.pageCount) {
        auto *note = new QLabel(tr("The preview shows the first %1 of %n pages; the saved PDF has "
                                   "them all.",
                                   nullptr, m_pages.pageCount)
                                    .arg(shown),
                                this);
        note->setObjectName(u"pdfPreviewNote"_s);
        layout->addWidget(note);
    }
    layout->addWidget(buttons);
    resize(900, 1000);
}

PdfPreviewDialog::~PdfPreviewDialog() = default;

void PdfPreviewDialog::paint(QPrinter *printer)
{
    QPainter painter(printer);
    m_previewed = int(m_pages.pages.size());
    for (int i = 0; i < m_previewed; ++i) {
        if (i > 0)
            printer->newPage();
        const QPicture &page = m_pages.pages.at(i);
        // Recorded at the worker's resolution; replayed at the printer's.
        painter.save();
        painter.scale(qreal(printer->logicalDpiX()) / page.logicalDpiX(),
                      qreal(printer->logicalDpiY()) / page.logicalDpiY());
        painter.drawPicture(0, 0, page);
        painter.restore();
    }
}

void PdfPreviewDialog::updatePageLabel()
{
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_preview->currentPage()).arg(m_preview->pageCount()));
}

} // namespace Press::Ui
