#include "store/migrations.h"

#include "core/tr.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>

namespace RefundDesk {
namespace {

// Migration 1: the whole first schema. The database guards the money rules itself:
// CHECK constraints, a unique refund reference and idempotency key, status transitions
// and amount bookkeeping in triggers, and an append-only event log. A later migration
// is a new entry in `migrations`, never an edit of an old one.
constexpr const char *migration1 = R"sql(
CREATE TABLE events (
    seq INTEGER PRIMARY KEY,
    time INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    record_id TEXT,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
CREATE INDEX events_record ON events(record_id, seq) WHERE record_id IS NOT NULL;
-- Batch events (imports, demo data) name the range of record rows they brought in.
CREATE INDEX events_batches ON events(seq) WHERE entity_type = 'batch';
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only: an event cannot be changed'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only: an event cannot be deleted'); END;

CREATE TABLE payment_records (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) BETWEEN 1 AND 255),
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = lower(currency)),
    amount_requested INTEGER NOT NULL DEFAULT 0
        CHECK (typeof(amount_requested) = 'integer' AND amount_requested >= 0),
    amount_authorized INTEGER NOT NULL DEFAULT 0
        CHECK (typeof(amount_authorized) = 'integer' AND amount_authorized >= 0),
    amount_guaranteed INTEGER NOT NULL DEFAULT 0
        CHECK (typeof(amount_guaranteed) = 'integer' AND amount_guaranteed >= 0),
    amount_canceled INTEGER NOT NULL DEFAULT 0
        CHECK (typeof(amount_canceled) = 'integer' AND amount_canceled >= 0),
    amount_failed INTEGER NOT NULL DEFAULT 0
        CHECK (typeof(amount_failed) = 'integer' AND amount_failed >= 0),
    amount_refunded INTEGER NOT NULL DEFAULT 0
        CHECK (typeof(amount_refunded) = 'integer' AND amount_refunded >= 0),
    amount_prior_refunded INTEGER NOT NULL DEFAULT 0
        CHECK (typeof(amount_prior_refunded) = 'integer' AND amount_prior_refunded >= 0),
    amount_reserved INTEGER NOT NULL DEFAULT 0
        CHECK (typeof(amount_reserved) = 'integer' AND amount_reserved >= 0),
    created INTEGER NOT NULL,
    customer_id TEXT,
    customer_email TEXT,
    customer_name TEXT,
    customer_phone TEXT,
    customer_presence TEXT CHECK (customer_presence IN ('on_session', 'off_session')),
    description TEXT,
    livemode INTEGER NOT NULL DEFAULT 0 CHECK (livemode IN (0, 1)),
    metadata TEXT NOT NULL DEFAULT '{}',
    payment_method_type TEXT,
    payment_method TEXT,
    card_brand TEXT,
    card_last4 TEXT CHECK (card_last4 IS NULL OR length(card_last4) = 4),
    payment_method_display_name TEXT,
    billing_details TEXT,
    processor_type TEXT,
    processor_reference TEXT,
    shipping_details TEXT,
    latest_attempt_id TEXT,
    reported_by TEXT,
    extra TEXT,
    -- The display state, derived and never stored (domain/recordstate.cpp is the same rule).
    state TEXT GENERATED ALWAYS AS (CASE
        WHEN amount_reserved > 0 THEN 'refund_pending'
        WHEN amount_refunded > 0 AND amount_refunded >= amount_guaranteed THEN 'refunded'
        WHEN amount_refunded > 0 THEN 'partially_refunded'
        WHEN amount_guaranteed > 0 THEN 'paid'
        WHEN amount_failed > 0 THEN 'failed'
        WHEN amount_canceled > 0 THEN 'canceled'
        ELSE 'pending' END) VIRTUAL,
    CHECK (amount_refunded >= amount_prior_refunded),
    -- No over-refund, whoever writes: the refunds the desk knows of, succeeded or held
    -- back, stay within what was guaranteed. (refunds_within_refundable below also keeps a
    -- new refund from spending what was refunded before the import.)
    CHECK (amount_refunded - amount_prior_refunded + amount_reserved <= amount_guaranteed)
);
CREATE INDEX payment_records_created ON payment_records(created);
CREATE INDEX payment_records_amount ON payment_records(amount_requested);
CREATE INDEX payment_records_email ON payment_records(ifnull(customer_email, ''));
CREATE INDEX payment_records_name ON payment_records(ifnull(customer_name, ''));
CREATE INDEX payment_records_state ON payment_records(state, created);
CREATE INDEX payment_records_currency ON payment_records(currency, created);
CREATE TRIGGER payment_records_no_delete BEFORE DELETE ON payment_records
BEGIN SELECT RAISE(ABORT, 'payment records are never deleted'); END;
CREATE TRIGGER payment_records_currency BEFORE UPDATE OF currency ON payment_records
WHEN NEW.currency IS NOT OLD.currency
    AND EXISTS (SELECT 1 FROM refunds WHERE payment_record_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'a payment with refunds cannot change its currency'); END;

