#include "domain/metadata.h"

#include "core/shortened.h"
#include "core/tr.h"

namespace RefundDesk {

Result<void> validateMetadata(const Metadata &metadata, const QString &field)
{
    if (metadata.size() > MetadataLimits::maxKeys) {
        return Error::rule(field,
                           ModelText::tr("%1 has %2 keys, but at most %3 are allowed.")
                               .arg(field)
                               .arg(metadata.size())
                               .arg(MetadataLimits::maxKeys));
    }
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        const QString &key = it.key();
        const QString keyField = QStringLiteral("%1[%2]").arg(field, key);
        if (key.isEmpty())
            return Error::rule(field, ModelText::tr("%1 has an empty key.").arg(field));
        if (key.size() > MetadataLimits::maxKeyLength) {
            return Error::rule(
                keyField,
                ModelText::tr("%1 key \"%2\" has %3 characters, but at most %4 are allowed.")
                    .arg(field, shortened(key, 100))
                    .arg(key.size())
                    .arg(MetadataLimits::maxKeyLength));
        }
        if (key.contains(QLatin1Char('[')) || key.contains(QLatin1Char(']'))) {
            return Error::rule(
                keyField,
                ModelText::tr("%1 key \"%2\" contains a square bracket, which is not allowed.")
                    .arg(field, shortened(key, 100)));
        }
        if (it.value().size() > MetadataLimits::maxValueLength) {
            return Error::rule(
                keyField,
                ModelText::tr("%1 value of \"%2\" has %3 characters, but at most %4 are allowed.")
                    .arg(field, shortened(key, 100))
                    .arg(it.value().size())
                    .arg(MetadataLimits::maxValueLength));
        }
    }
    return {};
}

Metadata mergeMetadata(Metadata base, const Metadata &update)
{
    for (auto it = update.cbegin(); it != update.cend(); ++it) {
        if (it.value().isEmpty())
            base.remove(it.key());
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

Result<std::pair<QString, QString>> parseMetadataPair(QStringView text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        return Error::usage(
            QStringLiteral("metadata"),
            ModelText::tr("metadata \"%1\" is not of the form KEY=VALUE.").arg(text.toString()));
    }
    return std::pair {text.left(eq).toString(), text.mid(eq + 1).toString()};
}

} // namespace RefundDesk
