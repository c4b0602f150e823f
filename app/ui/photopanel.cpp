#include "photopanel.h"

#include "dialogservice.h"

#include <archive/archive.h>

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Press::Ui {

PhotoPanel::PhotoPanel(DialogService &dialogs, QWidget *parent)
    : QWidget(parent)
    , m_dialogs(dialogs)
{
    setObjectName(u"photoPanel"_s);
    m_image = new QLabel;
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumHeight(200);
    m_name = new QLabel;
    m_name->setObjectName(u"photoName"_s);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);

    auto makeCaption = [this](const QString &name) {
        auto *edit = new QPlainTextEdit;
        edit->setObjectName(name);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, &PhotoPanel::updateButtons);
        return edit;
    };
    m_captionRu = makeCaption(u"captionRu"_s);
    m_captionEn = makeCaption(u"captionEn"_s);
    m_credit = new QLineEdit;
    m_credit->setObjectName(u"credit"_s);
    connect(m_credit, &QLineEdit::textChanged, this, &PhotoPanel::updateButtons);
    m_captionRuLabel = new QLabel;
    m_captionEnLabel = new QLabel;
    m_creditLabel = new QLabel;

    m_saveButton = new QPushButton;
    m_saveButton->setObjectName(u"savePhotoButton"_s);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    m_revertButton = new QPushButton;
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        const qint64 id = m_photo.id;
        m_photo = {};
        showPhoto(id);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    m_facts = new QLabel;
    m_facts->setObjectName(u"photoFacts"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_usedInLabel = new QLabel;
    m_usedIn = new QListWidget;
    m_usedIn->setObjectName(u"photoUsedIn"_s);
    m_usedIn->setMaximumHeight(110);
    connect(m_usedIn, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit itemActivated(item->data(Qt::UserRole).toLongLong());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_image);
    layout->addWidget(m_name);
    layout->addWidget(m_captionRuLabel);
    layout->addWidget(m_captionRu);
    layout->addWidget(m_captionEnLabel);
    layout->addWidget(m_captionEn);
    layout->addWidget(m_creditLabel);
    layout->addWidget(m_credit);
    layout->addLayout(buttons);
    layout->addWidget(m_facts);
    layout->addWidget(m_usedInLabel);
    layout->addWidget(m_usedIn);
    layout->addStretch(1);
    retranslateUi();
    showPhoto(0);
}

void PhotoPanel::setArchive(Archive::Archive *archive)
{
    m_archive = archive;
    m_photo = {};
    showPhoto(0);
}

bool PhotoPanel::isModified() const
{
    return m_photo.id != 0
           && (m_captionRu->toPlainText().trimmed() != m_photo.captionRu
               || m_captionEn->toPlainText().trimmed() != m_photo.captionEn
               || m_credit->text().trimmed() != m_photo.credit);
}

bool PhotoPanel::save()
{
    if (!m_archive || !isModified())
        return true;
    Model::Photo edited = m_photo;
    edited.captionRu = m_captionRu->toPlainText().trimmed();
    edited.captionEn = m_captionEn->toPlainText().trimmed();
    edited.credit = m_credit->text().trimmed();
    if (auto r = m_archive->photos().update(edited); !r) {
        m_dialogs.showError(this, tr("Save Photo"), r.error());
        return false;
    }
    m_photo = edited;
    updateButtons();
    emit photoSaved(m_photo.id);
    return true;
}

