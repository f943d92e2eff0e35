#pragma once

#include "auth/user.h"
#include "core/result.h"
#include "domain/approval.h"
#include "domain/paymentattempt.h"
#include "domain/paymentrecord.h"
#include "domain/refund.h"
#include "report/reportquery.h"
#include "store/actor.h"
#include "store/auditquery.h"
#include "store/event.h"
#include "store/recordquery.h"
#include "store/refundquery.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <string_view>

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

/// How deep verify() has SQLite check its own file. The money invariants and the event
/// chain are checked whole at either depth.
enum class VerifyDepth {
    /// PRAGMA quick_check: every page, row and CHECK/NOT NULL constraint, but not that each
    /// index holds exactly its table's rows, nor UNIQUE. Seconds on a million records.
    Quick,
    /// PRAGMA integrity_check: Quick, and every index entry against its row, the search
    /// index included. About a minute on a million records.
    Full,
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

/// An export or report leaving the desk, for the audit trail: what, where, and whether
/// personal data went out masked (DESIGN §5).
struct ExportAudit
{
    QString kind; ///< "export" or "report"
    QString target; ///< the file written, or "-" for standard output
    qint64 objects = 0;
    bool personalDataMasked = true;
};

/// Receives every object of the store in the order it was stored; a callback that returns
/// false stops the scan. A null callback skips that kind of object.
struct ScanVisitor
{
    std::function<bool(const PaymentRecord &)> record;
    std::function<bool(const PaymentAttempt &)> attempt;
    std::function<bool(const Refund &)> refund;
};

/// A text column as the database holds it (UTF-8), without a copy; nullopt is SQL NULL,
/// which stays distinct from "" as the API's null does.
using TextView = std::optional<std::string_view>;

// Rows as stored, for writers that need no domain objects (the export's fast path). One
// member per column of REFUNDDESK_RECORD_COLUMNS, REFUNDDESK_ATTEMPT_COLUMNS and
// REFUNDDESK_REFUND_COLUMNS; the JSON columns are their stored compact text. The text
// points into the database's row: valid only during the visitor's call.

struct RecordView
{
    TextView id;
    TextView currency;
    qint64 amountRequested = 0;
    qint64 amountAuthorized = 0;
    qint64 amountGuaranteed = 0;
    qint64 amountCanceled = 0;
    qint64 amountFailed = 0;
    qint64 amountRefunded = 0;
    qint64 priorRefunded = 0;
    qint64 amountReserved = 0;
    qint64 created = 0;
    TextView customerId;
    TextView customerEmail;
    TextView customerName;
    TextView customerPhone;
    TextView customerPresence;
    TextView description;
    bool livemode = false;
    TextView metadata; ///< JSON object
    TextView paymentMethodType;
    TextView paymentMethod;
    TextView cardBrand;
    TextView cardLast4;
    TextView paymentMethodDisplayName;
    TextView billingDetails; ///< JSON object
    TextView processorType;
    TextView processorReference;
    TextView shippingDetails; ///< JSON object
    TextView latestAttemptId;
    TextView reportedBy;
};

struct AttemptView
{
    TextView id;
    TextView paymentRecordId;
    TextView outcome;
    TextView currency;
    qint64 amountRequested = 0;
    qint64 amountAuthorized = 0;
    qint64 amountGuaranteed = 0;
    qint64 amountCanceled = 0;
    qint64 amountFailed = 0;
    qint64 amountRefunded = 0;
    qint64 created = 0;
    TextView paymentMethodType;
    TextView cardBrand;
    TextView cardLast4;
    TextView processorReference;
    TextView metadata; ///< JSON object
    TextView reportedBy;
};

struct RefundView
{
    TextView id;
    TextView paymentRecordId;
    TextView paymentAttemptId;
    qint64 amount = 0;
    TextView currency;
    TextView status;
    TextView reason;
    TextView failureReason;
    TextView pendingReason;
    TextView destinationDetails; ///< JSON
    TextView refundReference;
    std::optional<qint64> initiatedAt;
    std::optional<qint64> refundedAt;
    qint64 created = 0;
    qint64 updated = 0;
    TextView metadata; ///< JSON object
    TextView createdBy;
    TextView approvedBy;
    TextView note;
    TextView idempotencyKey;
};

/// ScanVisitor over row views: the same objects in the same order, without building
/// domain objects. A view is valid only during its call.
struct ScanViewVisitor
{
    std::function<bool(const RecordView &)> record;
    std::function<bool(const AttemptView &)> attempt;
    std::function<bool(const RefundView &)> refund;
};

/// The narrow interface through which domain and UI code reach the database, so that a
/// PostgreSQL backend can stand beside the SQLite one. Every write appends its event
/// in the same transaction, and checks inside that transaction that the actor may make
/// it (access()): roles live in the database, not in the Actor a caller passes.
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
    /// scan() over row views, for writers that copy stored text straight out: the same
    /// order and snapshot; a null callback skips that kind, false stops.
    virtual Result<void> scanViews(const ScanViewVisitor &visitor) = 0;

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
    /// Needs Permission::Import.
    virtual Result<std::unique_ptr<BulkWriter>> beginBulk(const Actor &actor) = 0;

