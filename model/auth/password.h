#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace RefundDesk::Password {

/// Argon2id work factors (libsodium's crypto_pwhash_str). A hash records its own
/// factors, so raising them never locks anyone out: the next sign-in rehashes.
struct Cost
{
    quint64 opsLimit = 0;
    std::size_t memLimit = 0;

    static Cost interactive(); ///< libsodium's INTERACTIVE: the desk's default
    static Cost moderate();
    static Cost minimum(); ///< the least libsodium allows; for tests that hash many times
};

/// The cost new hashes use; tests lower it to keep the suite fast.
Cost currentCost();
void setCurrentCost(Cost cost);

/// Checks a new password: at least 8 characters, at most 1024 bytes of UTF-8, no NUL.
Result<void> validateNew(const QString &password);

/// An "$argon2id$…" string; a fresh random salt each time, so equal passwords never give
/// equal hashes. Fails only when the system cannot allocate the memory the cost asks for.
Result<QByteArray> hash(const QString &password, Cost cost = currentCost());

/// True when `password` matches `hash`.
bool verify(const QByteArray &hash, const QString &password);

/// True when `hash` was made with other factors than `cost` (or is not an Argon2id hash).
bool needsRehash(const QByteArray &hash, Cost cost = currentCost());

} // namespace RefundDesk::Password
