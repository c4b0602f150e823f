#pragma once

#include <core/result.h>
#include <model/publishing.h>

#include <QString>

#include <functional>

namespace Press::Publish {

// Where a target's Application Password comes from. The GUI asks the system keychain first
// (QtKeychain, in app/); where no keychain service runs (servers, CI) it comes from the target's
// file (which must be readable by its owner only) or environment variable.
using PasswordLookup = std::function<Result<QString>(const Model::PublishTarget &target)>;

// PRESSDESK_PASSWORD_<NAME>, the name upper-cased with other characters as "_".
[[nodiscard]] QString defaultPasswordVariable(const Model::PublishTarget &target);
// The target's secret file, else its variable (or the default one). Unauthorized, saying where
// it looked, when there is none; InvalidArgument for a file others may read.
[[nodiscard]] Result<QString> passwordFromFileOrEnvironment(const Model::PublishTarget &target);

} // namespace Press::Publish
