#include "store/databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace RefundDesk {

QString defaultDatabasePath()
{
    const QString fromEnvironment = qEnvironmentVariable("REFUNDDESK_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("refunddesk.sqlite"));
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RefundDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("refunddesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REFUNDDESK_VERSION));
}

} // namespace RefundDesk
