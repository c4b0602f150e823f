#pragma once

#include "secrets.h"

#include <core/result.h>
#include <model/publishing.h>

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Press::Publish {

// Application Passwords in the system keychain (QtKeychain: the Secret Service on Linux —
// GNOME Keyring, KWallet —, the macOS Keychain, the Windows Credential Store), never in the archive
// or a settings file. One entry per site and user ("user@site"), so that the targets of one site
// share it. Where no keychain service runs (a server, CI) the calls end with NoKeychain and the
// target's password file or environment variable stands in (secrets.h).
// The calls are asynchronous and need the calling thread's event loop; `done` runs on it.
namespace Keychain {

[[nodiscard]] QString service(); // "PressDesk"
[[nodiscard]] QString key(const Model::PublishTarget &target);

// NotFound when the keychain has no entry for the target.
void read(const Model::PublishTarget &target, std::function<void(Result<QString>)> done);
void write(const Model::PublishTarget &target, const QString &password,
           std::function<void(Result<void>)> done);
// Removing an entry that is not there succeeds.
void remove(const Model::PublishTarget &target, std::function<void(Result<void>)> done);

// The passwords of all `targets` that keep theirs in the keychain (no file or variable named),
// by key(); `problem` is the first failure other than a missing entry (no keychain service).
struct Passwords
{
    QHash<QString, QString> byKey;
    std::optional<Error> problem;
};
void readAll(const QList<Model::PublishTarget> &targets, std::function<void(Passwords)> done);
// The same, waiting in a local event loop: for the command line.
[[nodiscard]] Passwords readAllNow(const QList<Model::PublishTarget> &targets);
[[nodiscard]] Result<void> writeNow(const Model::PublishTarget &target, const QString &password);

} // namespace Keychain

// The password lookup for the outbox and pulls: the target's file or named variable where it
// names one, else the keychain's (from `keychain`, read beforehand), else the default variable.
[[nodiscard]] PasswordLookup lookupWithKeychain(Keychain::Passwords keychain);

} // namespace Press::Publish