CREATE TABLE payment_attempts (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) BETWEEN 1 AND 255),
    payment_record_id TEXT NOT NULL REFERENCES payment_records(id),
    outcome TEXT NOT NULL
        CHECK (outcome IN ('initiated', 'guaranteed', 'failed', 'canceled', 'informational')),
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = lower(currency)),
    amount_requested INTEGER NOT NULL DEFAULT 0 CHECK (amount_requested >= 0),
    amount_authorized INTEGER NOT NULL DEFAULT 0 CHECK (amount_authorized >= 0),
    amount_guaranteed INTEGER NOT NULL DEFAULT 0 CHECK (amount_guaranteed >= 0),
    amount_canceled INTEGER NOT NULL DEFAULT 0 CHECK (amount_canceled >= 0),
    amount_failed INTEGER NOT NULL DEFAULT 0 CHECK (amount_failed >= 0),
    amount_refunded INTEGER NOT NULL DEFAULT 0 CHECK (amount_refunded >= 0),
    created INTEGER NOT NULL,
    payment_method_type TEXT,
    card_brand TEXT,
    card_last4 TEXT CHECK (card_last4 IS NULL OR length(card_last4) = 4),
    processor_reference TEXT,
    metadata TEXT NOT NULL DEFAULT '{}',
    reported_by TEXT,
    extra TEXT
);
CREATE INDEX payment_attempts_record ON payment_attempts(payment_record_id, created);
-- Only one attempt of a record can be guaranteed.
CREATE UNIQUE INDEX payment_attempts_one_guaranteed
    ON payment_attempts(payment_record_id) WHERE outcome = 'guaranteed';

CREATE TABLE refunds (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) BETWEEN 1 AND 255),
    payment_record_id TEXT NOT NULL REFERENCES payment_records(id),
    payment_attempt_id TEXT REFERENCES payment_attempts(id),
    amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
    currency TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'requires_action', 'succeeded', 'failed',
                                           'canceled', 'awaiting_approval')),
    reason TEXT CHECK (reason IN ('duplicate', 'fraudulent', 'requested_by_customer')),
    failure_reason TEXT CHECK (failure_reason IN ('lost_or_stolen_card',
        'expired_or_canceled_card', 'charge_for_pending_refund_disputed', 'insufficient_funds',
        'declined', 'merchant_request', 'unknown')),
    pending_reason TEXT CHECK (pending_reason IN ('processing', 'insufficient_funds',
                                                  'charge_pending')),
    destination_details TEXT,
    refund_reference TEXT UNIQUE,
    initiated_at INTEGER,
    refunded_at INTEGER,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    created_by TEXT NOT NULL,
    approved_by TEXT,
    note TEXT,
    idempotency_key TEXT UNIQUE,
    request_fingerprint TEXT,
    extra TEXT,
    CHECK ((status = 'failed') = (failure_reason IS NOT NULL)),
    CHECK (pending_reason IS NULL OR status = 'pending'),
    CHECK (refunded_at IS NULL OR initiated_at IS NULL OR refunded_at >= initiated_at)
);
CREATE INDEX refunds_record ON refunds(payment_record_id, created);
CREATE INDEX refunds_status ON refunds(status, created);
CREATE INDEX refunds_created ON refunds(created);

CREATE TRIGGER refunds_currency BEFORE INSERT ON refunds
WHEN NEW.currency IS NOT (SELECT currency FROM payment_records WHERE id = NEW.payment_record_id)
BEGIN SELECT RAISE(ABORT, 'a refund''s currency must be its payment''s currency'); END;

-- A new refund that succeeds or holds money back must fit in what is still refundable:
-- guaranteed less everything refunded (prior refunds included) and reserved.
CREATE TRIGGER refunds_within_refundable BEFORE INSERT ON refunds
WHEN NEW.status IN ('succeeded', 'pending', 'requires_action', 'awaiting_approval')
    AND (SELECT amount_refunded + amount_reserved + NEW.amount - amount_guaranteed
         FROM payment_records WHERE id = NEW.payment_record_id) > 0
