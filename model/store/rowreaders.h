#pragma once

#include "domain/paymentattempt.h"
#include "domain/paymentrecord.h"
#include "domain/refund.h"
#include "store/event.h"

namespace RefundDesk::Sqlite {
class Statement;
}

namespace RefundDesk::RowReaders {

// Each SELECT that reads a whole object uses the matching column list, so one reader
// serves every query. The lists are SQL fragments of our own, never input.

#define REFUNDDESK_RECORD_COLUMNS                                                                  \
    "p.id, p.currency, p.amount_requested, p.amount_authorized, p.amount_guaranteed, "             \
    "p.amount_canceled, p.amount_failed, p.amount_refunded, p.amount_prior_refunded, "             \
    "p.amount_reserved, p.created, p.customer_id, p.customer_email, p.customer_name, "             \
    "p.customer_phone, p.customer_presence, p.description, p.livemode, p.metadata, "               \
    "p.payment_method_type, p.payment_method, p.card_brand, p.card_last4, "                        \
    "p.payment_method_display_name, p.billing_details, p.processor_type, "                         \
    "p.processor_reference, p.shipping_details, p.latest_attempt_id, p.reported_by"
inline constexpr int recordColumnCount = 30;

#define REFUNDDESK_ATTEMPT_COLUMNS                                                                 \
    "a.id, a.payment_record_id, a.outcome, a.currency, a.amount_requested, a.amount_authorized, "  \
    "a.amount_guaranteed, a.amount_canceled, a.amount_failed, a.amount_refunded, a.created, "      \
    "a.payment_method_type, a.card_brand, a.card_last4, a.processor_reference, a.metadata, "       \
    "a.reported_by"

#define REFUNDDESK_REFUND_COLUMNS                                                                  \
    "r.id, r.payment_record_id, r.payment_attempt_id, r.amount, r.currency, r.status, r.reason, "  \
    "r.failure_reason, r.pending_reason, r.destination_details, r.refund_reference, "              \
    "r.initiated_at, r.refunded_at, r.created, r.updated, r.metadata, r.created_by, "              \
    "r.approved_by, r.note, r.idempotency_key"

#define REFUNDDESK_EVENT_COLUMNS                                                                   \
    "e.seq, e.time, e.actor, e.action, e.entity_type, e.entity_id, e.record_id, e.payload, "       \
    "e.prev_hash, e.hash"

PaymentRecord readRecord(const Sqlite::Statement &row, int first = 0);
PaymentAttempt readAttempt(const Sqlite::Statement &row, int first = 0);
Refund readRefund(const Sqlite::Statement &row, int first = 0);
Event readEvent(const Sqlite::Statement &row, int first = 0);

} // namespace RefundDesk::RowReaders
