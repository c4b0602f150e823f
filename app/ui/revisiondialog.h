#pragma once

#include <model/revision.h>

#include <QDialog>

class QComboBox;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace Press::Ui {

// The saved versions of an item's texts, one language at a time, newest first; the selected
// version is shown as a diff against the one before it. "Restore" hands the version back to the
// editor, which puts it in the fields (saved like any edit).
class RevisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionDialog)

public:
    RevisionDialog(const QList<Model::Revision> &revisions, Language language,
                   QWidget *parent = nullptr);

    void setLanguage(Language language);
    void selectRow(int row);
    [[nodiscard]] int count() const;
    [[nodiscard]] QString diffHtml() const;
    // The revision chosen with Restore (valid after accept()).
    [[nodiscard]] const Model::Revision &chosen() const { return m_chosen; }

private:
    void showSelected();

    QList<Model::Revision> m_all;
    QList<Model::Revision> m_shown; // newest first
    Model::Revision m_chosen;
    QComboBox *m_language = nullptr;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_diff = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace Press::Ui
