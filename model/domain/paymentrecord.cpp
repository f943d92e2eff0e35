#include "domain/paymentrecord.h"

#include <algorithm>

namespace RefundDesk {

qint64 PaymentRecord::refundable() const
{
    // Each term is non-negative and bounded by CHECK constraints, so this cannot overflow.
    return std::max<qint64>(0, amountGuaranteed - amountRefunded - amountReserved);
}

} // namespace RefundDesk
