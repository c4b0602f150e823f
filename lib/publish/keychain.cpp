#include "keychain.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Press::Publish {

namespace {

Error keychainError(const QKeychain::Job &job, const QString &what)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotFound, u"%1: no entry %2 in the system keychain"_s.arg(what, job.key()));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return makeError(ErrorCode::NoKeychain, u"%1: %2"_s.arg(what, job.errorString()));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(ErrorCode::NoKeychain, u"%1: the keychain refused: %2"_s.arg(what, job.errorString()));
    default:
        // The Secret Service missing from the session bus, or no session bus at all, comes as
        // OtherError with D-Bus's message.
        return makeError(ErrorCode::NoKeychain, u"%1: %2"_s.arg(what, job.errorString()));
    }
}

bool usesKeychain(const Model::PublishTarget &target)
{
    return target.secretFile.isEmpty() && target.secretEnv.isEmpty();
}

} // namespace

namespace Keychain {

QString service()
{
    return u"PressDesk"_s;
}

QString key(const Model::PublishTarget &target)
{
    return target.user + u'@' + target.site();
}

void read(const Model::PublishTarget &target, std::function<void(Result<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key(target));
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            return done(keychainError(*j, u"reading the password"_s));
        done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void write(const Model::PublishTarget &target, const QString &password, std::function<void(Result<void>)> done)
{
    if (password.trimmed().isEmpty())
        return done(makeError(ErrorCode::InvalidArgument, u"an empty password is not stored"_s));
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key(target));
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            return done(keychainError(*j, u"storing the password"_s));
        done(ok());
    });
    job->start();
}

void remove(const Model::PublishTarget &target, std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key(target));
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            return done(keychainError(*j, u"removing the password"_s));
        done(ok());
    });
    job->start();
}

void readAll(const QList<Model::PublishTarget> &targets, std::function<void(Passwords)> done)
{
    // One at a time: a keychain may ask the user to unlock it, once.
    auto state = std::make_shared<Passwords>();
    auto pending = std::make_shared<QList<Model::PublishTarget>>();
    for (const Model::PublishTarget &t : targets)
        if (usesKeychain(t))
            pending->append(t);
    auto next = std::make_shared<std::function<void()>>();
    *next = [state, pending, next, done = std::move(done)] {
        if (pending->isEmpty() || state->problem) {
            // Clearing *next destroys this lambda and its captures: keep what is needed first.
            const Passwords result = *state;
            const std::function<void(Passwords)> finish = done;
            const auto self = next;
            *self = nullptr; // breaks the cycle
            return finish(result);
        }
        const Model::PublishTarget target = pending->takeFirst();
        if (state->byKey.contains(key(target)))
            return (*next)();
        read(target, [state, next, target](Result<QString> password) {
            if (password)
                state->byKey.insert(key(target), *password);
            else if (password.error().code != ErrorCode::NotFound)
                state->problem = password.error();
            (*next)();
        });
    };
    (*next)();
}

Passwords readAllNow(const QList<Model::PublishTarget> &targets)
{
    Passwords result;
    bool finished = false;
    QEventLoop loop;
    readAll(targets, [&](Passwords p) {
        result = std::move(p);
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

Result<void> writeNow(const Model::PublishTarget &target, const QString &password)
{
    Result<void> result = makeError(ErrorCode::Cancelled, QString());
    bool finished = false;
    QEventLoop loop;
    write(target, password, [&](Result<void> r) {
        result = std::move(r);
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

} // namespace Keychain

PasswordLookup lookupWithKeychain(Keychain::Passwords keychain)
{
    return [keychain = std::move(keychain)](const Model::PublishTarget &target) -> Result<QString> {
        if (usesKeychain(target)) {
            const auto found = keychain.byKey.constFind(Keychain::key(target));
            if (found != keychain.byKey.cend() && !found->isEmpty())
                return *found;
        }
        auto password = passwordFromFileOrEnvironment(target);
        if (!password && usesKeychain(target) && password.error().code == ErrorCode::Unauthorized) {
            if (keychain.problem)
                return makeError(ErrorCode::NoKeychain,
                                 u"no Application Password for target %1: set $%2, or name a password file "
                                 "(mode 0600); the system keychain could not be read: %3"_s.arg(
                                     target.name, defaultPasswordVariable(target), keychain.problem->detail));
            return makeError(ErrorCode::Unauthorized,
                             u"no Application Password for target %1 in the system keychain, nor in $%2"_s.arg(
                                 target.name, defaultPasswordVariable(target)));
        }
        return password;
    };
}

} // namespace Press::Publish
