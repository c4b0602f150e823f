#include "secrets.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Press::Publish {

QString defaultPasswordVariable(const Model::PublishTarget &target)
{
    QString name = target.name.toUpper();
    for (QChar &c : name)
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            c = u'_';
    return u"PRESSDESK_PASSWORD_"_s + name;
}

Result<QString> passwordFromFileOrEnvironment(const Model::PublishTarget &target)
{
    if (!target.secretFile.isEmpty()) {
        const QFileInfo info(target.secretFile);
        if (!info.exists())
            return makeError(ErrorCode::Unauthorized,
                             u"the password file %1 does not exist"_s.arg(target.secretFile));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                            | QFileDevice::WriteOther;
        if (info.permissions() & others)
            return makeError(ErrorCode::InvalidArgument,
                             u"the password file %1 may be read by others; make it mode 0600"_s.arg(
                                 target.secretFile));
        QFile file(target.secretFile);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, u"cannot read %1: %2"_s.arg(target.secretFile, file.errorString()));
        const QString password = QString::fromUtf8(file.readAll()).trimmed();
        if (password.isEmpty())
            return makeError(ErrorCode::Unauthorized, u"the password file %1 is empty"_s.arg(target.secretFile));
        return password;
    }
    const QString variable = target.secretEnv.isEmpty() ? defaultPasswordVariable(target) : target.secretEnv;
    const QString password = qEnvironmentVariable(variable.toLatin1().constData()).trimmed();
    if (password.isEmpty())
        return makeError(ErrorCode::Unauthorized,
                         u"no Application Password for target %1: set $%2, or name a password file "
                         "(mode 0600) with add-target --password-file"_s.arg(target.name, variable));
    return password;
}

Result<void> writePasswordFile(const QString &path, const QString &password)
{
    QFile file(path);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !file.setPermissions(ownerOnly)
        || file.write(password.toUtf8() + '\n') < 0 || !file.flush())
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return ok();
}

} // namespace Press::Publish
