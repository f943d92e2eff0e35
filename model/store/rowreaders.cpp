#include "store/rowreaders.h"

#include "store/columncodec.h"
#include "store/sqlite.h"

namespace RefundDesk::RowReaders {

PaymentRecord readRecord(const Sqlite::Statement &row, int first)
{
    int c = first;
    PaymentRecord r;
    r.id = row.text(c++);
    r.currency = row.text(c++);
    r.amountRequested = row.int64(c++);
    r.amountAuthorized = row.int64(c++);
    r.amountGuaranteed = row.int64(c++);
    r.amountCanceled = row.int64(c++);
    r.amountFailed = row.int64(c++);
    r.amountRefunded = row.int64(c++);
    r.priorRefunded = row.int64(c++);
    r.amountReserved = row.int64(c++);
    r.created = row.int64(c++);
    r.customer.customer = row.text(c++);
    r.customer.email = row.text(c++);
    r.customer.name = row.text(c++);
    r.customer.phone = row.text(c++);
    r.customerPresence = row.text(c++);
    r.description = row.text(c++);
    r.livemode = row.int64(c++) != 0;
    r.metadata = ColumnCodec::decodeMetadata(row.text(c++));
    r.paymentMethod.type = row.text(c++);
    r.paymentMethod.paymentMethod = row.text(c++);
    r.paymentMethod.cardBrand = row.text(c++);
    r.paymentMethod.cardLast4 = row.text(c++);
    r.paymentMethod.customDisplayName = row.text(c++);
    r.paymentMethod.billing = ColumnCodec::decodeBilling(row.text(c++));
    r.processorType = row.text(c++);
    r.processorReference = row.text(c++);
    r.shipping = ColumnCodec::decodeShipping(row.text(c++));
    r.latestAttemptId = row.text(c++);
    r.reportedBy = row.text(c++);
    Q_ASSERT(c - first == recordColumnCount);
    return r;
}

PaymentAttempt readAttempt(const Sqlite::Statement &row, int first)
{
    int c = first;
    PaymentAttempt a;
    a.id = row.text(c++);
    a.paymentRecordId = row.text(c++);
    a.outcome = attemptOutcomeFromString(row.text(c++)).value();
    a.currency = row.text(c++);
    a.amountRequested = row.int64(c++);
    a.amountAuthorized = row.int64(c++);
    a.amountGuaranteed = row.int64(c++);
    a.amountCanceled = row.int64(c++);
    a.amountFailed = row.int64(c++);
    a.amountRefunded = row.int64(c++);
    a.created = row.int64(c++);
    a.paymentMethod.type = row.text(c++);
    a.paymentMethod.cardBrand = row.text(c++);
    a.paymentMethod.cardLast4 = row.text(c++);
    a.processorReference = row.text(c++);
    a.metadata = ColumnCodec::decodeMetadata(row.text(c++));
    a.reportedBy = row.text(c++);
    return a;
}

Refund readRefund(const Sqlite::Statement &row, int first)
{
    // The CHECK constraints guarantee the enumerations, so parsing cannot fail here.
    int c = first;
    Refund r;
    r.id = row.text(c++);
    r.paymentRecordId = row.text(c++);
    r.paymentAttemptId = row.text(c++);
    r.amount = row.int64(c++);
    r.currency = row.text(c++);
    r.status = refundStatusFromString(row.text(c++)).value();
    r.reason = refundReasonFromString(row.text(c++)).value();
    r.failureReason = failureReasonFromString(row.text(c++)).value();
    r.pendingReason = pendingReasonFromString(row.text(c++)).value();
    r.destinationDetails = row.text(c++);
    r.refundReference = row.text(c++);
    r.initiatedAt = row.optionalInt64(c++);
    r.refundedAt = row.optionalInt64(c++);
    r.created = row.int64(c++);
    r.updated = row.int64(c++);
    r.metadata = ColumnCodec::decodeMetadata(row.text(c++));
    r.createdBy = row.text(c++);
    r.approvedBy = row.text(c++);
    r.note = row.text(c++);
    r.idempotencyKey = row.text(c++);
    return r;
}

Event readEvent(const Sqlite::Statement &row, int first)
{
    int c = first;
    Event e;
    e.seq = row.int64(c++);
    e.timeMs = row.int64(c++);
    e.actor = row.text(c++);
    e.action = row.text(c++);
    e.entityType = row.text(c++);
    e.entityId = row.text(c++);
    e.recordId = row.text(c++);
    e.payload = row.blob(c++);
    e.prevHash = row.blob(c++);
    e.hash = row.blob(c++);
    return e;
}

} // namespace RefundDesk::RowReaders
