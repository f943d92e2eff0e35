#pragma once

#include "core/result.h"
#include "io/jsonobjectstream.h"
#include "store/store.h"

#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>

namespace RefundDesk {

/// One object the import refused, and where it stood in the file.
struct Rejection
{
    qint64 index = 0; ///< 0-based object index in the file
    qint64 line = 0; ///< 1-based line for JSON Lines, else 0
    QString id; ///< the object's id, when it has one
    QString object; ///< payment_record, payment_attempt_record, refund, or empty
    QString field; ///< the field at fault, when one is
    QString reason; ///< a sentence naming the value and the rule

    /// "object 12 (line 13), refund re_1: amount: …", as the CLI and the GUI show it.
    QString toString() const;
};

struct ImportOptions
{
    bool skipInvalid = false; ///< import the valid objects and report the rest
    bool dryRun = false; ///< validate and report, write nothing
    QString source; ///< the file name, for the history
    /// Bytes read and the file's size (0 when unknown, as for standard input).
    std::function<void(qint64 read, qint64 total)> progress;
    /// Polled between objects; true stops the import and leaves the database as it was.
    std::function<bool()> isCancelled;
};

struct ImportSummary
{
    JsonObjectStream::Shape shape = JsonObjectStream::Shape::Empty;
    qint64 read = 0;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    QList<Rejection> rejections; ///< the first maxReported of them
    bool written = false; ///< false for a dry run, a cancel, a refused file, or no change
    bool cancelled = false;

    static constexpr int maxReported = 1000;
};

/// Imports payment records, attempts and refunds from API-shaped JSON (DESIGN §5): every
/// domain rule is checked on the way in, and by default a file with any rejected object
/// changes nothing. Re-importing the same file changes nothing; a changed object updates
/// its row and appends a history event saying what changed.
/// A malformed file (broken JSON) is an Error; rejected objects are in the summary.
Result<ImportSummary> importJson(Store &store, QIODevice &input, const ImportOptions &options,
                                 const Actor &actor);

} // namespace RefundDesk