void PhotoPanel::showPhoto(qint64 photoId)
{
    if (m_photo.id != 0 && m_photo.id != photoId && isModified())
        (void)save(); // keep what was typed
    if (photoId != 0 && photoId == m_photo.id)
        return;
    m_photo = {};
    if (m_archive && photoId != 0) {
        if (auto photo = m_archive->photos().load(photoId))
            m_photo = *photo;
    }
    const bool has = m_photo.id != 0;
    for (QWidget *w : {static_cast<QWidget *>(m_captionRu), static_cast<QWidget *>(m_captionEn),
                       static_cast<QWidget *>(m_credit)})
        w->setEnabled(has);
    {
        const QSignalBlocker a(m_captionRu);
        const QSignalBlocker b(m_captionEn);
        const QSignalBlocker c(m_credit);
        m_captionRu->setPlainText(m_photo.captionRu);
        m_captionEn->setPlainText(m_photo.captionEn);
        m_credit->setText(m_photo.credit);
    }
    m_image->clear();
    // The 320-pixel thumbnail from the cache is a millisecond's decode; a missing one is made
    // by the grid in the background and arrives through setThumbnail().
    if (has && m_archive->thumbnails().has(m_photo.sha256))
        setThumbnail(QImage(m_archive->thumbnails().pathFor(m_photo.sha256)));
    m_name->setText(has ? m_photo.originalName : tr("Choose a photo to see its captions and details."));
    m_usedIn->clear();
    if (has) {
        const auto usage = m_archive->photos().usage(m_photo.id);
        for (qint64 itemId : usage ? *usage : QList<qint64>()) {
            auto item = m_archive->items().load(itemId);
            if (!item)
                continue;
            const bool russian = QLocale().language() == QLocale::Russian;
            auto *row = new QListWidgetItem(
                item->eventDate.toString(u"dd.MM.yyyy"_s) + u"  "_s
                + item->displayTitle(russian ? Language::Ru : Language::En));
            row->setData(Qt::UserRole, itemId);
            m_usedIn->addItem(row);
        }
    }
    showFacts();
    updateButtons();
}

void PhotoPanel::setThumbnail(const QImage &image)
{
    constexpr int kWidest = 300; // keeps the panel narrow enough for the window's default size
    if (image.isNull())
        return;
    const QImage shown = image.width() > kWidest
                             ? image.scaledToWidth(kWidest, Qt::SmoothTransformation)
                             : image;
    if (m_image->pixmap().isNull() || shown.width() > m_image->pixmap().width())
        m_image->setPixmap(QPixmap::fromImage(shown));
}

void PhotoPanel::showFacts()
{
    if (m_photo.id == 0) {
        m_facts->clear();
        m_usedInLabel->setText(QString());
        return;
    }
    const QLocale locale;
    QStringList rows;
    auto add = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows << u"<tr><td style='color:gray;padding-right:8px'>%1</td><td>%2</td></tr>"_s.arg(
                label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    add(tr("Taken"), m_photo.takenAt.isValid()
                         ? locale.toString(m_photo.takenAt, QLocale::ShortFormat)
                         : QString());
    add(tr("Camera"), m_photo.camera);
    add(tr("Size"), tr("%1 × %2 px, %3").arg(m_photo.width).arg(m_photo.height)
                        .arg(locale.formattedDataSize(m_photo.sizeBytes)));
    if (m_photo.position)
        add(tr("Location"), u"%1, %2"_s.arg(m_photo.position->latitude, 0, 'f', 5)
                                .arg(m_photo.position->longitude, 0, 'f', 5));
    add(tr("Headline"), m_photo.headline);
    add(tr("Copyright"), m_photo.copyright);
    add(tr("Keywords"), m_photo.keywords.join(u", "_s));
    add(tr("Imported"), locale.toString(m_photo.importedAt.toLocalTime(), QLocale::ShortFormat));
    m_facts->setText(u"<table>"_s + rows.join(QString()) + u"</table>"_s);
    m_usedInLabel->setText(m_usedIn->count() == 0 ? tr("Not used in any item yet.")
                                                  : tr("Used in:"));
}

void PhotoPanel::updateButtons()
{
    const bool modified = isModified();
    m_saveButton->setEnabled(modified);
    m_revertButton->setEnabled(modified);
}

void PhotoPanel::retranslateUi()
{
    m_captionRuLabel->setText(tr("Caption (Russian)"));
    m_captionEnLabel->setText(tr("Caption (English)"));
    m_creditLabel->setText(tr("Credit"));
    m_saveButton->setText(tr("Save"));
    m_revertButton->setText(tr("Revert"));
    if (m_photo.id == 0)
        m_name->setText(tr("Choose a photo to see its captions and details."));
    showFacts();
}

void PhotoPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Press::Ui
