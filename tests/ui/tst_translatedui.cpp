// The desk in German, as a German user's start shows it: RefundDesk's and Qt's translations
// installed, no English text left where a translation exists, money and dates in German
// formats, the model's messages in German too; and a rendered screenshot of it.

#include "mainwindow.h"
#include "money/amountparser.h"
#include "money/money.h"
#include "paymentlistmodel.h"
#include "recorddetailpane.h"
#include "seedrecords.h"
#include "store/sqlitestore.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

/// Every English source text in `tsPath` whose translation differs from it.
QSet<QString> translatedSources(const QString &tsPath)
{
    QSet<QString> sources;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return sources;
    QXmlStreamReader xml(&file);
    QString source;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "source"_L1) {
            source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!translation.isEmpty() && translation != source)
                sources.insert(source);
        }
    }
    return sources;
}

PaymentRecord namedRecord()
{
    PaymentRecord record;
    record.id = u"pr_named_for_german"_s;
    record.currency = u"eur"_s;
    record.amountRequested = record.amountAuthorized = record.amountGuaranteed = 123456;
    record.created = TestSeed::newest - 3600;
    record.customer.name = u"Zoe Quillfeather"_s;
    record.customer.email = u"zoe.q@example.org"_s;
    record.paymentMethod.type = u"card"_s;
    record.paymentMethod.cardBrand = u"visa"_s;
    record.paymentMethod.cardLast4 = u"4242"_s;
    return record;
}

} // namespace

class tst_TranslatedUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowShowsNoUntranslatedText();
    void moneyAndDatesFollowTheLocale();
    void modelMessagesAreTranslated();
    void renderedScreenshotIsGerman();
    void languageMenuStoresTheChoice();

private:
    void selectNamedRecord();

    QTemporaryDir m_dir;
    QSet<QString> m_translated;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void tst_TranslatedUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    // As main() does for a user whose system speaks German.
    QVERIFY(Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(QLocale().name(), u"de_DE"_s);
    m_translated = translatedSources(QStringLiteral(REFUNDDESK_SOURCE_DIR)
                                     + u"/resources/translations/refunddesk_de.ts"_s);
    QVERIFY2(m_translated.size() > 1000, qPrintable(QString::number(m_translated.size())));

    auto opened = SqliteStore::open(m_dir.filePath(u"desk.sqlite"_s));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_store = std::move(opened).value();
    const auto seeded = TestSeed::seed(*m_store, 120, {namedRecord()});
    QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().message));
    m_window = std::make_unique<MainWindow>(*m_store, sqliteOpener(m_store->location()));
    m_window->resize(1440, 810);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    selectNamedRecord();
}

void tst_TranslatedUi::cleanupTestCase()
{
    m_window.reset();
    m_store.reset();
}

void tst_TranslatedUi::selectNamedRecord()
{
    auto *table = m_window->findChild<QTableView *>(u"paymentTable"_s);
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    auto *model = qobject_cast<PaymentListModel *>(table->model());
    QVERIFY(model);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->record(row).id == u"pr_named_for_german"_s) {
            table->selectRow(row);
            break;
        }
    }
    QTRY_COMPARE(m_window->detailPane()->recordId(), u"pr_named_for_german"_s);
}

void tst_TranslatedUi::mainWindowShowsNoUntranslatedText()
{
    // The menu bar, the first thing a user reads, word for word.
    QStringList menus;
    for (QAction *action : m_window->menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus,
             QStringList({u"&Datei"_s, u"&Bearbeiten"_s, u"&Zahlung"_s, u"&Ansicht"_s,
                          u"Ad&ministration"_s, u"&Hilfe"_s}));

    // Then every text the window shows: none may be English that has a German translation.
    QStringList texts;
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        texts << menu->title();
        for (QAction *action : menu->actions())
            texts << action->text() << action->toolTip();
    }
    for (QTabWidget *tabs : m_window->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    }
    for (QLabel *label : m_window->findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip();
    for (QGroupBox *box : m_window->findChildren<QGroupBox *>())
        texts << box->title();
    for (QLineEdit *edit : m_window->findChildren<QLineEdit *>())
        texts << edit->placeholderText();
    for (QTableView *view : m_window->findChildren<QTableView *>()) {
        const QAbstractItemModel *model = view->model();
        for (int column = 0; model && column < model->columnCount(); ++column)
            texts << model->headerData(column, Qt::Horizontal).toString();
    }
    texts.removeAll(QString());
    QStringList english;
    for (const QString &text : std::as_const(texts)) {
        if (m_translated.contains(text))
            english << text;
    }
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u" | "_s)));
    QVERIFY2(texts.size() > 150, qPrintable(QString::number(texts.size())));
    qInfo("%lld texts checked, none left in English", qlonglong(texts.size()));
}

