// refunddesk-cli: the headless front end. Links the model (and, for PDF reports, Qt Gui's
// text layout) and needs no display.

#include "cli.h"
#include "store/databaselocation.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

using namespace RefundDesk;

namespace {

/// The command's name, found as main() finds it below: the first argument after the global
/// options.
QByteArray commandName(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (!argument.startsWith('-'))
            return argument;
        if (argument == "--db" || argument == "--as")
            ++i;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // A PDF report lays its text out with Qt Gui's fonts, which need a QGuiApplication; on
    // the offscreen platform (unless QT_QPA_PLATFORM says otherwise) it needs no display.
    std::unique_ptr<QCoreApplication> application;
    if (commandName(argc, argv) == "report") {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Starting a platform warns when XDG_RUNTIME_DIR is unset, as it is under cron or in
        // a container; that is no failure, and standard error is for the command's own words.
        // The rules below replace this one.
        QLoggingCategory::setFilterRules(QStringLiteral("default.warning=false"));
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    setApplicationIdentity();
    // The messages in the user's language (or the desk's language setting), and amounts and
    // dates meant for people in its formats; JSON and CSV stay locale-free.
    Translations::install(app, Translations::chosenLocale());
    // A failure is one line on standard error, and failed sign-ins are in the audit trail,
    // so the model's log stays quiet here; QT_LOGGING_RULES still turns it back on.
    QLoggingCategory::setFilterRules(QStringLiteral("refunddesk.*.debug=false\n"
                                                    "refunddesk.*.info=false\n"
                                                    "refunddesk.*.warning=false"));

    return Cli::run(app.arguments());
}
