#pragma once

#include <core/error.h>
#include <model/publishing.h>

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;

namespace Press::Archive {
class Archive;
}
namespace Press::Publish {
class WordPressClient;
}

namespace Press::Ui {

class DialogService;

// Settings → Publishing Targets: the websites items are published to, one per language (a site
// of its own, or a category of one site). The Application Password goes to the system keychain,
// or — where none runs — to a file only the user can read, or it is taken from an environment
// variable; never into the archive. "Test Connection" asks the site who we are and whether we may
// publish, and names what is wrong. "Pull Posts" reads the target's posts into the archive.
// The network calls are asynchronous; nothing here blocks the window.
class TargetsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsDialog)

public:
    enum class Storage { Keychain, File, Variable };

    TargetsDialog(Archive::Archive &archive, DialogService &dialogs, QWidget *parent = nullptr);
    ~TargetsDialog() override;

    // Saves the form (a new target or the selected one); the password is stored where chosen.
    // finished() reports the outcome.
    void save();
    void testConnection();
    void addNew();
    void removeSelected();
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString status() const;
    [[nodiscard]] qint64 currentTargetId() const { return m_currentId; }

signals:
    void targetsChanged();
    // The selected target's posts should be read into the archive.
    void pullRequested(qint64 targetId);
    // A save or a test ended (error code Unknown: it went well); the status line says so.
    void finishedWork(const Press::Error &error);

private:
    void reloadList(qint64 select);
    void showTarget(qint64 id);
    void storageChanged();
    [[nodiscard]] Model::PublishTarget formTarget() const;
    [[nodiscard]] Storage storage() const;
    [[nodiscard]] std::optional<Error> validate(const Model::PublishTarget &target) const;
    void storePassword(const Model::PublishTarget &target, const QString &password);
    void setBusy(bool busy);
    void setStatus(const QString &text, bool problem);
    void done(const Error &error, const QString &success);

    Archive::Archive &m_archive;
    DialogService &m_dialogs;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Publish::WordPressClient> m_client;
    qint64 m_currentId = 0;
    bool m_busy = false;

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_category = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_storage = nullptr;
    QLineEdit *m_storagePlace = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_pull = nullptr;
};

} // namespace Press::Ui
