#include "refundfilterbar.h"

#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace RefundDesk {
namespace {

const QString allValue = QStringLiteral("all");
const QString noneValue = QStringLiteral("none");

/// The local midnight that starts `date`, as Unix seconds.
qint64 startOfLocalDay(QDate date)
{
    return date.startOfDay().toSecsSinceEpoch();
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

RefundFilterBar::RefundFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_agent(new QComboBox(this))
    , m_dates(new QCheckBox(tr("&Created"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("All statuses"));
    for (const RefundStatus status : allRefundStatuses())
        m_status->addItem(displayName(status), int(status));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_reason->setObjectName(QStringLiteral("reasonFilter"));
    m_reason->setAccessibleName(tr("Filter by reason"));
    m_reason->addItem(tr("All reasons"));
    m_reason->addItem(tr("No reason"), int(RefundReason::None));
    for (const RefundReason reason : allRefundReasons())
        m_reason->addItem(displayName(reason), int(reason));
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_agent->setObjectName(QStringLiteral("agentFilter"));
    m_agent->setAccessibleName(tr("Filter by agent"));
    m_agent->addItem(tr("All agents"));
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_agent->setMinimumContentsLength(12);

    m_dates->setObjectName(QStringLiteral("dateFilterEnabled"));
    m_dates->setAccessibleName(tr("Filter by creation date"));
    m_dates->setToolTip(tr("Only refunds created between these days, in local time"));
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        edit->setDate(today);
    }
    m_from->setDate(today.addDays(-30));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setAccessibleName(tr("Created from"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setAccessibleName(tr("Created until (inclusive)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("&Status:"), m_status, this));
    layout->addWidget(m_status);
    layout->addSpacing(12);
    layout->addWidget(buddyLabel(tr("&Reason:"), m_reason, this));
    layout->addWidget(m_reason);
    layout->addSpacing(12);
    layout->addWidget(buddyLabel(tr("A&gent:"), m_agent, this));
    layout->addWidget(m_agent);
    layout->addSpacing(12);
    layout->addWidget(m_dates);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addStretch(1);

    for (QComboBox *combo : {m_status, m_reason, m_agent})
        connect(combo, &QComboBox::currentIndexChanged, this, &RefundFilterBar::filterChanged);
    connect(m_dates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        Q_EMIT filterChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { keepRangeOrdered(true); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { keepRangeOrdered(false); });
}

void RefundFilterBar::applyTo(RefundQuery &query) const
{
    const QVariant status = m_status->currentData();
    query.status = status.isValid() ? std::optional(RefundStatus(status.toInt())) : std::nullopt;
    const QVariant reason = m_reason->currentData();
    query.reason = reason.isValid() ? std::optional(RefundReason(reason.toInt())) : std::nullopt;
    query.createdBy = m_agent->currentData().toString();
    if (m_dates->isChecked()) {
        query.createdFrom = startOfLocalDay(m_from->date());
        // The last day counts in full: the bound is the next local midnight, exclusive.
        query.createdTo = startOfLocalDay(m_to->date().addDays(1));
    } else {
        query.createdFrom.reset();
        query.createdTo.reset();
    }
}

bool RefundFilterBar::isFiltering() const
{
    return m_status->currentData().isValid() || m_reason->currentData().isValid()
        || m_agent->currentData().isValid() || m_dates->isChecked();
}

Result<void> RefundFilterBar::reloadAgents(Store &store)
{
    const Result<QStringList> creators = store.refundCreators();
    if (!creators)
        return creators.error();
    const QString chosen = m_agent->currentData().toString();
    // The choice survives the reload (setAgent() re-adds an agent the store no longer
    // lists), so the filter does not change and nothing needs to know.
    const QSignalBlocker blocker(m_agent);
    m_agent->clear();
    m_agent->addItem(tr("All agents"));
    for (const QString &creator : creators.value())
        m_agent->addItem(creator, creator);
    setAgent(chosen);
    return {};
}

void RefundFilterBar::clear()
{
    restoreState({});
}

QVariantMap RefundFilterBar::saveState() const
{
    const QVariant status = m_status->currentData();
    const QVariant reason = m_reason->currentData();
    QVariantMap state;
    state.insert(QStringLiteral("status"),
                 status.isValid() ? toString(RefundStatus(status.toInt())) : allValue);
    QString reasonName = allValue;
    if (reason.isValid()) {
        const auto value = RefundReason(reason.toInt());
        reasonName = value == RefundReason::None ? noneValue : toString(value);
    }
    state.insert(QStringLiteral("reason"), reasonName);
    state.insert(QStringLiteral("agent"), m_agent->currentData().toString());
    state.insert(QStringLiteral("dates"), m_dates->isChecked());
    state.insert(QStringLiteral("from"), m_from->date().toString(Qt::ISODate));
    state.insert(QStringLiteral("to"), m_to->date().toString(Qt::ISODate));
    return state;
}

void RefundFilterBar::restoreState(const QVariantMap &state)
{
    {
        const QSignalBlocker statusBlocker(m_status);
        const QSignalBlocker reasonBlocker(m_reason);
        const QSignalBlocker agentBlocker(m_agent);
        const QSignalBlocker datesBlocker(m_dates);
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);

        const QString status = state.value(QStringLiteral("status")).toString();
        const Result<RefundStatus> parsedStatus = refundStatusFromString(status);
        m_status->setCurrentIndex(parsedStatus ? m_status->findData(int(parsedStatus.value())) : 0);

        const QString reason = state.value(QStringLiteral("reason")).toString();
        int reasonIndex = 0;
        if (reason == noneValue) {
            reasonIndex = m_reason->findData(int(RefundReason::None));
        } else if (!reason.isEmpty() && reason != allValue) {
            if (const Result<RefundReason> parsed = refundReasonFromString(reason); parsed)
                reasonIndex = m_reason->findData(int(parsed.value()));
        }
        m_reason->setCurrentIndex(qMax(0, reasonIndex));

        setAgent(state.value(QStringLiteral("agent")).toString());

        const QDate from =
            QDate::fromString(state.value(QStringLiteral("from")).toString(), Qt::ISODate);
        const QDate to =
            QDate::fromString(state.value(QStringLiteral("to")).toString(), Qt::ISODate);
        if (from.isValid() && to.isValid() && from <= to) {
            m_from->setDate(from);
            m_to->setDate(to);
        }
        const bool dates = state.value(QStringLiteral("dates")).toBool();
        m_dates->setChecked(dates);
        m_from->setEnabled(dates);
        m_to->setEnabled(dates);
    }
    Q_EMIT filterChanged();
}

void RefundFilterBar::setAgent(const QString &agent)
{
    if (agent.isEmpty()) {
        m_agent->setCurrentIndex(0);
        return;
    }
    int index = m_agent->findData(agent);
    if (index < 0) {
        m_agent->addItem(agent, agent);
        index = m_agent->count() - 1;
    }
    m_agent->setCurrentIndex(index);
}

void RefundFilterBar::keepRangeOrdered(bool fromChanged)
{
    // A range that ends before it starts would show nothing; move the other end along instead.
    if (m_from->date() > m_to->date()) {
        QDateEdit *other = fromChanged ? m_to : m_from;
        const QSignalBlocker blocker(other);
        other->setDate(fromChanged ? m_from->date() : m_to->date());
    }
    if (m_dates->isChecked())
        Q_EMIT filterChanged();
}

} // namespace RefundDesk
