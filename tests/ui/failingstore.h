#pragma once

// A Store for the ui suites whose every call fails, as a locked or corrupt database would.

#include "store/store.h"

namespace RefundDesk::Testing {

class FailingStore final : public Store
{
public:
    QString location() const override { return QStringLiteral("failing"); }
    Result<PaymentRecord> record(const QString &) override { return fail(); }
    Result<QList<PaymentAttempt>> attempts(const QString &) override { return fail(); }
    Result<QList<Refund>> refundsOf(const QString &) override { return fail(); }
    Result<Refund> refund(const QString &) override { return fail(); }
    Result<RecordPage> listRecords(const RecordQuery &) override { return fail(); }
    Result<qint64> countRecords(const RecordQuery &) override { return fail(); }
    Result<RefundPage> listRefunds(const RefundQuery &) override { return fail(); }
    Result<qint64> countRefunds(const RefundQuery &) override { return fail(); }
    Result<QStringList> refundCreators() override { return fail(); }
    Result<QStringList> recordCurrencies() override { return fail(); }
    Result<QList<Event>> history(const QString &) override { return fail(); }
    Result<void> scan(const ScanVisitor &) override { return fail(); }
    Result<void> scanViews(const ScanViewVisitor &) override { return fail(); }
    Result<RefundOutcome> createRefund(const RefundRequest &, const Actor &) override
    {
        return fail();
    }
    Result<Refund> changeRefundStatus(const QString &, const StatusChange &, const Actor &) override
    {
        return fail();
    }
    Result<void> addRecordNote(const QString &, const QString &, const Actor &) override
    {
        return fail();
    }
    Result<PaymentRecord> setRecordMetadata(const QString &, const Metadata &,
                                            const Actor &) override
    {
        return fail();
    }
    Result<std::unique_ptr<BulkWriter>> beginBulk(const Actor &) override { return fail(); }
    Result<VerifyReport> verify(VerifyDepth) override { return fail(); }
    Result<Report> report(const ReportQuery &, const Actor &) override { return fail(); }
    Result<Refund> decideApproval(const ApprovalDecision &, const Actor &) override
    {
        return fail();
    }
    Result<qint64> userCount() override { return fail(); }
    Result<QList<User>> users() override { return fail(); }
    Result<User> user(const QString &) override { return fail(); }
    Result<QByteArray> passwordHash(const QString &) override { return fail(); }
    Result<void> recordSignIn(const QString &, bool, const QByteArray &) override { return fail(); }
    Result<Access> access(const Actor &) override { return fail(); }
    Result<User> addUser(const User &, const QByteArray &, const Actor &) override
    {
        return fail();
    }
    Result<User> setUserRole(const QString &, Role, const Actor &) override { return fail(); }
    Result<User> setUserLimits(const QString &, const RefundLimits &, const Actor &) override
    {
        return fail();
    }
    Result<void> setPasswordHash(const QString &, const QByteArray &, const Actor &) override
    {
        return fail();
    }
    Result<User> setUserDisabled(const QString &, bool, const Actor &) override { return fail(); }
    Result<EventPage> listEvents(const AuditQuery &, const Actor &) override { return fail(); }
    Result<QStringList> eventActors() override { return fail(); }
    Result<QStringList> eventActions() override { return fail(); }
    Result<Event> headEvent() override { return fail(); }
    Result<Event> event(qint64) override { return fail(); }
    Result<void> recordExport(const ExportAudit &, const Actor &) override { return fail(); }

private:
    static Error fail()
    {
        return Error::storage(QStringLiteral("database disk image is malformed"));
    }
};

} // namespace RefundDesk::Testing
