#pragma once

#include "core/result.h"
#include "store/actor.h"
#include "store/auditquery.h"
#include "storeopener.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace RefundDesk {

class MessageLabel;

class AuditModel;
class StoreJob;
struct VerifyReport;

/// The audit trail (DESIGN §3 "History and audit"): every event of the log, newest first,
/// filtered by user, action, entity and local days. Verify Chain recomputes the hash chain
/// and the money invariants on a worker thread with its own connection and names the first
/// broken link; Copy Head Hash puts the newest event's seq and hash on the clipboard, so an
/// outside copy can prove later that history up to it was not rewritten.
class AuditView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditView)
public:
    /// Reads `store` (which must outlive the view) as `actor`; verify opens its own
    /// connection through `opener`.
    AuditView(Store &store, StoreOpener opener, const Actor &actor, QWidget *parent = nullptr);
    /// Waits for a running verify to stop.
    ~AuditView() override;

    /// Reads as `actor` from now on.
    void setActor(const Actor &actor);
    /// Reloads the user and action choices and the first page under the current filters.
    void refresh();

    AuditModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    /// Starts verifying on a worker thread; false, doing nothing, while one runs.
    bool verifyChain();
    bool isVerifying() const;
    /// What the last verify found, as the view shows it.
    QString verifyText() const;
    /// Copies the head event's {"seq":N,"hash":"…"} to the clipboard and returns it; empty
    /// (and the store's message shown) when the log cannot be read.
    QString copyHeadHash();
    /// The head hash as exported: {"seq":N,"hash":"…"}, keys in that order.
    static QString headHashText(const Event &head);

Q_SIGNALS:
    /// A verify ended; `ok` when it found no problem.
    void verifyFinished(bool ok);
    /// A one-line outcome for the status bar.
    void statusMessage(const QString &message);
    /// A store call failed; `message` is the store's sentence, ready to show.
    void errorOccurred(const QString &message);

private:
    enum VerifyState { Verifying, Verified, Broken };

    QWidget *createFilterRow();
    QWidget *createButtonRow();
    void createActions();
    void fitColumns();
    void applyFilter();
    void reloadChoices();
    void keepRangeOrdered(bool fromChanged);
    void updateCount();
    void verifyDone(const Result<VerifyReport> &result);
    void showVerifyResult(const QString &text, VerifyState state, const QString &details = {});
    void showMessage(const QString &message);
    void showError(const QString &message);

    Store &m_store;
    Actor m_actor;
    AuditModel *m_model;
    StoreJob *m_job;
    QTableView *m_table;
    QComboBox *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_entity = nullptr;
    QTimer *m_entityDelay = nullptr;
    QCheckBox *m_dates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_copyHead = nullptr;
    QLabel *m_verifyLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    MessageLabel *m_messageLabel = nullptr;
};

} // namespace RefundDesk
