#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <memory>

class QSslCertificate;
class QSslKey;

class QTcpSocket;

namespace Press::Test {

// An HTTP proxy of our own between a client and a real server (the WordPress peer), on
// 127.0.0.1, that injects one fault on command: for the Nth request it
// - DropAfterForward: forwards the request, lets the server finish its work, then closes the
//   client's connection without an answer (the server did it, the client never hears);
// - Status502: answers 502 with an HTML page, as a gateway would, without forwarding;
// - Stall: reads the request and never answers (the client's timeout must fire);
// - CutUpload: forwards the headers and half of the body, then drops both connections.
// It can also speak HTTPS to its clients (listenTls), which puts a self-signed certificate in
// front of the real peer. Every other request passes through unchanged. One request per connection ("Connection: close"
// from the peer), so requests are counted exactly.
class FaultProxy final : public QObject
{
    Q_OBJECT

public:
    enum class Fault { None, DropAfterForward, Status502, Stall, CutUpload };

    explicit FaultProxy(QUrl upstream, QObject *parent = nullptr);
    [[nodiscard]] bool listen();
    // Listens for HTTPS with this certificate and key (clients see them; the upstream stays HTTP).
    [[nodiscard]] bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    // The address clients use instead of the upstream (same path).
    [[nodiscard]] QUrl url() const;
    // Injects `fault` into request number `index` (1-based, counted from now).
    void injectAt(int index, Fault fault);
    void clear();
    [[nodiscard]] int requestCount() const { return m_count; }
    [[nodiscard]] QList<QByteArray> requestLines() const { return m_lines; }

private:
    void accept();
    void handle(QTcpSocket *client, const QByteArray &request);

    QUrl m_upstream;
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    int m_count = 0;
    int m_faultAt = 0;
    Fault m_fault = Fault::None;
    QList<QByteArray> m_lines;
};

} // namespace Press::Test