BEGIN SELECT RAISE(ABORT, 'a refund must not exceed what is still refundable'); END;

CREATE TRIGGER refunds_immutable BEFORE UPDATE OF id, payment_record_id, amount, currency,
    created, created_by, idempotency_key, request_fingerprint ON refunds
WHEN NEW.id IS NOT OLD.id OR NEW.payment_record_id IS NOT OLD.payment_record_id
    OR NEW.amount IS NOT OLD.amount OR NEW.currency IS NOT OLD.currency
    OR NEW.created IS NOT OLD.created OR NEW.created_by IS NOT OLD.created_by
    OR NEW.idempotency_key IS NOT OLD.idempotency_key
    OR NEW.request_fingerprint IS NOT OLD.request_fingerprint
BEGIN SELECT RAISE(ABORT, 'a refund''s payment, amount and currency never change'); END;

CREATE TRIGGER refunds_transition BEFORE UPDATE OF status ON refunds
WHEN NEW.status IS NOT OLD.status AND NOT (
       (OLD.status = 'pending' AND NEW.status IN ('succeeded', 'failed', 'canceled',
                                                  'requires_action'))
    OR (OLD.status = 'requires_action' AND NEW.status IN ('pending', 'succeeded', 'failed',
                                                          'canceled'))
    OR (OLD.status = 'succeeded' AND NEW.status = 'failed')
    OR (OLD.status = 'awaiting_approval' AND NEW.status IN ('pending', 'canceled')))
BEGIN SELECT RAISE(ABORT, 'this refund status transition is not allowed'); END;

CREATE TRIGGER refunds_no_delete BEFORE DELETE ON refunds
BEGIN SELECT RAISE(ABORT, 'refunds are never deleted'); END;

-- The record's refunded and reserved amounts follow its refunds; the record's CHECK
-- refuses any step that would refund more than was guaranteed.
CREATE TRIGGER refunds_amounts_insert AFTER INSERT ON refunds
BEGIN
    UPDATE payment_records SET
        amount_refunded = amount_refunded
            + (CASE WHEN NEW.status = 'succeeded' THEN NEW.amount ELSE 0 END),
        amount_reserved = amount_reserved
            + (CASE WHEN NEW.status IN ('pending', 'requires_action', 'awaiting_approval')
                    THEN NEW.amount ELSE 0 END)
    WHERE id = NEW.payment_record_id;
END;
CREATE TRIGGER refunds_amounts_update AFTER UPDATE OF status ON refunds
WHEN NEW.status IS NOT OLD.status
BEGIN
    UPDATE payment_records SET
        amount_refunded = amount_refunded
            - (CASE WHEN OLD.status = 'succeeded' THEN OLD.amount ELSE 0 END)
            + (CASE WHEN NEW.status = 'succeeded' THEN NEW.amount ELSE 0 END),
        amount_reserved = amount_reserved
            - (CASE WHEN OLD.status IN ('pending', 'requires_action', 'awaiting_approval')
                    THEN OLD.amount ELSE 0 END)
            + (CASE WHEN NEW.status IN ('pending', 'requires_action', 'awaiting_approval')
                    THEN NEW.amount ELSE 0 END)
    WHERE id = NEW.payment_record_id;
END;

-- Substring search over ids, email, name, description and references (trigram FTS5).
CREATE VIRTUAL TABLE payment_search USING fts5(text, tokenize = 'trigram', detail = none);
CREATE VIEW payment_search_text(pk, text) AS
SELECT p.pk, p.id || ' ' || ifnull(p.customer_email, '') || ' ' || ifnull(p.customer_name, '')
        || ' ' || ifnull(p.description, '') || ' ' || ifnull(p.processor_reference, '')
        || ifnull((SELECT ' ' || group_concat(r.id || ' ' || ifnull(r.refund_reference, ''), ' ')
                   FROM refunds r WHERE r.payment_record_id = p.id), '')
FROM payment_records p;
-- While a bulk write is under way (inside its own transaction, so no other connection
-- ever sees it), records from bulk_from_pk on are indexed once at its end, which is
-- several times faster than row by row.
CREATE TABLE store_state (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    bulk_from_pk INTEGER
);
INSERT INTO store_state(only_row, bulk_from_pk) VALUES (1, NULL);
CREATE TRIGGER payment_search_insert AFTER INSERT ON payment_records
WHEN (SELECT bulk_from_pk FROM store_state) IS NULL
BEGIN
    INSERT INTO payment_search(rowid, text)
    SELECT pk, text FROM payment_search_text WHERE pk = NEW.pk;
