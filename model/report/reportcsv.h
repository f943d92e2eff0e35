#pragma once

#include "report/reportquery.h"

#include <QByteArray>
#include <QChar>

namespace RefundDesk::ReportCsv {

struct Options
{
    /// Starts the file with U+FEFF, which spreadsheet programs need to read it as UTF-8.
    bool byteOrderMark = false;
    /// ',' or, for spreadsheets in comma-decimal locales, ';'. A quote, CR or LF cannot
    /// separate fields; ',' is used instead.
    QChar separator = u',';
};

/// The columns, in order: kind ("row" or "total"), group, currency, count, amount_minor,
/// amount, then for totals only average_minor, average, guaranteed_minor, guaranteed and
/// refund_rate_percent. Rows and per-currency totals share one table so it parses as one.
QStringList columns();

/// A report as one RFC 4180 table: UTF-8, CRLF line ends, a header row, fields quoted where
/// they hold the separator, a quote, CR or LF, quotes doubled. Amounts are minor units and
/// decimal strings with the currency's exponent ("55.50" usd, "5550" jpy, "5.550" kwd): no
/// symbols, no grouping, '.' as the point, whatever the separator. A text field (group)
/// starting with = + - @, a tab or CR gets a leading apostrophe, so a spreadsheet shows it
/// instead of running it as a formula. The refund rate is a percentage with two decimals,
/// empty where nothing was guaranteed; a decimal string is empty for an unknown currency.
QByteArray write(const Report &report, const Options &options = {});

} // namespace RefundDesk::ReportCsv
