#include "approvalsview.h"

#include "approvaldialog.h"
#include "core/timestamp.h"
#include "detaillabels.h"
#include "listtable.h"
#include "messagelabel.h"
#include "recordformat.h"
#include "refundlistmodel.h"
#include "store/store.h"

#include <QAction>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcApprovals, "refunddesk.ui.approvals")

/// The help with the shortcut, for tooltips: "Approve the selected refund (Ctrl+Shift+A)".
QString withShortcut(const QString &help, const QAction *action)
{
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    return keys.isEmpty() ? help : ApprovalsView::tr("%1 (%2)").arg(help, keys);
}

QPushButton *buttonFor(QAction *action, const char *objectName, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setObjectName(QLatin1String(objectName));
    button->setAccessibleName(action->text().remove(u'&'));
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    // A click leaves the focus in the table, where the shortcuts work; Tab still reaches it.
    button->setFocusPolicy(Qt::TabFocus);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] {
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    });
    return button;
}

} // namespace

ApprovalsView::ApprovalsView(Store &store, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(actor)
    , m_model(new RefundListModel(store, this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_messageLabel(new MessageLabel(QStringLiteral("messageLabel"), this))
{
    setObjectName(QStringLiteral("approvalsView"));
    setUpListTable(*m_table, m_model, QStringLiteral("approvalsTable"),
                   tr("Refunds awaiting approval"));
    QHeaderView *header = m_table->horizontalHeader();
    // Every row awaits approval and none has reached the processor yet.
    for (const int column :
         {RefundListModel::Status, RefundListModel::RefundReference, RefundListModel::RefundedAt})
        m_table->setColumnHidden(column, true);
    // Who asked and why come right after the amount; the payment, which the details name
    // too, goes last.
    header->moveSection(header->visualIndex(RefundListModel::CreatedBy),
                        header->visualIndex(RefundListModel::Currency) + 1);
    header->moveSection(header->visualIndex(RefundListModel::Payment),
                        RefundListModel::ColumnCount - 1);
    fitColumns();

    m_countLabel->setObjectName(QStringLiteral("approvalCountLabel"));

    createActions();

    auto *intro = DetailLabels::muted("approvalsIntroLabel");
    intro->setText(tr("Refunds above their creator's limit wait here, their amount reserved, "
                      "until a supervisor or admin other than the creator approves or rejects "
                      "them."));
    intro->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("approvalsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(createDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({880, 480});

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_countLabel);
    footer->addSpacing(24);
    footer->addWidget(m_messageLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(intro);
    layout->addWidget(createButtonRow());
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    connect(m_model, &RefundListModel::errorOccurred, this, &ApprovalsView::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalsView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ApprovalsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ApprovalsView::updateActions);
    connect(m_table, &QAbstractItemView::activated, m_showPayment, &QAction::trigger);

    const Result<Access> access = store.access(actor);
    if (!access)
        showError(access.error().message);
    setActor(actor, access ? access.value() : Access {actor.name, Role::Viewer, {}, false});

    RefundQuery query;
    query.status = RefundStatus::AwaitingApproval;
    query.descending = false; // a queue: the longest waiting first
    m_model->setQuery(query);
    updateCount();
}

void ApprovalsView::createActions()
{
    m_approve = new QAction(tr("&Approve…"), this);
    m_approve->setObjectName(QStringLiteral("approveAction"));
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    // Only while the view has the focus: the main window keeps its own keys.
    m_approve->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_approve, &QAction::triggered, this, [this] { askDecision(true); });
    addAction(m_approve);

    m_reject = new QAction(tr("Re&ject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectAction"));
    m_reject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reject->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_reject, &QAction::triggered, this, [this] { askDecision(false); });
    addAction(m_reject);

    m_showPayment = new QAction(tr("Show payment"), this);
    m_showPayment->setObjectName(QStringLiteral("showApprovalPaymentAction"));
    m_showPayment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_showPayment->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_showPayment->setToolTip(
        withShortcut(tr("Show the payment record the selected refund belongs to"), m_showPayment));
    connect(m_showPayment, &QAction::triggered, this, [this] {
        if (const std::optional<Refund> refund = currentRefund())
            Q_EMIT showRecordRequested(refund->paymentRecordId);
    });
    addAction(m_showPayment);
}

QWidget *ApprovalsView::createButtonRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buttonFor(m_approve, "approveButton", row));
    layout->addWidget(buttonFor(m_reject, "rejectButton", row));
    m_hintLabel = DetailLabels::muted("decisionHintLabel");
    m_hintLabel->setWordWrap(true);
    layout->addSpacing(12);
    layout->addWidget(m_hintLabel, 1);
    layout->addWidget(buttonFor(m_showPayment, "showApprovalPaymentButton", row));
    return row;
}

