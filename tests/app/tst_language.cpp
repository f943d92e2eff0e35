// Which language the installed programs speak: the system's locale, the desk's language
// setting over it, $REFUNDDESK_LANGUAGE over both; a language RefundDesk does not speak
// reads English. Both programs are run as a user would start them.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// The first line of `--help` in each language, for each program: what tells them apart.
QString expectedStart(const QString &program, const QString &language)
{
    const bool gui = program == "gui"_L1;
    if (language == "de"_L1)
        return gui ? u"Zahlungsdatensätze nachschlagen und erstatten."_s
                   : u"Aufruf: refunddesk-cli"_s;
    if (language == "fr"_L1)
        return gui ? u"Rechercher des enregistrements de paiement et les rembourser."_s
                   : u"Utilisation : refunddesk-cli"_s;
    return gui ? u"Look up payment records and refund them."_s : u"Usage: refunddesk-cli"_s;
}

} // namespace

class tst_Language : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsLocaleAndSetting_data();
    void followsLocaleAndSetting();
};

void tst_Language::followsLocaleAndSetting_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("lang"); // $LANG
    QTest::addColumn<QString>("lcAll"); // $LC_ALL
    QTest::addColumn<QString>("language"); // $LANGUAGE, the GNU list of UI languages
    QTest::addColumn<QString>("setting"); // language= in the settings file; empty: none
    QTest::addColumn<QString>("forced"); // $REFUNDDESK_LANGUAGE
    QTest::addColumn<QString>("expected");

    for (const QString &program : {u"cli"_s, u"gui"_s}) {
        auto row = [&program](const char *name) {
            return &QTest::newRow(qPrintable(program + u": "_s + QLatin1String(name)));
        };
        *row("German system") << program << u"de_DE.UTF-8"_s << QString() << QString() << QString()
                              << QString() << u"de"_s;
        *row("Austrian system") << program << u"de_AT.UTF-8"_s << QString() << QString()
                                << QString() << QString() << u"de"_s;
        *row("French system") << program << u"fr_FR.UTF-8"_s << QString() << QString() << QString()
                              << QString() << u"fr"_s;
        *row("Canadian French system") << program << u"fr_CA.UTF-8"_s << QString() << QString()
                                       << QString() << QString() << u"fr"_s;
        *row("C locale") << program << u"C.UTF-8"_s << QString() << QString() << QString()
                         << QString() << u"en"_s;
        *row("no locale at all") << program << QString() << QString() << QString() << QString()
                                 << QString() << u"en"_s;
        *row("a language it does not speak") << program << u"es_ES.UTF-8"_s << QString()
                                             << QString() << QString() << QString() << u"en"_s;
        *row("LC_ALL over LANG") << program << u"fr_FR.UTF-8"_s << u"de_DE.UTF-8"_s << QString()
                                 << QString() << QString() << u"de"_s;
        *row("LANGUAGE list first") << program << u"de_DE.UTF-8"_s << QString() << u"fr:de"_s
                                    << QString() << QString() << u"fr"_s;
        *row("setting over system") << program << u"de_DE.UTF-8"_s << QString() << QString()
                                    << u"fr"_s << QString() << u"fr"_s;
        *row("setting English") << program << u"de_DE.UTF-8"_s << QString() << QString() << u"en"_s
                                << QString() << u"en"_s;
        *row("setting German on English") << program << u"en_US.UTF-8"_s << QString() << QString()
                                          << u"de"_s << QString() << u"de"_s;
        *row("unknown setting ignored") << program << u"fr_FR.UTF-8"_s << QString() << QString()
                                        << u"xx"_s << QString() << u"fr"_s;
        *row("REFUNDDESK_LANGUAGE over setting") << program << u"en_US.UTF-8"_s << QString()
                                                 << QString() << u"fr"_s << u"de"_s << u"de"_s;
        *row("unknown REFUNDDESK_LANGUAGE ignored")
            << program << u"en_US.UTF-8"_s << QString() << QString() << u"fr"_s << u"klingon"_s
            << u"fr"_s;
    }
}

void tst_Language::followsLocaleAndSetting()
{
    QFETCH(QString, program);
    QFETCH(QString, lang);
    QFETCH(QString, lcAll);
    QFETCH(QString, language);
    QFETCH(QString, setting);
    QFETCH(QString, forced);
    QFETCH(QString, expected);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    if (!setting.isEmpty()) {
        QVERIFY(QDir(home.path()).mkpath(u"config/RefundDesk"_s));
        QFile file(home.filePath(u"config/RefundDesk/refunddesk.conf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General]\nlanguage=" + setting.toUtf8() + "\n");
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LANGUAGE",
                             "REFUNDDESK_LANGUAGE"})
        environment.remove(QLatin1String(name));
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const std::pair<const char *, QString> variables[] = {
        {"LANG", lang}, {"LC_ALL", lcAll}, {"LANGUAGE", language}, {"REFUNDDESK_LANGUAGE", forced}};
    for (const auto &[name, value] : variables) {
        if (!value.isEmpty())
            environment.insert(QLatin1String(name), value);
    }

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program == "gui"_L1 ? QStringLiteral(REFUNDDESK_GUI_PATH)
                                      : QStringLiteral(REFUNDDESK_CLI_PATH),
                  {u"--help"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QString first = output.section(u'\n', 0, 0).trimmed();
    // The GUI's first line is Qt's own "Usage: …"; its description follows.
    const QString line = program == "gui"_L1 ? output.section(u'\n', 1, 1).trimmed() : first;
    QVERIFY2(line.startsWith(expectedStart(program, expected)), qPrintable(output.left(300)));
}

QTEST_GUILESS_MAIN(tst_Language)
#include "tst_language.moc"
