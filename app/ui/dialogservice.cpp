#include "dialogservice.h"

#include "pdfpreviewdialog.h"

#include <common/errormessages.h>

#include <QFileDialog>
#include <QInputDialog>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QPushButton>

namespace Press::Ui {

DialogService::DialogService(QObject *parent)
    : QObject(parent)
{}

QString DialogService::chooseDirectory(QWidget *parent, const QString &title, const QString &start)
{
    return QFileDialog::getExistingDirectory(parent, title, start);
}

QStringList DialogService::chooseFiles(QWidget *parent, const QString &title, const QString &start)
{
    return QFileDialog::getOpenFileNames(
        parent, title, start,
        tr("Photos (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.JPG *.JPEG *.PNG);;All files (*)"));
}

QString DialogService::chooseSaveFile(QWidget *parent, const QString &title,
                                     const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

std::optional<PdfExportChoice> DialogService::choosePdfExport(QWidget *parent,
                                                              const PdfExportSetup &setup)
{
    PdfExportDialog dialog(setup, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

std::optional<PublishChoice> DialogService::choosePublication(QWidget *parent, const PublishSetup &setup)
{
    PublishDialog dialog(setup, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

bool DialogService::previewPdf(QWidget *parent, const PdfPreview &preview)
{
    PdfPreviewDialog dialog(preview, parent);
    dialog.exec();
    return dialog.saveRequested();
}

void DialogService::showReport(QWidget *parent, const QString &title, const QString &summary,
                               const QString &details)
{
    auto *box = new QMessageBox(details.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                title, summary, QMessageBox::Ok, parent);
    box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

DialogService::ConflictChoice DialogService::resolveConflict(QWidget *parent, const QString &title,
                                                            const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton *mine = box.addButton(tr("Keep Mine"), QMessageBox::AcceptRole);
    QPushButton *theirs = box.addButton(tr("Show Theirs"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(mine);
    box.exec();
    if (box.clickedButton() == mine)
        return ConflictChoice::KeepMine;
    if (box.clickedButton() == theirs)
        return ConflictChoice::TakeTheirs;
    return ConflictChoice::Cancel;
}

void DialogService::showHtml(QWidget *parent, const QString &title, const QString &html)
{
    auto *dialog = new QDialog(parent);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *browser = new QTextBrowser;
    browser->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(760, 520);
    dialog->open();
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