    // Approvals (DESIGN §3): a refund above its creator's limit is created as
    // awaiting_approval with its amount reserved. Another supervisor or admin decides:
    // approving sends it on (pending, or succeeded when it was reported as already
    // refunded), rejecting cancels it. The decision must match the refund's amount,
    // currency and payment; two decisions on one refund: the second is refused.
    virtual Result<Refund> decideApproval(const ApprovalDecision &decision, const Actor &actor) = 0;

    // Users. Sign-in itself is signIn() (auth/signin.h), which uses the three below.
    virtual Result<qint64> userCount() = 0;
    virtual Result<QList<User>> users() = 0;
    virtual Result<User> user(const QString &name) = 0;
    /// The stored Argon2id hash, for signIn() only.
    virtual Result<QByteArray> passwordHash(const QString &name) = 0;
    /// Counts a failed sign-in (or clears the count after a good one, storing `rehash`
    /// when it is not empty) and appends "user.signed_in" or "user.sign_in_failed".
    virtual Result<void> recordSignIn(const QString &name, bool succeeded,
                                      const QByteArray &rehash = {}) = 0;
    /// What the actor may do now; an Error of kind Denied when they may not act at all
    /// (unknown, disabled, or the local operator of a database that has users).
    virtual Result<Access> access(const Actor &actor) = 0;
    // The rest need Permission::ManageUsers, except that users may change their own
    // password. The first user must be an admin; the last enabled admin stays one.
    virtual Result<User> addUser(const User &user, const QByteArray &passwordHash,
                                 const Actor &actor) = 0;
    virtual Result<User> setUserRole(const QString &name, Role role, const Actor &actor) = 0;
    virtual Result<User> setUserLimits(const QString &name, const RefundLimits &limits,
                                       const Actor &actor) = 0;
    virtual Result<void> setPasswordHash(const QString &name, const QByteArray &passwordHash,
                                         const Actor &actor) = 0;
    virtual Result<User> setUserDisabled(const QString &name, bool disabled,
                                         const Actor &actor) = 0;

    // Audit (DESIGN §3 "History and audit"). Needs Permission::ViewAudit.
    virtual Result<EventPage> listEvents(const AuditQuery &query, const Actor &actor) = 0;
    /// Everyone and every action found in the log, sorted, for the audit view's filters.
    virtual Result<QStringList> eventActors() = 0;
    virtual Result<QStringList> eventActions() = 0;
    /// The newest event: its seq and hash, exported, let an outside copy prove later that
    /// history up to it was not rewritten. A NotFound Error for an empty log.
    virtual Result<Event> headEvent() = 0;
    virtual Result<Event> event(qint64 seq) = 0;
    /// Appends an "export" or "report" event. Needs Permission::Export, and
    /// Permission::SeePersonalData when personal data went out unmasked.
    virtual Result<void> recordExport(const ExportAudit &audit, const Actor &actor) = 0;

    /// SQLite's check of the file at `depth`, every money invariant and the event chain.
    virtual Result<VerifyReport> verify(VerifyDepth depth) = 0;

    // Reports (DESIGN §5 "Reports"). Needs Permission::Read, which every role has.
    /// Refunds over the query's period, filtered and grouped, with totals per currency, all
    /// read from one snapshot. An Error names the field and value a query is refused for
    /// (see checkedReportQuery()).
    virtual Result<Report> report(const ReportQuery &query, const Actor &actor) = 0;

    /// The clock, in Unix milliseconds; tests replace it.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 nowMs() const;

private:
    std::function<qint64()> m_clock;
};

} // namespace RefundDesk
