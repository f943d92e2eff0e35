#pragma once

#include <QString>

namespace RefundDesk {

/// A new random object id in the API's style: the prefix and 24 base-62 characters
/// from the system's secure generator ("re_3Nf…"), so ids never collide across desks.
QString newObjectId(QStringView prefix);

} // namespace RefundDesk
