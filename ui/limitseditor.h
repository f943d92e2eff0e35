#pragma once

#include "auth/user.h"
#include "core/result.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace RefundDesk {

/// Edits a user's refund limits: one row per currency, the amount typed as an agent would
/// type it and checked by an AmountValidator for that currency, so "100.00" in usd and
/// "10000" in jpy mean what they say. A currency without a row has no limit: every refund
/// in it waits for approval.
class LimitsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LimitsEditor)
public:
    explicit LimitsEditor(QWidget *parent = nullptr);

    void setLimits(const RefundLimits &limits);
    /// The limits as typed, or the first problem, naming the currency and the text.
    Result<RefundLimits> limits() const;
    int rowCount() const { return int(m_rows.size()); }

    /// Adds a row for `currency` (lower-case; the first currency without a row when empty)
    /// with `amountText` typed in; returns its amount field.
    QLineEdit *addRow(const QString &currency = {}, const QString &amountText = {});
    /// The currency picker and the amount field of `row`.
    QComboBox *currencyField(int row) const { return m_rows.at(row).currency; }
    QLineEdit *amountField(int row) const { return m_rows.at(row).amount; }

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QComboBox *currency = nullptr;
        QLineEdit *amount = nullptr;
    };

    void setValidatorFor(const Row &row);
    void removeRow(QWidget *widget);
    /// `value` minor units as they would be typed: "100.00", "100,00" in de_DE.
    static QString inputText(qint64 value, const QString &currency);

    QList<Row> m_rows;
    QVBoxLayout *m_rowsLayout = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace RefundDesk
