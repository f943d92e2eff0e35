#include "auth/signin.h"

#include "auth/password.h"
#include "core/tr.h"

#include <QLoggingCategory>

#include <algorithm>

namespace RefundDesk {

Q_LOGGING_CATEGORY(lcSignIn, "refunddesk.signin")

namespace {

Error wrongCredentials(const QString &name)
{
    // The same words for an unknown user and a wrong password: no one learns which names
    // exist by guessing.
    return Error::denied(QStringLiteral("password"),
                         ModelText::tr("Unknown user or wrong password for \"%1\".").arg(name));
}

/// Spends the time a real check would, so an unknown name does not answer faster.
void spendVerifyTime(const QString &password)
{
    static const QByteArray dummy = [] {
        auto hashed = Password::hash(QStringLiteral("refunddesk-no-such-user"));
        return hashed ? hashed.value() : QByteArray();
    }();
    (void)Password::verify(dummy, password);
}

} // namespace

qint64 signInDelayMs(int failures)
{
    constexpr int freeFailures = 3;
    constexpr qint64 maxDelayMs = 5 * 60 * 1000;
    if (failures < freeFailures)
        return 0;
    const int doublings = std::min(failures - freeFailures, 20);
    return std::min<qint64>(qint64(1000) << doublings, maxDelayMs);
}

Result<Actor> localSession(Store &store)
{
    const auto count = store.userCount();
    if (!count)
        return count.error();
    if (count.value() > 0) {
        return Error::denied(
            QStringLiteral("user"),
            ModelText::tr("%1 has %n user(s): sign in as one of them.", nullptr, int(count.value()))
                .arg(store.location()));
    }
    return localOperator();
}

Result<Actor> signIn(Store &store, const QString &name, const QString &password)
{
    const auto found = store.user(name);
    if (!found) {
        if (found.error().kind != ErrorKind::NotFound)
            return found.error();
        spendVerifyTime(password);
        qCWarning(lcSignIn) << "sign-in refused for unknown user" << name;
        if (auto logged = store.recordSignIn(name, false); !logged)
            return logged.error();
        return wrongCredentials(name);
    }
    const User &user = found.value();

    const qint64 delayMs = signInDelayMs(user.failedSignIns);
    if (delayMs > 0 && user.lastFailedSignInMs) {
        const qint64 waitMs = *user.lastFailedSignInMs + delayMs - store.nowMs();
        if (waitMs > 0) {
            qCWarning(lcSignIn) << "sign-in throttled for" << user.name << "after"
                                << user.failedSignIns << "failures";
            const qint64 seconds = (waitMs + 999) / 1000;
            return Error::denied(QStringLiteral("password"),
                                 ModelText::tr("%1 failed sign-ins in a row for \"%2\": wait %3 s "
                                               "before trying again.")
                                     .arg(user.failedSignIns)
                                     .arg(user.name)
                                     .arg(seconds));
        }
    }

    const auto hash = store.passwordHash(user.name);
    if (!hash)
        return hash.error();
    if (!Password::verify(hash.value(), password)) {
        qCWarning(lcSignIn) << "wrong password for" << user.name;
        if (auto logged = store.recordSignIn(user.name, false); !logged)
            return logged.error();
        return wrongCredentials(name);
    }
    if (user.disabled) {
        if (auto logged = store.recordSignIn(user.name, false); !logged)
            return logged.error();
        return Error::denied(
            QStringLiteral("user"),
            ModelText::tr("User \"%1\" is disabled; an admin can enable it again.").arg(user.name));
    }

    QByteArray rehash;
    if (Password::needsRehash(hash.value())) {
        if (auto fresh = Password::hash(password); fresh)
            rehash = fresh.value();
    }
    if (auto logged = store.recordSignIn(user.name, true, rehash); !logged)
        return logged.error();
    return Actor {user.name, user.role, false};
}

} // namespace RefundDesk
