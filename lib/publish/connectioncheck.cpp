#include "connectioncheck.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Press::Publish {

void checkConnection(WordPressClient &client, std::function<void(Result<ConnectionCheck>)> done)
{
    QUrlQuery query;
    query.addQueryItem(u"context"_s, u"edit"_s);
    query.addQueryItem(u"_fields"_s, u"id,username,roles,capabilities"_s);
    client.get(u"/wp/v2/users/me"_s, query, [done = std::move(done)](const WpResponse &answer) {
        if (!answer.isSuccess()) {
            if (answer.status == 404 || (answer.status == 200 && !answer.json.isObject()))
                return done(makeError(ErrorCode::Rejected,
                                      u"the address does not answer as a WordPress REST API (HTTP %1)"_s.arg(
                                          answer.status)));
            return done(answer.error());
        }
        if (!answer.json.isObject())
            return done(makeError(ErrorCode::Rejected,
                                  u"the address does not answer as a WordPress REST API"_s));
        const QJsonObject me = answer.json.object();
        const QJsonObject caps = me.value(u"capabilities"_s).toObject();
        ConnectionCheck check;
        check.userName = me.value(u"username"_s).toString();
        QStringList missing;
        for (const QString &cap : {u"publish_posts"_s, u"upload_files"_s, u"edit_posts"_s, u"manage_categories"_s})
            (caps.value(cap).toBool() ? check.capabilities : missing) << cap;
        if (!missing.isEmpty())
            return done(makeError(ErrorCode::Unauthorized,
                                  u"user %1 may not: %2"_s.arg(check.userName, missing.join(u", "_s))));
        done(check);
    });
}

} // namespace Press::Publish
