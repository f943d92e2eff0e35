#include "refundsview.h"

#include "domain/refundlifecycle.h"
#include "listtable.h"
#include "messagelabel.h"
#include "recordformat.h"
#include "refundfilterbar.h"
#include "refundlistmodel.h"
#include "statuschangedialog.h"
#include "store/store.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcRefundsView, "refunddesk.ui.refundsview")

struct ActionSpec
{
    RefundStatus target;
    const char *objectName;
    QKeyCombination key;
};

// In the order the buttons and menu show them; the texts are in actionText().
constexpr ActionSpec actionSpecs[] = {
    {RefundStatus::Succeeded, "markSucceededButton", Qt::CTRL | Qt::SHIFT | Qt::Key_S},
    {RefundStatus::Failed, "markFailedButton", Qt::CTRL | Qt::SHIFT | Qt::Key_F},
    {RefundStatus::Canceled, "cancelRefundButton", Qt::CTRL | Qt::SHIFT | Qt::Key_X},
    {RefundStatus::RequiresAction, "requiresActionButton", Qt::CTRL | Qt::SHIFT | Qt::Key_A},
    {RefundStatus::Pending, "backToPendingButton", Qt::CTRL | Qt::SHIFT | Qt::Key_B},
};

QString actionText(RefundStatus target)
{
    switch (target) {
    case RefundStatus::Succeeded:
        return RefundsView::tr("Mark succeeded…");
    case RefundStatus::Failed:
        return RefundsView::tr("Mark failed…");
    case RefundStatus::Canceled:
        return RefundsView::tr("Cancel refund…");
    case RefundStatus::RequiresAction:
        return RefundsView::tr("Requires action…");
    case RefundStatus::Pending:
        return RefundsView::tr("Back to pending…");
    case RefundStatus::AwaitingApproval:
        break;
    }
    return {};
}

QString actionHelp(RefundStatus target)
{
    switch (target) {
    case RefundStatus::Succeeded:
        return RefundsView::tr("The processor refunded the selected refund");
    case RefundStatus::Failed:
        return RefundsView::tr("The processor could not refund the selected refund");
    case RefundStatus::Canceled:
        return RefundsView::tr("Cancel the selected refund before the processor refunds it");
    case RefundStatus::RequiresAction:
        return RefundsView::tr("The processor needs something more for the selected refund");
    case RefundStatus::Pending:
        return RefundsView::tr("The selected refund waits for the processor again");
    case RefundStatus::AwaitingApproval:
        break;
    }
    return {};
}

/// "Mark failed… (Ctrl+Shift+F)": the help with the shortcut, for tooltips.
QString withShortcut(const QString &help, const QAction *action)
{
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    return keys.isEmpty() ? help : RefundsView::tr("%1 (%2)").arg(help, keys);
}

} // namespace

RefundsView::RefundsView(Store &store, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(actor)
    , m_model(new RefundListModel(store, this))
    , m_filterBar(new RefundFilterBar(this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_messageLabel(new MessageLabel(QStringLiteral("messageLabel"), this))
{
    setUpListTable(*m_table, m_model, QStringLiteral("refundsTable"), tr("Refunds"));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_table->horizontalHeader();
    // The payment id is one click away ("Show payment"); at the end it leaves the refund's
    // own fields, through the processor's reference and time, visible on a 1300-pixel screen.
    header->moveSection(header->visualIndex(RefundListModel::Payment),
                        RefundListModel::ColumnCount - 1);
    fitColumns();

    m_countLabel->setObjectName(QStringLiteral("refundCountLabel"));

    createActions();

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_countLabel);
    footer->addSpacing(24);
    footer->addWidget(m_messageLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(createButtonRow());
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    connect(m_filterBar, &RefundFilterBar::filterChanged, this, &RefundsView::applyFilter);
    connect(m_model, &RefundListModel::errorOccurred, this, &RefundsView::showError);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QAbstractItemView::scrollToTop);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RefundsView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RefundsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RefundsView::updateActions);
    connect(m_table, &QWidget::customContextMenuRequested, this, &RefundsView::showContextMenu);
    connect(m_table, &QAbstractItemView::activated, this, &RefundsView::showRecordOfCurrent);

    if (const Result<void> agents = m_filterBar->reloadAgents(m_store); !agents)
        showError(agents.error().message);
    applyFilter();
}

void RefundsView::createActions()
{
    for (const ActionSpec &spec : actionSpecs) {
        auto *action = new QAction(actionText(spec.target), this);
        action->setObjectName(QString::fromLatin1(spec.objectName)
                                  .replace(QStringLiteral("Button"), QStringLiteral("Action")));
        action->setShortcut(QKeySequence(spec.key));
        // Only while the view has the focus: the main window keeps its own keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(withShortcut(actionHelp(spec.target), action));
        action->setEnabled(false);
        const RefundStatus target = spec.target;
        connect(action, &QAction::triggered, this, [this, target] { askStatusChange(target); });
        addAction(action);

        auto *button = new QPushButton(action->text(), this);
        button->setObjectName(QString::fromLatin1(spec.objectName));
        button->setAccessibleName(action->text());
        button->setToolTip(action->toolTip());
        button->setEnabled(false);
        // A click leaves the focus in the table, where the shortcuts work; Tab still reaches it.
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button,
                [button, action] { button->setEnabled(action->isEnabled()); });
        m_statusActions << StatusAction {spec.target, action, button};
    }

    m_showPayment = new QAction(tr("Show payment"), this);
    m_showPayment->setObjectName(QStringLiteral("showPaymentAction"));
    m_showPayment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_showPayment->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_showPayment->setToolTip(
        withShortcut(tr("Show the payment record the selected refund belongs to"), m_showPayment));
    m_showPayment->setEnabled(false);
    connect(m_showPayment, &QAction::triggered, this, &RefundsView::showRecordOfCurrent);
    addAction(m_showPayment);

    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshRefundsAction"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, &RefundsView::refresh);
    addAction(refresh);
}

