#include "wordpressclient.h"

#include <core/result.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace Press::Publish {

QString WpResponse::code() const
{
    return json.isObject() ? json.object().value(u"code"_s).toString() : QString();
}

bool WpResponse::isTemporary() const
{
    if (network != QNetworkReply::NoError && status == 0) {
        switch (network) {
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::AuthenticationRequiredError:
            return false;
        default:
            return true;
        }
    }
    if (status >= 500) {
        // WordPress answers 500 for files it will never take; trying again would not help.
        static const QStringList permanent{u"rest_upload_sideload_error"_s,
                                           u"rest_upload_unknown_error"_s,
                                           u"rest_trash_not_supported"_s};
        return !permanent.contains(code());
    }
    return status == 408 || status == 429;
}

Error WpResponse::error() const
{
    QString message;
    QString fields;
    if (json.isObject()) {
        const QJsonObject o = json.object();
        message = o.value(u"message"_s).toString();
        const QJsonObject params = o.value(u"data"_s).toObject().value(u"params"_s).toObject();
        QStringList named;
        for (auto it = params.begin(); it != params.end(); ++it)
            named << it.key() + u": "_s + it.value().toString();
        fields = named.join(u"; "_s);
    }
    if (status == 0) {
        QString detail = networkMessage;
        if (!sslDetails.isEmpty())
            detail += u" ("_s + sslDetails + u')';
        return makeError(isTemporary() ? ErrorCode::Network : ErrorCode::Rejected, detail);
    }
    QString detail = u"HTTP %1"_s.arg(status);
    if (!code().isEmpty())
        detail += u" "_s + code();
    if (!message.isEmpty())
        detail += u": "_s + message;
    else if (!json.isObject() && !body.isEmpty())
        detail += u": "_s + QString::fromUtf8(body.left(200)).simplified();
    if (!fields.isEmpty())
        detail += u" ("_s + fields + u')';
    if (isTemporary())
        return makeError(ErrorCode::Network, detail);
    if (status == 401 || status == 403)
        return makeError(ErrorCode::Unauthorized, detail);
    if (status == 404 || status == 410)
        return makeError(ErrorCode::NotFound, detail);
    return makeError(ErrorCode::Rejected, detail);
}

WordPressClient::WordPressClient(QNetworkAccessManager &network, QUrl site, QString user,
                                 QString password, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_site(std::move(site))
    , m_authorization("Basic " + (user + u':' + password.remove(u' ')).toUtf8().toBase64())
{
}

WordPressClient::~WordPressClient()
{
    abortAll();
}

QString WordPressClient::postStatuses()
{
    return u"publish,future,draft,pending,private"_s;
}

QString WordPressClient::raw(const QJsonObject &object, const QString &field)
{
    const QJsonValue v = object.value(field);
    return v.isObject() ? v.toObject().value(u"raw"_s).toString() : v.toString();
}

Result<std::unique_ptr<WordPressClient>> WordPressClient::forTarget(QNetworkAccessManager &network,
                                                                   const Model::PublishTarget &target,
                                                                   const PasswordLookup &passwords)
{
    auto password = passwords ? passwords(target) : passwordFromFileOrEnvironment(target);
    if (!password)
        return password.error();
    auto client = std::make_unique<WordPressClient>(network, QUrl(target.baseUrl), target.user, *password);
    client->setTrustedCertificate(target.trustedCertificate);
    return client;
}

void WordPressClient::signIn(Done done)
{
    QUrlQuery query;
    query.addQueryItem(u"context"_s, u"edit"_s);
    query.addQueryItem(u"_fields"_s, u"id"_s);
    get(u"/wp/v2/users/me"_s, query, [this, done = std::move(done)](const WpResponse &r) {
        if (r.isSuccess())
            m_verified = true;
        if (done)
            done(r);
    });
}

QUrl WordPressClient::urlFor(const QString &route, const QUrlQuery &query) const
{
    QUrl url = m_site;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path);
    QUrlQuery q;
    q.addQueryItem(u"rest_route"_s, route);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        q.addQueryItem(key, QString(value).replace(u'+', u"%2B"_s));
    url.setQuery(q);
    return url;
}

