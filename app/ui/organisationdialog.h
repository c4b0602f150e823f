#pragma once

#include <export/pdfoptions.h>

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Press::Ui {

class DialogService;

// The organisation printed in every PDF's header: its name in Russian and English and its logo
// (PNG or JPEG, or the one that ships with PressDesk). Kept in the archive, so the CLI and
// every copy of the archive print the same.
class OrganisationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationDialog)

public:
    OrganisationDialog(const Export::Organisation &organisation, DialogService &dialogs,
                       QWidget *parent = nullptr);

    [[nodiscard]] Export::Organisation organisation() const;
    // Takes a logo file; false (with a message) when it is not a PNG or JPEG under 2 MB.
    bool setLogoFile(const QString &path);

private:
    void showLogo();

    DialogService &m_dialogs;
    QLineEdit *m_nameRu = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLabel *m_logo = nullptr;
    QByteArray m_logoBytes;
};

} // namespace Press::Ui
