// Many records in one transaction (demo data, imports): prepared once, bound per row,
// committed with one batch event, or rolled back whole.

#include "core/tr.h"
#include "store/columncodec.h"
#include "store/sqlitestore.h"

#include <QLoggingCategory>

namespace RefundDesk {
namespace {

class SqliteBulkWriter final : public BulkWriter
{
    Q_DISABLE_COPY_MOVE(SqliteBulkWriter)
public:
    SqliteBulkWriter(SqliteStore &store, Actor actor, qint64 eventSeq)
        : m_store(store)
        , m_actor(std::move(actor))
        , m_eventSeq(eventSeq)
    {
        Sqlite::Connection &db = store.connection();
        m_insertRecord = db.prepare(
            "INSERT INTO payment_records(id, currency, amount_requested, amount_authorized, "
            "amount_guaranteed, amount_canceled, amount_failed, amount_refunded, "
            "amount_prior_refunded, created, customer_id, customer_email, customer_name, "
            "customer_phone, customer_presence, description, livemode, metadata, "
            "payment_method_type, payment_method, card_brand, card_last4, "
            "payment_method_display_name, billing_details, processor_type, processor_reference, "
            "shipping_details, latest_attempt_id, reported_by, import_event) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?)");
        m_insertAttempt =
            db.prepare("INSERT INTO payment_attempts(id, payment_record_id, outcome, currency, "
                       "amount_requested, amount_authorized, amount_guaranteed, amount_canceled, "
                       "amount_failed, amount_refunded, created, payment_method_type, card_brand, "
                       "card_last4, processor_reference, metadata, reported_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_insertRefund = db.prepare(
            "INSERT INTO refunds(id, payment_record_id, payment_attempt_id, amount, currency, "
            "status, reason, failure_reason, pending_reason, destination_details, "
            "refund_reference, initiated_at, refunded_at, created, updated, metadata, created_by, "
            "approved_by, note, idempotency_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    ~SqliteBulkWriter() override
    {
        if (!m_done)
            m_store.rollback();
        m_store.connection().exec("PRAGMA cache_size = " REFUNDDESK_CACHE_PAGES);
    }

    Result<void> addRecord(const PaymentRecord &r) override
    {
        Sqlite::Statement &s = m_insertRecord;
        s.reset();
        // Refunds added later bring amount_refunded from the prior amount to its total.
        s.bind(1, r.id)
            .bind(2, r.currency)
            .bind(3, r.amountRequested)
            .bind(4, r.amountAuthorized)
            .bind(5, r.amountGuaranteed)
            .bind(6, r.amountCanceled)
            .bind(7, r.amountFailed)
            .bind(8, r.priorRefunded)
            .bind(9, r.priorRefunded)
            .bind(10, r.created)
            .bind(11, r.customer.customer)
            .bind(12, r.customer.email)
            .bind(13, r.customer.name)
            .bind(14, r.customer.phone)
            .bind(15, r.customerPresence)
            .bind(16, r.description)
            .bind(17, r.livemode)
            .bind(18, ColumnCodec::encodeMetadata(r.metadata))
            .bind(19, r.paymentMethod.type)
            .bind(20, r.paymentMethod.paymentMethod)
            .bind(21, r.paymentMethod.cardBrand)
            .bind(22, r.paymentMethod.cardLast4)
            .bind(23, r.paymentMethod.customDisplayName)
            .bind(24, ColumnCodec::encodeBilling(r.paymentMethod.billing))
            .bind(25, r.processorType)
            .bind(26, r.processorReference)
            .bind(27, ColumnCodec::encodeShipping(r.shipping))
            .bind(28, r.latestAttemptId)
            .bind(29, r.reportedBy)
            .bind(30, m_eventSeq);
        return step(s, trModel("Cannot store payment record %1").arg(r.id), m_records);
    }

    Result<void> addAttempt(const PaymentAttempt &a) override
    {
        Sqlite::Statement &s = m_insertAttempt;
        s.reset();
        s.bind(1, a.id)
            .bind(2, a.paymentRecordId)
            .bind(3, toString(a.outcome))
            .bind(4, a.currency)
            .bind(5, a.amountRequested)
            .bind(6, a.amountAuthorized)
            .bind(7, a.amountGuaranteed)
            .bind(8, a.amountCanceled)
            .bind(9, a.amountFailed)
            .bind(10, a.amountRefunded)
            .bind(11, a.created)
            .bind(12, a.paymentMethod.type)
            .bind(13, a.paymentMethod.cardBrand)
            .bind(14, a.paymentMethod.cardLast4)
            .bind(15, a.processorReference)
            .bind(16, ColumnCodec::encodeMetadata(a.metadata))
            .bind(17, a.reportedBy);
        return step(s, trModel("Cannot store payment attempt %1").arg(a.id), m_attempts);
    }

    Result<void> addRefund(const Refund &r) override
    {
        Sqlite::Statement &s = m_insertRefund;
        s.reset();
        s.bind(1, r.id)
            .bind(2, r.paymentRecordId)
            .bind(3, Sqlite::orNull(r.paymentAttemptId))
            .bind(4, r.amount)
            .bind(5, r.currency)
            .bind(6, toString(r.status))
            .bind(7, Sqlite::orNull(toString(r.reason)))
            .bind(8, Sqlite::orNull(toString(r.failureReason)))
            .bind(9, Sqlite::orNull(toString(r.pendingReason)))
            .bind(10, r.destinationDetails)
            .bind(11, Sqlite::orNull(r.refundReference))
            .bind(12, r.initiatedAt)
            .bind(13, r.refundedAt)
            .bind(14, r.created)
            .bind(15, r.updated)
            .bind(16, ColumnCodec::encodeMetadata(r.metadata))
            .bind(17, r.createdBy.isEmpty() ? m_actor.name : r.createdBy)
            .bind(18, Sqlite::orNull(r.approvedBy))
            .bind(19, Sqlite::orNull(r.note))
            .bind(20, Sqlite::orNull(r.idempotencyKey));
        return step(s, trModel("Cannot store refund %1").arg(r.id), m_refunds);
    }

    Result<void> commit(const QString &action, const QByteArray &payload) override
    {
        Event event;
        event.seq = m_eventSeq;
        event.actor = m_actor.name;
        event.action = action;
        event.entityType = QStringLiteral("batch");
        event.entityId = QStringLiteral("batch_%1").arg(m_eventSeq);
        event.payload = payload;
        // Index the new records for search in one pass, then leave bulk mode.
        Sqlite::Connection &db = m_store.connection();
        if (!db.exec("INSERT INTO payment_search(rowid, text) SELECT pk, text FROM "
                     "payment_search_text WHERE pk >= (SELECT bulk_from_pk FROM store_state)")
            || !db.exec("UPDATE store_state SET bulk_from_pk = NULL")) {
            return m_store.storageError(trModel("Cannot index the new records for search"));
        }
        auto appended = m_store.appendEvent(event);
        if (!appended)
            return appended.error();
        if (appended.value() != m_eventSeq)
            return Error::storage(trModel("The event log moved during a bulk write."));
        m_done = true;
        return m_store.commit();
    }

private:
    Result<void> step(Sqlite::Statement &statement, const QString &what, qint64 &counter)
    {
        if (!statement.exec())
            return m_store.storageError(what);
        ++counter;
        return {};
    }

    SqliteStore &m_store;
    Actor m_actor;
    qint64 m_eventSeq;
    bool m_done = false;
    qint64 m_records = 0, m_attempts = 0, m_refunds = 0;
    Sqlite::Statement m_insertRecord, m_insertAttempt, m_insertRefund;
};

} // namespace

Result<std::unique_ptr<BulkWriter>> SqliteStore::beginBulk(const Actor &actor)
{
    if (auto begun = beginImmediate(); !begun)
        return begun.error();
    // Many rows touch every index; a larger cache keeps their pages from being spilled to
    // the WAL and read back over and over. The writer's destructor restores the default.
    connection().exec("PRAGMA cache_size = " REFUNDDESK_BULK_CACHE_PAGES);
    // The write lock is held from here on, so the batch event's number is ours to use.
    Sqlite::Statement last = connection().prepare("SELECT ifnull(max(seq), 0) FROM events");
    if (!last.next()) {
        const Error error = storageError(trModel("Cannot read the event log"));
        rollback();
        return error;
    }
    const qint64 seq = last.int64(0) + 1;
    // Records from here on are indexed for search at commit (see store_state in the schema).
    if (!connection().exec("UPDATE store_state SET bulk_from_pk = "
                           "(SELECT ifnull(max(pk), 0) + 1 FROM payment_records)")) {
        const Error error = storageError(trModel("Cannot start a bulk write"));
        rollback();
        return error;
    }
    return std::unique_ptr<BulkWriter>(new SqliteBulkWriter(*this, actor, seq));
}

} // namespace RefundDesk
