#include "auditview.h"

#include "auditmodel.h"
#include "listtable.h"
#include "messagelabel.h"
#include "storejob.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcAuditView, "refunddesk.ui.auditview")

/// The pause after typing in the entity field before the log is read again.
constexpr int entityDelayMs = 300;

const auto okStyle = QStringLiteral(
    "QLabel#verifyResultLabel { color: #1e5b2a; background: #e8f5ea; border: 1px solid #b9dfc0;"
    " border-radius: 4px; padding: 4px 8px; }");
const auto busyStyle = QStringLiteral(
    "QLabel#verifyResultLabel { color: #555b63; background: #f3f4f6; border: 1px solid #e2e4e8;"
    " border-radius: 4px; padding: 4px 8px; }");
const auto brokenStyle = QStringLiteral(
    "QLabel#verifyResultLabel { color: #8c1d18; background: #fdeceb; border: 1px solid #f2c4c0;"
    " border-radius: 4px; padding: 4px 8px; }");

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

/// Fills `combo` with "all" and `values`, keeping the chosen value (even one no longer
/// listed) without a change signal, so the filter itself does not change.
void fillChoices(QComboBox *combo, const QString &all, const QStringList &values)
{
    const QSignalBlocker blocker(combo);
    const QString chosen = combo->currentData().toString();
    combo->clear();
    combo->addItem(all);
    for (const QString &value : values)
        combo->addItem(value, value);
    if (!chosen.isEmpty() && combo->findData(chosen) < 0)
        combo->addItem(chosen, chosen);
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
}

} // namespace

AuditView::AuditView(Store &store, StoreOpener opener, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(actor)
    , m_model(new AuditModel(store, actor, this))
    , m_job(new StoreJob(std::move(opener), this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("auditView"));
    setUpListTable(*m_table, m_model, QStringLiteral("auditTable"), tr("Audit trail"));
    fitColumns();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("auditCountLabel"));
    m_messageLabel = new MessageLabel(QStringLiteral("messageLabel"), this);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_countLabel);
    footer->addSpacing(24);
    footer->addWidget(m_messageLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(createFilterRow());
    layout->addWidget(createButtonRow());
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
    createActions();

    connect(m_model, &AuditModel::errorOccurred, this, &AuditView::showError);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QAbstractItemView::scrollToTop);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditView::updateCount);
    connect(m_job, &StoreJob::runningChanged, this, [this](bool running) {
        m_verify->setEnabled(!running);
        if (running)
            showVerifyResult(tr("Verifying the event chain and the money invariants…"), Verifying);
    });

    reloadChoices();
    applyFilter();
}

AuditView::~AuditView() = default;

QWidget *AuditView::createFilterRow()
{
    auto *row = new QWidget(this);
    m_user = new QComboBox(row);
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_user->setAccessibleName(tr("Filter by user"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_user->setMinimumContentsLength(12);
    m_action = new QComboBox(row);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->setAccessibleName(tr("Filter by action"));
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_action->setMinimumContentsLength(16);
    m_entity = new QLineEdit(row);
    m_entity->setObjectName(QStringLiteral("auditEntityFilter"));
    m_entity->setAccessibleName(tr("Filter by entity id"));
    m_entity->setPlaceholderText(tr("Refund, payment or user"));
    m_entity->setClearButtonEnabled(true);
    m_entity->setMinimumWidth(
        m_entity->fontMetrics().horizontalAdvance(QStringLiteral("pr_NG0ym5G9RpTsgnUeGamCGPQw"))
        + 32);
    m_entityDelay = new QTimer(this);
    m_entityDelay->setSingleShot(true);
    m_entityDelay->setInterval(entityDelayMs);

    m_dates = new QCheckBox(tr("&Between"), row);
    m_dates->setObjectName(QStringLiteral("auditDatesEnabled"));
    m_dates->setAccessibleName(tr("Filter by date"));
    m_dates->setToolTip(tr("Only events between these days, in local time"));
    m_from = new QDateEdit(row);
    m_to = new QDateEdit(row);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        edit->setDate(today);
    }
    m_from->setDate(today.addDays(-7));
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_from->setAccessibleName(tr("Events from"));
    m_to->setObjectName(QStringLiteral("auditToDate"));
    m_to->setAccessibleName(tr("Events until (inclusive)"));

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("&User:"), m_user, row));
    layout->addWidget(m_user);
    layout->addSpacing(12);
    layout->addWidget(buddyLabel(tr("Ac&tion:"), m_action, row));
    layout->addWidget(m_action);
    layout->addSpacing(12);
    layout->addWidget(buddyLabel(tr("E&ntity:"), m_entity, row));
    layout->addWidget(m_entity);
    layout->addSpacing(12);
    layout->addWidget(m_dates);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("and"), row));
    layout->addWidget(m_to);
    layout->addStretch(1);

    for (QComboBox *combo : {m_user, m_action})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditView::applyFilter);
    connect(m_entity, &QLineEdit::textChanged, m_entityDelay, qOverload<>(&QTimer::start));
    connect(m_entity, &QLineEdit::returnPressed, this, &AuditView::applyFilter);
    connect(m_entityDelay, &QTimer::timeout, this, &AuditView::applyFilter);
    connect(m_dates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { keepRangeOrdered(true); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { keepRangeOrdered(false); });
    return row;
}

