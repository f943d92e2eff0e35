#pragma once

#include <QString>

namespace RefundDesk {

/// Where the embedded database lives unless --db says otherwise: $REFUNDDESK_DB, else
/// refunddesk.sqlite in the user's application data folder (created if missing).
/// Call after QCoreApplication's organization and application names are set.
QString defaultDatabasePath();

/// Sets the application identity both front ends share, so they find the same data folder.
void setApplicationIdentity();

} // namespace RefundDesk
