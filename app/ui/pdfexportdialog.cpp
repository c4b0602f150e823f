#include "pdfexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Press::Ui {

namespace {
enum Scope { CurrentItem, Selection, SearchResults, AllItems };
} // namespace

PdfExportDialog::PdfExportDialog(const PdfExportSetup &setup, QWidget *parent)
    : QDialog(parent)
    , m_setup(setup)
{
    setObjectName(u"pdfExportDialog"_s);
    setWindowTitle(tr("Export PDF"));
    QSettings settings;

    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"pdfScope"_s);
    if (setup.currentItem != 0)
        m_scope->addItem(tr("This item: “%1”").arg(setup.currentTitle), CurrentItem);
    if (setup.selected.size() > 1)
        m_scope->addItem(tr("The %n selected item(s), as a digest", nullptr,
                            int(setup.selected.size())),
                         Selection);
    if (setup.searchCount > 0)
        m_scope->addItem(tr("The %n item(s) found by “%1”, as a digest", nullptr, setup.searchCount)
                             .arg(setup.searchText),
                         SearchResults);
    if (setup.totalItems > 0)
        m_scope->addItem(tr("All %n item(s) in the archive, as a digest", nullptr, setup.totalItems),
                         AllItems);
    // A search or a selection is what an archivist usually means.
    if (setup.selected.size() > 1)
        m_scope->setCurrentIndex(m_scope->findData(Selection));
    else if (setup.searchCount > 0 && setup.currentItem == 0)
        m_scope->setCurrentIndex(m_scope->findData(SearchResults));

    m_language = new QComboBox(this);
    m_language->setObjectName(u"pdfLanguage"_s);
    m_language->addItem(tr("Russian and English side by side"), u"both"_s);
    m_language->addItem(tr("Russian"), u"ru"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(settings.value(u"pdf/language"_s, u"both"_s))));

    m_paper = new QComboBox(this);
    m_paper->setObjectName(u"pdfPaper"_s);
    m_paper->addItem(tr("A4"), u"a4"_s);
    m_paper->addItem(tr("Letter (US)"), u"letter"_s);
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(settings.value(u"pdf/paper"_s, u"a4"_s))));

    m_title = new QLineEdit(this);
    m_title->setObjectName(u"pdfTitle"_s);
    m_title->setPlaceholderText(tr("Default: “News digest” in the digest's language"));
    if (setup.searchCount > 0)
        m_title->setText(setup.searchText);

    m_newPage = new QCheckBox(tr("Start each item on a new page"), this);
    m_newPage->setObjectName(u"pdfNewPage"_s);
    m_newPage->setChecked(settings.value(u"pdf/newPagePerItem"_s, true).toBool());

    m_quality = new QComboBox(this);
    m_quality->setObjectName(u"pdfQuality"_s);
    m_quality->addItem(tr("Standard (150 dpi)"), 150);
    m_quality->addItem(tr("High, for a printing house (300 dpi)"), 300);
    m_quality->setCurrentIndex(std::max(0, m_quality->findData(settings.value(u"pdf/dpi"_s, 150))));

    auto *form = new QFormLayout;
    form->addRow(tr("&Export:"), m_scope);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("Digest &title:"), m_title);
    form->addRow(QString(), m_newPage);
    form->addRow(tr("P&hotos:"), m_quality);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::AcceptRole);
    preview->setObjectName(u"pdfPreviewButton"_s);
    QPushButton *save = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"pdfSaveButton"_s);
    save->setDefault(true);
    connect(preview, &QPushButton::clicked, this, [this] { m_preview = true; });
    connect(save, &QPushButton::clicked, this, [this] { m_preview = false; });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings s;
        s.setValue(u"pdf/language"_s, m_language->currentData());
        s.setValue(u"pdf/paper"_s, m_paper->currentData());
        s.setValue(u"pdf/newPagePerItem"_s, m_newPage->isChecked());
        s.setValue(u"pdf/dpi"_s, m_quality->currentData());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &PdfExportDialog::updateDigestControls);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateDigestControls();
}

void PdfExportDialog::updateDigestControls()
{
    const bool digest = m_scope->currentData().toInt() != CurrentItem;
    m_title->setEnabled(digest);
    m_newPage->setEnabled(digest);
}

PdfExportChoice PdfExportDialog::choice() const
{
    PdfExportChoice choice;
    choice.preview = m_preview;
    Export::PdfOptions &options = choice.request.options;
    options.language = Export::pdfLanguageFromCode(m_language->currentData().toString())
                           .value_or(Export::PdfLanguage::Both);
    options.paper = Export::paperSizeFromCode(m_paper->currentData().toString())
                        .value_or(Export::PaperSize::A4);
    options.photoDpi = m_quality->currentData().toInt();
    options.newPagePerItem = m_newPage->isChecked();
    switch (m_scope->currentData().toInt()) {
    case CurrentItem:
        choice.request.itemIds = {m_setup.currentItem};
        break;
    case Selection:
        choice.request.itemIds = m_setup.selected;
        options.digest = true;
        break;
    case SearchResults:
        choice.request.query = m_setup.searchText;
        options.digest = true;
        break;
    case AllItems:
        choice.request.allItems = true;
        options.digest = true;
        break;
    }
    if (options.digest)
        options.title = m_title->text().trimmed();
    return choice;
}

} // namespace Press::Ui
