#pragma once

#include "core/result.h"
#include "store/store.h"

#include <QIODevice>

#include <functional>

namespace RefundDesk {

struct ExportOptions
{
    enum class Format { Array, List, JsonLines };
    enum class What { Records, Refunds, All };
    Format format = Format::Array;
    What what = What::All;
    /// Emails and phone numbers masked (Masking::personalData) in every record and attempt
    /// written, for those whose role may not see them (DESIGN §5).
    bool maskPersonalData = false;
    /// Objects written so far; called now and then.
    std::function<void(qint64)> progress;
    std::function<bool()> isCancelled;
};

struct ExportSummary
{
    qint64 records = 0;
    qint64 attempts = 0;
    qint64 refunds = 0;
    bool cancelled = false;
};

/// Writes API-shaped objects: payment records, then their attempts, then refunds, each in
/// the order they were stored, one object per line. The same database always gives the
/// same bytes, and export → import into an empty database → export gives them again.
Result<ExportSummary> exportJson(Store &store, QIODevice &output, const ExportOptions &options);

} // namespace RefundDesk