QWidget *RefundsView::createButtonRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const StatusAction &entry : std::as_const(m_statusActions))
        layout->addWidget(entry.button);
    layout->addStretch(1);
    auto *showPayment = new QPushButton(m_showPayment->text(), row);
    showPayment->setObjectName(QStringLiteral("showPaymentButton"));
    showPayment->setToolTip(m_showPayment->toolTip());
    showPayment->setFocusPolicy(Qt::TabFocus);
    showPayment->setEnabled(false);
    connect(showPayment, &QPushButton::clicked, m_showPayment, &QAction::trigger);
    connect(m_showPayment, &QAction::changed, showPayment,
            [this, showPayment] { showPayment->setEnabled(m_showPayment->isEnabled()); });
    layout->addWidget(showPayment);
    return row;
}

void RefundsView::fitColumns()
{
    // Sample values as wide as real ones, so widths do not depend on the first page.
    const QFontMetrics values = m_table->fontMetrics();
    const QFontMetrics titles = m_table->horizontalHeader()->fontMetrics();
    const int padding = values.averageCharWidth() + 8;
    auto fit = [&](RefundListModel::Column column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column,
                                qMax(values.horizontalAdvance(sample) + padding,
                                     titles.horizontalAdvance(title) + padding));
    };
    const QString sampleDate =
        RecordFormat::created(QDateTime(QDate(2026, 12, 28), QTime(23, 58)).toSecsSinceEpoch());
    // Ids are 24 random letters and digits; capitals make them wider than the average.
    fit(RefundListModel::Id, QStringLiteral("re_NG0ym5G9RpTsgnUeGamCGPQw"));
    fit(RefundListModel::Created, sampleDate);
    fit(RefundListModel::Payment, QStringLiteral("pr_NG0ym5G9RpTsgnUeGamCGPQw"));
    fit(RefundListModel::Amount, RecordFormat::amount(99999999, QStringLiteral("kwd")));
    fit(RefundListModel::Currency, QStringLiteral("USD"));
    // The longest failure reason elides; the status tooltip spells it out.
    fit(RefundListModel::Status,
        tr("%1: %2").arg(displayName(RefundStatus::Failed),
                         displayName(FailureReason::ExpiredOrCanceledCard)));
    fit(RefundListModel::Reason, displayName(RefundReason::RequestedByCustomer));
    fit(RefundListModel::CreatedBy, QStringLiteral("local:alexandra"));
    fit(RefundListModel::RefundReference, QStringLiteral("ref_3NfXq8wTb2LmKp9Z"));
    fit(RefundListModel::RefundedAt, sampleDate);
}

void RefundsView::setActor(const Actor &actor, const Access &access)
{
    m_actor = actor;
    m_canChangeStatus = access.allows(Permission::ChangeRefundStatus);
    // A role that may not change statuses sees the refunds without the buttons to do so.
    for (const StatusAction &entry : std::as_const(m_statusActions))
        entry.button->setVisible(m_canChangeStatus);
    updateActions();
}

void RefundsView::refresh()
{
    const std::optional<Refund> selected = currentRefund();
    if (const Result<void> agents = m_filterBar->reloadAgents(m_store); !agents)
        showError(agents.error().message);
    applyFilter();
    if (selected)
        selectRefund(selected->id);
}

bool RefundsView::selectRefund(const QString &refundId)
{
    return selectRefundRow(*m_table, *m_model, refundId);
}

std::optional<Refund> RefundsView::currentRefund() const
{
    return selectedRefund(*m_table, *m_model);
}

QAction *RefundsView::statusAction(RefundStatus target) const
{
    for (const StatusAction &entry : m_statusActions) {
        if (entry.target == target)
            return entry.action;
    }
    return nullptr;
}

