#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace Press::Test {

// A real Secret Service for keychain tests: a D-Bus session bus of its own (dbus-daemon) with
// GNOME Keyring's secrets component on it, unlocked, keeping its keyrings under `home`. Ends with
// the object (the keyring daemon leaves with its bus), or with the test process. A process that
// used the bus itself must keep it until it exits: GLib ends a process with SIGTERM when its
// session bus goes away.
class PrivateKeyring final
{
public:
    explicit PrivateKeyring(QString home);
    ~PrivateKeyring();
    PrivateKeyring(const PrivateKeyring &) = delete;
    PrivateKeyring &operator=(const PrivateKeyring &) = delete;

    // False (with the reason in error()) when dbus-daemon or gnome-keyring-daemon is missing or
    // does not start.
    [[nodiscard]] bool start();
    [[nodiscard]] QString error() const { return m_error; }
    // DBUS_SESSION_BUS_ADDRESS, HOME and XDG_DATA_HOME for a process that should use it.
    [[nodiscard]] QProcessEnvironment environment() const { return m_environment; }

private:
    QString m_home;
    QString m_error;
    QProcess m_bus;
    QProcessEnvironment m_environment;
};

} // namespace Press::Test
