#include "targetsdialog.h"

#include "dialogservice.h"

#include <archive/archive.h>
#include <common/errormessages.h>
#include <publish/connectioncheck.h>
#include <publish/keychain.h>
#include <publish/secrets.h>
#include <publish/wordpressclient.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Press::Ui {

TargetsDialog::TargetsDialog(Archive::Archive &archive, DialogService &dialogs, QWidget *parent)
    : QDialog(parent)
    , m_archive(archive)
    , m_dialogs(dialogs)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    setObjectName(u"targetsDialog"_s);
    setWindowTitle(tr("Publishing Targets"));
    qRegisterMetaType<Press::Error>();

    m_list = new QListWidget(this);
    m_list->setObjectName(u"targetList"_s);
    m_add = new QPushButton(tr("&New Target"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"removeTarget"_s);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"targetName"_s);
    m_name->setPlaceholderText(tr("site-ru"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"targetUrl"_s);
    m_url->setPlaceholderText(u"https://example.org"_s);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"targetUser"_s);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"targetLanguage"_s);
    m_language->addItem(tr("Russian"), u"ru"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_category = new QLineEdit(this);
    m_category->setObjectName(u"targetCategory"_s);
    m_category->setPlaceholderText(tr("Optional: one site, a category per language"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"targetPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_storage = new QComboBox(this);
    m_storage->setObjectName(u"targetStorage"_s);
    m_storage->addItem(tr("System keychain"), int(Storage::Keychain));
    m_storage->addItem(tr("File readable only by me (mode 0600)"), int(Storage::File));
    m_storage->addItem(tr("Environment variable"), int(Storage::Variable));
    m_storagePlace = new QLineEdit(this);
    m_storagePlace->setObjectName(u"targetStoragePlace"_s);
    m_certificate = new QLineEdit(this);
    m_certificate->setObjectName(u"targetCertificate"_s);
    m_certificate->setPlaceholderText(tr("Only for a site whose certificate cannot be verified"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"targetStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 4);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Website &address:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Application &password:"), m_password);
    form->addRow(tr("&Keep the password in:"), m_storage);
    form->addRow(QString(), m_storagePlace);
    form->addRow(tr("Trusted &certificate (SHA-256):"), m_certificate);

    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(u"testConnection"_s);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(u"saveTarget"_s);
    m_pull = new QPushButton(tr("&Pull Posts into the Archive"), this);
    m_pull->setObjectName(u"pullTarget"_s);
    m_pull->setToolTip(tr("Read this target's posts and their photos into the archive. Posts already "
                          "in the archive are updated; the earlier text stays in the item's history."));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addWidget(m_pull);
    actions->addStretch(1);
    actions->addWidget(m_save);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(actions);
    right->addWidget(m_status, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showTarget(m_list->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_storage, &QComboBox::currentIndexChanged, this, &TargetsDialog::storageChanged);
    connect(m_add, &QPushButton::clicked, this, &TargetsDialog::addNew);
    connect(m_remove, &QPushButton::clicked, this, &TargetsDialog::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &TargetsDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &TargetsDialog::save);
    connect(m_pull, &QPushButton::clicked, this, [this] {
        if (m_currentId != 0)
            emit pullRequested(m_currentId);
    });

    resize(900, 460);
    reloadList(0);
    if (m_list->count() == 0)
        addNew();
}

TargetsDialog::~TargetsDialog()
{
    if (m_client)
        m_client->abortAll();
}

QString TargetsDialog::status() const
{
    return m_status->text();
}

void TargetsDialog::reloadList(qint64 select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto targets = m_archive.publishing().targets();
    if (!targets) {
        setStatus(App::userMessage(targets.error()), true);
        return;
    }
    for (const Model::PublishTarget &t : *targets) {
        auto *row = new QListWidgetItem(u"%1 — %2 (%3)"_s.arg(t.name, t.baseUrl, languageCode(t.language)), m_list);
        row->setData(Qt::UserRole, t.id);
        if (t.id == select || (select == 0 && m_list->count() == 1)) {
            m_list->setCurrentItem(row);
            showTarget(t.id);
        }
    }
}

void TargetsDialog::showTarget(qint64 id)
{
    auto target = m_archive.publishing().target(id);
    if (!target)
        return setStatus(App::userMessage(target.error()), true);
    m_currentId = id;
    m_name->setText(target->name);
    m_url->setText(target->baseUrl);
    m_user->setText(target->user);
    m_language->setCurrentIndex(target->language == Language::Ru ? 0 : 1);
    m_category->setText(target->category);
    m_password->clear();
    m_password->setPlaceholderText(tr("Kept; type a new one to change it"));
    const Storage storage = !target->secretFile.isEmpty() ? Storage::File
                            : !target->secretEnv.isEmpty() ? Storage::Variable
                                                           : Storage::Keychain;
    m_storage->setCurrentIndex(m_storage->findData(int(storage)));
    m_storagePlace->setText(storage == Storage::File ? target->secretFile
                            : storage == Storage::Variable ? target->secretEnv
                                                           : QString());
    storageChanged();
    m_certificate->setText(target->trustedCertificate);
    m_remove->setEnabled(true);
    m_pull->setEnabled(true);
    setStatus(QString(), false);
}

void TargetsDialog::addNew()
{
    m_currentId = 0;
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    for (QLineEdit *field : {m_name, m_url, m_user, m_category, m_password, m_storagePlace, m_certificate})
        field->clear();
    m_password->setPlaceholderText(tr("From the website: Users → Profile → Application Passwords"));
    m_language->setCurrentIndex(0);
    m_storage->setCurrentIndex(0);
    storageChanged();
    m_remove->setEnabled(false);
    m_pull->setEnabled(false);
    setStatus(QString(), false);
    m_name->setFocus();
}

TargetsDialog::Storage TargetsDialog::storage() const
{
    return Storage(m_storage->currentData().toInt());
}

void TargetsDialog::storageChanged()
{
    switch (storage()) {
    case Storage::Keychain:
        m_storagePlace->setVisible(false);
        m_storagePlace->clear();
        break;
    case Storage::File:
        m_storagePlace->setVisible(true);
        m_storagePlace->setPlaceholderText(tr("/home/me/.config/pressdesk/site-ru.password"));
        break;
    case Storage::Variable:
        m_storagePlace->setVisible(true);
        m_storagePlace->setPlaceholderText(u"PRESSDESK_PASSWORD_SITE_RU"_s);
        break;
    }
}

Model::PublishTarget TargetsDialog::formTarget() const
{
    Model::PublishTarget t;
    t.id = m_currentId;
    t.name = m_name->text().trimmed();
    t.baseUrl = m_url->text().trimmed();
    t.user = m_user->text().trimmed();
    t.language = m_language->currentData().toString() == u"en"_s ? Language::En : Language::Ru;
    t.category = m_category->text().trimmed();
    if (storage() == Storage::File)
        t.secretFile = m_storagePlace->text().trimmed();
    else if (storage() == Storage::Variable)
        t.secretEnv = m_storagePlace->text().trimmed();
    t.trustedCertificate = m_certificate->text().trimmed().remove(u':').toLower();
    return t;
}

std::optional<Error> TargetsDialog::validate(const Model::PublishTarget &t) const
{
    if (auto valid = t.validate(); !valid)
        return valid.error();
    if (storage() != Storage::Keychain && m_storagePlace->text().trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"name the password file or the environment variable"_s);
    return std::nullopt;
}

void TargetsDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_test, m_save, m_pull, m_add, m_remove, m_list})
        w->setEnabled(!busy);
    if (!busy) {
        m_remove->setEnabled(m_currentId != 0);
        m_pull->setEnabled(m_currentId != 0);
    }
}

void TargetsDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #b00020;"_s : QString());
}

void TargetsDialog::done(const Error &error, const QString &success)
{
    setBusy(false);
    const bool ok = error.code == ErrorCode::Unknown && error.detail.isEmpty();
    if (ok)
        setStatus(success, false);
    else
        setStatus(App::userMessage(error) + u"\n"_s + error.detail, true);
    emit finishedWork(error);
}

void TargetsDialog::save()
{
    Model::PublishTarget target = formTarget();
    if (const auto problem = validate(target))
        return done(*problem, QString());
    const QString password = m_password->text().trimmed();
    if (storage() == Storage::File && !password.isEmpty()) {
        if (auto written = Publish::writePasswordFile(target.secretFile, password); !written)
            return done(written.error(), QString());
    }
    Result<void> stored = target.id == 0 ? m_archive.publishing().addTarget(target)
                                         : m_archive.publishing().updateTarget(target);
    if (!stored)
        return done(stored.error(), QString());
    m_currentId = target.id;
    reloadList(target.id);
    emit targetsChanged();
    if (storage() == Storage::Keychain && !password.isEmpty())
        return storePassword(target, password); // the form was just shown anew, password cleared
    QString message = tr("Saved.");
    if (storage() == Storage::Variable)
        message += u' '
                   + tr("Set $%1 to the Application Password before starting PressDesk.").arg(target.secretEnv);
    done(Error{}, message);
}

