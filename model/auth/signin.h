#pragma once

#include "core/result.h"
#include "store/store.h"

namespace RefundDesk {

/// How long `failures` failed sign-ins in a row make the next attempt wait, in
/// milliseconds: none for the first three, then 1 s doubling to at most 5 minutes.
qint64 signInDelayMs(int failures);

/// The actor of a database that has no users yet: the local operator (localOperator()),
/// with admin rights. An Error of kind Denied once users exist: then sign-in is required.
Result<Actor> localSession(Store &store);

/// Checks the password against the stored Argon2id hash. Wrong passwords are counted and
/// logged to the audit trail; after three in a row each attempt must wait signInDelayMs().
/// Unknown users and wrong passwords get the same message. A disabled user is refused.
/// On success a hash made with a lower cost than today's is replaced.
Result<Actor> signIn(Store &store, const QString &name, const QString &password);

} // namespace RefundDesk
