#pragma once

#include "domain/details.h"
#include "domain/metadata.h"

#include <QString>

namespace RefundDesk {

/// How a payment attempt ended. Only one attempt of a record can be guaranteed.
enum class AttemptOutcome { Initiated, Guaranteed, Failed, Canceled, Informational };

QString toString(AttemptOutcome outcome);
Result<AttemptOutcome> attemptOutcomeFromString(QStringView text,
                                                const QString &field = QStringLiteral("outcome"));

/// A payment attempt record ("par_…") of a payment record.
struct PaymentAttempt
{
    QString id;
    QString paymentRecordId;
    AttemptOutcome outcome = AttemptOutcome::Initiated;
    QString currency;
    qint64 amountRequested = 0;
    qint64 amountAuthorized = 0;
    qint64 amountGuaranteed = 0;
    qint64 amountCanceled = 0;
    qint64 amountFailed = 0;
    qint64 amountRefunded = 0;
    qint64 created = 0;
    PaymentMethodDetails paymentMethod;
    QString processorReference;
    Metadata metadata;
    QString reportedBy;

    friend bool operator==(const PaymentAttempt &, const PaymentAttempt &) = default;
};

} // namespace RefundDesk
