#include "store/actor.h"

#include <QtGlobal>

namespace RefundDesk {

Actor localOperator()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = QStringLiteral("operator");
    return Actor {QStringLiteral("local:") + user, Role::Admin, true};
}

} // namespace RefundDesk
