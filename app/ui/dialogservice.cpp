#include "dialogservice.h"

#include <common/errormessages.h>

#include <QFileDialog>
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

} // namespace Press::Ui