QWidget *AuditView::createButtonRow()
{
    auto *row = new QWidget(this);
    m_verify = new QPushButton(tr("&Verify Chain"), row);
    m_verify->setObjectName(QStringLiteral("verifyChainButton"));
    m_verify->setAccessibleName(tr("Verify the event chain"));
    m_copyHead = new QPushButton(tr("&Copy Head Hash"), row);
    m_copyHead->setObjectName(QStringLiteral("copyHeadHashButton"));
    m_copyHead->setAccessibleName(tr("Copy the head hash"));
    m_verifyLabel = new QLabel(row);
    m_verifyLabel->setObjectName(QStringLiteral("verifyResultLabel"));
    m_verifyLabel->setAccessibleName(tr("Verification result"));
    m_verifyLabel->setTextFormat(Qt::PlainText);
    m_verifyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyLabel->setWordWrap(true);
    m_verifyLabel->hide();

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verify);
    layout->addWidget(m_copyHead);
    layout->addSpacing(12);
    layout->addWidget(m_verifyLabel, 1);
    layout->addStretch(0);

    connect(m_verify, &QPushButton::clicked, this, &AuditView::verifyChain);
    connect(m_copyHead, &QPushButton::clicked, this, &AuditView::copyHeadHash);
    return row;
}

void AuditView::createActions()
{
    const auto add = [this](const QString &text, const char *name, QKeySequence key,
                            QPushButton *button) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        // Only while the view has the focus: the main window keeps its own keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        if (button) {
            button->setToolTip(tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
            connect(action, &QAction::triggered, button, &QPushButton::click);
        }
        return action;
    };
    add(tr("Verify the event chain and the money invariants"), "verifyChainAction",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), m_verify);
    add(tr("Copy the newest event's seq and hash"), "copyHeadHashAction",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), m_copyHead);
}

void AuditView::fitColumns()
{
    const QFontMetrics values = m_table->fontMetrics();
    const int padding = values.averageCharWidth() + 8;
    auto fit = [&](AuditModel::Column column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(
            column,
            qMax(values.horizontalAdvance(sample), values.horizontalAdvance(title)) + padding);
    };
    fit(AuditModel::Seq, QStringLiteral("1000000"));
    fit(AuditModel::Time, QStringLiteral("2026-12-28 23:58:58"));
    fit(AuditModel::User, QStringLiteral("local:alexandra"));
    fit(AuditModel::Action, QStringLiteral("refund.status_changed"));
    fit(AuditModel::Entity, QStringLiteral("re_NG0ym5G9RpTsgnUeGamCGPQw"));
    fit(AuditModel::Record, QStringLiteral("pr_NG0ym5G9RpTsgnUeGamCGPQw"));
}

void AuditView::setActor(const Actor &actor)
{
    m_actor = actor;
    m_model->setActor(actor);
}

void AuditView::refresh()
{
    reloadChoices();
    m_model->refresh();
}

void AuditView::reloadChoices()
{
    const Result<QStringList> actors = m_store.eventActors();
    if (actors)
        fillChoices(m_user, tr("All users"), actors.value());
    else
        showError(actors.error().message);
    const Result<QStringList> actions = m_store.eventActions();
    if (actions)
        fillChoices(m_action, tr("All actions"), actions.value());
    else
        showError(actions.error().message);
}

void AuditView::applyFilter()
{
    m_entityDelay->stop();
    AuditQuery query = m_model->query();
    query.actor = m_user->currentData().toString();
    query.action = m_action->currentData().toString();
    query.entityId = m_entity->text().trimmed();
    if (m_dates->isChecked()) {
        query.fromMs = m_from->date().startOfDay().toMSecsSinceEpoch();
        // The last day counts in full: the bound is the next local midnight, exclusive.
        query.toMs = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    } else {
        query.fromMs.reset();
        query.toMs.reset();
    }
    m_model->setQuery(query);
}