void TargetsDialog::storePassword(const Model::PublishTarget &target, const QString &password)
{
    setBusy(true);
    setStatus(tr("Storing the password in the system keychain…"), false);
    const QPointer<TargetsDialog> self(this);
    Publish::Keychain::write(target, password, [self](Result<void> r) {
        if (!self)
            return;
        if (r) {
            self->m_password->clear();
            emit self->targetsChanged(); // the worker reads the keychain again
        }
        self->done(r ? Error{} : r.error(), tr("Saved; the password is in the system keychain."));
    });
}

void TargetsDialog::testConnection()
{
    const Model::PublishTarget target = formTarget();
    if (const auto problem = validate(target))
        return done(*problem, QString());
    setBusy(true);
    setStatus(tr("Connecting to %1…").arg(target.baseUrl), false);
    const QPointer<TargetsDialog> self(this);
    const auto check = [self, target](const QString &password) {
        if (!self)
            return;
        self->m_client = std::make_unique<Publish::WordPressClient>(*self->m_network, QUrl(target.baseUrl),
                                                                    target.user, password);
        self->m_client->setTrustedCertificate(target.trustedCertificate);
        self->m_client->setTimeout(20000);
        Publish::checkConnection(*self->m_client, [self](Result<Publish::ConnectionCheck> r) {
            if (!self)
                return;
            self->done(r ? Error{} : r.error(),
                       r ? tr("Connected as %1; may upload photos and publish posts.").arg(r->userName) : QString());
        });
    };
    if (!m_password->text().trimmed().isEmpty())
        return check(m_password->text().trimmed());
    if (storage() != Storage::Keychain) {
        auto password = Publish::passwordFromFileOrEnvironment(target);
        if (!password)
            return done(password.error(), QString());
        return check(*password);
    }
    Publish::Keychain::readAll({target}, [self, check, target](Publish::Keychain::Passwords passwords) {
        if (!self)
            return;
        // As publishing would: the keychain's, else the default variable.
        auto password = Publish::lookupWithKeychain(std::move(passwords))(target);
        if (!password)
            return self->done(password.error(), QString());
        check(*password);
    });
}

void TargetsDialog::removeSelected()
{
    if (m_currentId == 0)
        return;
    auto target = m_archive.publishing().target(m_currentId);
    if (!target)
        return done(target.error(), QString());
    if (!m_dialogs.confirm(this, tr("Remove Target"),
                           tr("Remove %1? Its queued jobs go too; the posts stay on the website.").arg(target->name)))
        return;
    if (auto removed = m_archive.publishing().removeTarget(target->id); !removed)
        return done(removed.error(), QString());
    // Another target of the same site and user may share the keychain entry.
    auto others = m_archive.publishing().targets();
    const bool shared = others && std::any_of(others->cbegin(), others->cend(), [&](const Model::PublishTarget &t) {
                            return Publish::Keychain::key(t) == Publish::Keychain::key(*target);
                        });
    if (!shared && target->secretFile.isEmpty() && target->secretEnv.isEmpty())
        Publish::Keychain::remove(*target, [](Result<void>) {});
    emit targetsChanged();
    reloadList(0);
    if (m_list->count() == 0)
        addNew();
    setStatus(tr("Removed %1.").arg(target->name), false);
}

} // namespace Press::Ui
