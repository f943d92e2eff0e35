#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace RefundDesk::Translations {

/// The languages RefundDesk speaks, as ISO 639 codes: English, its source language, first.
QStringList available();

/// A language's name in itself, for a menu where each user finds theirs: "English",
/// "Deutsch", "Français".
QString nativeName(const QString &language);

/// The language the user chose in the settings ("de", "fr", "en"), or empty to follow the
/// system's locale.
QString languageSetting();
void setLanguageSetting(const QString &language);

/// The locale RefundDesk runs in: $REFUNDDESK_LANGUAGE when set (the tests set "en"), else
/// the setting, else the system's locale. A chosen language keeps the system's country
/// where it has that language (de_CH stays de_CH), so money and dates read as the user
/// expects there.
QLocale chosenLocale();

/// Installs RefundDesk's and Qt's own translations for `locale` into the application and
/// makes it the default locale, so every QLocale() formats money and dates in it. English
/// installs none. Returns whether RefundDesk's translation was found (always true for
/// English); call it once, after the application object exists.
bool install(QCoreApplication &application, const QLocale &locale);

} // namespace RefundDesk::Translations
