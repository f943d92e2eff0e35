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

/// The copy of `path` that keepCopyBeforeUpgrade() makes before migrating a file at schema
/// version `version`: `<path>.schema-v<version>.bak`, beside it.
QString upgradeBackupPath(const QString &path, qint64 version);

/// Before a file from an older RefundDesk is migrated, keeps a consistent copy of it as it
/// was at upgradeBackupPath(), so an upgrade can be undone by putting the copy back under an
/// older RefundDesk. Does nothing for a new, current or newer file, or when the copy is
/// there already (an earlier attempt made it before any change). A copy that cannot be
/// written is an error: the caller must then not migrate.
Result<void> keepCopyBeforeUpgrade(Sqlite::Connection &db, const QString &path);

/// Brings the database up to latestSchemaVersion() by running the numbered migrations it
/// has not run yet, each in its own immediate transaction. A database from a newer build
/// is refused rather than touched.
Result<void> migrate(Sqlite::Connection &db);

} // namespace RefundDesk
