#include "organisationdialog.h"

#include "dialogservice.h"

#include <text/localizedlabels.h>

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Press::Ui {

OrganisationDialog::OrganisationDialog(const Export::Organisation &organisation,
                                       DialogService &dialogs, QWidget *parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
    , m_logoBytes(organisation.logo)
{
    setObjectName(u"organisationDialog"_s);
    setWindowTitle(tr("PDF Header"));
    m_nameRu = new QLineEdit(organisation.nameRu, this);
    m_nameRu->setObjectName(u"organisationNameRu"_s);
    m_nameRu->setPlaceholderText(Text::label(Text::Label::Organisation, Language::Ru));
    m_nameEn = new QLineEdit(organisation.nameEn, this);
    m_nameEn->setObjectName(u"organisationNameEn"_s);
    m_nameEn->setPlaceholderText(Text::label(Text::Label::Organisation, Language::En));
    m_logo = new QLabel(this);
    m_logo->setObjectName(u"organisationLogo"_s);
    m_logo->setFixedSize(72, 72);
    m_logo->setAlignment(Qt::AlignCenter);

    auto *choose = new QPushButton(tr("Choose Logo…"), this);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QStringList files = m_dialogs.chooseFiles(this, tr("Choose a Logo"), QDir::homePath());
        if (!files.isEmpty())
            (void)setLogoFile(files.first());
    });
    auto *reset = new QPushButton(tr("Default Logo"), this);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_logoBytes.clear();
        showLogo();
    });
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(choose);
    logoRow->addWidget(reset);
    logoRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("Name in &Russian:"), m_nameRu);
    form->addRow(tr("Name in &English:"), m_nameEn);
    form->addRow(tr("Logo:"), logoRow);
    auto *note = new QLabel(tr("Printed at the top of every page of exported PDFs. Empty names "
                               "print the defaults shown in grey."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    showLogo();
    resize(520, sizeHint().height());
}

Export::Organisation OrganisationDialog::organisation() const
{
    return Export::Organisation{m_nameRu->text().trimmed(), m_nameEn->text().trimmed(), m_logoBytes};
}

bool OrganisationDialog::setLogoFile(const QString &path)
{
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly) && file.size() <= 2 * 1024 * 1024)
        bytes = file.readAll();
    QBuffer buffer(&bytes);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (bytes.isEmpty() || (format != "png" && format != "jpeg")) {
        m_dialogs.showError(this, tr("Choose a Logo"),
                            makeError(ErrorCode::Format,
                                      u"%1 is not a PNG or JPEG image of at most 2 MB"_s.arg(path)));
        return false;
    }
    m_logoBytes = bytes;
    showLogo();
    return true;
}

void OrganisationDialog::showLogo()
{
    const Export::Organisation current{{}, {}, m_logoBytes};
    QPixmap pixmap;
    pixmap.loadFromData(current.logoOrDefault());
    m_logo->setPixmap(pixmap.scaled(m_logo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

} // namespace Press::Ui
