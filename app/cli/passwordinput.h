#pragma once

#include "core/result.h"

#include <QString>

namespace RefundDesk::Cli {

/// The name of the environment variable that holds the signing-in user's password.
inline constexpr char passwordVariable[] = "REFUNDDESK_PASSWORD";

/// The password of `user` signing in with --as: $REFUNDDESK_PASSWORD, else asked for on the
/// terminal with echo off; a Usage Error saying how to give one when neither is there.
Result<QString> signInPassword(const QString &user);

/// A new password for `user`: one line of standard input when `fromStdin`, else asked for
/// twice on the terminal; checked with Password::validateNew.
Result<QString> newPassword(const QString &user, bool fromStdin);

} // namespace RefundDesk::Cli
