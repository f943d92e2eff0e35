#pragma once

#include "core/result.h"
#include "domain/paymentattempt.h"
#include "domain/paymentrecord.h"
#include "domain/refund.h"
#include "store/actor.h"
#include "store/event.h"
#include "store/recordquery.h"
#include "store/refundquery.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace RefundDesk {

/// The result of createRefund(): the refund, and whether an idempotent retry returned
/// the refund created the first time instead of creating a new one.
struct RefundOutcome
{
    Refund refund;
    bool replayed = false;
};

/// A total per currency, as verify and reports add them up; never summed across currencies.
struct CurrencyTotals
{
    QString currency;
    qint64 records = 0;
    qint64 guaranteed = 0;
    qint64 refunded = 0;
    qint64 reserved = 0;
};

/// What verify() found: problems make it fail, warnings do not.
struct VerifyReport
{
    QStringList problems;
    QStringList warnings;
    qint64 recordsChecked = 0;
    qint64 refundsChecked = 0;
    qint64 eventsChecked = 0;
    QList<CurrencyTotals> totals;
    bool ok() const { return problems.isEmpty(); }
};

/// What writing one object did.
enum class WriteOutcome { Inserted, Updated, Unchanged };

/// Writes many objects in one transaction (demo data, imports): all of them or none.
/// Each put* inserts a new object, updates a changed one (appending a history event that
/// says what changed) or leaves an identical one alone. A record's amount_refunded is taken
/// as reported: at commit, what its known succeeded refunds do not explain becomes its
/// prior refunded amount (DESIGN §5), noted in its history.
class BulkWriter
{
public:
    virtual ~BulkWriter() = default;
    virtual Result<WriteOutcome> putRecord(const PaymentRecord &record) = 0;
    virtual Result<WriteOutcome> putAttempt(const PaymentAttempt &attempt) = 0;
    virtual Result<WriteOutcome> putRefund(const Refund &refund) = 0;
    /// True when the record exists, stored before or put in this batch.
    virtual bool hasRecord(const QString &id) = 0;
    /// True when the attempt exists, stored before or put in this batch.
    virtual bool hasAttempt(const QString &id) = 0;
    /// Notes that the file had this id at this position; an Error names the first position
    /// when it had it before.
    virtual Result<void> markSeen(const QString &id, qint64 index) = 0;
    /// Settles prior refunded amounts, appends the batch's event and commits; without it,
    /// destruction rolls everything back.
    virtual Result<void> commit(const QString &action, const QByteArray &payload) = 0;
};

/// Receives every object of the store in the order it was stored; a callback that returns
/// false stops the scan. A null callback skips that kind of object.
struct ScanVisitor
{
    std::function<bool(const PaymentRecord &)> record;
    std::function<bool(const PaymentAttempt &)> attempt;
    std::function<bool(const Refund &)> refund;
};

/// The narrow interface through which domain and UI code reach the database, so that a
/// PostgreSQL backend can stand beside the SQLite one. Every write appends its event
/// in the same transaction.
class Store
{
public:
    virtual ~Store() = default;

    virtual QString location() const = 0;

    // Reading
    virtual Result<PaymentRecord> record(const QString &id) = 0;
    virtual Result<QList<PaymentAttempt>> attempts(const QString &recordId) = 0;
    virtual Result<QList<Refund>> refundsOf(const QString &recordId) = 0;
    virtual Result<Refund> refund(const QString &id) = 0;
    virtual Result<RecordPage> listRecords(const RecordQuery &query) = 0;
    virtual Result<qint64> countRecords(const RecordQuery &query) = 0;
    /// Refunds of every record, filtered and keyset-paged like listRecords().
    virtual Result<RefundPage> listRefunds(const RefundQuery &query) = 0;
    virtual Result<qint64> countRefunds(const RefundQuery &query) = 0;
    /// Everyone who has created a refund, sorted, for the refunds view's agent filter.
    virtual Result<QStringList> refundCreators() = 0;
    /// The currency codes payment records are in, sorted, for the currency filter.
    virtual Result<QStringList> recordCurrencies() = 0;
    /// The record's events in order, including the import that brought it in.
    virtual Result<QList<Event>> history(const QString &recordId) = 0;
    /// Records, then attempts, then refunds, all from one consistent snapshot.
    virtual Result<void> scan(const ScanVisitor &visitor) = 0;

    // Writing
    virtual Result<RefundOutcome> createRefund(const RefundRequest &request,
                                               const Actor &actor) = 0;
    virtual Result<Refund> changeRefundStatus(const QString &refundId, const StatusChange &change,
                                              const Actor &actor) = 0;
    /// Appends an agent's note to a record's history ("record.note"); the text must pass
    /// validateNote().
    virtual Result<void> addRecordNote(const QString &recordId, const QString &text,
                                       const Actor &actor) = 0;
    /// Replaces a record's metadata with `metadata` (checked by validateMetadata()) and
    /// appends a "record.metadata_changed" event with the keys before and after.
    virtual Result<PaymentRecord>
    setRecordMetadata(const QString &recordId, const Metadata &metadata, const Actor &actor) = 0;
    virtual Result<std::unique_ptr<BulkWriter>> beginBulk(const Actor &actor) = 0;

    /// Integrity check, every money invariant and the event chain.
    virtual Result<VerifyReport> verify() = 0;

    /// The clock, in Unix milliseconds; tests replace it.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 nowMs() const;

private:
    std::function<qint64()> m_clock;
};

} // namespace RefundDesk
