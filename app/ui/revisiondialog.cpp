#include "revisiondialog.h"

#include <common/labels.h>
#include <text/textdiff.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Press::Ui {

RevisionDialog::RevisionDialog(const QList<Model::Revision> &revisions, Language language,
                               QWidget *parent)
    : QDialog(parent)
    , m_all(revisions)
{
    setObjectName(u"revisionDialog"_s);
    setWindowTitle(tr("History"));
    m_language = new QComboBox;
    for (Language l : allLanguages())
        m_language->addItem(App::languageName(l), int(l));
    m_list = new QListWidget;
    m_list->setObjectName(u"revisionList"_s);
    m_diff = new QTextBrowser;
    m_diff->setObjectName(u"revisionDiff"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("Restore This Version"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_chosen = m_shown.at(row);
        accept();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { setLanguage(Language(m_language->currentData().toInt())); });
    connect(m_list, &QListWidget::currentRowChanged, this, &RevisionDialog::showSelected);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_language);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 560);
    m_language->setCurrentIndex(m_language->findData(int(language)));
    setLanguage(language);
}

void RevisionDialog::setLanguage(Language language)
{
    m_shown.clear();
    for (auto it = m_all.crbegin(); it != m_all.crend(); ++it) {
        if (it->language == language)
            m_shown << *it;
    }
    m_list->clear();
    const QLocale locale;
    for (qsizetype i = 0; i < m_shown.size(); ++i) {
        const Model::Revision &r = m_shown.at(i);
        QString label = locale.toString(r.savedAt.toLocalTime(), QLocale::ShortFormat);
        if (i == 0)
            label += u"  ("_s + tr("current") + u')';
        m_list->addItem(label);
    }
    if (!m_shown.isEmpty())
        m_list->setCurrentRow(0);
    else
        m_diff->setHtml(tr("No saved versions in this language yet."));
}

void RevisionDialog::selectRow(int row)
{
    m_list->setCurrentRow(row);
}

int RevisionDialog::count() const
{
    return int(m_shown.size());
}

QString RevisionDialog::diffHtml() const
{
    return m_diff->toHtml();
}

void RevisionDialog::showSelected()
{
    const int row = m_list->currentRow();
    m_restore->setEnabled(row > 0); // the current version is already there
    if (row < 0 || row >= m_shown.size())
        return;
    const Model::Revision &r = m_shown.at(row);
    const QString text = Text::comparableText(r.title, r.place, r.lead, r.body);
    const QString before = row + 1 < m_shown.size()
                               ? Text::comparableText(m_shown.at(row + 1).title,
                                                      m_shown.at(row + 1).place,
                                                      m_shown.at(row + 1).lead,
                                                      m_shown.at(row + 1).body)
                               : QString();
    m_diff->setHtml(Text::diffToHtml(Text::diffWords(before, text)));
}

} // namespace Press::Ui
