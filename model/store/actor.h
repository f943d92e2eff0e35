#pragma once

#include <QString>

namespace RefundDesk {

/// Who is acting; every event carries it.
struct Actor
{
    QString name;
};

/// The operator of a desk without sign-in: "local:" and the system user's name. Until
/// users exist (DESIGN §3, issue 5) both front ends act as this operator.
Actor localOperator();

} // namespace RefundDesk
