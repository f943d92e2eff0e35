#include "auth/user.h"

#include "core/shortened.h"
#include "core/tr.h"

namespace RefundDesk {

Result<void> validateUserName(const QString &name)
{
    constexpr int maxLength = 64;
    if (name.isEmpty() || name.size() > maxLength) {
        return Error::rule(QStringLiteral("name"),
                           ModelText::tr("User name \"%1\" must be 1 to %2 characters long.")
                               .arg(shortened(name), QString::number(maxLength)));
    }
    for (const QChar c : name) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'@' || c == u'-';
        if (!allowed) {
            return Error::rule(QStringLiteral("name"),
                               ModelText::tr("User name \"%1\" may only contain letters a–z, "
                                             "digits and . _ @ - (found \"%2\").")
                                   .arg(shortened(name), QString(c)));
        }
    }
    return {};
}

} // namespace RefundDesk