void AuditView::keepRangeOrdered(bool fromChanged)
{
    // A range that ends before it starts finds nothing; move the other end along instead.
    if (m_from->date() > m_to->date()) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        if (fromChanged)
            m_to->setDate(m_from->date());
        else
            m_from->setDate(m_to->date());
    }
    if (m_dates->isChecked())
        applyFilter();
}

void AuditView::updateCount()
{
    const int rows = m_model->rowCount();
    const QLocale locale;
    if (rows == 0)
        m_countLabel->setText(tr("No events match"));
    else if (m_model->hasMore())
        m_countLabel->setText(
            tr("%1 newest events shown; scroll for more").arg(locale.toString(rows)));
    else
        m_countLabel->setText(rows == 1 ? tr("1 event")
                                        : tr("%1 events").arg(locale.toString(rows)));
}

bool AuditView::verifyChain()
{
    const bool started = m_job->start<VerifyReport>(
        [](Store &store, StoreJob::Progress &) { return store.verify(VerifyDepth::Quick); },
        [this](const Result<VerifyReport> &result) { verifyDone(result); });
    qCDebug(lcAuditView) << "verify" << (started ? "started" : "already running");
    return started;
}

bool AuditView::isVerifying() const
{
    return m_job->isRunning();
}

QString AuditView::verifyText() const
{
    return m_verifyLabel->text();
}

void AuditView::verifyDone(const Result<VerifyReport> &result)
{
    if (!result) {
        showVerifyResult(tr("Cannot verify: %1").arg(result.error().message), Broken);
        Q_EMIT errorOccurred(result.error().message);
        Q_EMIT verifyFinished(false);
        return;
    }
    const VerifyReport &report = result.value();
    const QLocale locale;
    QString warnings;
    if (report.warnings.size() == 1)
        warnings = tr(" 1 warning: see the tooltip.");
    else if (report.warnings.size() > 1)
        warnings = tr(" %1 warnings: see the tooltip.").arg(report.warnings.size());
    if (report.ok()) {
        showVerifyResult(tr("Chain verified: %1 events link without a break, and %2 payments "
                            "and %3 refunds add up.")
                                 .arg(locale.toString(report.eventsChecked),
                                      locale.toString(report.recordsChecked),
                                      locale.toString(report.refundsChecked))
                             + warnings,
                         Verified, report.warnings.join(u'\n'));
        Q_EMIT statusMessage(tr("The audit trail is intact."));
    } else {
        QString text = tr("Verification failed: %1").arg(report.problems.constFirst());
        if (report.problems.size() == 2)
            text += tr(" (1 more problem: see the tooltip)");
        else if (report.problems.size() > 2)
            text += tr(" (%1 more problems: see the tooltip)").arg(report.problems.size() - 1);
        showVerifyResult(text, Broken, (report.problems + report.warnings).join(u'\n'));
        Q_EMIT errorOccurred(report.problems.constFirst());
    }
    Q_EMIT verifyFinished(report.ok());
}

void AuditView::showVerifyResult(const QString &text, VerifyState state, const QString &details)
{
    m_verifyLabel->setText(text);
    m_verifyLabel->setToolTip(details.isEmpty() ? text : details);
    m_verifyLabel->setStyleSheet(state == Verified     ? okStyle
                                     : state == Broken ? brokenStyle
                                                       : busyStyle);
    m_verifyLabel->show();
}

QString AuditView::headHashText(const Event &head)
{
    // Written by hand rather than through QJsonObject, which would sort "hash" first.
    return QStringLiteral("{\"seq\":%1,\"hash\":\"%2\"}")
        .arg(head.seq)
        .arg(QString::fromLatin1(head.hash));
}

QString AuditView::copyHeadHash()
{
    const Result<Event> head = m_store.headEvent();
    if (!head) {
        showError(head.error().message);
        return {};
    }
    const QString text = headHashText(head.value());
    QGuiApplication::clipboard()->setText(text);
    showMessage(tr("Copied the head hash of event %1 to the clipboard.").arg(head->seq));
    Q_EMIT statusMessage(m_messageLabel->text());
    return text;
}

void AuditView::showMessage(const QString &message)
{
    m_messageLabel->showMessage(message);
}

void AuditView::showError(const QString &message)
{
    qCWarning(lcAuditView) << message;
    m_messageLabel->showError(message);
    Q_EMIT errorOccurred(message);
}

} // namespace RefundDesk