QNetworkRequest WordPressClient::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, u"PressDesk"_s);
    request.setTransferTimeout(m_timeout);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}

void WordPressClient::get(const QString &route, const QUrlQuery &query, Done done)
{
    track(m_network.get(request(urlFor(route, query))), std::move(done));
}

void WordPressClient::post(const QString &route, const QJsonObject &body, Done done)
{
    QNetworkRequest r = request(urlFor(route, {}));
    r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json; charset=utf-8"_s);
    track(m_network.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact)), std::move(done));
}

void WordPressClient::remove(const QString &route, const QUrlQuery &query, Done done)
{
    track(m_network.deleteResource(request(urlFor(route, query))), std::move(done));
}

void WordPressClient::upload(const QByteArray &data, const QString &fileName,
                             const QString &mimeType, const QUrlQuery &fields, Done done)
{
    QNetworkRequest r = request(urlFor(u"/wp/v2/media"_s, fields));
    r.setHeader(QNetworkRequest::ContentTypeHeader, mimeType);
    // WordPress 6.1 takes a raw UTF-8 file name in quotes, not RFC 5987's filename*=.
    QString safe = fileName;
    safe.remove(u'"');
    r.setRawHeader("Content-Disposition", "attachment; filename=\"" + safe.toUtf8() + '"');
    track(m_network.post(r, data), std::move(done));
}

void WordPressClient::download(const QUrl &url, Done done)
{
    QNetworkRequest r = request(url);
    r.setRawHeader("Accept", "*/*");
    if (url.scheme() != m_site.scheme() || url.host().compare(m_site.host(), Qt::CaseInsensitive) != 0
        || url.port(url.scheme() == u"https"_s ? 443 : 80) != m_site.port(m_site.scheme() == u"https"_s ? 443 : 80))
        r.setRawHeader("Authorization", QByteArray());
    track(m_network.get(r), std::move(done));
}

void WordPressClient::abortAll()
{
    const QList<QNetworkReply *> replies = std::exchange(m_inFlight, {});
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void WordPressClient::track(QNetworkReply *reply, Done done)
{
    m_inFlight << reply;
    auto sslDetails = std::make_shared<QString>();
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply, sslDetails](const QList<QSslError> &errors) {
                QStringList problems;
                QStringList certificates;
                bool trusted = !m_trusted.isEmpty();
                for (const QSslError &e : errors) {
                    problems << e.errorString();
                    const QSslCertificate &c = e.certificate();
                    const QString digest = QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex());
                    const QString described =
                        u"certificate of %1 issued by %2, valid %3 to %4, SHA-256 %5"_s.arg(
                            c.subjectDisplayName(), c.issuerDisplayName(),
                            c.effectiveDate().toString(Qt::ISODate), c.expiryDate().toString(Qt::ISODate), digest);
                    if (!c.isNull() && !certificates.contains(described))
                        certificates << described;
                    if (digest != m_trusted)
                        trusted = false;
                }
                problems.removeDuplicates();
                problems << certificates;
                *sslDetails = problems.join(u"; "_s);
                if (trusted)
                    reply->ignoreSslErrors(errors);
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done), sslDetails] {
        m_inFlight.removeOne(reply);
        reply->deleteLater();
        WpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            response.body = reply->readAll();
        response.json = QJsonDocument::fromJson(response.body);
        response.network = reply->error();
        response.networkMessage = reply->errorString();
        response.sslDetails = *sslDetails;
        response.totalPages = reply->rawHeader("X-WP-TotalPages").toInt();
        if (done)
            done(response);
    });
}

} // namespace Press::Publish
