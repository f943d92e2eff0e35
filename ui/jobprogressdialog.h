#pragma once

#include <QDialog>
#include <QTimer>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace RefundDesk {

/// A modeless progress dialog for a StoreJob: what is happening, how far it got, and a
/// Cancel button. It appears only when the job takes longer than a moment. Cancel, Escape
/// and closing the window all ask the job to stop; the dialog stays, saying so, until the
/// owner closes it when the job has really stopped.
class JobProgressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobProgressDialog)
public:
    /// Text for `done` of `total` units (total 0: unknown), e.g. "1.2 MB of 4.5 MB".
    using Describe = std::function<QString(qint64 done, qint64 total)>;

    static constexpr int ShowDelayMs = 400;

    /// `text` says what the job does, e.g. "Importing payments.json".
    JobProgressDialog(const QString &title, const QString &text, Describe describe,
                      QWidget *parent = nullptr);

    /// Shows `done` of `total`; a bar that moves, not a percentage, when the total is unknown.
    void setProgress(qint64 done, qint64 total);
    /// Shows the dialog now if it did not yet appear (it otherwise waits for ShowDelayMs).
    void showNow();
    bool isCancelling() const { return m_cancelling; }

    void reject() override;

Q_SIGNALS:
    /// The user asked the job to stop; emitted once.
    void cancelRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void requestCancel();

    QLabel *m_text;
    QLabel *m_detail;
    QProgressBar *m_bar;
    QDialogButtonBox *m_buttons;
    Describe m_describe;
    QTimer m_showTimer;
    bool m_cancelling = false;
};

} // namespace RefundDesk
