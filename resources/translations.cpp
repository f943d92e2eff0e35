// Picks the language and loads the translations compiled into this library (:/i18n).

#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace RefundDesk::Translations {

namespace {

const QString languageKey = QStringLiteral("language");

/// The language part of a code such as "de_AT" or "fr-CA", lower-cased.
QString languageOf(const QString &code)
{
    return code.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString nativeName(const QString &language)
{
    // Qt names the English locale "American English"; the menu means the language.
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString languageSetting()
{
    const QString language = languageOf(QSettings().value(languageKey).toString());
    return available().contains(language) ? language : QString();
}

void setLanguageSetting(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, languageOf(language));
}

QLocale chosenLocale()
{
    QString language = languageOf(qEnvironmentVariable("REFUNDDESK_LANGUAGE"));
    if (!available().contains(language))
        language = languageSetting();
    const QLocale system = QLocale::system();
    if (language.isEmpty()) {
        // The first of the user's UI languages that RefundDesk speaks, in the system's
        // formats; a language it does not speak reads English, still in local formats.
        return system;
    }
    // The system's formats where it speaks that language; the C locale's are English too.
    if (languageOf(system.name()) == language
        || (language == QLatin1String("en") && system.language() == QLocale::C))
        return system;
    return QLocale(language);
}

bool install(QCoreApplication &application, const QLocale &locale)
{
    QLocale::setDefault(locale);
    // Qt's own strings: the buttons of standard dialogs, the context menus of line edits.
    auto *qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    if (languageOf(locale.uiLanguages().value(0, locale.name())) == QLatin1String("en"))
        return true;
    auto *ours = new QTranslator(&application);
    if (!ours->load(locale, QStringLiteral("refunddesk"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    return true;
}

} // namespace RefundDesk::Translations