END;
CREATE TRIGGER payment_search_update AFTER UPDATE OF id, customer_email, customer_name,
    description, processor_reference ON payment_records
WHEN (SELECT bulk_from_pk FROM store_state) IS NULL
    OR NEW.pk < (SELECT bulk_from_pk FROM store_state)
BEGIN
    UPDATE payment_search SET text = (SELECT text FROM payment_search_text WHERE pk = NEW.pk)
    WHERE rowid = NEW.pk;
END;
CREATE TRIGGER payment_search_refund_insert AFTER INSERT ON refunds
WHEN (SELECT bulk_from_pk FROM store_state) IS NULL
    OR (SELECT pk FROM payment_records WHERE id = NEW.payment_record_id)
       < (SELECT bulk_from_pk FROM store_state)
BEGIN
    UPDATE payment_search SET text = (SELECT s.text FROM payment_search_text s
                                      JOIN payment_records p ON p.pk = s.pk
                                      WHERE p.id = NEW.payment_record_id)
    WHERE rowid = (SELECT pk FROM payment_records WHERE id = NEW.payment_record_id);
END;
CREATE TRIGGER payment_search_refund_reference AFTER UPDATE OF refund_reference ON refunds
WHEN NEW.refund_reference IS NOT OLD.refund_reference
BEGIN
    UPDATE payment_search SET text = (SELECT s.text FROM payment_search_text s
                                      JOIN payment_records p ON p.pk = s.pk
                                      WHERE p.id = NEW.payment_record_id)
    WHERE rowid = (SELECT pk FROM payment_records WHERE id = NEW.payment_record_id);
END;
)sql";

// Migration 2: the refunds view filters by who created a refund, newest first.
constexpr const char *migration2 = R"sql(
CREATE INDEX refunds_creator ON refunds(created_by, created);
)sql";

// Migration 3: users, roles and limits, four-eyes approval, and indexes for the audit view
// (DESIGN §3 "Agents, roles, approval"; issue 5).
constexpr const char *migration3 = R"sql(
CREATE TABLE users (
    pk INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
        CHECK (length(name) BETWEEN 1 AND 64 AND name NOT GLOB '*[^A-Za-z0-9._@-]*'),
    role TEXT NOT NULL CHECK (role IN ('viewer', 'agent', 'supervisor', 'admin')),
    -- Only Argon2id hashes (libsodium's crypto_pwhash_str), never a password.
    password_hash TEXT NOT NULL CHECK (password_hash GLOB '$argon2id$*'),
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    failed_sign_ins INTEGER NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
    last_failed_sign_in INTEGER
);
CREATE TRIGGER users_no_delete BEFORE DELETE ON users
BEGIN SELECT RAISE(ABORT, 'users are never deleted; disable them instead'); END;
CREATE TRIGGER users_first_is_admin BEFORE INSERT ON users
WHEN NEW.role != 'admin' AND NOT EXISTS (SELECT 1 FROM users)
BEGIN SELECT RAISE(ABORT, 'the first user must be an admin'); END;
CREATE TRIGGER users_keep_an_admin BEFORE UPDATE OF role, disabled ON users
WHEN OLD.role = 'admin' AND OLD.disabled = 0 AND (NEW.role != 'admin' OR NEW.disabled = 1)
    AND (SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0) <= 1
BEGIN SELECT RAISE(ABORT, 'the last enabled admin must stay an enabled admin'); END;
CREATE TRIGGER users_name_fixed BEFORE UPDATE OF name ON users
WHEN NEW.name IS NOT OLD.name
BEGIN SELECT RAISE(ABORT, 'a user name never changes: events name it'); END;

CREATE TABLE user_limits (
    user_pk INTEGER NOT NULL REFERENCES users(pk),
    currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = lower(currency)),
    amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount >= 0),
    PRIMARY KEY (user_pk, currency)
) WITHOUT ROWID;

