#include "auth/password.h"

#include "core/tr.h"

#include <atomic>
#include <mutex>
#include <sodium.h>

namespace RefundDesk::Password {
namespace {

std::atomic<quint64> currentOps {crypto_pwhash_OPSLIMIT_INTERACTIVE};
std::atomic<std::size_t> currentMem {crypto_pwhash_MEMLIMIT_INTERACTIVE};

bool initialised()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    return ok;
}

} // namespace

Cost Cost::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

Cost Cost::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

Cost Cost::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Cost currentCost()
{
    return {currentOps.load(), currentMem.load()};
}

void setCurrentCost(Cost cost)
{
    currentOps = cost.opsLimit;
    currentMem = cost.memLimit;
}

Result<void> validateNew(const QString &password)
{
    constexpr int minLength = 8;
    constexpr int maxBytes = 1024;
    if (password.size() < minLength) {
        return Error::rule(QStringLiteral("password"),
                           ModelText::tr("The password has %1 characters; it needs at least %2.")
                               .arg(password.size())
                               .arg(minLength));
    }
    if (password.toUtf8().size() > maxBytes) {
        return Error::rule(QStringLiteral("password"),
                           ModelText::tr("The password is longer than %1 bytes.").arg(maxBytes));
    }
    if (password.contains(QChar(0))) {
        return Error::rule(QStringLiteral("password"),
                           ModelText::tr("The password must not contain a NUL character."));
    }
    return {};
}

Result<QByteArray> hash(const QString &password, Cost cost)
{
    if (!initialised())
        return Error::storage(ModelText::tr("libsodium could not be initialised."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), cost.opsLimit,
                              cost.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Error::storage(ModelText::tr("Hashing the password needs %1 MiB of memory, which "
                                            "the system would not give.")
                                  .arg(cost.memLimit / (1024 * 1024)));
    }
    return QByteArray(out);
}

bool verify(const QByteArray &hash, const QString &password)
{
    if (!initialised() || hash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool needsRehash(const QByteArray &hash, Cost cost)
{
    if (!initialised())
        return false;
    // 0: made with these factors; 1: other factors; -1: not an Argon2id hash at all.
    return crypto_pwhash_str_needs_rehash(hash.constData(), cost.opsLimit, cost.memLimit) != 0;
}

} // namespace RefundDesk::Password