void tst_TranslatedUi::moneyAndDatesFollowTheLocale()
{
    auto *table = m_window->findChild<QTableView *>(u"paymentTable"_s);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QStringList cells;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        cells << table->model()->index(selected.first().row(), column).data().toString();
    // 1234.56 EUR: German grouping and decimal comma.
    QVERIFY2(cells.contains(u"€1.234,56"_s), qPrintable(cells.join(u" | "_s)));
    QCOMPARE(formatMoney(123456, u"eur"_s, QLocale()), u"€1.234,56"_s);
    // Dates as Germans write them, day first with dots.
    static const QRegularExpression germanDate(u"^\\d{2}\\.\\d{2}\\.\\d{2,4}"_s);
    bool hasDate = false;
    for (const QString &cell : std::as_const(cells))
        hasDate = hasDate || germanDate.match(cell).hasMatch();
    QVERIFY2(hasDate, qPrintable(cells.join(u" | "_s)));
    // And an amount typed the German way reads back.
    const auto typed = AmountParser(QLocale()).parse(u"1.234,56", *Currency::fromCode(u"eur"_s));
    QVERIFY(typed);
    QCOMPARE(typed.value(), qint64(123456));
}

void tst_TranslatedUi::modelMessagesAreTranslated()
{
    // The model's own messages (context RefundDesk::AmountParser and RefundDesk) reach the
    // agent in German too.
    const auto refused = AmountParser(QLocale()).parse(u"12,345", *Currency::fromCode(u"eur"_s));
    QVERIFY(!refused);
    const QString message = refused.error().message;
    QVERIFY2(!message.contains(u"decimal"_s) && message.contains(u"12,345"_s), qPrintable(message));
    QVERIFY(m_store);
    const auto missing = m_store->record(u"pr_not_there"_s);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(u"pr_not_there"_s)
                 && !m_translated.contains(missing.error().message),
             qPrintable(missing.error().message));
    QVERIFY2(!missing.error().message.startsWith(u"No payment record"_s),
             qPrintable(missing.error().message));
}

void tst_TranslatedUi::renderedScreenshotIsGerman()
{
    const QImage image = m_window->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
    const QString folder = qEnvironmentVariable("REFUNDDESK_SCREENSHOT_DIR");
    const QString path =
        QDir(folder.isEmpty() ? m_dir.path() : folder).filePath(u"main-window-de.png"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QVERIFY(image.save(path));
    qInfo("German desk rendered to %s", qPrintable(path));
}

void tst_TranslatedUi::languageMenuStoresTheChoice()
{
    auto *menu = m_window->findChild<QMenu *>(u"languageMenu"_s);
    QVERIFY(menu);
    QCOMPARE(menu->title(), u"&Sprache"_s);
    QStringList entries;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            entries << action->text();
    }
    // Each language by its own name; the system's is chosen while nothing is stored.
    QCOMPARE(entries,
             QStringList({u"&Systemsprache"_s, u"English"_s, u"Deutsch"_s, u"Français"_s}));
    QVERIFY(m_window->findChild<QAction *>(u"language_system"_s)->isChecked());
    QCOMPARE(Translations::languageSetting(), QString());
    if (const QString folder = qEnvironmentVariable("REFUNDDESK_SCREENSHOT_DIR");
        !folder.isEmpty()) {
        menu->popup(m_window->mapToGlobal(QPoint(200, 30)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QVERIFY(menu->grab().save(QDir(folder).filePath(u"language-menu-de.png"_s)));
        menu->hide();
    }

    auto choose = [this](const QString &name) {
        QString said;
        // The choice is confirmed in a message box; read it and close it.
        QTimer::singleShot(0, this, [&said] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                said = box->text();
                box->accept();
            }
        });
        m_window->findChild<QAction *>(name)->trigger();
        return said;
    };
    QCOMPARE(choose(u"language_fr"_s), u"RefundDesk verwendet Français ab dem nächsten Start."_s);
    QCOMPARE(Translations::languageSetting(), u"fr"_s);
    QCOMPARE(QSettings().value(u"language"_s).toString(), u"fr"_s);
    QVERIFY(m_window->findChild<QAction *>(u"language_fr"_s)->isChecked());
    // The next start follows it (REFUNDDESK_LANGUAGE, set for the suite, wins over it).
    qunsetenv("REFUNDDESK_LANGUAGE");
    QCOMPARE(Translations::chosenLocale().language(), QLocale::French);

    QCOMPARE(choose(u"language_system"_s),
             u"RefundDesk verwendet Systemsprache ab dem nächsten Start."_s);
    QCOMPARE(Translations::languageSetting(), QString());
    QVERIFY(!QSettings().contains(u"language"_s));
    QCOMPARE(Translations::chosenLocale(), QLocale::system());
}

QTEST_MAIN(tst_TranslatedUi)
#include "tst_translatedui.moc"
