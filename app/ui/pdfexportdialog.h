#pragma once

#include "pdfexportworker.h"

#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Press::Ui {

// What the window can offer to export when the dialog opens.
struct PdfExportSetup
{
    qint64 currentItem = 0;
    QString currentTitle;
    QList<qint64> selected;   // several selected rows (one selected is "current item")
    QString searchText;       // the search shown, if any
    int searchCount = -1;     // its number of hits; -1 when not searching
    int totalItems = 0;
};

struct PdfExportChoice
{
    PdfExportRequest request;
    bool preview = false; // else save straight away
};

// Asks what to export and how: the current item, the selected items, the search results or the
// whole archive; Russian, English or both side by side; A4 or Letter; for a digest its title
// and whether each item starts a page; the photos' resolution. Remembers the choices.
class PdfExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfExportDialog)

public:
    explicit PdfExportDialog(const PdfExportSetup &setup, QWidget *parent = nullptr);

    [[nodiscard]] PdfExportChoice choice() const;

private:
    void updateDigestControls();

    PdfExportSetup m_setup;
    QComboBox *m_scope = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_paper = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_newPage = nullptr;
    QComboBox *m_quality = nullptr;
    bool m_preview = false;
};

} // namespace Press::Ui
