#pragma once

#include "wordpressclient.h"

#include <core/result.h>

#include <functional>

namespace Press::Publish {

// What "Test connection" found: the user the site knows us as.
struct ConnectionCheck
{
    QString userName;
    QStringList capabilities; // the ones publishing needs, all present on success
};

// Asks the site who we are (users/me, edit context) and whether that user may publish posts,
// upload files, edit posts and manage categories. The error names what is wrong: no answer (with
// the network's reason or the certificate's details), not a WordPress REST API, wrong user or
// password (the site's own message), or the permissions that are missing. `done` runs on the
// client's thread.
void checkConnection(WordPressClient &client, std::function<void(Result<ConnectionCheck>)> done);

} // namespace Press::Publish
