#pragma once

#include <core/result.h>
#include <model/publishing.h>

#include <QString>

#include <functional>

namespace Press::Publish {

// Where a target's Application Password comes from: the target's file (which must be readable by
// its owner only) or an environment variable. A lookup is a function so that the GUI can put the
// system keychain (QtKeychain) in front of these.
using PasswordLookup = std::function<Result<QString>(const Model::PublishTarget &target)>;

// PRESSDESK_PASSWORD_<NAME>, the name upper-cased with other characters as "_".
[[nodiscard]] QString defaultPasswordVariable(const Model::PublishTarget &target);
// The target's secret file, else its variable (or the default one). Unauthorized, saying where
// it looked, when there is none; InvalidArgument for a file others may read.
[[nodiscard]] Result<QString> passwordFromFileOrEnvironment(const Model::PublishTarget &target);

// Writes `password` to `path`, created readable and writable by its owner only (0600) before a
// byte is written; an existing file is made 0600 too.
[[nodiscard]] Result<void> writePasswordFile(const QString &path, const QString &password);

} // namespace Press::Publish