QWidget *ApprovalsView::createDetails()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(DetailLabels::title(tr("Awaiting approval"), "approvalDetailsTitle"));

    m_detailPages = new QStackedWidget(panel);
    m_emptyLabel = DetailLabels::muted("approvalEmptyLabel");
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_detailPages->addWidget(m_emptyLabel);

    auto *details = new QWidget(m_detailPages);
    auto *form = new QFormLayout(details);
    form->setContentsMargins(0, 4, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString &title, const char *objectName) {
        QLabel *value = DetailLabels::value(objectName, true);
        value->setWordWrap(true);
        form->addRow(title, value);
        return value;
    };
    m_amountLabel = addRow(tr("Amount:"), "approvalAmountLabel");
    QFont bold = m_amountLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_amountLabel->setFont(bold);
    m_paymentLabel = addRow(tr("Payment:"), "approvalPaymentLabel");
    m_customerLabel = addRow(tr("Customer:"), "approvalCustomerLabel");
    m_refundableLabel = addRow(tr("Refundable:"), "approvalRefundableLabel");
    m_creatorLabel = addRow(tr("Requested by:"), "approvalCreatorLabel");
    m_reasonLabel = addRow(tr("Reason:"), "approvalReasonLabel");
    m_noteLabel = addRow(tr("Note:"), "approvalNoteLabel");
    m_createdLabel = addRow(tr("Created:"), "approvalCreatedLabel");
    m_detailPages->addWidget(details);

    layout->addWidget(m_detailPages);
    layout->addStretch(1);
    return panel;
}

void ApprovalsView::fitColumns()
{
    const QFontMetrics values = m_table->fontMetrics();
    const QFontMetrics titles = m_table->horizontalHeader()->fontMetrics();
    const int padding = values.averageCharWidth() + 8;
    auto fit = [&](RefundListModel::Column column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column,
                                qMax(values.horizontalAdvance(sample) + padding,
                                     titles.horizontalAdvance(title) + padding));
    };
    fit(RefundListModel::Id, QStringLiteral("re_NG0ym5G9RpTsgnUeGamCGPQw"));
    fit(RefundListModel::Created,
        RecordFormat::created(QDateTime(QDate(2026, 12, 28), QTime(23, 58)).toSecsSinceEpoch()));
    fit(RefundListModel::Payment, QStringLiteral("pr_NG0ym5G9RpTsgnUeGamCGPQw"));
    fit(RefundListModel::Amount, RecordFormat::amount(99999999, QStringLiteral("kwd")));
    fit(RefundListModel::Currency, QStringLiteral("USD"));
    fit(RefundListModel::Reason, displayName(RefundReason::RequestedByCustomer));
    fit(RefundListModel::CreatedBy, QStringLiteral("local:alexandra"));
}

void ApprovalsView::setActor(const Actor &actor, const Access &access)
{
    m_actor = actor;
    m_access = access;
    updateActions();
}

void ApprovalsView::refresh()
{
    const std::optional<Refund> selected = currentRefund();
    m_model->refresh();
    updateCount();
    if (selected)
        selectRefund(selected->id);
}

bool ApprovalsView::selectRefund(const QString &refundId)
{
    return selectRefundRow(*m_table, *m_model, refundId);
}

std::optional<Refund> ApprovalsView::currentRefund() const
{
    return selectedRefund(*m_table, *m_model);
}

QString ApprovalsView::whyNotDecide(const Refund &refund) const
{
    if (!m_access.allows(Permission::ApproveRefund)) {
        return tr("As %1 (%2) you cannot approve or reject refunds: a supervisor or admin "
                  "decides.")
            .arg(m_actor.name, displayName(m_access.role));
    }
    // User names are unique ignoring case, so "Agnes" and "agnes" are one person.
    if (refund.createdBy.compare(m_actor.name, Qt::CaseInsensitive) == 0)
        return tr("You asked for this refund: another supervisor or admin must decide it.");
    if (refund.status != RefundStatus::AwaitingApproval) {
        return tr("Refund %1 is no longer awaiting approval: it is “%2”.")
            .arg(refund.id, displayName(refund.status));
    }
    return {};
}

void ApprovalsView::updateCount()
{
    RefundQuery query;
    query.status = RefundStatus::AwaitingApproval;
    const Result<qint64> waiting = m_store.countRefunds(query);
    if (!waiting) {
        showError(waiting.error().message);
        return;
    }
    m_count = waiting.value();
    const QLocale locale;
    m_countLabel->setText(m_count == 0 ? tr("No refunds await approval")
                              : m_count == 1
                              ? tr("1 refund awaits approval")
                              : tr("%1 refunds await approval").arg(locale.toString(m_count)));
    Q_EMIT countChanged(m_count);
}

