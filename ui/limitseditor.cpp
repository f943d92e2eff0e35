#include "limitseditor.h"

#include "amountvalidator.h"
#include "money/currency.h"
#include "money/money.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace RefundDesk {
namespace {

/// Offered first: what most desks refund in. The rest follow in code order.
const QStringList commonCurrencies {QStringLiteral("usd"), QStringLiteral("eur"),
                                    QStringLiteral("gbp"), QStringLiteral("jpy")};

} // namespace

LimitsEditor::LimitsEditor(QWidget *parent)
    : QWidget(parent)
{
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    m_add = new QPushButton(tr("Add &limit"), this);
    m_add->setObjectName(QStringLiteral("addLimitButton"));
    m_add->setAccessibleName(tr("Add a refund limit"));
    m_add->setToolTip(tr("A limit in one more currency"));
    auto *hint = new QLabel(tr("Refunds above a limit, or in a currency without one, wait for a "
                               "supervisor's approval."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_add);
    buttonRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(buttonRow);
    layout->addWidget(hint);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow()->setFocus(Qt::OtherFocusReason);
        Q_EMIT changed();
    });
}

void LimitsEditor::setLimits(const RefundLimits &limits)
{
    while (!m_rows.isEmpty())
        removeRow(m_rows.constLast().widget);
    for (auto it = limits.cbegin(); it != limits.cend(); ++it)
        addRow(it.key(), inputText(it.value(), it.key()));
    Q_EMIT changed();
}

QLineEdit *LimitsEditor::addRow(const QString &currency, const QString &amountText)
{
    QString code = currency.toLower();
    if (code.isEmpty()) {
        QSet<QString> used;
        for (const Row &row : std::as_const(m_rows))
            used.insert(row.currency->currentData().toString());
        for (const QString &candidate : commonCurrencies + Currency::knownCodes()) {
            if (!used.contains(candidate)) {
                code = candidate;
                break;
            }
        }
    }

    Row row;
    row.widget = new QWidget(this);
    row.currency = new QComboBox(row.widget);
    row.currency->setObjectName(QStringLiteral("limitCurrencyField"));
    row.currency->setAccessibleName(tr("Limit currency"));
    for (const QString &common : commonCurrencies)
        row.currency->addItem(common.toUpper(), common);
    row.currency->insertSeparator(row.currency->count());
    for (const QString &known : Currency::knownCodes()) {
        if (!commonCurrencies.contains(known))
            row.currency->addItem(known.toUpper(), known);
    }
    row.currency->setCurrentIndex(qMax(0, row.currency->findData(code)));
    row.amount = new QLineEdit(amountText, row.widget);
    row.amount->setObjectName(QStringLiteral("limitAmountField"));
    row.amount->setAlignment(Qt::AlignRight);
    row.amount->setFixedWidth(row.amount->fontMetrics().horizontalAdvance(
                                  QLocale().toString(qlonglong(99999999)) + QStringLiteral(".000"))
                              + 24);
    auto *remove = new QPushButton(tr("Remove"), row.widget);
    remove->setObjectName(QStringLiteral("removeLimitButton"));
    remove->setAccessibleName(tr("Remove this limit"));

    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.currency);
    layout->addWidget(row.amount);
    layout->addWidget(remove);
    layout->addStretch(1);
    m_rowsLayout->addWidget(row.widget);
    m_rows << row;
    setValidatorFor(row);

    QWidget *widget = row.widget;
    connect(row.currency, &QComboBox::currentIndexChanged, this, [this, widget] {
        for (const Row &each : std::as_const(m_rows)) {
            if (each.widget == widget)
                setValidatorFor(each);
        }
        Q_EMIT changed();
    });
    connect(row.amount, &QLineEdit::textChanged, this, &LimitsEditor::changed);
    connect(remove, &QPushButton::clicked, this, [this, widget] {
        removeRow(widget);
        Q_EMIT changed();
    });
    return row.amount;
}

void LimitsEditor::setValidatorFor(const Row &row)
{
    const auto currency = Currency::fromCode(row.currency->currentData().toString());
    QValidator *old = const_cast<QValidator *>(row.amount->validator());
    if (currency) {
        auto *validator = new AmountValidator(*currency, QLocale(), row.amount);
        validator->setFieldName(tr("Limit in %1").arg(currency->code().toUpper()));
        row.amount->setValidator(validator);
        row.amount->setAccessibleName(tr("Refund limit in %1").arg(currency->code().toUpper()));
        row.amount->setPlaceholderText(inputText(0, currency->code()));
    } else {
        row.amount->setValidator(nullptr);
    }
    delete old;
}

void LimitsEditor::removeRow(QWidget *widget)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == widget) {
            m_rows.removeAt(i);
            widget->hide();
            widget->deleteLater();
            return;
        }
    }
}

Result<RefundLimits> LimitsEditor::limits() const
{
    RefundLimits limits;
    for (const Row &row : m_rows) {
        const QString code = row.currency->currentData().toString();
        const QString upper = code.toUpper();
        if (limits.contains(code)) {
            return Error::rule(QStringLiteral("limits"),
                               tr("%1 has two limits; keep one of them.").arg(upper));
        }
        const QString text = row.amount->text().trimmed();
        if (text.isEmpty()) {
            return Error::rule(QStringLiteral("limits"),
                               tr("Enter the limit in %1, or remove its row.").arg(upper));
        }
        const auto *validator = qobject_cast<const AmountValidator *>(row.amount->validator());
        if (!validator) {
            return Error::rule(QStringLiteral("limits"),
                               tr("The currency \"%1\" is unknown.").arg(code));
        }
        const Result<qint64> amount = validator->parse(text);
        if (!amount)
            return amount.error();
        limits.insert(code, amount.value());
    }
    return limits;
}

QString LimitsEditor::inputText(qint64 value, const QString &code)
{
    const auto currency = Currency::fromCode(code);
    if (!currency)
        return QString::number(value);
    // The plain number with the locale's decimal point, as the validator reads it back.
    QString text = Money(value, *currency).toDecimalString();
    if (currency->exponent() > 0)
        text.replace(text.size() - currency->exponent() - 1, 1, QLocale().decimalPoint());
    return text;
}

} // namespace RefundDesk
