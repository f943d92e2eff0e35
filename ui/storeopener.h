#pragma once

#include "core/result.h"
#include "store/store.h"

#include <functional>
#include <memory>

namespace RefundDesk {

/// Opens a new connection to the desk's database. Long jobs call it on their worker
/// thread, so they never share the window's connection; the GUI passes one that opens the
/// SQLite file it shows, tests one for their temporary file.
using StoreOpener = std::function<Result<std::unique_ptr<Store>>()>;

/// The opener of the SQLite file at `path`: a new SqliteStore connection on each call.
StoreOpener sqliteOpener(const QString &path);

} // namespace RefundDesk