-- One decision per refund, by someone other than its creator, binding the exact amount,
-- currency and payment it was made on.
CREATE TABLE approvals (
    refund_id TEXT PRIMARY KEY REFERENCES refunds(id),
    decision TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')),
    decided_by TEXT NOT NULL,
    decided INTEGER NOT NULL,
    amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
    currency TEXT NOT NULL,
    payment_record_id TEXT NOT NULL,
    note TEXT,
    CHECK (decision = 'approved' OR length(trim(note)) > 0)
);
CREATE TRIGGER approvals_not_by_creator BEFORE INSERT ON approvals
WHEN NEW.decided_by = (SELECT created_by FROM refunds WHERE id = NEW.refund_id)
BEGIN SELECT RAISE(ABORT, 'a refund cannot be approved or rejected by whoever created it'); END;
CREATE TRIGGER approvals_only_awaiting BEFORE INSERT ON approvals
WHEN (SELECT status FROM refunds WHERE id = NEW.refund_id) IS NOT 'awaiting_approval'
BEGIN SELECT RAISE(ABORT, 'only a refund awaiting approval can be approved or rejected'); END;
CREATE TRIGGER approvals_no_update BEFORE UPDATE ON approvals
BEGIN SELECT RAISE(ABORT, 'an approval decision cannot be changed'); END;
CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals
BEGIN SELECT RAISE(ABORT, 'an approval decision cannot be deleted'); END;

-- Approval sends a refund on to the processor, or straight to succeeded when it was
-- reported as already refunded; rejection cancels it.
DROP TRIGGER refunds_transition;
CREATE TRIGGER refunds_transition BEFORE UPDATE OF status ON refunds
WHEN NEW.status IS NOT OLD.status AND NOT (
       (OLD.status = 'pending' AND NEW.status IN ('succeeded', 'failed', 'canceled',
                                                  'requires_action'))
    OR (OLD.status = 'requires_action' AND NEW.status IN ('pending', 'succeeded', 'failed',
                                                          'canceled'))
    OR (OLD.status = 'succeeded' AND NEW.status = 'failed')
    OR (OLD.status = 'awaiting_approval' AND NEW.status IN ('pending', 'succeeded',
                                                            'canceled')))
BEGIN SELECT RAISE(ABORT, 'this refund status transition is not allowed'); END;
-- Leaving awaiting_approval takes another person's decision on exactly this refund.
CREATE TRIGGER refunds_approval_bound BEFORE UPDATE OF status ON refunds
WHEN OLD.status = 'awaiting_approval' AND NEW.status IS NOT OLD.status AND NOT EXISTS (
    SELECT 1 FROM approvals a WHERE a.refund_id = NEW.id
        AND a.decision = (CASE WHEN NEW.status = 'canceled' THEN 'rejected' ELSE 'approved' END)
        AND a.amount = NEW.amount AND a.currency = NEW.currency
        AND a.payment_record_id = NEW.payment_record_id AND a.decided_by != NEW.created_by)
BEGIN SELECT RAISE(ABORT, 'a refund awaiting approval moves on only by another person''s decision on its exact amount, currency and payment'); END;
CREATE TRIGGER refunds_approver_fixed BEFORE UPDATE OF approved_by ON refunds
WHEN OLD.approved_by IS NOT NULL AND NEW.approved_by IS NOT OLD.approved_by
BEGIN SELECT RAISE(ABORT, 'a refund''s approver never changes'); END;

CREATE INDEX events_actor ON events(actor, seq);
CREATE INDEX events_action ON events(action, seq);
CREATE INDEX events_entity ON events(entity_id, seq);
CREATE INDEX events_time ON events(time);
)sql";

// Migration 4: refund reports (DESIGN §5, issue 6). A report sums amounts per group and
// currency over a period, by created or by refunded time; these indexes hold every column
// it reads, so it never visits the wide refund and payment rows. On 1,000,000 demo records
// a month by reason took about 0.4 s without them and takes 11 ms; a year, 5.4 s and 0.17 s.
// The (currency, created, amount_guaranteed) index answers the refund rate's denominator;
// payment_records_currency stays, because the payments view pages by (created, pk) in it.
constexpr const char *migration4 = R"sql(
CREATE INDEX refunds_report_created
    ON refunds(created, currency, status, reason, created_by, amount);
CREATE INDEX refunds_refunded
    ON refunds(refunded_at, currency, status, reason, created_by, amount)
    WHERE refunded_at IS NOT NULL;
CREATE INDEX payment_records_guaranteed ON payment_records(currency, created, amount_guaranteed);
)sql";

constexpr std::array migrations {migration1, migration2, migration3, migration4};

