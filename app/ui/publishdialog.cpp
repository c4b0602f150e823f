#include "publishdialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Press::Ui {

PublishDialog::PublishDialog(const PublishSetup &setup, QWidget *parent)
    : QDialog(parent)
    , m_setup(setup)
{
    setObjectName(u"publishDialog"_s);
    setWindowTitle(tr("Publish to the Website"));
    auto *title = new QLabel(u"<b>%1</b>"_s.arg(setup.itemTitle.toHtmlEscaped()), this);
    title->setWordWrap(true);

    auto *where = new QGroupBox(tr("Where"), this);
    auto *whereLayout = new QVBoxLayout(where);
    for (const PublishSetup::Target &t : setup.targets) {
        const QString language = t.target.language == Language::Ru ? tr("Russian") : tr("English");
        QString text = tr("%1 — %2, %3").arg(t.target.name, language, t.target.baseUrl);
        if (!t.hasText)
            text += u" "_s + tr("(no %1 title yet)").arg(language.toLower());
        else if (t.remoteId > 0)
            text += u" "_s + tr("(post %1 there)").arg(t.remoteId);
        auto *box = new QCheckBox(text, where);
        box->setObjectName(u"publishTarget_"_s + t.target.name);
        box->setChecked(t.hasText);
        box->setEnabled(t.hasText);
        whereLayout->addWidget(box);
        m_targets << box;
        connect(box, &QCheckBox::toggled, this, &PublishDialog::update);
    }

    auto *what = new QGroupBox(tr("What"), this);
    m_now = new QRadioButton(tr("Publish &now (or update the post)"), what);
    m_now->setObjectName(u"publishNow"_s);
    m_now->setChecked(true);
    m_draft = new QRadioButton(tr("Send as a &draft"), what);
    m_draft->setObjectName(u"publishDraft"_s);
    m_later = new QRadioButton(tr("Publish &later, at:"), what);
    m_later->setObjectName(u"publishLater"_s);
    m_at = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), what);
    m_at->setObjectName(u"publishAt"_s);
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(u"dd.MM.yyyy HH:mm"_s);
    m_withdraw = new QRadioButton(tr("&Withdraw: back to draft on the website"), what);
    m_withdraw->setObjectName(u"publishWithdraw"_s);
    m_trash = new QRadioButton(tr("Move to the website's &trash"), what);
    m_trash->setObjectName(u"publishTrash"_s);
    auto *later = new QHBoxLayout;
    later->addWidget(m_later);
    later->addWidget(m_at, 1);
    auto *whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_now);
    whatLayout->addWidget(m_draft);
    whatLayout->addLayout(later);
    whatLayout->addWidget(m_withdraw);
    whatLayout->addWidget(m_trash);
    for (QRadioButton *r : {m_now, m_draft, m_later, m_withdraw, m_trash})
        connect(r, &QRadioButton::toggled, this, &PublishDialog::update);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &PublishDialog::update);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Queue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(where);
    layout->addWidget(what);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    update();
}

void PublishDialog::update()
{
    bool anyTarget = false;
    bool anyPost = false;
    for (int i = 0; i < m_targets.size(); ++i) {
        anyTarget = anyTarget || m_targets[i]->isChecked();
        anyPost = anyPost || (m_targets[i]->isChecked() && m_setup.targets[i].remoteId > 0);
    }
    m_withdraw->setEnabled(anyPost);
    m_trash->setEnabled(anyPost);
    if (!anyPost && (m_withdraw->isChecked() || m_trash->isChecked()))
        m_now->setChecked(true);
    m_at->setEnabled(m_later->isChecked());
    const bool past = m_later->isChecked() && m_at->dateTime() <= QDateTime::currentDateTime();
    m_note->setText(m_setup.targets.isEmpty()
                        ? tr("There is no publishing target yet: add one in Archive → Publishing Targets….")
                    : past ? tr("The time has passed; choose a later one.")
                           : QString());
    m_ok->setEnabled(anyTarget && !past);
}

PublishChoice PublishDialog::choice() const
{
    PublishChoice c;
    for (int i = 0; i < m_targets.size(); ++i)
        if (m_targets[i]->isChecked())
            c.targetIds << m_setup.targets[i].target.id;
    if (m_withdraw->isChecked())
        c.action = Model::PublishAction::Withdraw;
    else if (m_trash->isChecked())
        c.action = Model::PublishAction::Trash;
    else if (m_draft->isChecked())
        c.postStatus = u"draft"_s;
    else if (m_later->isChecked()) {
        c.postStatus = u"future"_s;
        c.scheduledAt = m_at->dateTime();
    }
    return c;
}

} // namespace Press::Ui
