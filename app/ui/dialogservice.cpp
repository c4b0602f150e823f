#include "dialogservice.h"

#include <common/errormessages.h>

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace Press::Ui {

DialogService::DialogService(QObject *parent)
    : QObject(parent)
{}

QString DialogService::chooseDirectory(QWidget *parent, const QString &title, const QString &start)
{
    return QFileDialog::getExistingDirectory(parent, title, start);
}

void DialogService::showError(QWidget *parent, const QString &title, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, App::userMessage(error),
                                QMessageBox::Ok, parent);
    box->setDetailedText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

QString DialogService::askText(QWidget *parent, const QString &title, const QString &label,
                               const QString &initial)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? text : QString();
}

bool DialogService::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
           == QMessageBox::Yes;
}

} // namespace Press::Ui