// The triggers that make the database refuse what must never happen; verify() reports any
// that went missing (a file edited by hand, or an old copy restored over a new schema).
constexpr std::array guardTriggers {
    "events_no_update",         "events_no_delete",        "payment_records_no_delete",
    "payment_records_currency", "refunds_currency",        "refunds_within_refundable",
    "refunds_immutable",        "refunds_transition",      "refunds_no_delete",
    "refunds_amounts_insert",   "refunds_amounts_update",  "users_no_delete",
    "users_first_is_admin",     "users_keep_an_admin",     "users_name_fixed",
    "approvals_not_by_creator", "approvals_only_awaiting", "approvals_no_update",
    "approvals_no_delete",      "refunds_approval_bound",  "refunds_approver_fixed",
};

} // namespace

QStringList guardTriggerNames()
{
    QStringList names;
    for (const char *name : guardTriggers)
        names << QLatin1String(name);
    return names;
}

int latestSchemaVersion()
{
    return int(migrations.size());
}

QString upgradeBackupPath(const QString &path, qint64 version)
{
    return path + QStringLiteral(".schema-v%1.bak").arg(version);
}

Result<void> keepCopyBeforeUpgrade(Sqlite::Connection &db, const QString &path)
{
    qint64 current = 0;
    {
        Sqlite::Statement version = db.prepare("PRAGMA user_version");
        if (!version.next())
            return {}; // migrate() says what is wrong.
        current = version.int64(0);
    }
    if (current <= 0 || current >= latestSchemaVersion() || path.isEmpty()
        || path == QLatin1String(":memory:"))
        return {};
    const QString backup = upgradeBackupPath(path, current);
    if (QFileInfo::exists(backup))
        return {};
    // VACUUM INTO writes a consistent snapshot, WAL contents included, without a write lock.
    // It goes to a name of this process's own and is then renamed, so two processes opening
    // the same old file at once cannot leave a half-written copy under the backup's name.
    const QString partial =
        backup + QStringLiteral(".%1.partial").arg(QCoreApplication::applicationPid());
    QFile::remove(partial);
    Sqlite::Statement copy = db.prepare("VACUUM INTO ?1");
    copy.bind(1, partial);
    if (!copy.exec()) {
        const QString reason = db.lastError();
        QFile::remove(partial);
        return Error::storage(
            ModelText::tr("Cannot keep a copy of %1 before upgrading it from schema version %2 "
                          "to %3: writing %4 failed (%5). Nothing was changed; make room for "
                          "the copy beside the database and start again.")
                .arg(QDir::toNativeSeparators(path))
                .arg(current)
                .arg(latestSchemaVersion())
                .arg(QDir::toNativeSeparators(backup), reason));
    }
    // Another process may have renamed its own copy into place first; either copy will do.
    if (!QFile::rename(partial, backup))
        QFile::remove(partial);
    return {};
}

Result<void> migrate(Sqlite::Connection &db)
{
    // A database already at the latest version needs no write lock: taking one on every open
    // made each reader wait for any writer, and fail with "database is locked" behind an
    // import longer than the busy timeout.
    {
        Sqlite::Statement version = db.prepare("PRAGMA user_version");
        if (version.next() && version.int64(0) == latestSchemaVersion())
            return {};
    }
    if (!db.exec("BEGIN IMMEDIATE"))
        return Error::storage(
            ModelText::tr("Cannot lock the database to upgrade it: %1").arg(db.lastError()));
    auto fail = [&db](const QString &what) {
        const QString message = what.arg(db.lastError());
        db.exec("ROLLBACK");
        return Error::storage(message);
    };

    Sqlite::Statement version = db.prepare("PRAGMA user_version");
    if (!version.next())
        return fail(ModelText::tr("Cannot read the schema version: %1"));
    const qint64 current = version.int64(0);
    version = {};

    if (current > latestSchemaVersion()) {
        db.exec("ROLLBACK");
        return Error::storage(
            ModelText::tr("The database has schema version %1, newer than the %2 this "
                          "RefundDesk knows; use a newer RefundDesk.")
                .arg(current)
                .arg(latestSchemaVersion()));
    }
    for (qint64 v = current; v < latestSchemaVersion(); ++v) {
        if (!db.exec(migrations[std::size_t(v)]))
            return fail(ModelText::tr("Schema migration %1 failed: %2").arg(v + 1));
        // PRAGMA takes no bound values; the version is our own integer, not input.
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(v + 1);
        if (!db.exec(setVersion.constData()))
            return fail(ModelText::tr("Cannot record schema version: %1"));
    }
    if (!db.exec("COMMIT"))
        return fail(ModelText::tr("Cannot commit the schema upgrade: %1"));
    return {};
}

} // namespace RefundDesk
