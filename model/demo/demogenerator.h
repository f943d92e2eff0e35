#pragma once

#include "core/result.h"
#include "store/store.h"

#include <functional>

namespace RefundDesk {

struct DemoOptions
{
    qint64 records = 1000;
    quint64 seed = 1;
    /// The newest payment's time, Unix seconds; fixed by default so a seed always gives
    /// the same data. Payments spread over the year before it.
    qint64 until = 1793491200; // 2026-11-01T00:00:00Z
    /// Called now and then with the number of records written so far.
    std::function<void(qint64)> progress;
    /// Polled between records; true stops and leaves the database as it was.
    std::function<bool()> isCancelled;
};

struct DemoSummary
{
    qint64 records = 0;
    qint64 attempts = 0;
    qint64 refunds = 0;
    bool cancelled = false; ///< stopped by isCancelled(); nothing was written
};

/// Generates realistic payment records (several currencies including jpy and kwd,
/// attempts with every outcome, partial and full refunds, metadata, unicode names) and
/// writes them in one transaction with one batch event. The same seed gives the same data.
Result<DemoSummary> generateDemo(Store &store, const DemoOptions &options, const Actor &actor);

} // namespace RefundDesk