void ApprovalsView::updateActions()
{
    const std::optional<Refund> refund = currentRefund();
    const QString why = refund ? whyNotDecide(*refund) : QString();
    const bool allowed = refund && why.isEmpty();
    m_approve->setEnabled(allowed);
    m_reject->setEnabled(allowed);
    if (!refund) {
        const QString select = m_model->rowCount() > 0
            ? tr("Select a refund to approve or reject it.")
            : tr("No refund awaits approval.");
        m_approve->setToolTip(select);
        m_reject->setToolTip(select);
    } else if (!allowed) {
        m_approve->setToolTip(why);
        m_reject->setToolTip(why);
    } else {
        m_approve->setToolTip(withShortcut(
            tr("Approve the selected refund: it goes on to the processor"), m_approve));
        m_reject->setToolTip(withShortcut(
            tr("Reject the selected refund: it is canceled, with your note"), m_reject));
    }
    m_hintLabel->setText(why);
    m_showPayment->setEnabled(refund.has_value());
    showDetails();
}

void ApprovalsView::showDetails()
{
    const std::optional<Refund> refund = currentRefund();
    if (!refund) {
        m_emptyLabel->setText(m_model->rowCount() > 0
                                  ? tr("Select a refund to see what it asks for.")
                                  : tr("No refund awaits approval."));
        m_detailPages->setCurrentIndex(0);
        return;
    }
    m_amountLabel->setText(tr("%1 %2").arg(RecordFormat::amount(refund->amount, refund->currency),
                                           refund->currency.toUpper()));
    m_paymentLabel->setText(refund->paymentRecordId);
    m_customerLabel->setText(customerOf(refund->paymentRecordId));
    // What is left besides this refund, whose amount is already reserved.
    const Result<PaymentRecord> record = m_store.record(refund->paymentRecordId);
    m_refundableLabel->setText(
        record ? tr("%1 more of %2 paid")
                     .arg(RecordFormat::amount(record->refundable(), record->currency),
                          RecordFormat::amount(record->amountGuaranteed, record->currency))
               : record.error().message);
    m_creatorLabel->setText(refund->createdBy);
    m_reasonLabel->setText(refund->reason == RefundReason::None ? tr("None given")
                                                                : displayName(refund->reason));
    m_noteLabel->setText(refund->note.isEmpty() ? tr("None") : refund->note);
    m_createdLabel->setText(RecordFormat::created(refund->created));
    m_createdLabel->setToolTip(formatTimestamp(refund->created));
    m_detailPages->setCurrentIndex(1);
}

QString ApprovalsView::customerOf(const QString &recordId) const
{
    const Result<PaymentRecord> record = m_store.record(recordId);
    if (!record)
        return tr("unknown customer");
    const QString name = RecordFormat::customer(record.value());
    const QString &email = record->customer.email;
    if (name.isEmpty())
        return email.isEmpty() ? tr("an unnamed customer") : email;
    return email.isEmpty() ? name : tr("%1 (%2)").arg(name, email);
}

void ApprovalsView::askDecision(bool approve)
{
    const std::optional<Refund> shown = currentRefund();
    if (!shown || (m_dialog && m_dialog->isVisible()))
        return;
    // Another supervisor may have decided it since the row was read; ask about it as it is.
    const Result<Refund> fresh = m_store.refund(shown->id);
    if (!fresh) {
        showError(fresh.error().message);
        return;
    }
    if (fresh->status != RefundStatus::AwaitingApproval) {
        showMessage(tr("Refund %1 is no longer awaiting approval: it is “%2”.")
                        .arg(fresh->id, displayName(fresh->status)));
        refresh();
        return;
    }
    if (fresh.value() != *shown) {
        m_model->updateRefund(fresh.value());
        showDetails();
    }
    if (const QString why = whyNotDecide(fresh.value()); !why.isEmpty()) {
        showError(why);
        return;
    }

    auto *dialog =
        new ApprovalDialog(fresh.value(), approve, customerOf(fresh->paymentRecordId), this);
    dialog->setSubmitter(
        [this](const ApprovalDecision &decision) { return writeDecision(decision); });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    m_dialog = dialog;
    // Window-modal and not exec(): the desk keeps painting while the supervisor decides.
    dialog->open();
}

Result<void> ApprovalsView::writeDecision(const ApprovalDecision &decision)
{
    const Result<Refund> decided = m_store.decideApproval(decision, m_actor);
    if (!decided) {
        showError(decided.error().message);
        return decided.error();
    }
    const Refund &refund = decided.value();
    const QString amount = RecordFormat::amount(refund.amount, refund.currency);
    showMessage(decision.approve
                    ? tr("Refund %1 of %2 approved: it is now “%3”.")
                          .arg(refund.id, amount, displayName(refund.status))
                    : tr("Refund %1 of %2 rejected: it is canceled.").arg(refund.id, amount));
    refresh();
    Q_EMIT refundDecided(refund);
    return {};
}

void ApprovalsView::showMessage(const QString &message)
{
    m_messageLabel->showMessage(message);
}

void ApprovalsView::showError(const QString &message)
{
    qCWarning(lcApprovals) << message;
    m_messageLabel->showError(message);
    Q_EMIT errorOccurred(message);
}

} // namespace RefundDesk
