#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;

namespace RefundDesk {

/// Sets a table up as every list of the desk looks: whole rows selected one at a time,
/// alternating colours, fixed row heights (so a long list need not measure every row), no
/// row numbers, left-aligned headers and the last column stretched.
void setUpListTable(QTableView &table, QAbstractItemModel *model, const QString &objectName,
                    const QString &accessibleName);

} // namespace RefundDesk
