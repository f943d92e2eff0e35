<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>RefundDesk</name>
    <message>
        <source>The password has %1 characters; it needs at least %2.</source>
        <translation>Das Passwort hat %1 Zeichen; erforderlich sind mindestens %2.</translation>
    </message>
    <message>
        <source>The password is longer than %1 bytes.</source>
        <translation>Das Passwort ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>The password must not contain a NUL character.</source>
        <translation>Das Passwort darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>Hashing the password needs %1 MiB of memory, which the system would not give.</source>
        <translation>Das Hashen des Passworts benötigt %1 MiB Arbeitsspeicher, die das System nicht bereitgestellt hat.</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>read payments and refunds</source>
        <translation>Zahlungen und Erstattungen einsehen</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>export unmasked emails and phone numbers</source>
        <translation>unmaskierte E-Mail-Adressen und Telefonnummern exportieren</translation>
    </message>
    <message>
        <source>import payment data</source>
        <translation>Zahlungsdaten importieren</translation>
    </message>
    <message>
        <source>create refunds</source>
        <translation>Erstattungen erstellen</translation>
    </message>
    <message>
        <source>change refund statuses</source>
        <translation>Erstattungsstatus ändern</translation>
    </message>
    <message>
        <source>add notes and edit metadata</source>
        <translation>Notizen hinzufügen und Metadaten bearbeiten</translation>
    </message>
    <message>
        <source>approve or reject refunds</source>
        <translation>Erstattungen freigeben oder ablehnen</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>das Prüfprotokoll einsehen</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <source>%1 has the role %2 and may not %3; that takes the role %4.</source>
        <translation>%1 hat die Rolle %2 und darf Folgendes nicht: %3. Dafür ist die Rolle %4 erforderlich.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Unknown user or wrong password for &quot;%1&quot;.</source>
        <translation>Unbekannter Benutzer oder falsches Passwort für &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n user(s): sign in as one of them.</source>
        <translation>
            <numerusform>%1 enthält %n Benutzer: Melden Sie sich als dieser Benutzer an.</numerusform>
            <numerusform>%1 enthält %n Benutzer: Melden Sie sich als einer von ihnen an.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed sign-ins in a row for &quot;%2&quot;: wait %3 s before trying again.</source>
        <translation>%1 fehlgeschlagene Anmeldungen in Folge für &quot;%2&quot;: Warten Sie %3 s, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is disabled; an admin can enable it again.</source>
        <translation>Benutzer &quot;%1&quot; ist deaktiviert; ein Administrator kann ihn wieder aktivieren.</translation>
    </message>
    <message>
        <source>User name &quot;%1&quot; must be 1 to %2 characters long.</source>
        <translation>Der Benutzername &quot;%1&quot; muss 1 bis %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>User name &quot;%1&quot; may only contain letters a–z, digits and . _ @ - (found &quot;%2&quot;).</source>
        <translation>Der Benutzername &quot;%1&quot; darf nur die Buchstaben a–z, Ziffern und . _ @ - enthalten (gefunden: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of %3.</source>
        <translation>%1 &quot;%2&quot; ist keiner dieser Werte: %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a time: give Unix seconds or RFC 3339 such as 2026-11-22T09:30:00Z.</source>
        <translation>%1 &quot;%2&quot; ist keine Zeitangabe: Geben Sie Unix-Sekunden oder eine RFC-3339-Zeit an, z. B. 2026-11-22T09:30:00Z.</translation>
    </message>
    <message>
        <source>--records must be zero or more, not %1.</source>
        <translation>--records muss null oder größer sein, nicht %1.</translation>
    </message>
    <message>
        <source> (Was demo seed %1 loaded before? Use another --seed.)</source>
        <translation> (Wurde der Demo-Seed %1 bereits geladen? Verwenden Sie einen anderen --seed.)</translation>
    </message>
    <message>
        <source>%1 has %2 keys, but at most %3 are allowed.</source>
        <translation>%1 hat %2 Schlüssel, zulässig sind jedoch höchstens %3.</translation>
    </message>
    <message>
        <source>%1 has an empty key.</source>
        <translation>%1 hat einen leeren Schlüssel.</translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot; has %3 characters, but at most %4 are allowed.</source>
        <translation>Der Schlüssel &quot;%2&quot; in %1 hat %3 Zeichen, zulässig sind jedoch höchstens %4.</translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot; contains a square bracket, which is not allowed.</source>
        <translation>Der Schlüssel &quot;%2&quot; in %1 enthält eine eckige Klammer; das ist nicht zulässig.</translation>
    </message>
    <message>
        <source>%1 value of &quot;%2&quot; has %3 characters, but at most %4 are allowed.</source>
        <translation>Der Wert von &quot;%2&quot; in %1 hat %3 Zeichen, zulässig sind jedoch höchstens %4.</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; is not of the form KEY=VALUE.</source>
        <translation>Metadaten &quot;%1&quot; haben nicht die Form KEY=VALUE.</translation>
    </message>
    <message>
        <source>%1 is empty; write what happened.</source>
        <translation>%1 ist leer; beschreiben Sie, was passiert ist.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed.</source>
        <translation>%1 hat %2 Zeichen; zulässig sind höchstens %3.</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation>Erstattung ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Requires action</source>
        <translation>Aktion erforderlich</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Fraudulent</source>
        <translation>Betrügerisch</translation>
    </message>
    <message>
        <source>Requested by customer</source>
        <translation>Vom Kunden angefordert</translation>
    </message>
    <message>
        <source>Lost or stolen card</source>
        <translation>Karte verloren oder gestohlen</translation>
    </message>
    <message>
        <source>Expired or canceled card</source>
        <translation>Karte abgelaufen oder gekündigt</translation>
    </message>
    <message>
        <source>Charge for pending refund disputed</source>
        <translation>Belastung für ausstehende Erstattung angefochten</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>Unzureichende Deckung</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Merchant request</source>
        <translation>Anfrage des Händlers</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Charge pending</source>
        <translation>Belastung ausstehend</translation>
    </message>
    <message>
        <source>Refund %1 is awaiting approval: a supervisor or admin other than its creator approves or rejects it.</source>
        <translation>Erstattung %1 wartet auf Freigabe: Ein Supervisor oder Administrator, der sie nicht selbst erstellt hat, gibt sie frei oder lehnt sie ab.</translation>
    </message>
    <message>
        <source>%1 is final.</source>
        <translation>%1 ist endgültig.</translation>
    </message>
    <message>
        <source>From %1 it can go to %2.</source>
        <translation>Von %1 aus ist ein Wechsel zu %2 möglich.</translation>
    </message>
    <message>
        <source>Refund %1 cannot change from %2 to %3. %4</source>
        <translation>Erstattung %1 kann nicht von %2 zu %3 wechseln. %4</translation>
    </message>
    <message>
        <source>A failure_reason is required to mark refund %1 as failed.</source>
        <translation>Um Erstattung %1 als fehlgeschlagen zu markieren, ist ein failure_reason erforderlich.</translation>
    </message>
    <message>
        <source>failure_reason &quot;%1&quot; can only be set when the status is failed, not %2.</source>
        <translation>failure_reason &quot;%1&quot; kann nur beim Status failed gesetzt werden, nicht bei %2.</translation>
    </message>
    <message>
        <source>pending_reason &quot;%1&quot; can only be set when the status is pending, not %2.</source>
        <translation>pending_reason &quot;%1&quot; kann nur beim Status pending gesetzt werden, nicht bei %2.</translation>
    </message>
    <message>
        <source>refunded_at can only be set when the status becomes succeeded, not %1.</source>
        <translation>refunded_at kann nur gesetzt werden, wenn der Status zu succeeded wechselt, nicht zu %1.</translation>
    </message>
    <message>
        <source>refunded_at %1 is before the refund was initiated at %2.</source>
        <translation>refunded_at %1 liegt vor dem Zeitpunkt, zu dem die Erstattung veranlasst wurde (%2).</translation>
    </message>
    <message>
        <source>the payment failed</source>
        <translation>Die Zahlung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the payment was canceled</source>
        <translation>Die Zahlung wurde storniert</translation>
    </message>
    <message>
        <source>no payment attempt was ever guaranteed</source>
        <translation>Kein Zahlungsversuch wurde je garantiert</translation>
    </message>
    <message>
        <source>%1 cannot be refunded: %2.</source>
        <translation>%1 kann nicht erstattet werden: %2.</translation>
    </message>
    <message>
        <source>Nothing is left to refund on %1: %2 of %3 is already refunded or reserved.</source>
        <translation>Für %1 ist nichts mehr zu erstatten: %2 von %3 sind bereits erstattet oder reserviert.</translation>
    </message>
    <message>
        <source>Refund amount %1 must be greater than zero.</source>
        <translation>Der Erstattungsbetrag %1 muss größer als null sein.</translation>
    </message>
    <message>
        <source>Refund of %1 exceeds the %2 still refundable on %3.</source>
        <translation>Die Erstattung von %1 übersteigt den auf %3 noch erstattbaren Betrag von %2.</translation>
    </message>
    <message>
        <source>%1 %2 is before payment %3 was created at %4.</source>
        <translation>%1 %2 liegt vor dem Erstellungszeitpunkt von Zahlung %3 (%4).</translation>
    </message>
    <message>
        <source>%1 %2 is in the future (now is %3).</source>
        <translation>%1 %2 liegt in der Zukunft (jetzt ist %3).</translation>
    </message>
    <message>
        <source>refunded_at %1 is before initiated_at %2.</source>
        <translation>refunded_at %1 liegt vor initiated_at %2.</translation>
    </message>
    <message>
        <source>refunded_at can only be given for a refund reported as already refunded at the processor.</source>
        <translation>refunded_at kann nur für eine Erstattung angegeben werden, die als beim Zahlungsdienstleister bereits erstattet gemeldet wird.</translation>
    </message>
    <message>
        <source>Payment %1 has the unknown currency &quot;%2&quot;.</source>
        <translation>Zahlung %1 hat die unbekannte Währung &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Refund currency %1 is not the currency of payment %2 (%3).</source>
        <translation>Die Erstattungswährung %1 ist nicht die Währung von Zahlung %2 (%3).</translation>
    </message>
    <message>
        <source>A refund reported as already refunded at the processor needs the processor&apos;s refund reference.</source>
        <translation>Eine als beim Zahlungsdienstleister bereits erstattet gemeldete Erstattung benötigt die Erstattungsreferenz des Zahlungsdienstleisters.</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2.</source>
        <translation>%1 muss eine Zeichenkette sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 has %2 characters, but ids have at most %3. It starts &quot;%4…&quot;.</source>
        <translation>%1 hat %2 Zeichen, IDs haben jedoch höchstens %3. Der Wert beginnt mit &quot;%4…&quot;.</translation>
    </message>
    <message>
        <source>%1 contains a NUL character (\u0000), which ids may not.</source>
        <translation>%1 enthält ein NUL-Zeichen (\u0000), das in IDs nicht vorkommen darf.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 muss true oder false sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 %2 does not fit in 64 bits.</source>
        <translation>%1 %2 passt nicht in 64 Bit.</translation>
    </message>
    <message>
        <source>%1 %2 is too large for an amount.</source>
        <translation>%1 %2 ist zu groß für einen Betrag.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of minor units, not %2.</source>
        <translation>%1 muss eine ganze Zahl kleinster Währungseinheiten sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 %2 is negative.</source>
        <translation>%1 %2 ist negativ.</translation>
    </message>
    <message>
        <source>%1 must be an object {&quot;currency&quot;, &quot;value&quot;}, not %2.</source>
        <translation>%1 muss ein Objekt {&quot;currency&quot;, &quot;value&quot;} sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 is in %2, but the object&apos;s other amounts are in %3.</source>
        <translation>%1 ist in %2, die anderen Beträge des Objekts sind jedoch in %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO 4217 currency this desk knows.</source>
        <translation>%1 &quot;%2&quot; ist keine ISO-4217-Währung, die RefundDesk kennt.</translation>
    </message>
    <message>
        <source>%1 %2 is too large for a time.</source>
        <translation>%1 %2 ist zu groß für eine Zeitangabe.</translation>
    </message>
    <message>
        <source>%1 must be Unix seconds or an RFC 3339 time, not %2.</source>
        <translation>%1 muss in Unix-Sekunden oder als RFC-3339-Zeit angegeben werden, nicht %2.</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 muss ein Objekt sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1[%2] must be a string, not %3.</source>
        <translation>%1[%2] muss eine Zeichenkette sein, nicht %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be the card&apos;s last four digits, nothing more.</source>
        <translation>%1 &quot;%2&quot; darf nur die letzten vier Ziffern der Karte enthalten, nicht mehr.</translation>
    </message>
    <message>
        <source>amount_requested is missing.</source>
        <translation>amount_requested fehlt.</translation>
    </message>
    <message>
        <source>customer_presence &quot;%1&quot; is not one of on_session, off_session.</source>
        <translation>customer_presence &quot;%1&quot; ist keiner dieser Werte: on_session, off_session.</translation>
    </message>
    <message>
        <source>payment_record is null: the attempt does not say which payment record it belongs to.</source>
        <translation>payment_record ist null: Der Versuch gibt nicht an, zu welchem Zahlungsdatensatz er gehört.</translation>
    </message>
    <message>
        <source>The refund names no payment record (neither payment_record nor payment is set), so it cannot be imported.</source>
        <translation>Die Erstattung nennt keinen Zahlungsdatensatz (weder payment_record noch payment ist gesetzt) und kann daher nicht importiert werden.</translation>
    </message>
    <message>
        <source>amount is missing.</source>
        <translation>amount fehlt.</translation>
    </message>
    <message>
        <source>amount %1 must be greater than zero.</source>
        <translation>amount %1 muss größer als null sein.</translation>
    </message>
    <message>
        <source>failure_reason is required when the status is failed.</source>
        <translation>failure_reason ist erforderlich, wenn der Status failed ist.</translation>
    </message>
    <message>
        <source>failure_reason &quot;%1&quot; is set, but the status is %2, not failed.</source>
        <translation>failure_reason &quot;%1&quot; ist gesetzt, aber der Status ist %2, nicht failed.</translation>
    </message>
    <message>
        <source>pending_reason &quot;%1&quot; is set, but the status is %2, not pending.</source>
        <translation>pending_reason &quot;%1&quot; ist gesetzt, aber der Status ist %2, nicht pending.</translation>
    </message>
    <message>
        <source>%1 is a number that does not fit in 64 bits.</source>
        <translation>%1 ist eine Zahl, die nicht in 64 Bit passt.</translation>
    </message>
    <message>
        <source>Expected an object, found %1.</source>
        <translation>Objekt erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>object is missing: say payment_record, payment_attempt_record or refund.</source>
        <translation>object fehlt: Geben Sie payment_record, payment_attempt_record oder refund an.</translation>
    </message>
    <message>
        <source>object &quot;%1&quot; is not one of payment_record, payment_attempt_record, refund.</source>
        <translation>object &quot;%1&quot; ist keiner dieser Werte: payment_record, payment_attempt_record, refund.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>object %1 (line %2)</source>
        <translation>Objekt %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>object %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Its payment record %1 was rejected, so it cannot be imported either.</source>
        <translation>Der zugehörige Zahlungsdatensatz %1 wurde abgelehnt, daher kann auch dieses Objekt nicht importiert werden.</translation>
    </message>
    <message>
        <source>a string of %1 bytes is longer than the %2 allowed</source>
        <translation>eine Zeichenkette mit %1 Bytes ist länger als die zulässigen %2</translation>
    </message>
    <message>
        <source>binary values are not JSON</source>
        <translation>Binärwerte sind kein JSON</translation>
    </message>
    <message>
        <source>a key of %1 bytes is longer than the %2 allowed</source>
        <translation>ein Schlüssel mit %1 Bytes ist länger als die zulässigen %2</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>der Schlüssel &quot;%1&quot; kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>bei Byte %1: %2</translation>
    </message>
    <message>
        <source>The list envelope has no &quot;data&quot; array.</source>
        <translation>Dem Listen-Envelope fehlt das Array &quot;data&quot;.</translation>
    </message>
    <message>
        <source>A top-level object with a &quot;data&quot; array must be a list envelope (&quot;object&quot;: &quot;list&quot;).</source>
        <translation>Ein Objekt der obersten Ebene mit einem Array &quot;data&quot; muss ein Listen-Envelope sein (&quot;object&quot;: &quot;list&quot;).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>in object %1: %2</source>
        <translation>in Objekt %1: %2</translation>
    </message>
    <message>
        <source>nesting is deeper than the %1 levels allowed</source>
        <translation>die Verschachtelung ist tiefer als die zulässigen %1 Ebenen</translation>
    </message>
    <message>
        <source>expected an object, an array of objects or JSON Lines, not a single value</source>
        <translation>erwartet wurde ein Objekt, ein Array von Objekten oder JSON Lines, kein einzelner Wert</translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Die Datei ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>The file is not JSON: it starts with &quot;%1&quot; where an object, an array or JSON Lines were expected.</source>
        <translation>Die Datei ist kein JSON: Sie beginnt mit &quot;%1&quot;, wo ein Objekt, ein Array oder JSON Lines erwartet wurden.</translation>
    </message>
    <message>
        <source>Malformed JSON %1.</source>
        <translation>Fehlerhaftes JSON %1.</translation>
    </message>
    <message>
        <source>Malformed JSON at byte %1: a NUL byte after the document, where only the end of the file may follow.</source>
        <translation>Fehlerhaftes JSON bei Byte %1: ein NUL-Byte nach dem Dokument, wo nur noch das Dateiende folgen darf.</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes.</source>
        <translation>Zeile %1 ist länger als %2 Bytes.</translation>
    </message>
    <message>
        <source>Malformed JSON Lines: line %1: a NUL byte at column %2; JSON has none outside escapes (\u0000).</source>
        <translation>Fehlerhafte JSON Lines: Zeile %1: ein NUL-Byte in Spalte %2; JSON enthält außerhalb von Escape-Sequenzen (\u0000) keine.</translation>
    </message>
    <message>
        <source>Malformed JSON Lines: %1.</source>
        <translation>Fehlerhafte JSON Lines: %1.</translation>
    </message>
    <message>
        <source>The period from %1 to %2 is outside the calendar a report by %3 can follow.</source>
        <translation>Der Zeitraum von %1 bis %2 liegt außerhalb des Kalenders, dem ein Bericht nach %3 folgen kann.</translation>
    </message>
    <message>
        <source>%1 days (about 10 years)</source>
        <translation>%1 Tage (etwa 10 Jahre)</translation>
    </message>
    <message>
        <source>%1 weeks (about 100 years)</source>
        <translation>%1 Wochen (etwa 100 Jahre)</translation>
    </message>
    <message>
        <source>%1 months (100 years)</source>
        <translation>%1 Monate (100 Jahre)</translation>
    </message>
    <message>
        <source>A report by %1 covers at most %2; the period from %3 to %4 spans %5.</source>
        <translation>Ein Bericht nach %1 umfasst höchstens %2; der Zeitraum von %3 bis %4 umfasst %5.</translation>
    </message>
    <message>
        <source>The period must end after it starts: to (%1) is not after from (%2).</source>
        <translation>Der Zeitraum muss nach seinem Beginn enden: to (%1) liegt nicht nach from (%2).</translation>
    </message>
    <message>
        <source>time_zone &quot;%1&quot; is not a time zone this system knows; give an IANA name such as Europe/Berlin or UTC.</source>
        <translation>time_zone &quot;%1&quot; ist keine Zeitzone, die dieses System kennt; geben Sie einen IANA-Namen wie Europe/Berlin oder UTC an.</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a known ISO 4217 code.</source>
        <translation>currency &quot;%1&quot; ist kein bekannter ISO-4217-Code.</translation>
    </message>
    <message>
        <source>Cannot lock the database to upgrade it: %1</source>
        <translation>Die Datenbank kann für die Aktualisierung nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than the %2 this RefundDesk knows; use a newer RefundDesk.</source>
        <translation>Die Datenbank hat die Schemaversion %1, die neuer ist als die Version %2, die diese RefundDesk-Version kennt; verwenden Sie eine neuere RefundDesk-Version.</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>Schemamigration %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot record schema version: %1</source>
        <translation>Die Schemaversion kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot commit the schema upgrade: %1</source>
        <translation>Die Schemaaktualisierung kann nicht festgeschrieben werden: %1</translation>
    </message>
    <message>
        <source>Rejecting refund %1 needs a note saying why.</source>
        <translation>Zum Ablehnen von Erstattung %1 ist eine Notiz mit der Begründung erforderlich.</translation>
    </message>
    <message>
        <source>Refund %1 was already %2 by %3 at %4; it is %5 now.</source>
        <translation>Über Erstattung %1 wurde bereits entschieden (%2 durch %3 am %4); sie ist jetzt %5.</translation>
    </message>
    <message>
        <source>Refund %1 is %2, not awaiting approval.</source>
        <translation>Erstattung %1 ist %2 und wartet nicht auf Freigabe.</translation>
    </message>
    <message>
        <source>%1 created refund %2 and cannot approve or reject it: another supervisor or admin must.</source>
        <translation>%1 hat Erstattung %2 erstellt und kann sie weder freigeben noch ablehnen: Das muss ein anderer Supervisor oder Administrator tun.</translation>
    </message>
    <message>
        <source>Refund %1 is %2 on %3, not the %4 on %5 that was approved; look at it again before deciding.</source>
        <translation>Erstattung %1 beträgt %2 auf %3, nicht die freigegebenen %4 auf %5; sehen Sie sie sich erneut an, bevor Sie entscheiden.</translation>
    </message>
    <message>
        <source>The database refused the decision on %1</source>
        <translation>Die Datenbank hat die Entscheidung zu %1 abgelehnt</translation>
    </message>
    <message>
        <source>The database refused to change refund %1</source>
        <translation>Die Datenbank hat die Änderung von Erstattung %1 abgelehnt</translation>
    </message>
    <message>
        <source>Cannot read the event log: %1</source>
        <translation>Das Ereignisprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the event log</source>
        <translation>Das Ereignisprotokoll kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The event log of %1 is empty.</source>
        <translation>Das Ereignisprotokoll von %1 ist leer.</translation>
    </message>
    <message>
        <source>No event %1 in %2.</source>
        <translation>Kein Ereignis %1 in %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export or a report.</source>
        <translation>&quot;%1&quot; ist weder ein Export noch ein Bericht.</translation>
    </message>
    <message>
        <source>%1: the database refused it (%2).</source>
        <translation>%1: Die Datenbank hat es abgelehnt (%2).</translation>
    </message>
    <message>
        <source>Cannot track the ids of the file</source>
        <translation>Die IDs der Datei können nicht nachverfolgt werden</translation>
    </message>
    <message>
        <source>id %1 appears twice in this file; it was first object %2.</source>
        <translation>ID %1 kommt in dieser Datei zweimal vor; zuerst als Objekt %2.</translation>
    </message>
    <message>
        <source>payment record %1</source>
        <translation>Zahlungsdatensatz %1</translation>
    </message>
    <message>
        <source>Payment record %1 is neither in this file nor in the database.</source>
        <translation>Zahlungsdatensatz %1 ist weder in dieser Datei noch in der Datenbank vorhanden.</translation>
    </message>
    <message>
        <source>The attempt is in %1, but payment record %2 is in %3.</source>
        <translation>Der Versuch ist in %1, Zahlungsdatensatz %2 jedoch in %3.</translation>
    </message>
    <message>
        <source>Payment record %1 already has a guaranteed attempt, %2; only one attempt of a record can be guaranteed.</source>
        <translation>Zahlungsdatensatz %1 hat bereits einen garantierten Versuch (%2); pro Datensatz kann nur ein Versuch garantiert sein.</translation>
    </message>
    <message>
        <source>payment attempt %1</source>
        <translation>Zahlungsversuch %1</translation>
    </message>
    <message>
        <source>Attempt %1 belongs to another payment record; an attempt cannot move to %2.</source>
        <translation>Versuch %1 gehört zu einem anderen Zahlungsdatensatz; ein Versuch kann nicht zu %2 wechseln.</translation>
    </message>
    <message>
        <source>Payment attempt %1 is neither in this file nor in the database.</source>
        <translation>Zahlungsversuch %1 ist weder in dieser Datei noch in der Datenbank vorhanden.</translation>
    </message>
    <message>
        <source>Payment attempt %1 belongs to payment record %2, not to %3.</source>
        <translation>Zahlungsversuch %1 gehört zu Zahlungsdatensatz %2, nicht zu %3.</translation>
    </message>
    <message>
        <source>%1 was refunded on %2 before it came to the desk, and refund %3 may be part of it. Import the refund together with its payment record (for example export --what all) so the record&apos;s amount_refunded settles it.</source>
        <translation>%1 wurde auf %2 erstattet, bevor der Datensatz in RefundDesk übernommen wurde, und Erstattung %3 kann Teil davon sein. Importieren Sie die Erstattung zusammen mit ihrem Zahlungsdatensatz (zum Beispiel export --what all), damit amount_refunded des Datensatzes dies klärt.</translation>
    </message>
    <message>
        <source>Refund %1 of %2 exceeds the %3 still refundable on %4.</source>
        <translation>Erstattung %1 über %2 übersteigt den auf %4 noch erstattbaren Betrag von %3.</translation>
    </message>
    <message>
        <source>Refund reference &quot;%1&quot; is already used by refund %2.</source>
        <translation>Die Erstattungsreferenz &quot;%1&quot; wird bereits von Erstattung %2 verwendet.</translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation>Erstattung %1</translation>
    </message>
    <message>
        <source>Refund %1 already exists with another %2; a refund&apos;s payment, amount, currency and creator never change.</source>
        <translation>Erstattung %1 existiert bereits mit einem anderen Wert für %2; Zahlung, Betrag, Währung und Ersteller einer Erstattung ändern sich nie.</translation>
    </message>
    <message>
        <source>Refund %1 cannot change from %2 to %3.</source>
        <translation>Erstattung %1 kann nicht von %2 zu %3 wechseln.</translation>
    </message>
    <message>
        <source>Cannot settle prior refunded amounts</source>
        <translation>Frühere Erstattungsbeträge können nicht abgeglichen werden</translation>
    </message>
    <message>
        <source>Cannot read prior refunded amounts</source>
        <translation>Frühere Erstattungsbeträge können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The source reported %1 refunded of %2 guaranteed; imported as fully refunded.</source>
        <translation>Die Quelle meldete %1 erstattet von %2 garantiert; als vollständig erstattet importiert.</translation>
    </message>
    <message>
        <source>%1 was refunded before the record came to the desk; it is not refundable again.</source>
        <translation>%1 wurde erstattet, bevor der Datensatz in RefundDesk übernommen wurde; dieser Betrag ist nicht erneut erstattbar.</translation>
    </message>
    <message>
        <source>The refunds now known account for everything refunded; no prior refund remains.</source>
        <translation>Die jetzt bekannten Erstattungen decken den gesamten erstatteten Betrag ab; es verbleibt keine frühere Erstattung.</translation>
    </message>
    <message>
        <source>Cannot index the new records for search</source>
        <translation>Die neuen Datensätze können nicht für die Suche indiziert werden</translation>
    </message>
    <message>
        <source>Cannot prepare a bulk write</source>
        <translation>Ein Sammelschreibvorgang kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Cannot read the payment records</source>
        <translation>Die Zahlungsdatensätze können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot start a bulk write</source>
        <translation>Ein Sammelschreibvorgang kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>The search text has %1 characters, but at most %2 are searched for. Search for a shorter part of it.</source>
        <translation>Der Suchtext hat %1 Zeichen, gesucht wird jedoch nach höchstens %2. Suchen Sie nach einem kürzeren Teil davon.</translation>
    </message>
    <message>
        <source>Cannot list payment records</source>
        <translation>Zahlungsdatensätze können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot count payment records</source>
        <translation>Zahlungsdatensätze können nicht gezählt werden</translation>
    </message>
    <message>
        <source>The database refused the metadata of %1</source>
        <translation>Die Datenbank hat die Metadaten von %1 abgelehnt</translation>
    </message>
    <message>
        <source>Cannot list refunds</source>
        <translation>Erstattungen können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot count refunds</source>
        <translation>Erstattungen können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot list who created refunds</source>
        <translation>Die Ersteller von Erstattungen können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot list the currencies of payment records</source>
        <translation>Die Währungen der Zahlungsdatensätze können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Idempotency key &quot;%1&quot; was already used for refund %2 with different parameters; use a new key for a new refund.</source>
        <translation>Der Idempotenzschlüssel &quot;%1&quot; wurde bereits für Erstattung %2 mit anderen Parametern verwendet; verwenden Sie für eine neue Erstattung einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot look up idempotency key</source>
        <translation>Der Idempotenzschlüssel kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>The database refused refund of %1 on %2</source>
        <translation>Die Datenbank hat die Erstattung von %1 auf %2 abgelehnt</translation>
    </message>
    <message>
        <source>Refund %1 already has the reference &quot;%2&quot;; it cannot change to &quot;%3&quot;.</source>
        <translation>Erstattung %1 hat bereits die Referenz &quot;%2&quot;; sie kann nicht in &quot;%3&quot; geändert werden.</translation>
    </message>
    <message>
        <source>refunded_at %1 is in the future (now is %2).</source>
        <translation>refunded_at %1 liegt in der Zukunft (jetzt ist %2).</translation>
    </message>
    <message>
        <source>Cannot prepare the report&apos;s periods</source>
        <translation>Die Zeiträume des Berichts können nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Cannot prepare the refund report</source>
        <translation>Der Erstattungsbericht kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Cannot read the refund report</source>
        <translation>Der Erstattungsbericht kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot prepare the guaranteed volume</source>
        <translation>Das garantierte Volumen kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Cannot read the guaranteed volume</source>
        <translation>Das garantierte Volumen kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The %1 refunds in this report add up to more than the desk can count; choose a shorter period.</source>
        <translation>Die %1 Erstattungen in diesem Bericht ergeben zusammen mehr, als RefundDesk zählen kann; wählen Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the payment attempts</source>
        <translation>Die Zahlungsversuche können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the refunds</source>
        <translation>Die Erstattungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the database %1: it is read-only for this user, and reading it needs %1-shm beside it, which this user may not create in that folder. Copy the file to a folder you may write to, or ask for write access to its folder.</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: Sie ist für diesen Benutzer schreibgeschützt, und zum Lesen wird daneben %1-shm benötigt, das dieser Benutzer in diesem Ordner nicht anlegen darf. Kopieren Sie die Datei in einen Ordner, in den Sie schreiben dürfen, oder beantragen Sie Schreibzugriff auf ihren Ordner.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1</source>
        <translation>Die Datenbank %1 kann nicht konfiguriert werden</translation>
    </message>
    <message>
        <source>Cannot read the database %1</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this RefundDesk reads version %3.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, diese RefundDesk-Version liest jedoch Version %3.</translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to WAL</source>
        <translation>Die Datenbank %1 kann nicht auf WAL umgestellt werden</translation>
    </message>
    <message>
        <source>The database %1 is full: the disk has no space left or the file may not grow (%2). Nothing was changed; free some space and try again.</source>
        <translation>Die Datenbank %1 ist voll: Auf dem Datenträger ist kein Platz mehr frei, oder die Datei darf nicht wachsen (%2). Es wurde nichts geändert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: this user may not write the file or its folder (%2). Nothing was changed.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt: Dieser Benutzer darf die Datei oder ihren Ordner nicht beschreiben (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database %1 stayed busy for %2 seconds: another RefundDesk is writing to it. Nothing was changed; try again.</source>
        <translation>Die Datenbank %1 war %2 Sekunden lang belegt: Eine andere RefundDesk-Instanz schreibt gerade darauf. Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1</source>
        <translation>Auf %1 kann keine Transaktion gestartet werden</translation>
    </message>
    <message>
        <source>Cannot commit to %1</source>
        <translation>Änderungen an %1 können nicht festgeschrieben werden</translation>
    </message>
    <message>
        <source>Cannot append to the event log</source>
        <translation>Das Ereignisprotokoll kann nicht ergänzt werden</translation>
    </message>
    <message>
        <source>Cannot read payment %1</source>
        <translation>Zahlung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No payment record %1 in %2.</source>
        <translation>Kein Zahlungsdatensatz %1 in %2.</translation>
    </message>
    <message>
        <source>Cannot read the attempts of %1</source>
        <translation>Die Versuche von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the refunds of %1</source>
        <translation>Die Erstattungen von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read refund %1</source>
        <translation>Erstattung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No refund %1 in %2.</source>
        <translation>Keine Erstattung %1 in %2.</translation>
    </message>
    <message>
        <source>Cannot read the history of %1</source>
        <translation>Der Verlauf von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Limit currency &quot;%1&quot; is not a known lower-case ISO 4217 code.</source>
        <translation>Die Limitwährung &quot;%1&quot; ist kein bekannter ISO-4217-Code in Kleinbuchstaben.</translation>
    </message>
    <message>
        <source>The %1 limit %2 must not be negative.</source>
        <translation>Das %1-Limit %2 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Cannot count the users</source>
        <translation>Die Benutzer können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Die Benutzer können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the users&apos; limits</source>
        <translation>Die Limits der Benutzer können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read user %1</source>
        <translation>Benutzer %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot; in %2.</source>
        <translation>Kein Benutzer &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>Cannot read the limits of %1</source>
        <translation>Die Limits von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot record the sign-in of %1</source>
        <translation>Die Anmeldung von %1 kann nicht protokolliert werden</translation>
    </message>
    <message>
        <source>%1 has users now, so %2 may no longer act without signing in: sign in as a user.</source>
        <translation>%1 hat jetzt Benutzer, daher darf %2 nicht mehr ohne Anmeldung handeln: Melden Sie sich als Benutzer an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user of %2.</source>
        <translation>&quot;%1&quot; ist kein Benutzer von %2.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is disabled.</source>
        <translation>Benutzer &quot;%1&quot; ist deaktiviert.</translation>
    </message>
    <message>
        <source>Only an Argon2id password hash can be stored.</source>
        <translation>Nur ein Argon2id-Passwort-Hash kann gespeichert werden.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>Ein Benutzer namens &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>The first user must be an admin, so that someone can manage users; &quot;%1&quot; would be a %2.</source>
        <translation>Der erste Benutzer muss ein Administrator sein, damit jemand Benutzer verwalten kann; &quot;%1&quot; hätte die Rolle %2.</translation>
    </message>
    <message>
        <source>The database refused user %1</source>
        <translation>Die Datenbank hat Benutzer %1 abgelehnt</translation>
    </message>
    <message>
        <source>Cannot change the limits of %1</source>
        <translation>Die Limits von %1 können nicht geändert werden</translation>
    </message>
    <message>
        <source>The database refused the role of %1</source>
        <translation>Die Datenbank hat die Rolle von %1 abgelehnt</translation>
    </message>
    <message>
        <source>Cannot change the password of %1</source>
        <translation>Das Passwort von %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot change user %1</source>
        <translation>Benutzer %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot count the admins</source>
        <translation>Die Administratoren können nicht gezählt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last enabled admin and must stay one; make another user an admin first.</source>
        <translation>&quot;%1&quot; ist der letzte aktivierte Administrator und muss es bleiben; machen Sie zuerst einen anderen Benutzer zum Administrator.</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>SQLite-Integrität: %1</translation>
    </message>
    <message>
        <source>Integrity check of %1 failed</source>
        <translation>Integritätsprüfung von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>The guard trigger %1 is missing: the database no longer refuses what it should on its own.</source>
        <translation>Der Schutz-Trigger %1 fehlt: Die Datenbank weist nicht mehr von sich aus zurück, was sie zurückweisen sollte.</translation>
    </message>
    <message>
        <source>%1: amount_refunded is %2, but its succeeded refunds (%3) and prior refunded amount (%4) add up to %5.</source>
        <translation>%1: amount_refunded ist %2, aber die erfolgreichen Erstattungen (%3) und der früher erstattete Betrag (%4) ergeben zusammen %5.</translation>
    </message>
    <message>
        <source>%1: %2 is recorded as reserved, but its pending refunds add up to %3.</source>
        <translation>%1: %2 ist als reserviert erfasst, aber die ausstehenden Erstattungen ergeben zusammen %3.</translation>
    </message>
    <message>
        <source>%1: refunds of %2 exceed the %3 that was guaranteed.</source>
        <translation>%1: Erstattungen über %2 übersteigen die garantierten %3.</translation>
    </message>
    <message>
        <source>Cannot check the money invariants</source>
        <translation>Die Invarianten der Geldbeträge können nicht geprüft werden</translation>
    </message>
    <message>
        <source>%1: refund currency %2 differs from its payment&apos;s %3.</source>
        <translation>%1: Die Erstattungswährung %2 weicht von der Währung der Zahlung (%3) ab.</translation>
    </message>
    <message>
        <source>%1: the source reported %2 refunded of %3 guaranteed; imported as fully refunded.</source>
        <translation>%1: Die Quelle meldete %2 erstattet von %3 garantiert; als vollständig erstattet importiert.</translation>
    </message>
    <message>
        <source>event %1 follows event %2: events are missing</source>
        <translation>Ereignis %1 folgt auf Ereignis %2: Es fehlen Ereignisse</translation>
    </message>
    <message>
        <source>event %1 does not link to the event before it</source>
        <translation>Ereignis %1 ist nicht mit dem vorherigen Ereignis verknüpft</translation>
    </message>
    <message>
        <source>event %1 (%2 on %3) was changed after it was written</source>
        <translation>Ereignis %1 (%2 am %3) wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>Event chain broken at the first bad link: %1.</source>
        <translation>Ereigniskette an der ersten fehlerhaften Verknüpfung unterbrochen: %1.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before upgrading it from schema version %2 to %3: writing %4 failed (%5). Nothing was changed; make room for the copy beside the database and start again.</source>
        <translation>Vor dem Aktualisieren von %1 von Schemaversion %2 auf %3 kann keine Kopie angelegt werden: Das Schreiben von %4 ist fehlgeschlagen (%5). Es wurde nichts geändert; schaffen Sie Platz für die Kopie neben der Datenbank und starten Sie erneut.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AmountParser</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has no digits</source>
        <translation>%1: &quot;%2&quot; enthält keine Ziffern</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is negative, and negative amounts are not allowed</source>
        <translation>%1: &quot;%2&quot; ist negativ, und negative Beträge sind nicht zulässig</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is in %3, but this amount is in %4</source>
        <translation>%1: &quot;%2&quot; ist in %3, dieser Betrag ist jedoch in %4</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains &quot;%3&quot;, which is not part of an amount</source>
        <translation>%1: &quot;%2&quot; enthält &quot;%3&quot;, was nicht zu einem Betrag gehört</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; names its currency twice</source>
        <translation>%1: &quot;%2&quot; nennt die Währung zweimal</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has more than one decimal point</source>
        <translation>%1: &quot;%2&quot; hat mehr als ein Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; groups its digits wrongly; write groups of three, as in %3</source>
        <translation>%1: &quot;%2&quot; gruppiert die Ziffern falsch; schreiben Sie Dreiergruppen wie in %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has decimals, but %3 has no decimals</source>
        <translation>%1: &quot;%2&quot; hat Dezimalstellen, aber %3 hat keine Dezimalstellen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has %3 decimals, but %4 allows at most %5</source>
        <translation>%1: &quot;%2&quot; hat %3 Dezimalstellen, aber %4 erlaubt höchstens %5</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too large; the largest %3 amount is %4</source>
        <translation>%1: &quot;%2&quot; ist zu groß; der größte Betrag in %3 ist %4</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ApprovalDialog</name>
    <message>
        <source>Approve refund %1</source>
        <translation>Erstattung %1 freigeben</translation>
    </message>
    <message>
        <source>Reject refund %1</source>
        <translation>Erstattung %1 ablehnen</translation>
    </message>
    <message>
        <source>Approve the refund of %1 to %2? It goes on to the processor as pending.</source>
        <translation>Erstattung von %1 an %2 freigeben? Sie wird dann als ausstehend an den Zahlungsdienstleister weitergegeben.</translation>
    </message>
    <message>
        <source>Approve the refund of %1 to %2? It was already refunded at the processor and is recorded as succeeded.</source>
        <translation>Erstattung von %1 an %2 freigeben? Sie wurde beim Zahlungsdienstleister bereits erstattet und wird als erfolgreich erfasst.</translation>
    </message>
    <message>
        <source>Reject the refund of %1 to %2? It is canceled, and the amount can be refunded again.</source>
        <translation>Erstattung von %1 an %2 ablehnen? Sie wird storniert, und der Betrag kann erneut erstattet werden.</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>Erstattung:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Angefordert von:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Agent&apos;s note:</source>
        <translation>Notiz des Sachbearbeiters:</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Optional: a note for the history</source>
        <translation>Optional: eine Notiz für den Verlauf</translation>
    </message>
    <message>
        <source>Required: why the refund is rejected</source>
        <translation>Erforderlich: warum die Erstattung abgelehnt wird</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Why rejected:</source>
        <translation>&amp;Ablehnungsgrund:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <source>Reject refund</source>
        <translation>Erstattung ablehnen</translation>
    </message>
    <message>
        <source>Write why the refund is rejected: %1 and the audit trail will read it.</source>
        <translation>Begründen Sie die Ablehnung: %1 sieht die Begründung, und sie wird im Prüfprotokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ApprovalsView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refunds awaiting approval</source>
        <translation>Erstattungen, die auf Freigabe warten</translation>
    </message>
    <message>
        <source>Refunds above their creator&apos;s limit wait here, their amount reserved, until a supervisor or admin other than the creator approves or rejects them.</source>
        <translation>Erstattungen über dem Limit ihres Erstellers warten hier mit reserviertem Betrag, bis ein anderer Supervisor oder Administrator als der Ersteller sie freigibt oder ablehnt.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Show payment</source>
        <translation>Zahlung anzeigen</translation>
    </message>
    <message>
        <source>Show the payment record the selected refund belongs to</source>
        <translation>Den Zahlungsdatensatz anzeigen, zu dem die ausgewählte Erstattung gehört</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Refundable:</source>
        <translation>Erstattbar:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Angefordert von:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>As %1 (%2) you cannot approve or reject refunds: a supervisor or admin decides.</source>
        <translation>Als %1 (%2) können Sie Erstattungen weder freigeben noch ablehnen: Das entscheidet ein Supervisor oder Administrator.</translation>
    </message>
    <message>
        <source>You asked for this refund: another supervisor or admin must decide it.</source>
        <translation>Sie haben diese Erstattung angefordert: Ein anderer Supervisor oder Administrator muss darüber entscheiden.</translation>
    </message>
    <message>
        <source>Refund %1 is no longer awaiting approval: it is “%2”.</source>
        <translation>Erstattung %1 wartet nicht mehr auf Freigabe: Ihr Status ist „%2“.</translation>
    </message>
    <message>
        <source>No refunds await approval</source>
        <translation>Keine Erstattungen warten auf Freigabe</translation>
    </message>
    <message>
        <source>1 refund awaits approval</source>
        <translation>1 Erstattung wartet auf Freigabe</translation>
    </message>
    <message>
        <source>%1 refunds await approval</source>
        <translation>%1 Erstattungen warten auf Freigabe</translation>
    </message>
    <message>
        <source>Select a refund to approve or reject it.</source>
        <translation>Wählen Sie eine Erstattung aus, um sie freizugeben oder abzulehnen.</translation>
    </message>
    <message>
        <source>No refund awaits approval.</source>
        <translation>Keine Erstattung wartet auf Freigabe.</translation>
    </message>
    <message>
        <source>Approve the selected refund: it goes on to the processor</source>
        <translation>Ausgewählte Erstattung freigeben: Sie wird an den Zahlungsdienstleister weitergegeben</translation>
    </message>
    <message>
        <source>Reject the selected refund: it is canceled, with your note</source>
        <translation>Ausgewählte Erstattung ablehnen: Sie wird mit Ihrer Notiz storniert</translation>
    </message>
    <message>
        <source>Select a refund to see what it asks for.</source>
        <translation>Wählen Sie eine Erstattung aus, um zu sehen, was sie anfordert.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 more of %2 paid</source>
        <translation>noch %1 (von %2 gezahlt)</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>unknown customer</source>
        <translation>unbekannter Kunde</translation>
    </message>
    <message>
        <source>an unnamed customer</source>
        <translation>ein Kunde ohne Namen</translation>
    </message>
    <message>
        <source>Refund %1 of %2 approved: it is now “%3”.</source>
        <translation>Erstattung %1 über %2 freigegeben: Ihr Status ist jetzt „%3“.</translation>
    </message>
    <message>
        <source>Refund %1 of %2 rejected: it is canceled.</source>
        <translation>Erstattung %1 über %2 abgelehnt: Sie wurde storniert.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditModel</name>
    <message>
        <source>Hash %1
follows %2</source>
        <translation>Hash %1
folgt auf %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Verifying the event chain and the money invariants…</source>
        <translation>Kette der Protokolleinträge und Betragskonsistenz werden geprüft…</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Nach Benutzer filtern</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <source>Filter by entity id</source>
        <translation>Nach Objekt-ID filtern</translation>
    </message>
    <message>
        <source>Refund, payment or user</source>
        <translation>Erstattung, Zahlung oder Benutzer</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Zwischen</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Nach Datum filtern</translation>
    </message>
    <message>
        <source>Only events between these days, in local time</source>
        <translation>Nur Einträge zwischen diesen Tagen, in Ortszeit</translation>
    </message>
    <message>
        <source>Events from</source>
        <translation>Einträge ab</translation>
    </message>
    <message>
        <source>Events until (inclusive)</source>
        <translation>Einträge bis (einschließlich)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>E&amp;ntity:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Verify the event chain</source>
        <translation>Kette der Protokolleinträge prüfen</translation>
    </message>
    <message>
        <source>&amp;Copy Head Hash</source>
        <translation>&amp;Kopf-Hash kopieren</translation>
    </message>
    <message>
        <source>Copy the head hash</source>
        <translation>Kopf-Hash kopieren</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verify the event chain and the money invariants</source>
        <translation>Kette der Protokolleinträge und Betragskonsistenz prüfen</translation>
    </message>
    <message>
        <source>Copy the newest event&apos;s seq and hash</source>
        <translation>Sequenznummer und Hash des neuesten Eintrags kopieren</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>No events match</source>
        <translation>Keine passenden Einträge</translation>
    </message>
    <message>
        <source>%1 newest events shown; scroll for more</source>
        <translation>Die %1 neuesten Einträge werden angezeigt; scrollen Sie für weitere</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Cannot verify: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source> 1 warning: see the tooltip.</source>
        <translation> 1 Warnung: siehe Tooltip.</translation>
    </message>
    <message>
        <source> %1 warnings: see the tooltip.</source>
        <translation> %1 Warnungen: siehe Tooltip.</translation>
    </message>
    <message>
        <source>Chain verified: %1 events link without a break, and %2 payments and %3 refunds add up.</source>
        <translation>Kette geprüft: %1 Einträge sind lückenlos verkettet, und die Beträge von %2 Zahlungen und %3 Erstattungen sind stimmig.</translation>
    </message>
    <message>
        <source>The audit trail is intact.</source>
        <translation>Das Prüfprotokoll ist unversehrt.</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source> (1 more problem: see the tooltip)</source>
        <translation> (1 weiteres Problem: siehe Tooltip)</translation>
    </message>
    <message>
        <source> (%1 more problems: see the tooltip)</source>
        <translation> (%1 weitere Probleme: siehe Tooltip)</translation>
    </message>
    <message>
        <source>Copied the head hash of event %1 to the clipboard.</source>
        <translation>Kopf-Hash von Eintrag %1 in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ChoiceButton</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: alle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 chosen</source>
        <translation>%1: %2 ausgewählt</translation>
    </message>
    <message>
        <source>%1: every value counts</source>
        <translation>%1: jeder Wert zählt</translation>
    </message>
    <message>
        <source>%1: only %2</source>
        <translation>%1: nur %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Cli</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A note for the history.</source>
        <translation>Eine Notiz für den Verlauf.</translation>
    </message>
    <message>
        <source>Why the refund is rejected (required).</source>
        <translation>Warum die Erstattung abgelehnt wird (erforderlich).</translation>
    </message>
    <message>
        <source>Approve only if the refund is for exactly this amount in its currency, e.g. 250.00.</source>
        <translation>Nur freigeben, wenn die Erstattung genau diesen Betrag in ihrer Währung hat, z. B. 250.00.</translation>
    </message>
    <message>
        <source>The refund awaiting approval.</source>
        <translation>Die Erstattung, die auf Freigabe wartet.</translation>
    </message>
    <message>
        <source>approve REFUND_ID [--note TEXT] [--expect-amount DECIMAL]: approve a refund awaiting approval (supervisors and admins; never your own).</source>
        <translation>approve REFUND_ID [--note TEXT] [--expect-amount DECIMAL]: eine Erstattung freigeben, die auf Freigabe wartet (Supervisoren und Administratoren; nie eine eigene).</translation>
    </message>
    <message>
        <source>reject REFUND_ID --note TEXT: reject a refund awaiting approval, which cancels it (supervisors and admins; never your own).</source>
        <translation>reject REFUND_ID --note TEXT: eine auf Freigabe wartende Erstattung ablehnen und damit stornieren (Supervisoren und Administratoren; nie eine eigene).</translation>
    </message>
    <message>
        <source>%1 takes exactly one refund id.</source>
        <translation>%1 erwartet genau eine Erstattungs-ID.</translation>
    </message>
    <message>
        <source>reject needs --note TEXT saying why.</source>
        <translation>reject benötigt --note TEXT mit einer Begründung.</translation>
    </message>
    <message>
        <source>Refund %1 has the unknown currency &quot;%2&quot;.</source>
        <translation>Erstattung %1 hat die unbekannte Währung &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Refund %1 is for %2, not the expected %3; nothing was approved.</source>
        <translation>Erstattung %1 lautet auf %2, nicht auf die erwarteten %3; es wurde nichts freigegeben.</translation>
    </message>
    <message>
        <source>Approved refund %1 of %2 on %3; it is now %4.</source>
        <translation>Erstattung %1 über %2 für %3 freigegeben; Status jetzt: %4.</translation>
    </message>
    <message>
        <source>Rejected refund %1 of %2 on %3; it is now %4.</source>
        <translation>Erstattung %1 über %2 für %3 abgelehnt; Status jetzt: %4.</translation>
    </message>
    <message>
        <source>Print the API&apos;s list envelope.</source>
        <translation>Den Listen-Envelope der API ausgeben.</translation>
    </message>
    <message>
        <source>approvals [--json]: the refunds awaiting approval, oldest first.</source>
        <translation>approvals [--json]: die Erstattungen, die auf Freigabe warten, älteste zuerst.</translation>
    </message>
    <message>
        <source>approvals takes no arguments besides its options.</source>
        <translation>approvals nimmt außer seinen Optionen keine Argumente an.</translation>
    </message>
    <message>
        <source>No refunds await approval.</source>
        <translation>Keine Erstattungen warten auf Freigabe.</translation>
    </message>
    <message>
        <source>Only events by this user.</source>
        <translation>Nur Protokolleinträge dieses Benutzers.</translation>
    </message>
    <message>
        <source>Only this action, e.g. refund.approved.</source>
        <translation>Nur diese Aktion, z. B. refund.approved.</translation>
    </message>
    <message>
        <source>Only events on this refund, payment record or user.</source>
        <translation>Nur Protokolleinträge zu dieser Erstattung, diesem Zahlungsdatensatz oder diesem Benutzer.</translation>
    </message>
    <message>
        <source>Events at or after this time (RFC 3339, a date, or Unix seconds).</source>
        <translation>Protokolleinträge ab diesem Zeitpunkt (RFC 3339, ein Datum oder Unix-Sekunden).</translation>
    </message>
    <message>
        <source>Events before this time.</source>
        <translation>Protokolleinträge vor diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>At most N events.</source>
        <translation>Höchstens N Protokolleinträge.</translation>
    </message>
    <message>
        <source>Print only the newest event&apos;s seq, hash and time, as one JSON line to keep for verify --anchor-file.</source>
        <translation>Nur seq, Hash und Zeitpunkt des neuesten Protokolleintrags ausgeben, als eine JSON-Zeile zum Aufbewahren für verify --anchor-file.</translation>
    </message>
    <message>
        <source>audit [--user USER] [--action ACTION] [--entity ID] [--from DATE] [--to DATE] [--limit N] [--json] | audit --head: the audit trail, newest first.</source>
        <translation>audit [--user USER] [--action ACTION] [--entity ID] [--from DATE] [--to DATE] [--limit N] [--json] | audit --head: das Prüfprotokoll, neueste Einträge zuerst.</translation>
    </message>
    <message>
        <source>audit takes no arguments besides its options.</source>
        <translation>audit nimmt außer seinen Optionen keine Argumente an.</translation>
    </message>
    <message>
        <source>--head stands alone; it does not take --%1.</source>
        <translation>--head steht für sich allein und ist nicht mit --%1 kombinierbar.</translation>
    </message>
    <message>
        <source>--limit &quot;%1&quot; must be a whole number from 1 to 1000000.</source>
        <translation>--limit &quot;%1&quot; muss eine ganze Zahl von 1 bis 1000000 sein.</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Keine passenden Protokolleinträge.</translation>
    </message>
    <message>
        <source>… more events; raise --limit or narrow the filter.</source>
        <translation>… weitere Protokolleinträge; erhöhen Sie --limit oder schränken Sie den Filter ein.</translation>
    </message>
    <message>
        <source>The database file (default: $REFUNDDESK_DB, else the user&apos;s data folder).</source>
        <translation>Die Datenbankdatei (Standard: $REFUNDDESK_DB, sonst der Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>Sign in as this user; the password comes from $REFUNDDESK_PASSWORD, else a prompt on the terminal.</source>
        <translation>Als dieser Benutzer anmelden; das Passwort stammt aus $REFUNDDESK_PASSWORD, sonst wird es im Terminal abgefragt.</translation>
    </message>
    <message>
        <source>Pass --as USER; the password comes from $REFUNDDESK_PASSWORD, else a prompt on the terminal.</source>
        <translation>Geben Sie --as USER an; das Passwort stammt aus $REFUNDDESK_PASSWORD, sonst wird es im Terminal abgefragt.</translation>
    </message>
    <message>
        <source>(see --help)</source>
        <translation>(siehe --help)</translation>
    </message>
    <message>
        <source>Import the valid objects and report the rest.</source>
        <translation>Die gültigen Objekte importieren und die übrigen melden.</translation>
    </message>
    <message>
        <source>Validate and report; write nothing.</source>
        <translation>Prüfen und melden; nichts schreiben.</translation>
    </message>
    <message>
        <source>Show progress on standard error.</source>
        <translation>Fortschritt auf der Standardfehlerausgabe anzeigen.</translation>
    </message>
    <message>
        <source>A JSON file, or - for standard input.</source>
        <translation>Eine JSON-Datei oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>import FILE|- [--skip-invalid] [--dry-run] [--progress]: import payment records, attempts and refunds from API-shaped JSON (one object, an array, a list envelope or JSON Lines).</source>
        <translation>import FILE|- [--skip-invalid] [--dry-run] [--progress]: Zahlungsdatensätze, Zahlungsversuche und Erstattungen aus JSON im API-Format importieren (ein Objekt, ein Array, ein Listen-Envelope oder JSON Lines).</translation>
    </message>
    <message>
        <source>import takes exactly one file name, or - for standard input.</source>
        <translation>import erwartet genau einen Dateinamen oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Read %1 objects (%2): %3 imported, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>%1 Objekte gelesen (%2): %3 importiert, %4 aktualisiert, %5 unverändert, %6 abgelehnt.</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>… and %1 more rejections.</source>
        <translation>… und %1 weitere Ablehnungen.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 object(s) were rejected, so nothing was imported; fix them or use --skip-invalid.</source>
        <translation>%1 Objekt(e) abgelehnt, daher wurde nichts importiert; korrigieren Sie die Objekte oder verwenden Sie --skip-invalid.</translation>
    </message>
    <message>
        <source>The file to write, or - (default).</source>
        <translation>Die zu schreibende Datei oder - (Standard).</translation>
    </message>
    <message>
        <source>json (an array, default), list (the API&apos;s list envelope) or jsonl (JSON Lines).</source>
        <translation>json (ein Array, Standard), list (der Listen-Envelope der API) oder jsonl (JSON Lines).</translation>
    </message>
    <message>
        <source>records (with their attempts), refunds, or all (default).</source>
        <translation>records (mit ihren Zahlungsversuchen), refunds oder all (Standard).</translation>
    </message>
    <message>
        <source>masked (j***@example.com) or full; the default is full for roles that may see personal data, else masked.</source>
        <translation>masked (j***@example.com) oder full; Standard ist full für Rollen, die personenbezogene Daten sehen dürfen, sonst masked.</translation>
    </message>
    <message>
        <source>export [--out FILE|-] [--format json|list|jsonl] [--what records|refunds|all] [--personal-data masked|full]: write API-shaped JSON.</source>
        <translation>export [--out FILE|-] [--format json|list|jsonl] [--what records|refunds|all] [--personal-data masked|full]: JSON im API-Format schreiben.</translation>
    </message>
    <message>
        <source>export takes no arguments besides its options.</source>
        <translation>export nimmt außer seinen Optionen keine Argumente an.</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not one of json, list, jsonl.</source>
        <translation>--format &quot;%1&quot; ist keiner der Werte json, list, jsonl.</translation>
    </message>
    <message>
        <source>--what &quot;%1&quot; is not one of records, refunds, all.</source>
        <translation>--what &quot;%1&quot; ist keiner der Werte records, refunds, all.</translation>
    </message>
    <message>
        <source>--personal-data &quot;%1&quot; is not one of masked, full.</source>
        <translation>--personal-data &quot;%1&quot; ist keiner der Werte masked, full.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 records, %2 attempts and %3 refunds to %4%5.</source>
        <translation>%1 Datensätze, %2 Zahlungsversuche und %3 Erstattungen nach %4 exportiert%5.</translation>
    </message>
    <message>
        <source>, personal data masked</source>
        <translation>, personenbezogene Daten maskiert</translation>
    </message>
    <message>
        <source>No password for %1: set %2, or run on a terminal to be asked for it.</source>
        <translation>Kein Passwort für %1: Setzen Sie %2 oder führen Sie den Befehl in einem Terminal aus, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>Es wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no line with the new password.</source>
        <translation>--password-stdin: Die Standardeingabe enthielt keine Zeile mit dem neuen Passwort.</translation>
    </message>
    <message>
        <source>No new password for %1: give it as one line on standard input with --password-stdin, or run on a terminal to be asked for it.</source>
        <translation>Kein neues Passwort für %1: Übergeben Sie es mit --password-stdin als eine Zeile auf der Standardeingabe oder führen Sie den Befehl in einem Terminal aus, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Passwort wiederholen: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Die beiden Passwörter stimmen nicht überein; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation>--%1 &quot;%2&quot; muss eine ganze Zahl von %3 bis %4 sein.</translation>
    </message>
    <message>
        <source>%1 takes no arguments, but was given &quot;%2&quot;.</source>
        <translation>%1 nimmt keine Argumente an, erhielt aber &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>How many records.</source>
        <translation>Anzahl der Datensätze.</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same data.</source>
        <translation>Startwert (Seed); derselbe Startwert ergibt dieselben Daten.</translation>
    </message>
    <message>
        <source>demo --records N [--seed S]: generate realistic payment records.</source>
        <translation>demo --records N [--seed S]: realistische Zahlungsdatensätze erzeugen.</translation>
    </message>
    <message>
        <source>Generated %1 records, %2 attempts and %3 refunds (seed %4) in %5 s into %6.</source>
        <translation>%1 Datensätze, %2 Zahlungsversuche und %3 Erstattungen (Seed %4) in %5 s in %6 erzeugt.</translation>
    </message>
    <message>
        <source>Substring of id, email, name, description or reference.</source>
        <translation>Teil von ID, E-Mail-Adresse, Name, Beschreibung oder Referenz.</translation>
    </message>
    <message>
        <source>Only records in this state.</source>
        <translation>Nur Datensätze in diesem Zustand.</translation>
    </message>
    <message>
        <source>At most N records.</source>
        <translation>Höchstens N Datensätze.</translation>
    </message>
    <message>
        <source>list [--search TEXT] [--status STATE] [--limit N] [--json]</source>
        <translation>list [--search TEXT] [--status STATE] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>… more records; raise --limit or narrow the search.</source>
        <translation>… weitere Datensätze; erhöhen Sie --limit oder schränken Sie die Suche ein.</translation>
    </message>
    <message>
        <source>Print API-shaped JSON.</source>
        <translation>JSON im API-Format ausgeben.</translation>
    </message>
    <message>
        <source>The payment record&apos;s id.</source>
        <translation>Die ID des Zahlungsdatensatzes.</translation>
    </message>
    <message>
        <source>show ID [--json]</source>
        <translation>show ID [--json]</translation>
    </message>
    <message>
        <source>show takes exactly one payment record id.</source>
        <translation>show erwartet genau eine Zahlungsdatensatz-ID.</translation>
    </message>
    <message>
        <source>Created      %1</source>
        <translation>Erstellt     %1</translation>
    </message>
    <message>
        <source>Customer     %1 &lt;%2&gt;</source>
        <translation>Kunde        %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Description  %1</source>
        <translation>Beschreibung %1</translation>
    </message>
    <message>
        <source>Requested    %1</source>
        <translation>Angefordert  %1</translation>
    </message>
    <message>
        <source>Guaranteed   %1</source>
        <translation>Garantiert   %1</translation>
    </message>
    <message>
        <source>Refunded     %1</source>
        <translation>Erstattet    %1</translation>
    </message>
    <message>
        <source>Reserved     %1</source>
        <translation>Reserviert   %1</translation>
    </message>
    <message>
        <source>Refundable   %1</source>
        <translation>Erstattbar   %1</translation>
    </message>
    <message>
        <source>Prior refund %1 (refunded before import)</source>
        <translation>Vorerstattet %1 (bereits vor dem Import erstattet)</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Zahlungsversuche:</translation>
    </message>
    <message>
        <source>Refunds:</source>
        <translation>Erstattungen:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Give exactly one of --amount DECIMAL, --minor N or --full.</source>
        <translation>Geben Sie genau eine der Optionen --amount DECIMAL, --minor N oder --full an.</translation>
    </message>
    <message>
        <source>--minor &quot;%1&quot; is not a whole number of minor units.</source>
        <translation>--minor &quot;%1&quot; ist keine ganze Zahl in der kleinsten Währungseinheit.</translation>
    </message>
    <message>
        <source>Payment %1 has the unknown currency &quot;%2&quot;.</source>
        <translation>Zahlung %1 hat die unbekannte Währung &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>it is above your refund limit.</source>
        <translation>Der Betrag liegt über Ihrem Erstattungslimit.</translation>
    </message>
    <message>
        <source>you have no refund limit in %1.</source>
        <translation>Sie haben kein Erstattungslimit in %1.</translation>
    </message>
    <message>
        <source>it is above your limit of %1.</source>
        <translation>Der Betrag liegt über Ihrem Limit von %1.</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3 is awaiting approval: %4</source>
        <translation>Erstattung %1 über %2 für %3 wartet auf Freigabe: %4</translation>
    </message>
    <message>
        <source>Amount in the payment&apos;s currency, e.g. 12.50.</source>
        <translation>Betrag in der Währung der Zahlung, z. B. 12.50.</translation>
    </message>
    <message>
        <source>Amount in minor units, e.g. 1250.</source>
        <translation>Betrag in der kleinsten Währungseinheit, z. B. 1250.</translation>
    </message>
    <message>
        <source>Refund all that is still refundable.</source>
        <translation>Den gesamten noch erstattbaren Betrag erstatten.</translation>
    </message>
    <message>
        <source>duplicate, fraudulent or requested_by_customer.</source>
        <translation>duplicate, fraudulent oder requested_by_customer.</translation>
    </message>
    <message>
        <source>Metadata; repeatable.</source>
        <translation>Metadaten; wiederholbar.</translation>
    </message>
    <message>
        <source>A retry with the same key returns the first refund.</source>
        <translation>Ein erneuter Versuch mit demselben Schlüssel liefert die erste Erstattung.</translation>
    </message>
    <message>
        <source>Already refunded at the processor: record it as succeeded.</source>
        <translation>Bereits beim Zahlungsdienstleister erstattet: als erfolgreich erfassen.</translation>
    </message>
    <message>
        <source>The processor&apos;s refund reference.</source>
        <translation>Die Erstattungsreferenz des Zahlungsdienstleisters.</translation>
    </message>
    <message>
        <source>When the processor refunded it (Unix seconds or RFC 3339).</source>
        <translation>Wann der Zahlungsdienstleister erstattet hat (Unix-Sekunden oder RFC 3339).</translation>
    </message>
    <message>
        <source>The payment record to refund.</source>
        <translation>Der zu erstattende Zahlungsdatensatz.</translation>
    </message>
    <message>
        <source>refund PAYMENT_ID (--amount DECIMAL | --minor N | --full) [options]: refund a payment.</source>
        <translation>refund PAYMENT_ID (--amount DECIMAL | --minor N | --full) [options]: eine Zahlung erstatten.</translation>
    </message>
    <message>
        <source>refund takes exactly one payment record id.</source>
        <translation>refund erwartet genau eine Zahlungsdatensatz-ID.</translation>
    </message>
    <message>
        <source>--reference belongs to --reported; set a pending refund&apos;s reference with refund-status.</source>
        <translation>--reference gehört zu --reported; die Referenz einer ausstehenden Erstattung setzen Sie mit refund-status.</translation>
    </message>
    <message>
        <source>Why it failed (required for failed).</source>
        <translation>Warum sie fehlgeschlagen ist (erforderlich bei failed).</translation>
    </message>
    <message>
        <source>Why it is still pending.</source>
        <translation>Warum sie noch aussteht.</translation>
    </message>
    <message>
        <source>When it succeeded (Unix seconds or RFC 3339).</source>
        <translation>Wann sie erfolgreich war (Unix-Sekunden oder RFC 3339).</translation>
    </message>
    <message>
        <source>The refund.</source>
        <translation>Die Erstattung.</translation>
    </message>
    <message>
        <source>pending, requires_action, succeeded, failed or canceled.</source>
        <translation>pending, requires_action, succeeded, failed oder canceled.</translation>
    </message>
    <message>
        <source>refund-status REFUND_ID STATUS [options]: change a refund&apos;s status.</source>
        <translation>refund-status REFUND_ID STATUS [options]: den Status einer Erstattung ändern.</translation>
    </message>
    <message>
        <source>refund-status takes a refund id and a status.</source>
        <translation>refund-status erwartet eine Erstattungs-ID und einen Status.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is neither a date (YYYY-MM-DD) nor a time (RFC 3339 such as 2026-11-01T00:00:00+01:00, or Unix seconds).</source>
        <translation>%1 &quot;%2&quot; ist weder ein Datum (YYYY-MM-DD) noch ein Zeitpunkt (RFC 3339 wie 2026-11-01T00:00:00+01:00 oder Unix-Sekunden).</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not one of csv, json, pdf.</source>
        <translation>--format &quot;%1&quot; ist keiner der Werte csv, json, pdf.</translation>
    </message>
    <message>
        <source>--separator &quot;%1&quot; is not one of , ; | tab.</source>
        <translation>--separator &quot;%1&quot; ist keiner der Werte , ; | tab.</translation>
    </message>
    <message>
        <source>Cannot write the report to standard output.</source>
        <translation>Der Bericht kann nicht in die Standardausgabe geschrieben werden.</translation>
    </message>
    <message>
        <source>csv, json or pdf (default: from the --out file&apos;s suffix, else csv).</source>
        <translation>csv, json oder pdf (Standard: nach der Endung der --out-Datei, sonst csv).</translation>
    </message>
    <message>
        <source>CSV: start with a byte order mark, for spreadsheets.</source>
        <translation>CSV: mit einer Bytereihenfolge-Markierung (BOM) beginnen, für Tabellenkalkulationen.</translation>
    </message>
    <message>
        <source>CSV: the field separator, one of , ; | tab (default ,).</source>
        <translation>CSV: das Feldtrennzeichen, eines von , ; | tab (Standard ,).</translation>
    </message>
    <message>
        <source>PDF: the title (default &quot;Refund report&quot;).</source>
        <translation>PDF: der Titel (Standard &quot;Erstattungsbericht&quot;).</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output (not for PDF).</source>
        <translation>Die zu schreibende Datei oder - für die Standardausgabe (nicht für PDF).</translation>
    </message>
    <message>
        <source>report --from DATE --to DATE [--tz ZONE] [--time created|refunded] [--group-by day|week|month|reason|status|agent|currency] [--status S]... [--reason R]... [--currency C]... [--agent A]... [--format csv|json|pdf] [--bom] [--separator CHAR] [--title TEXT] --out FILE|-: refunds over a period with totals per currency, never summed across currencies. --to is the last day, included whole: --from 2026-11-01 --to 2026-11-30 is November.</source>
        <translation>report --from DATE --to DATE [--tz ZONE] [--time created|refunded] [--group-by day|week|month|reason|status|agent|currency] [--status S]... [--reason R]... [--currency C]... [--agent A]... [--format csv|json|pdf] [--bom] [--separator CHAR] [--title TEXT] --out FILE|-: Erstattungen in einem Zeitraum mit Summen je Währung, nie über Währungen hinweg addiert. --to ist der letzte Tag und zählt vollständig mit: --from 2026-11-01 --to 2026-11-30 ist der November.</translation>
    </message>
    <message>
        <source>report takes no arguments besides its options.</source>
        <translation>report nimmt außer seinen Optionen keine Argumente an.</translation>
    </message>
    <message>
        <source>report needs --%1 %2.</source>
        <translation>report benötigt --%1 %2.</translation>
    </message>
    <message>
        <source>--out -: a PDF report cannot go to standard output; give a file name such as report.pdf.</source>
        <translation>--out -: Ein PDF-Bericht kann nicht in die Standardausgabe geschrieben werden; geben Sie einen Dateinamen wie report.pdf an.</translation>
    </message>
    <message>
        <source>--bom and --separator are for --format csv only.</source>
        <translation>--bom und --separator gelten nur für --format csv.</translation>
    </message>
    <message>
        <source>--title is for --format pdf only.</source>
        <translation>--title gilt nur für --format pdf.</translation>
    </message>
    <message>
        <source>Wrote a report of %1 rows and %2 currency totals to %3.</source>
        <translation>Bericht mit %1 Zeilen und %2 Währungssummen nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>Usage: refunddesk-cli [--db PATH] [--as USER] COMMAND [OPTIONS]

Commands:
  demo           generate realistic demo payment records
  list           list payment records (search, filter, JSON)
  show ID        a record with its attempts, refunds and history
  refund ID      refund a payment, fully or in part
  refund-status  change a refund&apos;s status
  approvals      list the refunds awaiting approval
  approve ID     approve a refund awaiting approval (not your own)
  reject ID      reject a refund awaiting approval, with --note
  audit          the audit trail: who did what, newest first; --head for its hash
  verify         check integrity, money invariants and the event chain
  import FILE    import API-shaped JSON (array, list envelope, JSON Lines)
  export         export API-shaped JSON
  report         refund totals over a period, per currency, as CSV, JSON or PDF
  users          add, list and change users, roles, limits and passwords

Global options: --db PATH (default $REFUNDDESK_DB, else the user&apos;s data folder),
--as USER (sign in; the password comes from $REFUNDDESK_PASSWORD, else a prompt
on the terminal; required once the database has users), --help, --version.
COMMAND --help describes each command.
Exit codes: 0 success, 1 refused by a rule, 2 bad usage, 3 storage or I/O failure,
4 not allowed for who you are, or sign-in failed.</source>
        <translation>Aufruf: refunddesk-cli [--db PATH] [--as USER] COMMAND [OPTIONS]

Befehle:
  demo           realistische Demo-Zahlungsdatensätze erzeugen
  list           Zahlungsdatensätze auflisten (Suche, Filter, JSON)
  show ID        ein Datensatz mit Zahlungsversuchen, Erstattungen und Verlauf
  refund ID      eine Zahlung ganz oder teilweise erstatten
  refund-status  den Status einer Erstattung ändern
  approvals      die Erstattungen auflisten, die auf Freigabe warten
  approve ID     eine wartende Erstattung freigeben (keine eigene)
  reject ID      eine wartende Erstattung mit --note ablehnen
  audit          das Prüfprotokoll: wer was getan hat, neueste zuerst; --head für
                 seinen Hash
  verify         Integrität, Betragsinvarianten und die Hash-Kette prüfen
  import FILE    JSON im API-Format importieren (Array, Listen-Envelope, JSON Lines)
  export         JSON im API-Format exportieren
  report         Erstattungssummen eines Zeitraums je Währung, als CSV, JSON oder PDF
  users          Benutzer, Rollen, Limits und Passwörter anlegen, auflisten, ändern

Globale Optionen: --db PATH (Standard $REFUNDDESK_DB, sonst der Datenordner des
Benutzers), --as USER (anmelden; das Passwort stammt aus $REFUNDDESK_PASSWORD,
sonst wird es im Terminal abgefragt; erforderlich, sobald die Datenbank Benutzer
hat), --help, --version.
COMMAND --help beschreibt den jeweiligen Befehl.
Exit-Codes: 0 Erfolg, 1 durch eine Regel abgelehnt, 2 falscher Aufruf,
3 Speicher- oder E/A-Fehler, 4 für Ihre Rolle nicht erlaubt oder Anmeldung
fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: users %1</source>
        <translation>Aufruf: users %1</translation>
    </message>
    <message>
        <source>users %1 does not take --%2.</source>
        <translation>users %1 kennt die Option --%2 nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use viewer, agent, supervisor or admin.</source>
        <translation>&quot;%1&quot; ist keine Rolle; verwenden Sie viewer, agent, supervisor oder admin.</translation>
    </message>
    <message>
        <source>--limit &quot;%1&quot; is not CURRENCY=AMOUNT, e.g. usd=100.00.</source>
        <translation>--limit &quot;%1&quot; hat nicht die Form CURRENCY=AMOUNT, z. B. usd=100.00.</translation>
    </message>
    <message>
        <source>--limit &quot;%1&quot;: &quot;%2&quot; is not a known currency code.</source>
        <translation>--limit &quot;%1&quot;: &quot;%2&quot; ist kein bekannter Währungscode.</translation>
    </message>
    <message>
        <source>--limit gives %1 twice.</source>
        <translation>--limit nennt %1 zweimal.</translation>
    </message>
    <message>
        <source>%1: %2, limits %3, %4.</source>
        <translation>%1: %2, Limits %3, %4.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>users add needs --role ROLE.</source>
        <translation>users add benötigt --role ROLE.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>No users: the local operator acts as admin until the first user is added.</source>
        <translation>Keine Benutzer: Der lokale Bediener handelt als Administrator, bis der erste Benutzer hinzugefügt wird.</translation>
    </message>
    <message>
        <source>failed sign-ins: %1</source>
        <translation>fehlgeschlagene Anmeldungen: %1</translation>
    </message>
    <message>
        <source>limits: %1</source>
        <translation>Limits: %1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>add, list, set-role, set-limits, set-password, disable or enable.</source>
        <translation>add, list, set-role, set-limits, set-password, disable oder enable.</translation>
    </message>
    <message>
        <source>users SUBCOMMAND: manage who may use the desk (admins only).
  users add NAME --role ROLE [--limit CURRENCY=AMOUNT]... [--password-stdin]
  users list [--json]
  users set-role NAME ROLE
  users set-limits NAME [--limit CURRENCY=AMOUNT]...  (replaces all limits)
  users set-password NAME [--password-stdin]
  users disable NAME
  users enable NAME
Roles: viewer, agent, supervisor, admin. The first user must be an admin.</source>
        <translation>users SUBCOMMAND: verwalten, wer RefundDesk verwenden darf (nur Administratoren).
  users add NAME --role ROLE [--limit CURRENCY=AMOUNT]... [--password-stdin]
  users list [--json]
  users set-role NAME ROLE
  users set-limits NAME [--limit CURRENCY=AMOUNT]...  (ersetzt alle Limits)
  users set-password NAME [--password-stdin]
  users disable NAME
  users enable NAME
Rollen: viewer, agent, supervisor, admin. Der erste Benutzer muss admin sein.</translation>
    </message>
    <message>
        <source>users needs a subcommand: add, list, set-role, set-limits, set-password, disable or enable.</source>
        <translation>users benötigt einen Unterbefehl: add, list, set-role, set-limits, set-password, disable oder enable.</translation>
    </message>
    <message>
        <source>users has no subcommand &quot;%1&quot;.</source>
        <translation>users hat keinen Unterbefehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is not an anchor: it needs an event number from 1 and a SHA-256 hash of 64 hex digits, as audit --head prints them.</source>
        <translation>%1 ist kein Anker: Erforderlich sind eine Eintragsnummer ab 1 und ein SHA-256-Hash aus 64 Hexadezimalziffern, wie audit --head sie ausgibt.</translation>
    </message>
    <message>
        <source>--anchor &quot;%1&quot;</source>
        <translation>--anchor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--anchor-file %1</source>
        <translation>--anchor-file %1</translation>
    </message>
    <message>
        <source>Anchor event %1 is missing: history up to it was removed or rewritten.</source>
        <translation>Ankereintrag %1 fehlt: Der Verlauf bis dorthin wurde entfernt oder umgeschrieben.</translation>
    </message>
    <message>
        <source>Anchor event %1 (%2 by %3) has hash %4, not the anchored %5: history up to it was rewritten.</source>
        <translation>Ankereintrag %1 (%2 von %3) hat den Hash %4, nicht den verankerten %5: Der Verlauf bis dorthin wurde umgeschrieben.</translation>
    </message>
    <message>
        <source>Also check that event SEQ still has this hash, as audit --head printed it earlier.</source>
        <translation>Zusätzlich prüfen, ob Protokolleintrag SEQ noch diesen Hash hat, wie audit --head ihn zuvor ausgegeben hat.</translation>
    </message>
    <message>
        <source>Like --anchor, from a file audit --head wrote.</source>
        <translation>Wie --anchor, aus einer Datei, die audit --head geschrieben hat.</translation>
    </message>
    <message>
        <source>Check every index entry against its row (SQLite&apos;s integrity_check) instead of the quick check of pages, rows and constraints: about a minute per million records instead of seconds.</source>
        <translation>Jeden Indexeintrag mit seiner Zeile abgleichen (integrity_check von SQLite) statt der Schnellprüfung von Seiten, Zeilen und Constraints: etwa eine Minute pro Million Datensätze statt Sekunden.</translation>
    </message>
    <message>
        <source>verify [--full] [--anchor SEQ:HASH] [--anchor-file FILE]: SQLite&apos;s check of the file, money invariants and the event chain.</source>
        <translation>verify [--full] [--anchor SEQ:HASH] [--anchor-file FILE]: SQLite-Prüfung der Datei, Betragsinvarianten und die Hash-Kette der Protokolleinträge.</translation>
    </message>
    <message>
        <source>verify takes no arguments, but was given &quot;%1&quot;.</source>
        <translation>verify nimmt keine Argumente an, erhielt aber &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>anchor: event %1 still has hash %2</source>
        <translation>Anker: Protokolleintrag %1 hat weiterhin den Hash %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>%1: %2 records, %3 guaranteed, %4 refunded, %5 reserved</source>
        <translation>%1: %2 Datensätze, %3 garantiert, %4 erstattet, %5 reserviert</translation>
    </message>
    <message>
        <source>head: event %1, hash %2</source>
        <translation>Neuester Protokolleintrag: %1, Hash %2</translation>
    </message>
    <message>
        <source>head: no events yet</source>
        <translation>Neuester Protokolleintrag: noch keiner vorhanden</translation>
    </message>
    <message>
        <source>%1 records, %2 refunds, %3 events checked</source>
        <translation>%1 Datensätze, %2 Erstattungen, %3 Protokolleinträge geprüft</translation>
    </message>
    <message>
        <source>verify found %1 problem(s) (%2); the first: %3</source>
        <translation>verify hat %1 Problem(e) gefunden (%2); das erste: %3</translation>
    </message>
    <message>
        <source>OK: %1; %2 warning(s).</source>
        <translation>OK: %1; %2 Warnung(en).</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, from midnight in --tz), or a time (RFC 3339 or Unix seconds).</source>
        <translation>Erster Tag des Zeitraums (YYYY-MM-DD, ab Mitternacht in --tz) oder ein Zeitpunkt (RFC 3339 oder Unix-Sekunden).</translation>
    </message>
    <message>
        <source>Last day of the period, included whole (to the next midnight in --tz); or a time, which is left out.</source>
        <translation>Letzter Tag des Zeitraums, vollständig eingeschlossen (bis zur folgenden Mitternacht in --tz); oder ein Zeitpunkt, der selbst nicht mehr dazugehört.</translation>
    </message>
    <message>
        <source>The IANA time zone of the dates and of the days, weeks and months (default UTC).</source>
        <translation>Die IANA-Zeitzone der Datumsangaben sowie der Tage, Wochen und Monate (Standard UTC).</translation>
    </message>
    <message>
        <source>Place refunds by when they were created (default) or refunded.</source>
        <translation>Erstattungen nach dem Zeitpunkt ihrer Erstellung (Standard) oder ihrer Erstattung zuordnen.</translation>
    </message>
    <message>
        <source>day, week (ISO), month (default), reason, status, agent or currency.</source>
        <translation>day, week (ISO), month (Standard), reason, status, agent oder currency.</translation>
    </message>
    <message>
        <source>Only refunds in this status; repeatable.</source>
        <translation>Nur Erstattungen mit diesem Status; wiederholbar.</translation>
    </message>
    <message>
        <source>Only refunds with this reason (none: without one); repeatable.</source>
        <translation>Nur Erstattungen mit diesem Grund (none: ohne Grund); wiederholbar.</translation>
    </message>
    <message>
        <source>Only refunds in this currency; repeatable.</source>
        <translation>Nur Erstattungen in dieser Währung; wiederholbar.</translation>
    </message>
    <message>
        <source>Only refunds this user created; repeatable.</source>
        <translation>Nur von diesem Benutzer erstellte Erstattungen; wiederholbar.</translation>
    </message>
    <message>
        <source>viewer, agent, supervisor or admin (users add).</source>
        <translation>viewer, agent, supervisor oder admin (users add).</translation>
    </message>
    <message>
        <source>A refund limit, e.g. usd=100.00; repeatable (users add, users set-limits).</source>
        <translation>Ein Erstattungslimit, z. B. usd=100.00; wiederholbar (users add, users set-limits).</translation>
    </message>
    <message>
        <source>Read the new password as one line of standard input (users add, users set-password).</source>
        <translation>Das neue Passwort als eine Zeile von der Standardeingabe lesen (users add, users set-password).</translation>
    </message>
    <message>
        <source>Print JSON (users list).</source>
        <translation>JSON ausgeben (users list).</translation>
    </message>
    <message>
        <source>--tz &quot;%1&quot; is not a time zone this system knows; give an IANA name such as Europe/Berlin, or UTC.</source>
        <translation>--tz &quot;%1&quot; ist keine diesem System bekannte Zeitzone; geben Sie einen IANA-Namen wie Europe/Berlin oder UTC an.</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; ends the period at %2, which is not after --from &quot;%3&quot; (%4); a date given to --to counts as the whole day.</source>
        <translation>--to &quot;%1&quot; beendet den Zeitraum am %2, also nicht nach --from &quot;%3&quot; (%4); ein bei --to angegebenes Datum zählt als ganzer Tag.</translation>
    </message>
    <message>
        <source>--reason &quot;%1&quot; is not one of duplicate, fraudulent, requested_by_customer, none.</source>
        <translation>--reason &quot;%1&quot; ist keiner der Werte duplicate, fraudulent, requested_by_customer, none.</translation>
    </message>
    <message>
        <source>--currency &quot;%1&quot; is not a known ISO 4217 code such as usd.</source>
        <translation>--currency &quot;%1&quot; ist kein bekannter Code nach ISO 4217 wie usd.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::HistoryModel</name>
    <message>
        <source>Processor</source>
        <translation>Zahlungsdienstleister</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>RefundDesk::HistoryText</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>initiated</source>
        <translation>eingeleitet</translation>
    </message>
    <message>
        <source>guaranteed</source>
        <translation>garantiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>informational</source>
        <translation>informativ</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>autorisiert</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>approved by</source>
        <translation>freigegeben von</translation>
    </message>
    <message>
        <source>billing details</source>
        <translation>Rechnungsdaten</translation>
    </message>
    <message>
        <source>card brand</source>
        <translation>Kartenmarke</translation>
    </message>
    <message>
        <source>card last 4</source>
        <translation>letzte 4 Kartenziffern</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>customer presence</source>
        <translation>Kundenanwesenheit</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>destination details</source>
        <translation>Zieldaten</translation>
    </message>
    <message>
        <source>failure reason</source>
        <translation>Fehlergrund</translation>
    </message>
    <message>
        <source>idempotency key</source>
        <translation>Idempotenzschlüssel</translation>
    </message>
    <message>
        <source>latest attempt</source>
        <translation>letzter Versuch</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <source>payment method name</source>
        <translation>Name der Zahlungsmethode</translation>
    </message>
    <message>
        <source>payment method type</source>
        <translation>Art der Zahlungsmethode</translation>
    </message>
    <message>
        <source>pending reason</source>
        <translation>Wartegrund</translation>
    </message>
    <message>
        <source>processor reference</source>
        <translation>Referenz des Zahlungsdienstleisters</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>Zahlungsdienstleister</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>refund reference</source>
        <translation>Erstattungsreferenz</translation>
    </message>
    <message>
        <source>reported by</source>
        <translation>gemeldet von</translation>
    </message>
    <message>
        <source>shipping details</source>
        <translation>Versanddaten</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>1 new object</source>
        <translation>1 neues Objekt</translation>
    </message>
    <message>
        <source>%1 new objects</source>
        <translation>%1 neue Objekte</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation>Importiert (%1)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Imported from %1 (%2)</source>
        <translation>Importiert aus %1 (%2)</translation>
    </message>
    <message>
        <source>Demo data generated (1 record, seed %1)</source>
        <translation>Demodaten erzeugt (1 Datensatz, Seed %1)</translation>
    </message>
    <message>
        <source>Demo data generated (%1 records, seed %2)</source>
        <translation>Demodaten erzeugt (%1 Datensätze, Seed %2)</translation>
    </message>
    <message>
        <source>The source reported %1 refunded of %2 guaranteed; imported as fully refunded</source>
        <translation>Die Quelle meldete %1 erstattet von %2 garantiert; als vollständig erstattet importiert</translation>
    </message>
    <message>
        <source>Prior refund of %1 at the processor, before RefundDesk</source>
        <translation>Frühere Erstattung von %1 beim Zahlungsdienstleister, vor RefundDesk</translation>
    </message>
    <message>
        <source>The refunds now known account for everything refunded; no prior refund remains</source>
        <translation>Die jetzt bekannten Erstattungen decken den gesamten erstatteten Betrag ab; es verbleibt keine frühere Erstattung</translation>
    </message>
    <message>
        <source>Refund %1 of %2 reported as refunded at the processor</source>
        <translation>Erstattung %1 über %2 als beim Zahlungsdienstleister erstattet gemeldet</translation>
    </message>
    <message>
        <source>Refund %1 of %2 reported as refunded at the processor (%3)</source>
        <translation>Erstattung %1 über %2 als beim Zahlungsdienstleister erstattet gemeldet (%3)</translation>
    </message>
    <message>
        <source>Refund %1 of %2 created</source>
        <translation>Erstattung %1 über %2 erstellt</translation>
    </message>
    <message>
        <source>Refund %1 of %2 created (%3)</source>
        <translation>Erstattung %1 über %2 erstellt (%3)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Refund %1 %2 → %3</source>
        <translation>Erstattung %1 %2 → %3</translation>
    </message>
    <message>
        <source>Refund %1 of %2 approved → %3</source>
        <translation>Erstattung %1 über %2 freigegeben → %3</translation>
    </message>
    <message>
        <source>Refund %1 of %2 rejected</source>
        <translation>Erstattung %1 über %2 abgelehnt</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
    <message>
        <source>user disabled</source>
        <translation>Benutzer deaktiviert</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>falsches Passwort</translation>
    </message>
    <message>
        <source>Sign-in failed: %1 (%2 in a row)</source>
        <translation>Anmeldung fehlgeschlagen: %1 (%2 in Folge)</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>User %1 added as %2, refund limits %3</source>
        <translation>Benutzer %1 als %2 hinzugefügt, Erstattungslimits %3</translation>
    </message>
    <message>
        <source>Role of %1 %2 → %3</source>
        <translation>Rolle von %1 %2 → %3</translation>
    </message>
    <message>
        <source>Refund limits of %1 %2 → %3</source>
        <translation>Erstattungslimits von %1 %2 → %3</translation>
    </message>
    <message>
        <source>Password of %1 changed</source>
        <translation>Passwort von %1 geändert</translation>
    </message>
    <message>
        <source>User %1 disabled</source>
        <translation>Benutzer %1 deaktiviert</translation>
    </message>
    <message>
        <source>User %1 enabled</source>
        <translation>Benutzer %1 aktiviert</translation>
    </message>
    <message>
        <source>Signed in (password hash renewed)</source>
        <translation>Angemeldet (Passwort-Hash erneuert)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>Report of %1 objects to %2, personal data masked</source>
        <translation>Bericht mit %1 Objekten nach %2, personenbezogene Daten maskiert</translation>
    </message>
    <message>
        <source>Report of %1 objects to %2, personal data in full</source>
        <translation>Bericht mit %1 Objekten nach %2, personenbezogene Daten vollständig</translation>
    </message>
    <message>
        <source>Exported %1 objects to %2, personal data masked</source>
        <translation>%1 Objekte nach %2 exportiert, personenbezogene Daten maskiert</translation>
    </message>
    <message>
        <source>Exported %1 objects to %2, personal data in full</source>
        <translation>%1 Objekte nach %2 exportiert, personenbezogene Daten vollständig</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Metadata changed: %1</source>
        <translation>Metadaten geändert: %1</translation>
    </message>
    <message>
        <source>Record updated by import: %1</source>
        <translation>Datensatz durch Import aktualisiert: %1</translation>
    </message>
    <message>
        <source>Payment attempt %1 updated by import: %2</source>
        <translation>Zahlungsversuch %1 durch Import aktualisiert: %2</translation>
    </message>
    <message>
        <source>Refund %1 of %2 imported (%3)</source>
        <translation>Erstattung %1 über %2 importiert (%3)</translation>
    </message>
    <message>
        <source>Refund %1 updated by import: %2</source>
        <translation>Erstattung %1 durch Import aktualisiert: %2</translation>
    </message>
    <message>
        <source>Payment attempt %1 guaranteed %2</source>
        <translation>Zahlungsversuch %1 hat %2 garantiert</translation>
    </message>
    <message>
        <source>Payment attempt %1 of %2 failed</source>
        <translation>Zahlungsversuch %1 über %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Payment attempt %1 of %2 canceled</source>
        <translation>Zahlungsversuch %1 über %2 storniert</translation>
    </message>
    <message>
        <source>Payment attempt %1 of %2 initiated</source>
        <translation>Zahlungsversuch %1 über %2 eingeleitet</translation>
    </message>
    <message>
        <source>Payment attempt %1 of %2 (informational)</source>
        <translation>Zahlungsversuch %1 über %2 (informativ)</translation>
    </message>
    <message>
        <source>Refund %1 of %2 imported with the payment (%3)</source>
        <translation>Erstattung %1 über %2 mit der Zahlung importiert (%3)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Guaranteed</source>
        <translation>Garantiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Processor reference</source>
        <translation>Referenz des Zahlungsdienstleisters</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Aktueller Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>RefundDesk::JobProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>RefundDesk::LimitsEditor</name>
    <message>
        <source>Add &amp;limit</source>
        <translation>&amp;Limit hinzufügen</translation>
    </message>
    <message>
        <source>Add a refund limit</source>
        <translation>Erstattungslimit hinzufügen</translation>
    </message>
    <message>
        <source>A limit in one more currency</source>
        <translation>Ein Limit in einer weiteren Währung</translation>
    </message>
    <message>
        <source>Refunds above a limit, or in a currency without one, wait for a supervisor&apos;s approval.</source>
        <translation>Erstattungen über einem Limit oder in einer Währung ohne Limit warten auf die Freigabe durch einen Supervisor.</translation>
    </message>
    <message>
        <source>Limit currency</source>
        <translation>Währung des Limits</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this limit</source>
        <translation>Dieses Limit entfernen</translation>
    </message>
    <message>
        <source>Limit in %1</source>
        <translation>Limit in %1</translation>
    </message>
    <message>
        <source>Refund limit in %1</source>
        <translation>Erstattungslimit in %1</translation>
    </message>
    <message>
        <source>%1 has two limits; keep one of them.</source>
        <translation>%1 hat zwei Limits; behalten Sie nur eines davon.</translation>
    </message>
    <message>
        <source>Enter the limit in %1, or remove its row.</source>
        <translation>Geben Sie das Limit in %1 ein, oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is unknown.</source>
        <translation>Die Währung &quot;%1&quot; ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::MainWindow</name>
    <message>
        <source>RefundDesk — %1</source>
        <translation>RefundDesk – %1</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Refund %1 is not among the refunds the filters show.</source>
        <translation>Erstattung %1 ist nicht unter den Erstattungen, die die Filter anzeigen.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database has no payment records yet.&lt;/b&gt; Load demo data to try RefundDesk, or import payment records exported from your payment processor (JSON).</source>
        <translation>&lt;b&gt;Diese Datenbank enthält noch keine Zahlungsdatensätze.&lt;/b&gt; Laden Sie Demodaten, um RefundDesk auszuprobieren, oder importieren Sie Zahlungsdatensätze, die Sie aus Ihrem Zahlungsdienstleister exportiert haben (JSON).</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation>&amp;Demodaten laden…</translation>
    </message>
    <message>
        <source>&amp;Import a File…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find Payments…</source>
        <translation>Zahlungen &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>Suche und Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Zahlung</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Erstatten…</translation>
    </message>
    <message>
        <source>Edit &amp;Metadata…</source>
        <translation>&amp;Metadaten bearbeiten…</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Payment</source>
        <translation>Nä&amp;chste Zahlung</translation>
    </message>
    <message>
        <source>Pre&amp;vious Payment</source>
        <translation>&amp;Vorherige Zahlung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Zahlungen</translation>
    </message>
    <message>
        <source>&amp;Refunds</source>
        <translation>&amp;Erstattungen</translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Freigaben</translation>
    </message>
    <message>
        <source>Au&amp;dit Trail</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Benutzer…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About RefundDesk</source>
        <translation>Ü&amp;ber RefundDesk</translation>
    </message>
    <message>
        <source>About RefundDesk</source>
        <translation>Über RefundDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;RefundDesk %1&lt;/b&gt;&lt;p&gt;Find payment records, refund them in full or in part, follow their history and export reports.&lt;/p&gt;</source>
        <translation>&lt;b&gt;RefundDesk %1&lt;/b&gt;&lt;p&gt;Zahlungsdatensätze finden, ganz oder teilweise erstatten, ihren Verlauf verfolgen und Berichte exportieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>No payment records yet</source>
        <translation>Noch keine Zahlungsdatensätze</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 Datensatz</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
    <message>
        <source>More than %1 of %2 records</source>
        <translation>Mehr als %1 von %2 Datensätzen</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 von %2 Datensätzen</translation>
    </message>
    <message>
        <source>Local operator %1 (no sign-in)</source>
        <translation>Lokaler Bediener %1 (ohne Anmeldung)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>This database has no users yet; the local operator has admin rights.</source>
        <translation>Diese Datenbank hat noch keine Benutzer; der lokale Bediener hat Administratorrechte.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Freigaben (%1)</translation>
    </message>
    <message>
        <source>Select a payment to refund first.</source>
        <translation>Wählen Sie zuerst eine Zahlung aus, die erstattet werden soll.</translation>
    </message>
    <message>
        <source>Nothing of %1 is left to refund.</source>
        <translation>Von %1 ist nichts mehr zu erstatten.</translation>
    </message>
    <message>
        <source>Refund %1 of %2 for %3 is above your limit: it awaits a supervisor&apos;s approval.</source>
        <translation>Erstattung %1 über %2 für %3 liegt über Ihrem Limit: Sie wartet auf die Freigabe durch einen Supervisor.</translation>
    </message>
    <message>
        <source>Refund %1 of %2 created for %3.</source>
        <translation>Erstattung %1 über %2 für %3 erstellt.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>RefundDesk will use %1 from its next start.</source>
        <translation>RefundDesk verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
</context>
<context>
    <name>RefundDesk::MessageLabel</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>RefundDesk::MetadataDialog</name>
    <message>
        <source>Metadata of %1</source>
        <translation>Metadaten von %1</translation>
    </message>
    <message>
        <source>Up to 50 keys of at most 40 characters, values of at most 500. A key without a value is removed.</source>
        <translation>Bis zu 50 Schlüssel mit höchstens 40 Zeichen, Werte mit höchstens 500 Zeichen. Ein Schlüssel ohne Wert wird entfernt.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::MetadataEditor</name>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Metadata keys and values</source>
        <translation>Metadatenschlüssel und -werte</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add metadata key</source>
        <translation>Metadatenschlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Add a key and value (Insert)</source>
        <translation>Schlüssel und Wert hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove metadata key</source>
        <translation>Metadatenschlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove the selected key (Delete)</source>
        <translation>Ausgewählten Schlüssel entfernen (Entf)</translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot; is given twice, in rows %3 and %4.</source>
        <translation>Schlüssel &quot;%2&quot; in %1 kommt doppelt vor, in den Zeilen %3 und %4.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Money</name>
    <message>
        <source>currency: cannot add %1 to %2, because amounts in different currencies never mix</source>
        <translation>currency: %1 kann nicht zu %2 addiert werden, da Beträge in verschiedenen Währungen nie vermischt werden</translation>
    </message>
    <message>
        <source>amount: %1 plus %2 is outside the range of amounts the desk can hold</source>
        <translation>amount: %1 plus %2 liegt außerhalb des Bereichs, den RefundDesk für Beträge verarbeiten kann</translation>
    </message>
    <message>
        <source>currency: cannot subtract %1 from %2, because amounts in different currencies never mix</source>
        <translation>currency: %1 kann nicht von %2 subtrahiert werden, da Beträge in verschiedenen Währungen nie vermischt werden</translation>
    </message>
    <message>
        <source>amount: %1 minus %2 is outside the range of amounts the desk can hold</source>
        <translation>amount: %1 minus %2 liegt außerhalb des Bereichs, den RefundDesk für Beträge verarbeiten kann</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PaymentListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <source>Processor reference</source>
        <translation>Referenz</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PaymentTableView</name>
    <message>
        <source>Payment records</source>
        <translation>Zahlungsdatensätze</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RecordDetailPane</name>
    <message>
        <source>Nothing to refund: the payment is not guaranteed yet.</source>
        <translation>Nichts zu erstatten: Die Zahlung ist noch nicht garantiert.</translation>
    </message>
    <message>
        <source>Nothing to refund: the payment failed.</source>
        <translation>Nichts zu erstatten: Die Zahlung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Nothing to refund: the payment was canceled.</source>
        <translation>Nichts zu erstatten: Die Zahlung wurde storniert.</translation>
    </message>
    <message>
        <source>Nothing left to refund: %1 of %2 is refunded.</source>
        <translation>Nichts mehr zu erstatten: %1 von %2 sind erstattet.</translation>
    </message>
    <message>
        <source>Nothing left to refund: refunds still pending or awaiting approval hold %1.</source>
        <translation>Nichts mehr zu erstatten: Ausstehende oder auf Freigabe wartende Erstattungen binden %1.</translation>
    </message>
    <message>
        <source>Nothing left to refund on this payment.</source>
        <translation>Für diese Zahlung ist nichts mehr zu erstatten.</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Zahlungsdetails</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Erstatten…</translation>
    </message>
    <message>
        <source>Refund this payment</source>
        <translation>Diese Zahlung erstatten</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Refunds of this payment</source>
        <translation>Erstattungen dieser Zahlung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History of this payment</source>
        <translation>Verlauf dieser Zahlung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Add a note to the history…</source>
        <translation>Notiz zum Verlauf hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>As %1 (%2) you can look, but not change anything.</source>
        <translation>Als %1 (%2) können Sie alles ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>Cannot show payment %1: %2</source>
        <translation>Zahlung %1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>Select a payment to see its details</source>
        <translation>Wählen Sie eine Zahlung aus, um ihre Details zu sehen</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Refund up to %1 of this payment.</source>
        <translation>Bis zu %1 dieser Zahlung erstatten.</translation>
    </message>
    <message>
        <source>Refunds — none yet</source>
        <translation>Erstattungen – noch keine</translation>
    </message>
    <message>
        <source>Refunds (%1+)</source>
        <translation>Erstattungen (%1+)</translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation>Erstattungen (%1)</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RecordFilterBar</name>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>Erstellt bis (einschließlich)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Kleinster Betrag</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Größter Betrag</translation>
    </message>
    <message>
        <source>Search id, email, name, description, reference…</source>
        <translation>ID, E-Mail, Name, Beschreibung, Referenz suchen…</translation>
    </message>
    <message>
        <source>Search payment records</source>
        <translation>Zahlungsdatensätze suchen</translation>
    </message>
    <message>
        <source>Search payment records (Ctrl+F or Ctrl+K)</source>
        <translation>Zahlungsdatensätze suchen (Ctrl+F oder Ctrl+K)</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Zustand filtern</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Filter by currency</source>
        <translation>Nach Währung filtern</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Alle Währungen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Suche und alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Crea&amp;ted:</source>
        <translation>&amp;Erstellt:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Amount requested, in %1</source>
        <translation>Angeforderter Betrag, in %1</translation>
    </message>
    <message>
        <source>Choose a currency to filter by amount</source>
        <translation>Wählen Sie eine Währung, um nach Betrag zu filtern</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RecordFormat</name>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>US bank account</source>
        <translation>US-Bankkonto</translation>
    </message>
    <message>
        <source>SEPA Direct Debit</source>
        <translation>SEPA-Lastschrift</translation>
    </message>
    <message>
        <source>Bacs Direct Debit</source>
        <translation>Bacs-Lastschrift</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Banküberweisung</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RecordSummaryView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>Guaranteed, less what is refunded and what pending refunds hold.</source>
        <translation>Garantiert, abzüglich des Erstatteten und der von ausstehenden Erstattungen gebundenen Beträge.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Guaranteed</source>
        <translation>Garantiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Pending refunds</source>
        <translation>Ausstehende Erstattungen</translation>
    </message>
    <message>
        <source>Still refundable</source>
        <translation>Noch erstattbar</translation>
    </message>
    <message>
        <source>Customer and payment method</source>
        <translation>Kunde und Zahlungsmethode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Processor reference</source>
        <translation>Referenz des Zahlungsdienstleisters</translation>
    </message>
    <message>
        <source>No customer or payment method details</source>
        <translation>Keine Angaben zu Kunde oder Zahlungsmethode</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Edit &amp;metadata…</source>
        <translation>&amp;Metadaten bearbeiten…</translation>
    </message>
    <message>
        <source>incl. %1 refunded before RefundDesk</source>
        <translation>inkl. %1 vor RefundDesk erstattet</translation>
    </message>
    <message>
        <source>The source reported more refunded than was guaranteed; the payment counts as fully refunded.</source>
        <translation>Die Quelle meldete mehr Erstattungen als garantiert; die Zahlung gilt als vollständig erstattet.</translation>
    </message>
    <message>
        <source>No metadata</source>
        <translation>Keine Metadaten</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundDialog</name>
    <message>
        <source>Refund %1</source>
        <translation>%1 erstatten</translation>
    </message>
    <message>
        <source>of %1 paid</source>
        <translation>von %1 bezahlt</translation>
    </message>
    <message>
        <source>Amount to refund in %1</source>
        <translation>Zu erstattender Betrag in %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>&amp;Full amount</source>
        <translation>&amp;Voller Betrag</translation>
    </message>
    <message>
        <source>Refund the full remaining amount</source>
        <translation>Den gesamten Restbetrag erstatten</translation>
    </message>
    <message>
        <source>Fill in everything still refundable</source>
        <translation>Alles noch Erstattbare eintragen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional: what happened, for the payment&apos;s history</source>
        <translation>Optional: was passiert ist, für den Verlauf der Zahlung</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Already refunded at the &amp;processor</source>
        <translation>Bereits beim Zahlungs&amp;dienstleister erstattet</translation>
    </message>
    <message>
        <source>Already refunded at the processor</source>
        <translation>Bereits beim Zahlungsdienstleister erstattet</translation>
    </message>
    <message>
        <source>Record a refund the processor already made; it is stored as succeeded</source>
        <translation>Eine Erstattung erfassen, die der Zahlungsdienstleister bereits durchgeführt hat; sie wird als erfolgreich gespeichert</translation>
    </message>
    <message>
        <source>Processor refund reference</source>
        <translation>Erstattungsreferenz des Zahlungsdienstleisters</translation>
    </message>
    <message>
        <source>The processor&apos;s id for the refund</source>
        <translation>Die ID der Erstattung beim Zahlungsdienstleister</translation>
    </message>
    <message>
        <source>Refunded at</source>
        <translation>Erstattet am</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <source>Continue to confirmation</source>
        <translation>Weiter zur Bestätigung</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Refundable:</source>
        <translation>Erstattbar:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Metadaten:</translation>
    </message>
    <message>
        <source>Processor &amp;reference:</source>
        <translation>&amp;Referenz des Zahlungsdienstleisters:</translation>
    </message>
    <message>
        <source>Refunded a&amp;t:</source>
        <translation>&amp;Erstattet am:</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Approval needed</source>
        <translation>Freigabe erforderlich</translation>
    </message>
    <message>
        <source>Left afterwards:</source>
        <translation>Danach verbleibend:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>Metadaten:</translation>
    </message>
    <message>
        <source>Processor reference:</source>
        <translation>Referenz des Zahlungsdienstleisters:</translation>
    </message>
    <message>
        <source>Refunded at:</source>
        <translation>Erstattet am:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the refund form</source>
        <translation>Zurück zum Erstattungsformular</translation>
    </message>
    <message>
        <source>%1 cannot be refunded here: its currency &quot;%2&quot; is unknown.</source>
        <translation>%1 kann hier nicht erstattet werden: Die Währung &quot;%2&quot; ist unbekannt.</translation>
    </message>
    <message>
        <source>Enter the amount to refund, at most %1, or choose Full amount.</source>
        <translation>Geben Sie den zu erstattenden Betrag ein, höchstens %1, oder wählen Sie „Voller Betrag“.</translation>
    </message>
    <message>
        <source>You have no refund limit in %1, so this refund will wait for a supervisor&apos;s approval, its amount reserved until then.</source>
        <translation>Sie haben kein Erstattungslimit in %1, daher wartet diese Erstattung auf die Freigabe durch einen Supervisor; ihr Betrag bleibt bis dahin reserviert.</translation>
    </message>
    <message>
        <source>This is above your refund limit of %1, so the refund will wait for a supervisor&apos;s approval, its amount reserved until then.</source>
        <translation>Dies liegt über Ihrem Erstattungslimit von %1, daher wartet die Erstattung auf die Freigabe durch einen Supervisor; ihr Betrag bleibt bis dahin reserviert.</translation>
    </message>
    <message>
        <source>Record that %1 of %2 was already refunded to %3 on %4 at the processor, once a supervisor approves it?</source>
        <translation>Erfassen, dass %1 von %2 für %4 beim Zahlungsdienstleister bereits an %3 erstattet wurde, sobald ein Supervisor dies freigibt?</translation>
    </message>
    <message>
        <source>Refund %1 of %2 to %3 on %4, once a supervisor approves it?</source>
        <translation>%1 von %2 an %3 für %4 erstatten, sobald ein Supervisor dies freigibt?</translation>
    </message>
    <message>
        <source>Submit %1 for approval</source>
        <translation>%1 zur Freigabe einreichen</translation>
    </message>
    <message>
        <source>Record that %1 of %2 was already refunded to %3 on %4 at the processor? This cannot be undone.</source>
        <translation>Erfassen, dass %1 von %2 für %4 beim Zahlungsdienstleister bereits an %3 erstattet wurde? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Record refund of %1</source>
        <translation>Erstattung über %1 erfassen</translation>
    </message>
    <message>
        <source>Refund %1 of %2 to %3 on %4? This cannot be undone.</source>
        <translation>%1 von %2 an %3 für %4 erstatten? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>an unnamed customer</source>
        <translation>ein Kunde ohne Namen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundFilterBar</name>
    <message>
        <source>&amp;Created</source>
        <translation>&amp;Erstellt</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter by reason</source>
        <translation>Nach Grund filtern</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Kein Grund</translation>
    </message>
    <message>
        <source>Filter by agent</source>
        <translation>Nach Sachbearbeiter filtern</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Alle Sachbearbeiter</translation>
    </message>
    <message>
        <source>Filter by creation date</source>
        <translation>Nach Erstellungsdatum filtern</translation>
    </message>
    <message>
        <source>Only refunds created between these days, in local time</source>
        <translation>Nur Erstattungen, die zwischen diesen Tagen erstellt wurden, in Ortszeit</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created until (inclusive)</source>
        <translation>Erstellt bis (einschließlich)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>S&amp;achbearbeiter:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Processor reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Refunded at</source>
        <translation>Erstattet am</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundsView</name>
    <message>
        <source>Mark succeeded…</source>
        <translation>Als erfolgreich markieren…</translation>
    </message>
    <message>
        <source>Mark failed…</source>
        <translation>Als fehlgeschlagen markieren…</translation>
    </message>
    <message>
        <source>Cancel refund…</source>
        <translation>Erstattung stornieren…</translation>
    </message>
    <message>
        <source>Requires action…</source>
        <translation>Aktion erforderlich…</translation>
    </message>
    <message>
        <source>Back to pending…</source>
        <translation>Zurück auf ausstehend…</translation>
    </message>
    <message>
        <source>The processor refunded the selected refund</source>
        <translation>Der Zahlungsdienstleister hat die ausgewählte Erstattung durchgeführt</translation>
    </message>
    <message>
        <source>The processor could not refund the selected refund</source>
        <translation>Der Zahlungsdienstleister konnte die ausgewählte Erstattung nicht durchführen</translation>
    </message>
    <message>
        <source>Cancel the selected refund before the processor refunds it</source>
        <translation>Ausgewählte Erstattung stornieren, bevor der Zahlungsdienstleister sie durchführt</translation>
    </message>
    <message>
        <source>The processor needs something more for the selected refund</source>
        <translation>Der Zahlungsdienstleister benötigt für die ausgewählte Erstattung weitere Angaben</translation>
    </message>
    <message>
        <source>The selected refund waits for the processor again</source>
        <translation>Die ausgewählte Erstattung wartet wieder auf den Zahlungsdienstleister</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Show payment</source>
        <translation>Zahlung anzeigen</translation>
    </message>
    <message>
        <source>Show the payment record the selected refund belongs to</source>
        <translation>Den Zahlungsdatensatz anzeigen, zu dem die ausgewählte Erstattung gehört</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No refunds yet</source>
        <translation>Noch keine Erstattungen</translation>
    </message>
    <message>
        <source>1 refund</source>
        <translation>1 Erstattung</translation>
    </message>
    <message>
        <source>%1 refunds</source>
        <translation>%1 Erstattungen</translation>
    </message>
    <message>
        <source>%1 of %2 refunds</source>
        <translation>%1 von %2 Erstattungen</translation>
    </message>
    <message>
        <source>Refund %1 cannot be moved to %2 here.</source>
        <translation>Erstattung %1 kann hier nicht auf „%2“ gesetzt werden.</translation>
    </message>
    <message>
        <source>Refund %1 is now “%2”.</source>
        <translation>Erstattung %1 hat jetzt den Status „%2“.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RejectionReportDialog</name>
    <message>
        <source>Import Report — %1</source>
        <translation>Importbericht – %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Rejected objects</source>
        <translation>Abgelehnte Objekte</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>… and %1 more rejections, not listed.</source>
        <translation>… und %1 weitere Ablehnungen, nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Import of %1: %2 %3</source>
        <translation>Import von %1: %2 %3</translation>
    </message>
    <message>
        <source>… and %1 more rejections.</source>
        <translation>… und %1 weitere Ablehnungen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReportChart</name>
    <message>
        <source>%1: refunded amount by %2</source>
        <translation>%1: erstatteter Betrag nach %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReportChartsView</name>
    <message>
        <source>Amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <source>%1, no refunds</source>
        <translation>%1, keine Erstattungen</translation>
    </message>
    <message>
        <source>%1 in 1 refund</source>
        <translation>%1 in 1 Erstattung</translation>
    </message>
    <message>
        <source>%1 in %2 refunds</source>
        <translation>%1 in %2 Erstattungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 to %2; the most, %3, in %4</source>
        <translation>%1 bis %2; Höchstwert %3 bei %4</translation>
    </message>
    <message>
        <source>Refunded per day (%1)</source>
        <translation>Erstattet pro Tag (%1)</translation>
    </message>
    <message>
        <source>Refunded per week (%1)</source>
        <translation>Erstattet pro Woche (%1)</translation>
    </message>
    <message>
        <source>Refunded per month (%1)</source>
        <translation>Erstattet pro Monat (%1)</translation>
    </message>
    <message>
        <source>Refunded over time (%1)</source>
        <translation>Erstattet im Zeitverlauf (%1)</translation>
    </message>
    <message>
        <source>Currency of the charts</source>
        <translation>Währung der Diagramme</translation>
    </message>
    <message>
        <source>Amounts in different currencies are never drawn on one scale: choose which to chart</source>
        <translation>Beträge in verschiedenen Währungen werden nie auf einer Skala dargestellt: Wählen Sie die darzustellende Währung</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Refunded in the chosen currency</source>
        <translation>Erstattet in der gewählten Währung</translation>
    </message>
    <message>
        <source>Refunded over time</source>
        <translation>Erstattet im Zeitverlauf</translation>
    </message>
    <message>
        <source>Refunded by reason</source>
        <translation>Erstattet nach Grund</translation>
    </message>
    <message>
        <source>No refunds to chart in this period.</source>
        <translation>Keine Erstattungen in diesem Zeitraum für ein Diagramm.</translation>
    </message>
    <message>
        <source>Group the report by day, week or month to chart it over time.</source>
        <translation>Gruppieren Sie den Bericht nach Tag, Woche oder Monat, um ihn im Zeitverlauf darzustellen.</translation>
    </message>
    <message>
        <source>Refunded by reason (%1)</source>
        <translation>Erstattet nach Grund (%1)</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReportPdf</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Refunds counted</source>
        <translation>Erstattungen gezählt</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Gruppiert nach</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Summen je Währung</translation>
    </message>
    <message>
        <source>No refunds and no guaranteed volume in this period.</source>
        <translation>Keine Erstattungen und kein garantiertes Volumen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Guaranteed</source>
        <translation>Garantiert</translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation>Erstattungsquote</translation>
    </message>
    <message>
        <source>Refunds by %1</source>
        <translation>Erstattungen nach %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>No refunds in this period match the filters.</source>
        <translation>In diesem Zeitraum entsprechen keine Erstattungen den Filtern.</translation>
    </message>
    <message>
        <source>Refunded amount by %1</source>
        <translation>Erstatteter Betrag nach %1</translation>
    </message>
    <message>
        <source>Cannot start the PDF report.</source>
        <translation>Der PDF-Bericht kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot finish the PDF report.</source>
        <translation>Der PDF-Bericht kann nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReportRowsModel</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReportText</name>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Refund report</source>
        <translation>Erstattungsbericht</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Kein Grund</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>ISO week (Monday first)</source>
        <translation>ISO-Woche (beginnt am Montag)</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2, both included (%3)</source>
        <translation>%1 bis %2, beide einschließlich (%3)</translation>
    </message>
    <message>
        <source>%1 up to %2, not included (%3)</source>
        <translation>%1 bis ausschließlich %2 (%3)</translation>
    </message>
    <message>
        <source>when the processor refunded them (refunds not yet refunded are left out)</source>
        <translation>nach Zeitpunkt der Erstattung durch den Zahlungsdienstleister (noch nicht erstattete Erstattungen bleiben unberücksichtigt)</translation>
    </message>
    <message>
        <source>when they were created at the desk</source>
        <translation>nach Zeitpunkt der Erstellung in RefundDesk</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Währungen</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReportTotalsModel</name>
    <message>
        <source>Refunded as a share of what payments created in the period guaranteed in %1.</source>
        <translation>Erstatteter Betrag als Anteil dessen, was die im Zeitraum erstellten Zahlungen in %1 garantiert haben.</translation>
    </message>
    <message>
        <source>No payment created in the period guaranteed anything in %1.</source>
        <translation>Keine im Zeitraum erstellte Zahlung hat in %1 einen Betrag garantiert.</translation>
    </message>
    <message>
        <source>What payments created in the period guaranteed in %1, whatever the refund filters.</source>
        <translation>Was die im Zeitraum erstellten Zahlungen in %1 garantiert haben, unabhängig von den Erstattungsfiltern.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Guaranteed</source>
        <translation>Garantiert</translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation>Erstattungsquote</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReportsView</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation>Letzter Tag des Zeitraums (einschließlich)</translation>
    </message>
    <message>
        <source>Time zone of the days, weeks and months</source>
        <translation>Zeitzone der Tage, Wochen und Monate</translation>
    </message>
    <message>
        <source>The days, weeks and months of the report begin at midnight in this zone, daylight saving included</source>
        <translation>Die Tage, Wochen und Monate des Berichts beginnen um Mitternacht in dieser Zeitzone, einschließlich Sommerzeit</translation>
    </message>
    <message>
        <source>Count refunds by</source>
        <translation>Erstattungen zählen nach</translation>
    </message>
    <message>
        <source>created</source>
        <translation>Erstellungsdatum</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>Erstattungsdatum</translation>
    </message>
    <message>
        <source>Place each refund in the period by when it was created at the desk, or by when the processor refunded it (refunds not refunded yet are left out)</source>
        <translation>Jede Erstattung nach dem Zeitpunkt ihrer Erstellung in RefundDesk oder ihrer Erstattung durch den Zahlungsdienstleister dem Zeitraum zuordnen (noch nicht erstattete Erstattungen entfallen dann)</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeit&amp;zone:</translation>
    </message>
    <message>
        <source>Co&amp;unt by:</source>
        <translation>Zäh&amp;len nach:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>Nur:</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>CSV, Comma Separated…</source>
        <translation>CSV, kommagetrennt…</translation>
    </message>
    <message>
        <source>CSV for Spreadsheets (Semicolons, Byte Order Mark)…</source>
        <translation>CSV für Tabellenkalkulationen (Semikolons, Byte Order Mark)…</translation>
    </message>
    <message>
        <source>Save the report as CSV; the arrow offers a form for spreadsheets that use a comma as the decimal point</source>
        <translation>Bericht als CSV speichern; der Pfeil bietet eine Variante für Tabellenkalkulationen, die das Komma als Dezimaltrennzeichen verwenden</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Summen je Währung</translation>
    </message>
    <message>
        <source>Report rows</source>
        <translation>Berichtszeilen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zeilen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Totals per currency&lt;/b&gt;</source>
        <translation>&lt;b&gt;Summen je Währung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is not one this system knows; choose one from the list, such as Europe/Berlin or UTC.</source>
        <translation>Die Zeitzone &quot;%1&quot; ist diesem System nicht bekannt; wählen Sie eine aus der Liste, etwa Europe/Berlin oder UTC.</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Kein Bericht</translation>
    </message>
    <message>
        <source>1 refund</source>
        <translation>1 Erstattung</translation>
    </message>
    <message>
        <source>%1 refunds</source>
        <translation>%1 Erstattungen</translation>
    </message>
    <message>
        <source>1 currency</source>
        <translation>1 Währung</translation>
    </message>
    <message>
        <source>%1 currencies</source>
        <translation>%1 Währungen</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 in %2, %3 · %4 · run in %5 ms</source>
        <translation>%1 in %2, %3 · %4 · erstellt in %5 ms</translation>
    </message>
    <message>
        <source>Your role may not export reports.</source>
        <translation>Ihre Rolle darf keine Berichte exportieren.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Bericht in %1 gespeichert.</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Es gibt noch keinen Bericht zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SessionActions</name>
    <message>
        <source>The first user now exists, so RefundDesk asks everyone to sign in from now on. Sign in as a user of this database to go on.</source>
        <translation>Es gibt jetzt den ersten Benutzer, daher verlangt RefundDesk ab sofort von allen eine Anmeldung. Melden Sie sich als Benutzer dieser Datenbank an, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1 Sign in to go on.</source>
        <translation>%1 Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SignInDialog</name>
    <message>
        <source>Sign in to RefundDesk</source>
        <translation>Bei RefundDesk anmelden</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::StatusChangeDialog</name>
    <message>
        <source>Mark refund as succeeded</source>
        <translation>Erstattung als erfolgreich markieren</translation>
    </message>
    <message>
        <source>Mark refund as failed</source>
        <translation>Erstattung als fehlgeschlagen markieren</translation>
    </message>
    <message>
        <source>Cancel refund</source>
        <translation>Erstattung stornieren</translation>
    </message>
    <message>
        <source>Refund requires action</source>
        <translation>Erstattung erfordert eine Aktion</translation>
    </message>
    <message>
        <source>Refund back to pending</source>
        <translation>Erstattung zurück auf ausstehend</translation>
    </message>
    <message>
        <source>Change refund status</source>
        <translation>Erstattungsstatus ändern</translation>
    </message>
    <message>
        <source>Mark succeeded</source>
        <translation>Als erfolgreich markieren</translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation>Als fehlgeschlagen markieren</translation>
    </message>
    <message>
        <source>Mark requires action</source>
        <translation>Als „Aktion erforderlich“ markieren</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>Zurück auf ausstehend</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>The processor has refunded %1 to the customer.</source>
        <translation>Der Zahlungsdienstleister hat %1 an den Kunden erstattet.</translation>
    </message>
    <message>
        <source>The processor reports that the refund of %1 failed after it was marked succeeded.</source>
        <translation>Der Zahlungsdienstleister meldet, dass die Erstattung von %1 fehlgeschlagen ist, nachdem sie als erfolgreich markiert wurde.</translation>
    </message>
    <message>
        <source>The processor could not refund %1.</source>
        <translation>Der Zahlungsdienstleister konnte %1 nicht erstatten.</translation>
    </message>
    <message>
        <source>Cancel the refund of %1? It will not be sent to the processor, and the amount can be refunded again. This cannot be undone.</source>
        <translation>Die Erstattung von %1 stornieren? Sie wird nicht an den Zahlungsdienstleister gesendet, und der Betrag kann erneut erstattet werden. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The processor needs something more, such as the customer&apos;s bank details, before it can refund %1.</source>
        <translation>Der Zahlungsdienstleister benötigt weitere Angaben, etwa die Bankverbindung des Kunden, bevor er %1 erstatten kann.</translation>
    </message>
    <message>
        <source>The refund of %1 goes back to waiting for the processor.</source>
        <translation>Die Erstattung von %1 wartet wieder auf den Zahlungsdienstleister.</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>Erstattung:</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Zahlung:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Keep refund</source>
        <translation>Erstattung behalten</translation>
    </message>
    <message>
        <source>Processor refund reference</source>
        <translation>Erstattungsreferenz des Zahlungsdienstleisters</translation>
    </message>
    <message>
        <source>The processor&apos;s id for this refund</source>
        <translation>Die ID dieser Erstattung beim Zahlungsdienstleister</translation>
    </message>
    <message>
        <source>Processor &amp;reference:</source>
        <translation>&amp;Referenz des Zahlungsdienstleisters:</translation>
    </message>
    <message>
        <source>Refunded at</source>
        <translation>Erstattet am</translation>
    </message>
    <message>
        <source>When the processor refunded it, in local time; not before the refund was initiated and not in the future</source>
        <translation>Wann der Zahlungsdienstleister erstattet hat, in Ortszeit; nicht vor Einleitung der Erstattung und nicht in der Zukunft</translation>
    </message>
    <message>
        <source>Refunded &amp;at:</source>
        <translation>&amp;Erstattet am:</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Fehlergrund</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund auswählen…</translation>
    </message>
    <message>
        <source>&amp;Failure reason:</source>
        <translation>&amp;Fehlergrund:</translation>
    </message>
    <message>
        <source>Pending reason</source>
        <translation>Wartegrund</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>&amp;Pending reason:</source>
        <translation>&amp;Wartegrund:</translation>
    </message>
    <message>
        <source>Enter the processor&apos;s refund reference to mark refund %1 as succeeded.</source>
        <translation>Geben Sie die Erstattungsreferenz des Zahlungsdienstleisters ein, um Erstattung %1 als erfolgreich zu markieren.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::StoreJob</name>
    <message>
        <source>No store.</source>
        <translation>Kein Speicher.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::TransferActions</name>
    <message>
        <source>Read %1 objects (%2): %3 imported, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>%1 Objekte gelesen (%2): %3 importiert, %4 aktualisiert, %5 unverändert, %6 abgelehnt.</translation>
    </message>
    <message>
        <source>Check only: nothing was written.</source>
        <translation>Nur geprüft: Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) were rejected, so nothing was imported; fix them or import again with “Skip invalid objects”.</source>
        <translation>
            <numerusform>%Ln Objekt wurde abgelehnt, daher wurde nichts importiert; korrigieren Sie es oder importieren Sie erneut mit „Ungültige Objekte überspringen“.</numerusform>
            <numerusform>%Ln Objekte wurden abgelehnt, daher wurde nichts importiert; korrigieren Sie sie oder importieren Sie erneut mit „Ungültige Objekte überspringen“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) would be rejected. Check only: nothing was written.</source>
        <translation>
            <numerusform>%Ln Objekt würde abgelehnt. Nur geprüft: Es wurde nichts geschrieben.</numerusform>
            <numerusform>%Ln Objekte würden abgelehnt. Nur geprüft: Es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) were rejected and left out.</source>
        <translation>
            <numerusform>%Ln Objekt wurde abgelehnt und ausgelassen.</numerusform>
            <numerusform>%Ln Objekte wurden abgelehnt und ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Payment Records</source>
        <translation>Zahlungsdatensätze importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>JSON-Dateien (*.json *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import payment records, attempts and refunds from %1?</source>
        <translation>Zahlungsdatensätze, Zahlungsversuche und Erstattungen aus %1 importieren?</translation>
    </message>
    <message>
        <source>Every object is checked first. If any is rejected, nothing is imported, and a report lists each rejected object and why.</source>
        <translation>Jedes Objekt wird zuerst geprüft. Wird eines abgelehnt, wird nichts importiert, und ein Bericht führt jedes abgelehnte Objekt mit Grund auf.</translation>
    </message>
    <message>
        <source>&amp;Skip invalid objects: import the valid ones and report the rest</source>
        <translation>&amp;Ungültige Objekte überspringen: die gültigen importieren und die übrigen melden</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Check Only</source>
        <translation>Nur &amp;prüfen</translation>
    </message>
    <message>
        <source>Validate and report; write nothing.</source>
        <translation>Prüfen und melden; nichts schreiben.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 von %2 gelesen</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed.</source>
        <translation>%1 wurde nicht importiert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was changed.</source>
        <translation>Import von %1 abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every object in %1 is valid.</source>
        <translation>Alle Objekte in %1 sind gültig.</translation>
    </message>
    <message>
        <source>JSON array (*.json)</source>
        <translation>JSON-Array (*.json)</translation>
    </message>
    <message>
        <source>API list envelope (*.json)</source>
        <translation>API-Listen-Envelope (*.json)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson)</source>
        <translation>JSON Lines (*.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Export Payment Records</source>
        <translation>Zahlungsdatensätze exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>%1 objects written</source>
        <translation>%1 Objekte geschrieben</translation>
    </message>
    <message>
        <source>Nothing was exported to %1.</source>
        <translation>Es wurde nichts nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Exported %1 records, %2 attempts and %3 refunds to %4.</source>
        <translation>%1 Datensätze, %2 Zahlungsversuche und %3 Erstattungen nach %4 exportiert.</translation>
    </message>
    <message>
        <source>%1 Emails and phone numbers are masked.</source>
        <translation>%1 E-Mail-Adressen und Telefonnummern sind maskiert.</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <source>Demo data are realistic payment records with their attempts and refunds, in several currencies, for trying RefundDesk out. They are added to this database.

How many payment records?</source>
        <translation>Demodaten sind realistische Zahlungsdatensätze mit ihren Zahlungsversuchen und Erstattungen in mehreren Währungen, zum Ausprobieren von RefundDesk. Sie werden dieser Datenbank hinzugefügt.

Wie viele Zahlungsdatensätze?</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Number of demo payment records</source>
        <translation>Anzahl der Demo-Zahlungsdatensätze</translation>
    </message>
    <message>
        <source>Generating %1 demo payment records…</source>
        <translation>%1 Demo-Zahlungsdatensätze werden erzeugt…</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 von %2 Datensätzen</translation>
    </message>
    <message>
        <source>Loading demo data cancelled: nothing was changed.</source>
        <translation>Laden der Demodaten abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No demo data were loaded; nothing was changed.</source>
        <translation>Es wurden keine Demodaten geladen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Loaded %1 demo payment records with %2 attempts and %3 refunds.</source>
        <translation>%1 Demo-Zahlungsdatensätze mit %2 Zahlungsversuchen und %3 Erstattungen geladen.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::TransferJobs</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UserFormDialog</name>
    <message>
        <source>Add User</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Change Role of %1</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <source>Refund Limits of %1</source>
        <translation>Erstattungslimits von %1</translation>
    </message>
    <message>
        <source>Set Password of %1</source>
        <translation>Passwort von %1 festlegen</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Set Limits</source>
        <translation>Limits festlegen</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Reads and exports, with emails and phone numbers masked.</source>
        <translation>Liest und exportiert, mit maskierten E-Mail-Adressen und Telefonnummern.</translation>
    </message>
    <message>
        <source>Refunds up to their limits; larger refunds wait for approval.</source>
        <translation>Erstattet bis zu den eigenen Limits; größere Erstattungen warten auf Freigabe.</translation>
    </message>
    <message>
        <source>Also approves others&apos; refunds, imports and reads the audit trail.</source>
        <translation>Gibt zusätzlich Erstattungen anderer frei, importiert und liest das Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Also manages users, roles, limits and passwords.</source>
        <translation>Verwaltet zusätzlich Benutzer, Rollen, Limits und Passwörter.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ -</source>
        <translation>Buchstaben, Ziffern und . _ @ -</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Refund limits</source>
        <translation>Erstattungslimits</translation>
    </message>
    <message>
        <source>Refund limits:</source>
        <translation>Erstattungslimits:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s name.</source>
        <translation>Geben Sie den Namen des neuen Benutzers ein.</translation>
    </message>
    <message>
        <source>Enter the password, then once again.</source>
        <translation>Geben Sie das Passwort ein und dann noch einmal.</translation>
    </message>
    <message>
        <source>Enter the password once again.</source>
        <translation>Geben Sie das Passwort noch einmal ein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>%1 is a %2 already; choose another role.</source>
        <translation>%1 hat bereits die Rolle %2; wählen Sie eine andere Rolle.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UserTableModel</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Last failed sign-in: %1</source>
        <translation>Letzte fehlgeschlagene Anmeldung: %1</translation>
    </message>
    <message>
        <source>Refunds above these amounts, and in any other currency, wait for a supervisor&apos;s approval.</source>
        <translation>Erstattungen über diesen Beträgen und in jeder anderen Währung warten auf die Freigabe durch einen Supervisor.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Refund limits</source>
        <translation>Erstattungslimits</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Fehlgeschl. Anmeldungen</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>Set &amp;Limits…</source>
        <translation>&amp;Limits festlegen…</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>&amp;Passwort festlegen…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>This database has no users yet: you work as the local operator %1 with admin rights. The first user must be an admin; once it exists, everyone signs in.</source>
        <translation>Diese Datenbank hat noch keine Benutzer: Sie arbeiten als lokaler Bediener %1 mit Administratorrechten. Der erste Benutzer muss ein Administrator sein; sobald er existiert, melden sich alle an.</translation>
    </message>
    <message>
        <source>Who may use this desk and what each may do. Changes are recorded in the audit trail.</source>
        <translation>Wer diesen Arbeitsplatz nutzen darf und was jeder darf. Änderungen werden im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>Benutzer %1 als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>User %1 added as %2. From now on everyone signs in.</source>
        <translation>Benutzer %1 als %2 hinzugefügt. Ab sofort melden sich alle an.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <source>Refund limits of %1: %2.</source>
        <translation>Erstattungslimits von %1: %2.</translation>
    </message>
    <message>
        <source>Password of %1 set.</source>
        <translation>Passwort von %1 festgelegt.</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 ist deaktiviert und kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 ist wieder aktiviert.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::main</name>
    <message>
        <source>Look up payment records and refund them.</source>
        <translation>Zahlungsdatensätze nachschlagen und erstatten.</translation>
    </message>
    <message>
        <source>The SQLite database to open (default: $REFUNDDESK_DB, else the user&apos;s data folder).</source>
        <translation>Die zu öffnende SQLite-Datenbank (Standard: $REFUNDDESK_DB, sonst der Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>RefundDesk</source>
        <translation>RefundDesk</translation>
    </message>
    <message>
        <source>Cannot open the database %1.

%2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>Cannot read the users of %1.

%2</source>
        <translation>Die Benutzer von %1 können nicht gelesen werden.

%2</translation>
    </message>
</context>
</TS>
