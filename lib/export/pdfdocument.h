#pragma once

#include "pdfoptions.h"
#include "pdfsource.h"

#include <core/result.h>

#include <QList>
#include <QPageLayout>

#include <atomic>
#include <memory>

class QIODevice;
class QPainter;

namespace Press::Export {

// A PDF laid out and ready to paint: one item (Russian, English, or both side by side, aligned by
// paragraph), or a digest (title page, contents with page numbers, items in date order). Text is
// laid out once with QTextDocument at 300 dpi in PT Serif / PT Sans (fonts-paratype, which carry
// Cyrillic); photos are placed by their rendition's size and decoded only when their page is
// painted, at options.photoDpi of their printed size, a few pages ahead on worker threads.
// Pages can be painted to any paged device (a QPdfWriter, or a print preview's QPrinter).
// Thread: the thread that built it, and only while that thread runs (Qt's text layout keeps
// the font engines of the thread that shaped it); it needs a QGuiApplication for fonts.
class PdfDocument final
{
public:
    Q_DISABLE_COPY_MOVE(PdfDocument)
    ~PdfDocument();

    // `entries` from collectEntries(); a single item unless options.digest.
    [[nodiscard]] static Result<std::unique_ptr<PdfDocument>> build(
        const QList<PdfEntry> &entries, const PdfOptions &options,
        const PdfProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

    [[nodiscard]] int pageCount() const;
    // The page (1-based) each entry starts on, in entry order.
    [[nodiscard]] QList<int> itemStartPages() const;
    // Pages of the table of contents (0 for a single item); it starts on page 2.
    [[nodiscard]] int contentsPageCount() const;
    // The paper, with no margins: pages paint the whole sheet.
    [[nodiscard]] QPageLayout pageLayout() const;
    [[nodiscard]] QString title() const;

    // Paints page `index` (0-based) with `painter`, whose device uses pageLayout() in full-page
    // mode, at any resolution.
    void paintPage(QPainter &painter, int index) const;

    // Writes the whole PDF to `device` (open for writing). Fails with Io when the device refuses
    // bytes (a full disk), with the photo named when one cannot be decoded, with Cancelled.
    [[nodiscard]] Result<void> write(QIODevice &device, const PdfProgress &progress = {},
                                     const std::atomic_bool *cancel = nullptr) const;
    // Writes to `path` through a temporary file next to it: the file appears complete or not at
    // all, and an existing file is replaced only by a complete one.
    [[nodiscard]] Result<void> writeFile(const QString &path, const PdfProgress &progress = {},
                                         const std::atomic_bool *cancel = nullptr) const;

private:
    struct Private;
    explicit PdfDocument(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Press::Export