QList<RefundStatus> RefundsView::offeredStatuses(RefundStatus from)
{
    QList<RefundStatus> offered = RefundLifecycle::nextStatuses(from);
    if (from == RefundStatus::AwaitingApproval)
        offered.removeAll(RefundStatus::Pending);
    return offered;
}

void RefundsView::applyFilter()
{
    RefundQuery query = m_model->query();
    m_filterBar->applyTo(query);
    m_model->setQuery(query);
    updateCount();
}

void RefundsView::updateCount()
{
    const Result<qint64> everything = m_store.countRefunds(RefundQuery());
    if (!everything) {
        showError(everything.error().message);
        return;
    }
    const QLocale locale;
    const qint64 total = everything.value();
    if (total == 0) {
        m_countLabel->setText(tr("No refunds yet"));
        return;
    }
    if (!m_filterBar->isFiltering()) {
        m_countLabel->setText(total == 1 ? tr("1 refund")
                                         : tr("%1 refunds").arg(locale.toString(total)));
        return;
    }
    const Result<qint64> matching = m_store.countRefunds(m_model->query());
    if (!matching) {
        showError(matching.error().message);
        return;
    }
    m_countLabel->setText(
        tr("%1 of %2 refunds").arg(locale.toString(matching.value()), locale.toString(total)));
}

void RefundsView::updateActions()
{
    const std::optional<Refund> refund = currentRefund();
    const QList<RefundStatus> offered =
        refund && m_canChangeStatus ? offeredStatuses(refund->status) : QList<RefundStatus>();
    for (const StatusAction &entry : std::as_const(m_statusActions))
        entry.action->setEnabled(offered.contains(entry.target));
    m_showPayment->setEnabled(refund.has_value());
}

void RefundsView::askStatusChange(RefundStatus target)
{
    const std::optional<Refund> shown = currentRefund();
    if (!shown || (m_dialog && m_dialog->isVisible()))
        return;
    // Another agent may have moved it since the row was read; ask about the refund as it is.
    const Result<Refund> fresh = m_store.refund(shown->id);
    if (!fresh) {
        showError(fresh.error().message);
        return;
    }
    if (fresh.value() != *shown)
        m_model->updateRefund(fresh.value());
    if (!offeredStatuses(fresh->status).contains(target)) {
        StatusChange change;
        change.to = target;
        const Result<void> allowed = RefundLifecycle::validate(fresh.value(), change);
        showError(
            allowed
                ? tr("Refund %1 cannot be moved to %2 here.").arg(fresh->id, displayName(target))
                : allowed.error().message);
        return;
    }

    auto *dialog = new StatusChangeDialog(fresh.value(), target, m_store.nowMs() / 1000, this);
    const QString id = fresh->id;
    dialog->setSubmitter(
        [this, id](const StatusChange &change) { return writeStatusChange(id, change); });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    m_dialog = dialog;
    // Window-modal and not exec(): the desk keeps painting while the agent decides.
    dialog->open();
}

Result<void> RefundsView::writeStatusChange(const QString &refundId, const StatusChange &change)
{
    const Result<Refund> changed = m_store.changeRefundStatus(refundId, change, m_actor);
    if (!changed) {
        showError(changed.error().message);
        return changed.error();
    }
    m_model->updateRefund(changed.value());
    updateCount();
    showMessage(tr("Refund %1 is now “%2”.").arg(refundId, displayName(changed->status)));
    Q_EMIT refundChanged(changed.value());
    return {};
}

void RefundsView::showContextMenu(const QPoint &viewportPos)
{
    QModelIndex index = m_table->indexAt(viewportPos);
    if (index.isValid()) {
        m_table->selectRow(index.row());
    } else {
        // From the keyboard's menu key: the selected row, if any.
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        index = rows.constFirst();
    }
    const QPoint at = m_table->visualRect(index).contains(viewportPos)
        ? viewportPos
        : m_table->visualRect(index).bottomLeft();

    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("refundContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // Only what the lifecycle allows from here; an impossible step is not shown at all.
    for (const StatusAction &entry : std::as_const(m_statusActions)) {
        if (entry.action->isEnabled())
            menu->addAction(entry.action);
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addAction(m_showPayment);
    menu->popup(m_table->viewport()->mapToGlobal(at));
}

void RefundsView::showRecordOfCurrent()
{
    if (const std::optional<Refund> refund = currentRefund())
        Q_EMIT showRecordRequested(refund->paymentRecordId);
}

void RefundsView::showMessage(const QString &message)
{
    m_messageLabel->showMessage(message);
}

void RefundsView::showError(const QString &message)
{
    qCWarning(lcRefundsView) << message;
    m_messageLabel->showError(message);
    Q_EMIT errorOccurred(message);
}

} // namespace RefundDesk
