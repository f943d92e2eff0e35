#pragma once

// Shared by the transfer suites (tst_transferimport, tst_transferactions): a desk in a
// temporary directory with the window's own connection, a window, TransferActions over a
// second connection to the same file, and a spy on each of its signals.

#include "../model/importfixtures.h"
#include "rejectionreportdialog.h"
#include "transferactions.h"

#include <QSignalSpy>
#include <QWidget>

namespace RefundDesk::Testing {

/// Generous: a loaded CI machine with two cores, several suites at once.
inline constexpr int jobTimeoutMs = 60000;
inline const Actor testAgent {QStringLiteral("test-agent")};

/// Opens the SQLite file at `path`, as app/gui/main.cpp does for the window.
inline StoreOpener openerFor(const QString &path)
{
    return sqliteOpener(path);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(cannot read)");
}

class TransferFixture
{
public:
    bool open()
    {
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return false;
        const QString path = dir->filePath(QStringLiteral("desk.sqlite"));
        auto opened = SqliteStore::open(path);
        if (!opened)
            return false;
        store = std::move(opened).value();
        window = std::make_unique<QWidget>();
        actions = new TransferActions(openerFor(path), testAgent, window.get());
        changed = std::make_unique<QSignalSpy>(actions, &TransferActions::storeChanged);
        finished = std::make_unique<QSignalSpy>(actions, &TransferActions::jobFinished);
        status = std::make_unique<QSignalSpy>(actions, &TransferActions::statusMessage);
        errors = std::make_unique<QSignalSpy>(actions, &TransferActions::errorOccurred);
        busy = std::make_unique<QSignalSpy>(actions, &TransferActions::busyChanged);
        return true;
    }

    void close()
    {
        changed.reset();
        finished.reset();
        status.reset();
        errors.reset();
        busy.reset();
        window.reset(); // and the actions with it, which wait for a running job
        actions = nullptr;
        store.reset();
        dir.reset();
    }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    qint64 recordCount() const
    {
        const auto count = store->countRecords(RecordQuery());
        return count ? count.value() : -1;
    }

    /// Everything a job could change: the export of every object and the number of events.
    QByteArray snapshot() const
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto exported = exportJson(*store, buffer, ExportOptions());
        if (!exported)
            return "export failed: " + exported.error().message.toUtf8();
        Sqlite::Statement events = store->connection().prepare("SELECT count(*) FROM events");
        return buffer.data()
            + "\nevents: " + QByteArray::number(events.next() ? events.int64(0) : -1);
    }

    QString lastStatus() const
    {
        return status->isEmpty() ? QString() : status->last().first().toString();
    }

    RejectionReportDialog *reportDialog() const
    {
        return window->findChild<RejectionReportDialog *>(QStringLiteral("rejectionReportDialog"));
    }

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<QWidget> window;
    TransferActions *actions = nullptr;
    std::unique_ptr<QSignalSpy> changed;
    std::unique_ptr<QSignalSpy> finished;
    std::unique_ptr<QSignalSpy> status;
    std::unique_ptr<QSignalSpy> errors;
    std::unique_ptr<QSignalSpy> busy;
};

} // namespace RefundDesk::Testing
