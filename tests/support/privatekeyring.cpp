#include "privatekeyring.h"

#include <QDir>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace Press::Test {

PrivateKeyring::PrivateKeyring(QString home)
    : m_home(std::move(home))
{
}

PrivateKeyring::~PrivateKeyring()
{
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }
}

bool PrivateKeyring::start()
{
    if (QStandardPaths::findExecutable(u"dbus-daemon"_s).isEmpty()
        || QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s).isEmpty()) {
        m_error = u"dbus-daemon and gnome-keyring-daemon are needed (scripts/deps.sh installs them)"_s;
        return false;
    }
    QDir().mkpath(m_home);
    // The bus ends with the test process at the latest, however that ends.
    m_bus.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
    if (!m_bus.waitForReadyRead(10000)) {
        m_error = u"dbus-daemon did not start: "_s + QString::fromUtf8(m_bus.readAllStandardError());
        return false;
    }
    const QString address = QString::fromUtf8(m_bus.readLine()).trimmed();
    m_environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
    m_environment.insert(u"HOME"_s, m_home);
    m_environment.insert(u"XDG_DATA_HOME"_s, m_home + u"/.local/share"_s);
    QProcess keyring;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : m_environment.keys())
        env.insert(key, m_environment.value(key));
    keyring.setProcessEnvironment(env);
    keyring.start(u"gnome-keyring-daemon"_s, {u"--unlock"_s, u"--components=secrets"_s});
    keyring.write("test-keyring-password");
    keyring.closeWriteChannel();
    // It forks a daemon that lives as long as the bus and prints its environment.
    if (!keyring.waitForFinished(20000) || keyring.exitCode() != 0) {
        m_error = u"gnome-keyring-daemon did not start: "_s + QString::fromUtf8(keyring.readAllStandardError());
        return false;
    }
    return true;
}

} // namespace Press::Test
