#pragma once

#include "core/result.h"

#include <QMap>
#include <QString>

namespace RefundDesk {

/// Key-value pairs attached to records and refunds, as the payment API's `metadata`.
/// Kept sorted by key so exports are deterministic.
using Metadata = QMap<QString, QString>;

/// Limits of the payment API: at most 50 keys, keys up to 40 characters without
/// square brackets, values up to 500 characters.
struct MetadataLimits
{
    static constexpr int maxKeys = 50;
    static constexpr int maxKeyLength = 40;
    static constexpr int maxValueLength = 500;
};

/// Checks a complete metadata set against the API's limits; `field` prefixes the message.
Result<void> validateMetadata(const Metadata &metadata,
                              const QString &field = QStringLiteral("metadata"));

/// Applies an update as the API does: an empty value unsets its key, others set it.
Metadata mergeMetadata(Metadata base, const Metadata &update);

/// Parses "KEY=VALUE" as typed on a command line or in a form.
Result<std::pair<QString, QString>> parseMetadataPair(QStringView text);

} // namespace RefundDesk
