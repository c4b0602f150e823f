#include "faultproxy.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

namespace Press::Test {

namespace {

// The length of a whole request in `data` (headers and Content-Length body), or -1 if more is
// needed.
qsizetype requestLength(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    qsizetype length = 0;
    for (const QByteArray &line : data.left(end).split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.toLower().startsWith("content-length:"))
            length = l.mid(15).trimmed().toLongLong();
    }
    return data.size() >= end + 4 + length ? end + 4 + length : -1;
}

} // namespace

FaultProxy::FaultProxy(QUrl upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(std::move(upstream))
{
}

bool FaultProxy::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &FaultProxy::accept);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool FaultProxy::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    m_server = std::move(server);
    m_tls = true;
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &FaultProxy::accept);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const
{
    QUrl url = m_upstream;
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    if (m_tls)
        url.setScheme(QStringLiteral("https"));
    return url;
}

void FaultProxy::injectAt(int index, Fault fault)
{
    m_faultAt = m_count + index;
    m_fault = fault;
}

void FaultProxy::clear()
{
    m_faultAt = 0;
    m_fault = Fault::None;
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        auto done = std::make_shared<bool>(false);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer, done] {
            if (*done)
                return;
            buffer->append(client->readAll());
            const qsizetype length = requestLength(*buffer);
            if (length < 0)
                return;
            *done = true;
            handle(client, buffer->left(length));
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

void FaultProxy::handle(QTcpSocket *client, const QByteArray &request)
{
    ++m_count;
    m_lines << request.left(request.indexOf("\r\n"));
    const Fault fault = m_count == m_faultAt ? m_fault : Fault::None;
    if (fault == Fault::Status502) {
        const QByteArray page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: "
                      + QByteArray::number(page.size()) + "\r\nConnection: close\r\n\r\n" + page);
        client->disconnectFromHost();
        return;
    }
    if (fault == Fault::Stall)
        return; // the client gives up; the socket goes with the proxy

    QByteArray forwarded = request;
    if (fault == Fault::CutUpload) {
        const qsizetype body = request.indexOf("\r\n\r\n") + 4;
        forwarded = request.left(body + (request.size() - body) / 2);
    }
    auto *upstream = new QTcpSocket(this);
    auto response = std::make_shared<QByteArray>();
    connect(upstream, &QTcpSocket::connected, upstream, [upstream, forwarded, fault, client] {
        upstream->write(forwarded);
        if (fault == Fault::CutUpload) {
            upstream->flush();
            QTimer::singleShot(50, upstream, [upstream, client] {
                upstream->abort();
                client->abort();
            });
        }
    });
    connect(upstream, &QTcpSocket::readyRead, upstream,
            [upstream, response] { response->append(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, this, [upstream, response, client, fault] {
        if (upstream->isOpen())
            response->append(upstream->readAll());
        upstream->deleteLater();
        if (fault == Fault::DropAfterForward || fault == Fault::CutUpload) {
            client->abort();
            return;
        }
        client->write(*response);
        client->disconnectFromHost();
    });
    connect(upstream, &QTcpSocket::errorOccurred, upstream, [upstream, client](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError) {
            client->abort();
            upstream->deleteLater();
        }
    });
    upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port(80)));
}

} // namespace Press::Test
