#pragma once

#include "secrets.h"

#include <core/error.h>
#include <core/result.h>
#include <model/publishing.h>

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QSslError>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Press::Publish {

// One answer of the WordPress REST API, or the reason there was none.
struct WpResponse
{
    int status = 0; // HTTP status; 0 when the connection failed
    QJsonDocument json;
    QByteArray body;
    QNetworkReply::NetworkError network = QNetworkReply::NoError;
    QString networkMessage;
    QString sslDetails; // the certificate problem, when there was one
    int totalPages = 0; // X-WP-TotalPages of a collection

    [[nodiscard]] bool isSuccess() const
    {
        return network == QNetworkReply::NoError && status >= 200 && status < 300;
    }
    // The server's error code ("rest_cannot_create"), when it sent one.
    [[nodiscard]] QString code() const;
    // Worth another attempt: no answer (refused, lost, timed out) or a 5xx that is not one of
    // WordPress's permanent ones (a file type it does not take, a file too large).
    [[nodiscard]] bool isTemporary() const;
    // Network (temporary), Unauthorized (401/403), Rejected (4xx, with the server's message and
    // the fields it names), NotFound (404/410).
    [[nodiscard]] Error error() const;
};

// A small asynchronous client for one WordPress site's REST API (wp/v2) with an Application
// Password. Routes go through `?rest_route=`, which works with and without pretty permalinks.
// Every request has a transfer timeout. Callbacks run on the client's thread when the answer is
// in. TLS certificates are verified; one certificate may be trusted explicitly by its SHA-256.
class WordPressClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WordPressClient)

public:
    using Done = std::function<void(const WpResponse &)>;

    WordPressClient(QNetworkAccessManager &network, QUrl site, QString user, QString password,
                    QObject *parent = nullptr);
    ~WordPressClient() override;
    // Every status a post of ours may have on the site but "trash", for `status=` in queries.
    [[nodiscard]] static QString postStatuses();
    // A field of an answer in the "edit" context: its raw text (title, content, caption …), or
    // the value itself where the field is plain.
    [[nodiscard]] static QString raw(const QJsonObject &object, const QString &field);

    // A client for a target: its address and user, the password `passwords` finds for it, the
    // certificate it trusts.
    [[nodiscard]] static Result<std::unique_ptr<WordPressClient>> forTarget(
        QNetworkAccessManager &network, const Model::PublishTarget &target, const PasswordLookup &passwords);

    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    // The credentials were accepted once (GET users/me); later jobs need not ask again.
    [[nodiscard]] bool isVerified() const { return m_verified; }
    void setVerified(bool verified) { m_verified = verified; }
    void setTrustedCertificate(const QString &sha256Hex) { m_trusted = sha256Hex.toLower(); }

    // Asks who we are (GET users/me in the edit context) and remembers a success: WordPress treats
    // bad credentials on its public GETs as anonymous, so a wrong password is found here and not
    // as a later, stranger refusal. `done` gets the answer.
    void signIn(Done done);
    void get(const QString &route, const QUrlQuery &query, Done done);
    // POST with a JSON body.
    void post(const QString &route, const QJsonObject &body, Done done);
    void remove(const QString &route, const QUrlQuery &query, Done done);
    // POST /wp/v2/media with the file as the raw body (PHP's upload limits do not apply) and
    // the other fields as query parameters.
    void upload(const QByteArray &data, const QString &fileName, const QString &mimeType,
                const QUrlQuery &fields, Done done);
    // GET of a file the site serves (a media item's source_url). The credentials go along only
    // to the site's own scheme, host and port.
    void download(const QUrl &url, Done done);
    // Drops the requests in flight; their callbacks are not called.
    void abortAll();

private:
    [[nodiscard]] QUrl urlFor(const QString &route, const QUrlQuery &query) const;
    [[nodiscard]] QNetworkRequest request(const QUrl &url) const;
    void track(QNetworkReply *reply, Done done);

    QNetworkAccessManager &m_network;
    QUrl m_site;
    QByteArray m_authorization;
    QString m_trusted;
    int m_timeout = 30000;
    bool m_verified = false;
    QList<QNetworkReply *> m_inFlight;
};

} // namespace Press::Publish
