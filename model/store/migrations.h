#pragma once

#include "core/result.h"

#include <QStringList>

namespace RefundDesk::Sqlite {
class Connection;
}

namespace RefundDesk {

/// The triggers that guard the money rules in the database itself.
QStringList guardTriggerNames();

/// The schema version this build writes (PRAGMA user_version).
int latestSchemaVersion();

/// Brings the database up to latestSchemaVersion() by running the numbered migrations it
/// has not run yet, each in its own immediate transaction. A database from a newer build
/// is refused rather than touched.
Result<void> migrate(Sqlite::Connection &db);

} // namespace RefundDesk
