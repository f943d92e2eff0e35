<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>RefundDesk</name>
    <message>
        <source>The password has %1 characters; it needs at least %2.</source>
        <translation>Le mot de passe compte %1 caractères ; il en faut au moins %2.</translation>
    </message>
    <message>
        <source>The password is longer than %1 bytes.</source>
        <translation>Le mot de passe dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The password must not contain a NUL character.</source>
        <translation>Le mot de passe ne doit pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>Impossible d&apos;initialiser libsodium.</translation>
    </message>
    <message>
        <source>Hashing the password needs %1 MiB of memory, which the system would not give.</source>
        <translation>Le hachage du mot de passe nécessite %1 Mio de mémoire, que le système n&apos;a pas pu fournir.</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>read payments and refunds</source>
        <translation>consulter les paiements et les remboursements</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>exporter des données</translation>
    </message>
    <message>
        <source>export unmasked emails and phone numbers</source>
        <translation>exporter les adresses e-mail et les numéros de téléphone non masqués</translation>
    </message>
    <message>
        <source>import payment data</source>
        <translation>importer des données de paiement</translation>
    </message>
    <message>
        <source>create refunds</source>
        <translation>créer des remboursements</translation>
    </message>
    <message>
        <source>change refund statuses</source>
        <translation>modifier le statut des remboursements</translation>
    </message>
    <message>
        <source>add notes and edit metadata</source>
        <translation>ajouter des notes et modifier les métadonnées</translation>
    </message>
    <message>
        <source>approve or reject refunds</source>
        <translation>approuver ou rejeter des remboursements</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <source>%1 has the role %2 and may not %3; that takes the role %4.</source>
        <translation>%1 a le rôle %2 et ne peut pas %3 ; cela nécessite le rôle %4.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Unknown user or wrong password for &quot;%1&quot;.</source>
        <translation>Utilisateur inconnu ou mot de passe incorrect pour &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n user(s): sign in as one of them.</source>
        <translation>
            <numerusform>%1 compte %n utilisateur : connectez-vous avec ce compte.</numerusform>
            <numerusform>%1 compte %n utilisateurs : connectez-vous avec l&apos;un d&apos;eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed sign-ins in a row for &quot;%2&quot;: wait %3 s before trying again.</source>
        <translation>%1 échecs de connexion consécutifs pour &quot;%2&quot; : patientez %3 s avant de réessayer.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is disabled; an admin can enable it again.</source>
        <translation>L&apos;utilisateur &quot;%1&quot; est désactivé ; un administrateur peut le réactiver.</translation>
    </message>
    <message>
        <source>User name &quot;%1&quot; must be 1 to %2 characters long.</source>
        <translation>Le nom d&apos;utilisateur &quot;%1&quot; doit comporter entre 1 et %2 caractères.</translation>
    </message>
    <message>
        <source>User name &quot;%1&quot; may only contain letters a–z, digits and . _ @ - (found &quot;%2&quot;).</source>
        <translation>Le nom d&apos;utilisateur &quot;%1&quot; ne peut contenir que des lettres a–z, des chiffres et . _ @ - (trouvé : &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of %3.</source>
        <translation>%1 &quot;%2&quot; ne fait pas partie des valeurs admises : %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a time: give Unix seconds or RFC 3339 such as 2026-11-22T09:30:00Z.</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas une date-heure : indiquez des secondes Unix ou une date RFC 3339 telle que 2026-11-22T09:30:00Z.</translation>
    </message>
    <message>
        <source>--records must be zero or more, not %1.</source>
        <translation>--records doit être supérieur ou égal à zéro, et non %1.</translation>
    </message>
    <message>
        <source> (Was demo seed %1 loaded before? Use another --seed.)</source>
        <translation> (La graine de démonstration %1 a-t-elle déjà été chargée ? Utilisez une autre valeur de --seed.)</translation>
    </message>
    <message>
        <source>%1 has %2 keys, but at most %3 are allowed.</source>
        <translation>%1 compte %2 clés, mais %3 au maximum sont autorisées.</translation>
    </message>
    <message>
        <source>%1 has an empty key.</source>
        <translation>%1 contient une clé vide.</translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot; has %3 characters, but at most %4 are allowed.</source>
        <translation>La clé &quot;%2&quot; de %1 compte %3 caractères, mais %4 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot; contains a square bracket, which is not allowed.</source>
        <translation>La clé &quot;%2&quot; de %1 contient un crochet, ce qui n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>%1 value of &quot;%2&quot; has %3 characters, but at most %4 are allowed.</source>
        <translation>La valeur de &quot;%2&quot; dans %1 compte %3 caractères, mais %4 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>metadata &quot;%1&quot; is not of the form KEY=VALUE.</source>
        <translation>La métadonnée &quot;%1&quot; n&apos;est pas au format KEY=VALUE.</translation>
    </message>
    <message>
        <source>%1 is empty; write what happened.</source>
        <translation>%1 est vide ; décrivez ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed.</source>
        <translation>%1 compte %2 caractères ; %3 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>Paiement en attente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Partiellement remboursé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Refund pending</source>
        <translation>Remboursement en attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Requires action</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Fraudulent</source>
        <translation>Frauduleux</translation>
    </message>
    <message>
        <source>Requested by customer</source>
        <translation>Demandé par le client</translation>
    </message>
    <message>
        <source>Lost or stolen card</source>
        <translation>Carte perdue ou volée</translation>
    </message>
    <message>
        <source>Expired or canceled card</source>
        <translation>Carte expirée ou annulée</translation>
    </message>
    <message>
        <source>Charge for pending refund disputed</source>
        <translation>Débit du remboursement en attente contesté</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>Fonds insuffisants</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Merchant request</source>
        <translation>Demande du commerçant</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <source>Charge pending</source>
        <translation>Débit en attente</translation>
    </message>
    <message>
        <source>Refund %1 is awaiting approval: a supervisor or admin other than its creator approves or rejects it.</source>
        <translation>Le remboursement %1 est en attente d&apos;approbation : un superviseur ou un administrateur autre que son créateur doit l&apos;approuver ou le rejeter.</translation>
    </message>
    <message>
        <source>%1 is final.</source>
        <translation>%1 est un statut final.</translation>
    </message>
    <message>
        <source>From %1 it can go to %2.</source>
        <translation>Depuis %1, il peut passer à %2.</translation>
    </message>
    <message>
        <source>Refund %1 cannot change from %2 to %3. %4</source>
        <translation>Le statut du remboursement %1 ne peut pas passer de %2 à %3. %4</translation>
    </message>
    <message>
        <source>A failure_reason is required to mark refund %1 as failed.</source>
        <translation>Un failure_reason est requis pour marquer le remboursement %1 comme échoué.</translation>
    </message>
    <message>
        <source>failure_reason &quot;%1&quot; can only be set when the status is failed, not %2.</source>
        <translation>failure_reason &quot;%1&quot; ne peut être défini que si le statut est failed, et non %2.</translation>
    </message>
    <message>
        <source>pending_reason &quot;%1&quot; can only be set when the status is pending, not %2.</source>
        <translation>pending_reason &quot;%1&quot; ne peut être défini que si le statut est pending, et non %2.</translation>
    </message>
    <message>
        <source>refunded_at can only be set when the status becomes succeeded, not %1.</source>
        <translation>refunded_at ne peut être défini que lorsque le statut passe à succeeded, et non %1.</translation>
    </message>
    <message>
        <source>refunded_at %1 is before the refund was initiated at %2.</source>
        <translation>refunded_at %1 est antérieur au lancement du remboursement (%2).</translation>
    </message>
    <message>
        <source>the payment failed</source>
        <translation>le paiement a échoué</translation>
    </message>
    <message>
        <source>the payment was canceled</source>
        <translation>le paiement a été annulé</translation>
    </message>
    <message>
        <source>no payment attempt was ever guaranteed</source>
        <translation>aucune tentative de paiement n&apos;a jamais été garantie</translation>
    </message>
    <message>
        <source>%1 cannot be refunded: %2.</source>
        <translation>%1 ne peut pas être remboursé : %2.</translation>
    </message>
    <message>
        <source>Nothing is left to refund on %1: %2 of %3 is already refunded or reserved.</source>
        <translation>Il ne reste rien à rembourser sur %1 : %2 sur %3 sont déjà remboursés ou réservés.</translation>
    </message>
    <message>
        <source>Refund amount %1 must be greater than zero.</source>
        <translation>Le montant du remboursement %1 doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Refund of %1 exceeds the %2 still refundable on %3.</source>
        <translation>Le remboursement de %1 dépasse les %2 encore remboursables sur %3.</translation>
    </message>
    <message>
        <source>%1 %2 is before payment %3 was created at %4.</source>
        <translation>%1 %2 est antérieur à la création du paiement %3 (%4).</translation>
    </message>
    <message>
        <source>%1 %2 is in the future (now is %3).</source>
        <translation>%1 %2 est dans le futur (il est actuellement %3).</translation>
    </message>
    <message>
        <source>refunded_at %1 is before initiated_at %2.</source>
        <translation>refunded_at %1 est antérieur à initiated_at %2.</translation>
    </message>
    <message>
        <source>refunded_at can only be given for a refund reported as already refunded at the processor.</source>
        <translation>refunded_at ne peut être indiqué que pour un remboursement déclaré comme déjà effectué chez le prestataire de paiement.</translation>
    </message>
    <message>
        <source>Payment %1 has the unknown currency &quot;%2&quot;.</source>
        <translation>Le paiement %1 a une devise inconnue, &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Refund currency %1 is not the currency of payment %2 (%3).</source>
        <translation>La devise du remboursement, %1, n&apos;est pas celle du paiement %2 (%3).</translation>
    </message>
    <message>
        <source>A refund reported as already refunded at the processor needs the processor&apos;s refund reference.</source>
        <translation>Un remboursement déclaré comme déjà effectué chez le prestataire de paiement nécessite la référence de remboursement du prestataire.</translation>
    </message>
    <message>
        <source>%1 must be a string, not %2.</source>
        <translation>%1 doit être une chaîne, et non %2.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 est manquant.</translation>
    </message>
    <message>
        <source>%1 has %2 characters, but ids have at most %3. It starts &quot;%4…&quot;.</source>
        <translation>%1 compte %2 caractères, mais un identifiant en compte au plus %3. Il commence par &quot;%4…&quot;.</translation>
    </message>
    <message>
        <source>%1 contains a NUL character (\u0000), which ids may not.</source>
        <translation>%1 contient un caractère NUL (\u0000), interdit dans les identifiants.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2.</source>
        <translation>%1 doit valoir true ou false, et non %2.</translation>
    </message>
    <message>
        <source>%1 %2 does not fit in 64 bits.</source>
        <translation>%1 %2 ne tient pas sur 64 bits.</translation>
    </message>
    <message>
        <source>%1 %2 is too large for an amount.</source>
        <translation>%1 %2 est trop grand pour un montant.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of minor units, not %2.</source>
        <translation>%1 doit être un nombre entier d&apos;unités monétaires divisionnaires, et non %2.</translation>
    </message>
    <message>
        <source>%1 %2 is negative.</source>
        <translation>%1 %2 est négatif.</translation>
    </message>
    <message>
        <source>%1 must be an object {&quot;currency&quot;, &quot;value&quot;}, not %2.</source>
        <translation>%1 doit être un objet {&quot;currency&quot;, &quot;value&quot;}, et non %2.</translation>
    </message>
    <message>
        <source>%1 is in %2, but the object&apos;s other amounts are in %3.</source>
        <translation>%1 est en %2, mais les autres montants de l&apos;objet sont en %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO 4217 currency this desk knows.</source>
        <translation>%1 &quot;%2&quot; n&apos;est pas une devise ISO 4217 connue de RefundDesk.</translation>
    </message>
    <message>
        <source>%1 %2 is too large for a time.</source>
        <translation>%1 %2 est trop grand pour une date-heure.</translation>
    </message>
    <message>
        <source>%1 must be Unix seconds or an RFC 3339 time, not %2.</source>
        <translation>%1 doit être exprimé en secondes Unix ou sous forme de date-heure RFC 3339, et non %2.</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1 doit être un objet, et non %2.</translation>
    </message>
    <message>
        <source>%1[%2] must be a string, not %3.</source>
        <translation>%1[%2] doit être une chaîne, et non %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; must be the card&apos;s last four digits, nothing more.</source>
        <translation>%1 &quot;%2&quot; doit contenir uniquement les quatre derniers chiffres de la carte.</translation>
    </message>
    <message>
        <source>amount_requested is missing.</source>
        <translation>amount_requested est manquant.</translation>
    </message>
    <message>
        <source>customer_presence &quot;%1&quot; is not one of on_session, off_session.</source>
        <translation>customer_presence &quot;%1&quot; ne fait pas partie des valeurs on_session, off_session.</translation>
    </message>
    <message>
        <source>payment_record is null: the attempt does not say which payment record it belongs to.</source>
        <translation>payment_record est null : la tentative n&apos;indique pas à quel enregistrement de paiement elle appartient.</translation>
    </message>
    <message>
        <source>The refund names no payment record (neither payment_record nor payment is set), so it cannot be imported.</source>
        <translation>Le remboursement ne désigne aucun enregistrement de paiement (ni payment_record ni payment n&apos;est défini) ; il ne peut donc pas être importé.</translation>
    </message>
    <message>
        <source>amount is missing.</source>
        <translation>amount est manquant.</translation>
    </message>
    <message>
        <source>amount %1 must be greater than zero.</source>
        <translation>amount %1 doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>failure_reason is required when the status is failed.</source>
        <translation>failure_reason est requis lorsque le statut est failed.</translation>
    </message>
    <message>
        <source>failure_reason &quot;%1&quot; is set, but the status is %2, not failed.</source>
        <translation>failure_reason &quot;%1&quot; est défini, mais le statut est %2, et non failed.</translation>
    </message>
    <message>
        <source>pending_reason &quot;%1&quot; is set, but the status is %2, not pending.</source>
        <translation>pending_reason &quot;%1&quot; est défini, mais le statut est %2, et non pending.</translation>
    </message>
    <message>
        <source>%1 is a number that does not fit in 64 bits.</source>
        <translation>%1 est un nombre qui ne tient pas sur 64 bits.</translation>
    </message>
    <message>
        <source>Expected an object, found %1.</source>
        <translation>Un objet était attendu, mais %1 a été trouvé.</translation>
    </message>
    <message>
        <source>object is missing: say payment_record, payment_attempt_record or refund.</source>
        <translation>object est manquant : indiquez payment_record, payment_attempt_record ou refund.</translation>
    </message>
    <message>
        <source>object &quot;%1&quot; is not one of payment_record, payment_attempt_record, refund.</source>
        <translation>object &quot;%1&quot; ne fait pas partie des valeurs payment_record, payment_attempt_record, refund.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Impossible d&apos;écrire l&apos;export : %1</translation>
    </message>
    <message>
        <source>object %1 (line %2)</source>
        <translation>objet %1 (ligne %2)</translation>
    </message>
    <message>
        <source>object %1</source>
        <translation>objet %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>Its payment record %1 was rejected, so it cannot be imported either.</source>
        <translation>Son enregistrement de paiement %1 a été rejeté ; il ne peut donc pas non plus être importé.</translation>
    </message>
    <message>
        <source>a string of %1 bytes is longer than the %2 allowed</source>
        <translation>une chaîne de %1 octets dépasse les %2 autorisés</translation>
    </message>
    <message>
        <source>binary values are not JSON</source>
        <translation>les valeurs binaires ne sont pas du JSON</translation>
    </message>
    <message>
        <source>a key of %1 bytes is longer than the %2 allowed</source>
        <translation>une clé de %1 octets dépasse les %2 autorisés</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object</source>
        <translation>la clé &quot;%1&quot; apparaît deux fois dans le même objet</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>à l&apos;octet %1 : %2</translation>
    </message>
    <message>
        <source>The list envelope has no &quot;data&quot; array.</source>
        <translation>L&apos;enveloppe de liste ne contient pas de tableau &quot;data&quot;.</translation>
    </message>
    <message>
        <source>A top-level object with a &quot;data&quot; array must be a list envelope (&quot;object&quot;: &quot;list&quot;).</source>
        <translation>Un objet de premier niveau contenant un tableau &quot;data&quot; doit être une enveloppe de liste (&quot;object&quot;: &quot;list&quot;).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>in object %1: %2</source>
        <translation>dans l&apos;objet %1 : %2</translation>
    </message>
    <message>
        <source>nesting is deeper than the %1 levels allowed</source>
        <translation>l&apos;imbrication dépasse les %1 niveaux autorisés</translation>
    </message>
    <message>
        <source>expected an object, an array of objects or JSON Lines, not a single value</source>
        <translation>un objet, un tableau d&apos;objets ou du JSON Lines était attendu, et non une valeur isolée</translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Le fichier est vide : il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>The file is not JSON: it starts with &quot;%1&quot; where an object, an array or JSON Lines were expected.</source>
        <translation>Le fichier n&apos;est pas au format JSON : il commence par &quot;%1&quot; là où un objet, un tableau ou du JSON Lines était attendu.</translation>
    </message>
    <message>
        <source>Malformed JSON %1.</source>
        <translation>JSON mal formé %1.</translation>
    </message>
    <message>
        <source>Malformed JSON at byte %1: a NUL byte after the document, where only the end of the file may follow.</source>
        <translation>JSON mal formé à l&apos;octet %1 : un octet NUL après le document, là où seule la fin du fichier peut suivre.</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes.</source>
        <translation>la ligne %1 dépasse %2 octets.</translation>
    </message>
    <message>
        <source>Malformed JSON Lines: line %1: a NUL byte at column %2; JSON has none outside escapes (\u0000).</source>
        <translation>JSON Lines mal formé : ligne %1 : un octet NUL à la colonne %2 ; le JSON n&apos;en contient aucun hors séquences d&apos;échappement (\u0000).</translation>
    </message>
    <message>
        <source>Malformed JSON Lines: %1.</source>
        <translation>JSON Lines mal formé : %1.</translation>
    </message>
    <message>
        <source>The period from %1 to %2 is outside the calendar a report by %3 can follow.</source>
        <translation>La période du %1 au %2 sort du calendrier qu&apos;un rapport par %3 peut suivre.</translation>
    </message>
    <message>
        <source>%1 days (about 10 years)</source>
        <translation>%1 jours (environ 10 ans)</translation>
    </message>
    <message>
        <source>%1 weeks (about 100 years)</source>
        <translation>%1 semaines (environ 100 ans)</translation>
    </message>
    <message>
        <source>%1 months (100 years)</source>
        <translation>%1 mois (100 ans)</translation>
    </message>
    <message>
        <source>A report by %1 covers at most %2; the period from %3 to %4 spans %5.</source>
        <translation>Un rapport par %1 couvre au plus %2 ; la période du %3 au %4 en couvre %5.</translation>
    </message>
    <message>
        <source>The period must end after it starts: to (%1) is not after from (%2).</source>
        <translation>La période doit se terminer après son début : to (%1) n&apos;est pas postérieur à from (%2).</translation>
    </message>
    <message>
        <source>time_zone &quot;%1&quot; is not a time zone this system knows; give an IANA name such as Europe/Berlin or UTC.</source>
        <translation>time_zone &quot;%1&quot; n&apos;est pas un fuseau horaire connu de ce système ; indiquez un nom IANA tel que Europe/Berlin ou UTC.</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a known ISO 4217 code.</source>
        <translation>currency &quot;%1&quot; n&apos;est pas un code ISO 4217 connu.</translation>
    </message>
    <message>
        <source>Cannot lock the database to upgrade it: %1</source>
        <translation>Impossible de verrouiller la base de données pour la mettre à niveau : %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Impossible de lire la version du schéma : %1</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than the %2 this RefundDesk knows; use a newer RefundDesk.</source>
        <translation>La base de données est en version de schéma %1, plus récente que la version %2 prise en charge par ce RefundDesk ; utilisez une version plus récente de RefundDesk.</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>La migration de schéma %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Cannot record schema version: %1</source>
        <translation>Impossible d&apos;enregistrer la version du schéma : %1</translation>
    </message>
    <message>
        <source>Cannot commit the schema upgrade: %1</source>
        <translation>Impossible de valider la mise à niveau du schéma : %1</translation>
    </message>
    <message>
        <source>Rejecting refund %1 needs a note saying why.</source>
        <translation>Pour rejeter le remboursement %1, ajoutez une note qui en indique le motif.</translation>
    </message>
    <message>
        <source>Refund %1 was already %2 by %3 at %4; it is %5 now.</source>
        <translation>Le remboursement %1 a déjà été traité (%2) par %3 le %4 ; son statut est désormais %5.</translation>
    </message>
    <message>
        <source>Refund %1 is %2, not awaiting approval.</source>
        <translation>Le remboursement %1 a le statut %2 et n&apos;est pas en attente d&apos;approbation.</translation>
    </message>
    <message>
        <source>%1 created refund %2 and cannot approve or reject it: another supervisor or admin must.</source>
        <translation>%1 a créé le remboursement %2 et ne peut ni l&apos;approuver ni le rejeter : un autre superviseur ou administrateur doit s&apos;en charger.</translation>
    </message>
    <message>
        <source>Refund %1 is %2 on %3, not the %4 on %5 that was approved; look at it again before deciding.</source>
        <translation>Le remboursement %1 porte sur %2 pour %3, et non sur les %4 pour %5 qui ont été approuvés ; réexaminez-le avant de décider.</translation>
    </message>
    <message>
        <source>The database refused the decision on %1</source>
        <translation>La base de données a refusé la décision concernant %1</translation>
    </message>
    <message>
        <source>The database refused to change refund %1</source>
        <translation>La base de données a refusé de modifier le remboursement %1</translation>
    </message>
    <message>
        <source>Cannot read the event log: %1</source>
        <translation>Impossible de lire le journal des événements : %1</translation>
    </message>
    <message>
        <source>Cannot read the event log</source>
        <translation>Impossible de lire le journal des événements</translation>
    </message>
    <message>
        <source>The event log of %1 is empty.</source>
        <translation>Le journal des événements de %1 est vide.</translation>
    </message>
    <message>
        <source>No event %1 in %2.</source>
        <translation>Aucun événement %1 dans %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export or a report.</source>
        <translation>&quot;%1&quot; n&apos;est ni un export ni un rapport.</translation>
    </message>
    <message>
        <source>%1: the database refused it (%2).</source>
        <translation>%1 : la base de données a refusé l&apos;écriture (%2).</translation>
    </message>
    <message>
        <source>Cannot track the ids of the file</source>
        <translation>Impossible de suivre les identifiants du fichier</translation>
    </message>
    <message>
        <source>id %1 appears twice in this file; it was first object %2.</source>
        <translation>L&apos;identifiant %1 apparaît deux fois dans ce fichier ; sa première occurrence était l&apos;objet %2.</translation>
    </message>
    <message>
        <source>payment record %1</source>
        <translation>enregistrement de paiement %1</translation>
    </message>
    <message>
        <source>Payment record %1 is neither in this file nor in the database.</source>
        <translation>L&apos;enregistrement de paiement %1 ne se trouve ni dans ce fichier ni dans la base de données.</translation>
    </message>
    <message>
        <source>The attempt is in %1, but payment record %2 is in %3.</source>
        <translation>La tentative est en %1, mais l&apos;enregistrement de paiement %2 est en %3.</translation>
    </message>
    <message>
        <source>Payment record %1 already has a guaranteed attempt, %2; only one attempt of a record can be guaranteed.</source>
        <translation>L&apos;enregistrement de paiement %1 a déjà une tentative garantie, %2 ; une seule tentative par enregistrement peut être garantie.</translation>
    </message>
    <message>
        <source>payment attempt %1</source>
        <translation>tentative de paiement %1</translation>
    </message>
    <message>
        <source>Attempt %1 belongs to another payment record; an attempt cannot move to %2.</source>
        <translation>La tentative %1 appartient à un autre enregistrement de paiement ; une tentative ne peut pas être rattachée à %2.</translation>
    </message>
    <message>
        <source>Payment attempt %1 is neither in this file nor in the database.</source>
        <translation>La tentative de paiement %1 ne se trouve ni dans ce fichier ni dans la base de données.</translation>
    </message>
    <message>
        <source>Payment attempt %1 belongs to payment record %2, not to %3.</source>
        <translation>La tentative de paiement %1 appartient à l&apos;enregistrement de paiement %2, et non à %3.</translation>
    </message>
    <message>
        <source>%1 was refunded on %2 before it came to the desk, and refund %3 may be part of it. Import the refund together with its payment record (for example export --what all) so the record&apos;s amount_refunded settles it.</source>
        <translation>%1 a été remboursé sur %2 avant son arrivée dans RefundDesk, et le remboursement %3 peut en faire partie. Importez le remboursement avec son enregistrement de paiement (par exemple export --what all) afin que le champ amount_refunded de l&apos;enregistrement tranche la question.</translation>
    </message>
    <message>
        <source>Refund %1 of %2 exceeds the %3 still refundable on %4.</source>
        <translation>Le remboursement %1 de %2 dépasse les %3 encore remboursables sur %4.</translation>
    </message>
    <message>
        <source>Refund reference &quot;%1&quot; is already used by refund %2.</source>
        <translation>La référence de remboursement &quot;%1&quot; est déjà utilisée par le remboursement %2.</translation>
    </message>
    <message>
        <source>refund %1</source>
        <translation>remboursement %1</translation>
    </message>
    <message>
        <source>Refund %1 already exists with another %2; a refund&apos;s payment, amount, currency and creator never change.</source>
        <translation>Le remboursement %1 existe déjà avec une autre valeur de %2 ; le paiement, le montant, la devise et le créateur d&apos;un remboursement ne changent jamais.</translation>
    </message>
    <message>
        <source>Refund %1 cannot change from %2 to %3.</source>
        <translation>Le statut du remboursement %1 ne peut pas passer de %2 à %3.</translation>
    </message>
    <message>
        <source>Cannot settle prior refunded amounts</source>
        <translation>Impossible de solder les montants remboursés antérieurement</translation>
    </message>
    <message>
        <source>Cannot read prior refunded amounts</source>
        <translation>Impossible de lire les montants remboursés antérieurement</translation>
    </message>
    <message>
        <source>The source reported %1 refunded of %2 guaranteed; imported as fully refunded.</source>
        <translation>La source a déclaré %1 remboursés sur %2 garantis ; importé comme entièrement remboursé.</translation>
    </message>
    <message>
        <source>%1 was refunded before the record came to the desk; it is not refundable again.</source>
        <translation>%1 a été remboursé avant l&apos;arrivée de l&apos;enregistrement dans RefundDesk ; ce montant n&apos;est plus remboursable.</translation>
    </message>
    <message>
        <source>The refunds now known account for everything refunded; no prior refund remains.</source>
        <translation>Les remboursements désormais connus couvrent la totalité du montant remboursé ; aucun remboursement antérieur ne subsiste.</translation>
    </message>
    <message>
        <source>Cannot index the new records for search</source>
        <translation>Impossible d&apos;indexer les nouveaux enregistrements pour la recherche</translation>
    </message>
    <message>
        <source>Cannot prepare a bulk write</source>
        <translation>Impossible de préparer une écriture groupée</translation>
    </message>
    <message>
        <source>Cannot read the payment records</source>
        <translation>Impossible de lire les enregistrements de paiement</translation>
    </message>
    <message>
        <source>Cannot start a bulk write</source>
        <translation>Impossible de démarrer une écriture groupée</translation>
    </message>
    <message>
        <source>The search text has %1 characters, but at most %2 are searched for. Search for a shorter part of it.</source>
        <translation>Le texte recherché compte %1 caractères, mais la recherche est limitée à %2 caractères. Recherchez une partie plus courte de ce texte.</translation>
    </message>
    <message>
        <source>Cannot list payment records</source>
        <translation>Impossible de lister les enregistrements de paiement</translation>
    </message>
    <message>
        <source>Cannot count payment records</source>
        <translation>Impossible de compter les enregistrements de paiement</translation>
    </message>
    <message>
        <source>The database refused the metadata of %1</source>
        <translation>La base de données a refusé les métadonnées de %1</translation>
    </message>
    <message>
        <source>Cannot list refunds</source>
        <translation>Impossible de lister les remboursements</translation>
    </message>
    <message>
        <source>Cannot count refunds</source>
        <translation>Impossible de compter les remboursements</translation>
    </message>
    <message>
        <source>Cannot list who created refunds</source>
        <translation>Impossible de lister les créateurs des remboursements</translation>
    </message>
    <message>
        <source>Cannot list the currencies of payment records</source>
        <translation>Impossible de lister les devises des enregistrements de paiement</translation>
    </message>
    <message>
        <source>Idempotency key &quot;%1&quot; was already used for refund %2 with different parameters; use a new key for a new refund.</source>
        <translation>La clé d&apos;idempotence &quot;%1&quot; a déjà été utilisée pour le remboursement %2 avec des paramètres différents ; utilisez une nouvelle clé pour un nouveau remboursement.</translation>
    </message>
    <message>
        <source>Cannot look up idempotency key</source>
        <translation>Impossible de rechercher la clé d&apos;idempotence</translation>
    </message>
    <message>
        <source>The database refused refund of %1 on %2</source>
        <translation>La base de données a refusé le remboursement de %1 sur %2</translation>
    </message>
    <message>
        <source>Refund %1 already has the reference &quot;%2&quot;; it cannot change to &quot;%3&quot;.</source>
        <translation>Le remboursement %1 a déjà la référence &quot;%2&quot; ; elle ne peut pas devenir &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>refunded_at %1 is in the future (now is %2).</source>
        <translation>refunded_at %1 est dans le futur (il est actuellement %2).</translation>
    </message>
    <message>
        <source>Cannot prepare the report&apos;s periods</source>
        <translation>Impossible de préparer les périodes du rapport</translation>
    </message>
    <message>
        <source>Cannot prepare the refund report</source>
        <translation>Impossible de préparer le rapport de remboursements</translation>
    </message>
    <message>
        <source>Cannot read the refund report</source>
        <translation>Impossible de lire le rapport de remboursements</translation>
    </message>
    <message>
        <source>Cannot prepare the guaranteed volume</source>
        <translation>Impossible de préparer le volume garanti</translation>
    </message>
    <message>
        <source>Cannot read the guaranteed volume</source>
        <translation>Impossible de lire le volume garanti</translation>
    </message>
    <message>
        <source>The %1 refunds in this report add up to more than the desk can count; choose a shorter period.</source>
        <translation>Les remboursements en %1 de ce rapport totalisent plus que ce que RefundDesk peut compter ; choisissez une période plus courte.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>Cannot read the payment attempts</source>
        <translation>Impossible de lire les tentatives de paiement</translation>
    </message>
    <message>
        <source>Cannot read the refunds</source>
        <translation>Impossible de lire les remboursements</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the database %1: it is read-only for this user, and reading it needs %1-shm beside it, which this user may not create in that folder. Copy the file to a folder you may write to, or ask for write access to its folder.</source>
        <translation>Impossible de lire la base de données %1 : elle est en lecture seule pour cet utilisateur, et sa lecture nécessite le fichier %1-shm à côté d&apos;elle, que cet utilisateur n&apos;a pas le droit de créer dans ce dossier. Copiez le fichier dans un dossier où vous avez le droit d&apos;écrire, ou demandez l&apos;accès en écriture à son dossier.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1</source>
        <translation>Impossible de configurer la base de données %1</translation>
    </message>
    <message>
        <source>Cannot read the database %1</source>
        <translation>Impossible de lire la base de données %1</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this RefundDesk reads version %3.</source>
        <translation>La base de données %1 est en version de schéma %2, mais ce RefundDesk lit la version %3.</translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to WAL</source>
        <translation>Impossible de passer la base de données %1 en mode WAL</translation>
    </message>
    <message>
        <source>The database %1 is full: the disk has no space left or the file may not grow (%2). Nothing was changed; free some space and try again.</source>
        <translation>La base de données %1 est pleine : le disque n&apos;a plus d&apos;espace libre ou le fichier ne peut pas grossir (%2). Rien n&apos;a été modifié ; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: this user may not write the file or its folder (%2). Nothing was changed.</source>
        <translation>La base de données %1 est en lecture seule : cet utilisateur n&apos;a pas le droit d&apos;écrire dans le fichier ou dans son dossier (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database %1 stayed busy for %2 seconds: another RefundDesk is writing to it. Nothing was changed; try again.</source>
        <translation>La base de données %1 est restée occupée pendant %2 secondes : une autre instance de RefundDesk y écrit. Rien n&apos;a été modifié ; réessayez.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1</source>
        <translation>Impossible de démarrer une transaction sur %1</translation>
    </message>
    <message>
        <source>Cannot commit to %1</source>
        <translation>Impossible de valider les modifications dans %1</translation>
    </message>
    <message>
        <source>Cannot append to the event log</source>
        <translation>Impossible d&apos;ajouter une entrée au journal des événements</translation>
    </message>
    <message>
        <source>Cannot read payment %1</source>
        <translation>Impossible de lire le paiement %1</translation>
    </message>
    <message>
        <source>No payment record %1 in %2.</source>
        <translation>Aucun enregistrement de paiement %1 dans %2.</translation>
    </message>
    <message>
        <source>Cannot read the attempts of %1</source>
        <translation>Impossible de lire les tentatives de %1</translation>
    </message>
    <message>
        <source>Cannot read the refunds of %1</source>
        <translation>Impossible de lire les remboursements de %1</translation>
    </message>
    <message>
        <source>Cannot read refund %1</source>
        <translation>Impossible de lire le remboursement %1</translation>
    </message>
    <message>
        <source>No refund %1 in %2.</source>
        <translation>Aucun remboursement %1 dans %2.</translation>
    </message>
    <message>
        <source>Cannot read the history of %1</source>
        <translation>Impossible de lire l&apos;historique de %1</translation>
    </message>
    <message>
        <source>Limit currency &quot;%1&quot; is not a known lower-case ISO 4217 code.</source>
        <translation>La devise du plafond &quot;%1&quot; n&apos;est pas un code ISO 4217 connu en minuscules.</translation>
    </message>
    <message>
        <source>The %1 limit %2 must not be negative.</source>
        <translation>Le plafond en %1 (%2) ne doit pas être négatif.</translation>
    </message>
    <message>
        <source>Cannot count the users</source>
        <translation>Impossible de compter les utilisateurs</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Impossible de lire les utilisateurs</translation>
    </message>
    <message>
        <source>Cannot read the users&apos; limits</source>
        <translation>Impossible de lire les plafonds des utilisateurs</translation>
    </message>
    <message>
        <source>Cannot read user %1</source>
        <translation>Impossible de lire l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot; in %2.</source>
        <translation>Aucun utilisateur &quot;%1&quot; dans %2.</translation>
    </message>
    <message>
        <source>Cannot read the limits of %1</source>
        <translation>Impossible de lire les plafonds de %1</translation>
    </message>
    <message>
        <source>Cannot record the sign-in of %1</source>
        <translation>Impossible d&apos;enregistrer la connexion de %1</translation>
    </message>
    <message>
        <source>%1 has users now, so %2 may no longer act without signing in: sign in as a user.</source>
        <translation>%1 contient désormais des utilisateurs : %2 ne peut donc plus agir sans se connecter. Connectez-vous en tant qu&apos;utilisateur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user of %2.</source>
        <translation>&quot;%1&quot; n&apos;est pas un utilisateur de %2.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is disabled.</source>
        <translation>L&apos;utilisateur &quot;%1&quot; est désactivé.</translation>
    </message>
    <message>
        <source>Only an Argon2id password hash can be stored.</source>
        <translation>Seul un hachage de mot de passe Argon2id peut être enregistré.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>Un utilisateur nommé &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <source>The first user must be an admin, so that someone can manage users; &quot;%1&quot; would be a %2.</source>
        <translation>Le premier utilisateur doit être un administrateur, afin que quelqu&apos;un puisse gérer les utilisateurs ; &quot;%1&quot; aurait le rôle %2.</translation>
    </message>
    <message>
        <source>The database refused user %1</source>
        <translation>La base de données a refusé l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>Cannot change the limits of %1</source>
        <translation>Impossible de modifier les plafonds de %1</translation>
    </message>
    <message>
        <source>The database refused the role of %1</source>
        <translation>La base de données a refusé le rôle de %1</translation>
    </message>
    <message>
        <source>Cannot change the password of %1</source>
        <translation>Impossible de modifier le mot de passe de %1</translation>
    </message>
    <message>
        <source>Cannot change user %1</source>
        <translation>Impossible de modifier l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>Cannot count the admins</source>
        <translation>Impossible de compter les administrateurs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last enabled admin and must stay one; make another user an admin first.</source>
        <translation>&quot;%1&quot; est le dernier administrateur actif et doit le rester ; attribuez d&apos;abord le rôle d&apos;administrateur à un autre utilisateur.</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>Intégrité SQLite : %1</translation>
    </message>
    <message>
        <source>Integrity check of %1 failed</source>
        <translation>La vérification d&apos;intégrité de %1 a échoué</translation>
    </message>
    <message>
        <source>The guard trigger %1 is missing: the database no longer refuses what it should on its own.</source>
        <translation>Le déclencheur de protection %1 est manquant : la base de données ne refuse plus d&apos;elle-même ce qu&apos;elle devrait refuser.</translation>
    </message>
    <message>
        <source>%1: amount_refunded is %2, but its succeeded refunds (%3) and prior refunded amount (%4) add up to %5.</source>
        <translation>%1 : amount_refunded vaut %2, mais ses remboursements réussis (%3) et le montant remboursé antérieurement (%4) totalisent %5.</translation>
    </message>
    <message>
        <source>%1: %2 is recorded as reserved, but its pending refunds add up to %3.</source>
        <translation>%1 : %2 est enregistré comme réservé, mais ses remboursements en attente totalisent %3.</translation>
    </message>
    <message>
        <source>%1: refunds of %2 exceed the %3 that was guaranteed.</source>
        <translation>%1 : les remboursements de %2 dépassent les %3 garantis.</translation>
    </message>
    <message>
        <source>Cannot check the money invariants</source>
        <translation>Impossible de vérifier les invariants monétaires</translation>
    </message>
    <message>
        <source>%1: refund currency %2 differs from its payment&apos;s %3.</source>
        <translation>%1 : la devise du remboursement, %2, diffère de celle de son paiement, %3.</translation>
    </message>
    <message>
        <source>%1: the source reported %2 refunded of %3 guaranteed; imported as fully refunded.</source>
        <translation>%1 : la source a déclaré %2 remboursés sur %3 garantis ; importé comme entièrement remboursé.</translation>
    </message>
    <message>
        <source>event %1 follows event %2: events are missing</source>
        <translation>l&apos;événement %1 suit l&apos;événement %2 : des événements manquent</translation>
    </message>
    <message>
        <source>event %1 does not link to the event before it</source>
        <translation>l&apos;événement %1 n&apos;est pas lié à l&apos;événement qui le précède</translation>
    </message>
    <message>
        <source>event %1 (%2 on %3) was changed after it was written</source>
        <translation>l&apos;événement %1 (%2 sur %3) a été modifié après son écriture</translation>
    </message>
    <message>
        <source>Event chain broken at the first bad link: %1.</source>
        <translation>Chaîne d&apos;événements rompue au premier maillon défectueux : %1.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before upgrading it from schema version %2 to %3: writing %4 failed (%5). Nothing was changed; make room for the copy beside the database and start again.</source>
        <translation>Impossible de conserver une copie de %1 avant de la mettre à niveau de la version du schéma %2 à %3 : l&apos;écriture de %4 a échoué (%5). Rien n&apos;a été modifié ; libérez de la place pour la copie à côté de la base de données et recommencez.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AmountParser</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has no digits</source>
        <translation>%1 : &quot;%2&quot; ne contient aucun chiffre</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is negative, and negative amounts are not allowed</source>
        <translation>%1 : &quot;%2&quot; est négatif, et les montants négatifs ne sont pas autorisés</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is in %3, but this amount is in %4</source>
        <translation>%1 : &quot;%2&quot; est en %3, mais ce montant est en %4</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; contains &quot;%3&quot;, which is not part of an amount</source>
        <translation>%1 : &quot;%2&quot; contient &quot;%3&quot;, qui ne fait pas partie d&apos;un montant</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; names its currency twice</source>
        <translation>%1 : &quot;%2&quot; indique sa devise deux fois</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has more than one decimal point</source>
        <translation>%1 : &quot;%2&quot; contient plus d&apos;un séparateur décimal</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; groups its digits wrongly; write groups of three, as in %3</source>
        <translation>%1 : &quot;%2&quot; regroupe mal ses chiffres ; écrivez des groupes de trois, comme dans %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has decimals, but %3 has no decimals</source>
        <translation>%1 : &quot;%2&quot; contient des décimales, mais %3 n&apos;a pas de décimales</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has %3 decimals, but %4 allows at most %5</source>
        <translation>%1 : &quot;%2&quot; a %3 décimales, mais %4 en autorise au plus %5</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too large; the largest %3 amount is %4</source>
        <translation>%1 : &quot;%2&quot; est trop grand ; le plus grand montant en %3 est %4</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ApprovalDialog</name>
    <message>
        <source>Approve refund %1</source>
        <translation>Approuver le remboursement %1</translation>
    </message>
    <message>
        <source>Reject refund %1</source>
        <translation>Rejeter le remboursement %1</translation>
    </message>
    <message>
        <source>Approve the refund of %1 to %2? It goes on to the processor as pending.</source>
        <translation>Approuver le remboursement de %1 à %2 ? Il sera transmis au prestataire de paiement avec le statut en attente.</translation>
    </message>
    <message>
        <source>Approve the refund of %1 to %2? It was already refunded at the processor and is recorded as succeeded.</source>
        <translation>Approuver le remboursement de %1 à %2 ? Il a déjà été effectué chez le prestataire de paiement et sera enregistré comme réussi.</translation>
    </message>
    <message>
        <source>Reject the refund of %1 to %2? It is canceled, and the amount can be refunded again.</source>
        <translation>Rejeter le remboursement de %1 à %2 ? Il sera annulé et le montant pourra de nouveau être remboursé.</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Paiement :</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>Remboursement :</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Demandé par :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Agent&apos;s note:</source>
        <translation>Note de l&apos;agent :</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <source>Optional: a note for the history</source>
        <translation>Facultatif : une note pour l&apos;historique</translation>
    </message>
    <message>
        <source>Required: why the refund is rejected</source>
        <translation>Obligatoire : le motif du rejet du remboursement</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Why rejected:</source>
        <translation>&amp;Motif du rejet :</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Approuver %1</translation>
    </message>
    <message>
        <source>Reject refund</source>
        <translation>Rejeter le remboursement</translation>
    </message>
    <message>
        <source>Write why the refund is rejected: %1 and the audit trail will read it.</source>
        <translation>Indiquez le motif du rejet du remboursement : %1 et le journal d&apos;audit le liront.</translation>
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
        <translation>Remboursements en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Refunds above their creator&apos;s limit wait here, their amount reserved, until a supervisor or admin other than the creator approves or rejects them.</source>
        <translation>Les remboursements qui dépassent le plafond de leur auteur attendent ici, leur montant étant réservé, jusqu&apos;à ce qu&apos;un superviseur ou un administrateur autre que leur auteur les approuve ou les rejette.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Show payment</source>
        <translation>Afficher le paiement</translation>
    </message>
    <message>
        <source>Show the payment record the selected refund belongs to</source>
        <translation>Afficher l&apos;enregistrement de paiement auquel appartient le remboursement sélectionné</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Paiement :</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>Refundable:</source>
        <translation>Remboursable :</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Demandé par :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé le :</translation>
    </message>
    <message>
        <source>As %1 (%2) you cannot approve or reject refunds: a supervisor or admin decides.</source>
        <translation>En tant que %1 (%2), vous ne pouvez ni approuver ni rejeter de remboursements : cette décision revient à un superviseur ou à un administrateur.</translation>
    </message>
    <message>
        <source>You asked for this refund: another supervisor or admin must decide it.</source>
        <translation>Vous avez demandé ce remboursement : un autre superviseur ou administrateur doit en décider.</translation>
    </message>
    <message>
        <source>Refund %1 is no longer awaiting approval: it is “%2”.</source>
        <translation>Le remboursement %1 n&apos;est plus en attente d&apos;approbation : son statut est « %2 ».</translation>
    </message>
    <message>
        <source>No refunds await approval</source>
        <translation>Aucun remboursement en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>1 refund awaits approval</source>
        <translation>1 remboursement en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>%1 refunds await approval</source>
        <translation>%1 remboursements en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Select a refund to approve or reject it.</source>
        <translation>Sélectionnez un remboursement pour l&apos;approuver ou le rejeter.</translation>
    </message>
    <message>
        <source>No refund awaits approval.</source>
        <translation>Aucun remboursement n&apos;est en attente d&apos;approbation.</translation>
    </message>
    <message>
        <source>Approve the selected refund: it goes on to the processor</source>
        <translation>Approuver le remboursement sélectionné : il est transmis au prestataire de paiement</translation>
    </message>
    <message>
        <source>Reject the selected refund: it is canceled, with your note</source>
        <translation>Rejeter le remboursement sélectionné : il est annulé, avec votre note</translation>
    </message>
    <message>
        <source>Select a refund to see what it asks for.</source>
        <translation>Sélectionnez un remboursement pour voir ce qu&apos;il demande.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 more of %2 paid</source>
        <translation>encore %1 sur %2 payés</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>unknown customer</source>
        <translation>client inconnu</translation>
    </message>
    <message>
        <source>an unnamed customer</source>
        <translation>un client sans nom</translation>
    </message>
    <message>
        <source>Refund %1 of %2 approved: it is now “%3”.</source>
        <translation>Remboursement %1 de %2 approuvé : son statut est désormais « %3 ».</translation>
    </message>
    <message>
        <source>Refund %1 of %2 rejected: it is canceled.</source>
        <translation>Remboursement %1 de %2 rejeté : il est annulé.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditModel</name>
    <message>
        <source>Hash %1
follows %2</source>
        <translation>Hachage %1
suit %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>RefundDesk::AuditView</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Verifying the event chain and the money invariants…</source>
        <translation>Vérification de la chaîne d&apos;événements et des invariants monétaires…</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrer par utilisateur</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrer par action</translation>
    </message>
    <message>
        <source>Filter by entity id</source>
        <translation>Filtrer par identifiant d&apos;entité</translation>
    </message>
    <message>
        <source>Refund, payment or user</source>
        <translation>Remboursement, paiement ou utilisateur</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>E&amp;ntre le</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrer par date</translation>
    </message>
    <message>
        <source>Only events between these days, in local time</source>
        <translation>Uniquement les événements entre ces dates, en heure locale</translation>
    </message>
    <message>
        <source>Events from</source>
        <translation>Événements à partir du</translation>
    </message>
    <message>
        <source>Events until (inclusive)</source>
        <translation>Événements jusqu&apos;au (inclus)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>E&amp;ntity:</source>
        <translation>&amp;Entité :</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Verify the event chain</source>
        <translation>Vérifier la chaîne d&apos;événements</translation>
    </message>
    <message>
        <source>&amp;Copy Head Hash</source>
        <translation>&amp;Copier le hachage de tête</translation>
    </message>
    <message>
        <source>Copy the head hash</source>
        <translation>Copier le hachage de tête</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verify the event chain and the money invariants</source>
        <translation>Vérifier la chaîne d&apos;événements et les invariants monétaires</translation>
    </message>
    <message>
        <source>Copy the newest event&apos;s seq and hash</source>
        <translation>Copier le numéro de séquence et le hachage de l&apos;événement le plus récent</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>No events match</source>
        <translation>Aucun événement ne correspond</translation>
    </message>
    <message>
        <source>%1 newest events shown; scroll for more</source>
        <translation>%1 événements les plus récents affichés ; faites défiler pour en voir plus</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>Cannot verify: %1</source>
        <translation>Vérification impossible : %1</translation>
    </message>
    <message>
        <source> 1 warning: see the tooltip.</source>
        <translation> 1 avertissement : voir l&apos;infobulle.</translation>
    </message>
    <message>
        <source> %1 warnings: see the tooltip.</source>
        <translation> %1 avertissements : voir l&apos;infobulle.</translation>
    </message>
    <message>
        <source>Chain verified: %1 events link without a break, and %2 payments and %3 refunds add up.</source>
        <translation>Chaîne vérifiée : %1 événements s&apos;enchaînent sans rupture, et les montants de %2 paiements et %3 remboursements concordent.</translation>
    </message>
    <message>
        <source>The audit trail is intact.</source>
        <translation>Le journal d&apos;audit est intact.</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Échec de la vérification : %1</translation>
    </message>
    <message>
        <source> (1 more problem: see the tooltip)</source>
        <translation> (1 autre problème : voir l&apos;infobulle)</translation>
    </message>
    <message>
        <source> (%1 more problems: see the tooltip)</source>
        <translation> (%1 autres problèmes : voir l&apos;infobulle)</translation>
    </message>
    <message>
        <source>Copied the head hash of event %1 to the clipboard.</source>
        <translation>Hachage de tête de l&apos;événement %1 copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ChoiceButton</name>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1 : tout</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 chosen</source>
        <translation>%1 : %2 choix</translation>
    </message>
    <message>
        <source>%1: every value counts</source>
        <translation>%1 : toutes les valeurs sont prises en compte</translation>
    </message>
    <message>
        <source>%1: only %2</source>
        <translation>%1 : uniquement %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Cli</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>A note for the history.</source>
        <translation>Note à ajouter à l&apos;historique.</translation>
    </message>
    <message>
        <source>Why the refund is rejected (required).</source>
        <translation>Motif du rejet du remboursement (obligatoire).</translation>
    </message>
    <message>
        <source>Approve only if the refund is for exactly this amount in its currency, e.g. 250.00.</source>
        <translation>N&apos;approuver que si le remboursement porte exactement sur ce montant dans sa devise, p. ex. 250.00.</translation>
    </message>
    <message>
        <source>The refund awaiting approval.</source>
        <translation>Le remboursement en attente d&apos;approbation.</translation>
    </message>
    <message>
        <source>approve REFUND_ID [--note TEXT] [--expect-amount DECIMAL]: approve a refund awaiting approval (supervisors and admins; never your own).</source>
        <translation>approve REFUND_ID [--note TEXT] [--expect-amount DECIMAL] : approuver un remboursement en attente d&apos;approbation (superviseurs et administrateurs ; jamais le vôtre).</translation>
    </message>
    <message>
        <source>reject REFUND_ID --note TEXT: reject a refund awaiting approval, which cancels it (supervisors and admins; never your own).</source>
        <translation>reject REFUND_ID --note TEXT : rejeter un remboursement en attente d&apos;approbation, ce qui l&apos;annule (superviseurs et administrateurs ; jamais le vôtre).</translation>
    </message>
    <message>
        <source>%1 takes exactly one refund id.</source>
        <translation>%1 attend exactement un identifiant de remboursement.</translation>
    </message>
    <message>
        <source>reject needs --note TEXT saying why.</source>
        <translation>reject exige --note TEXT indiquant le motif.</translation>
    </message>
    <message>
        <source>Refund %1 has the unknown currency &quot;%2&quot;.</source>
        <translation>Le remboursement %1 a une devise inconnue : &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Refund %1 is for %2, not the expected %3; nothing was approved.</source>
        <translation>Le remboursement %1 porte sur %2 et non sur le montant attendu de %3 ; rien n&apos;a été approuvé.</translation>
    </message>
    <message>
        <source>Approved refund %1 of %2 on %3; it is now %4.</source>
        <translation>Remboursement %1 de %2 sur %3 approuvé ; son statut est maintenant %4.</translation>
    </message>
    <message>
        <source>Rejected refund %1 of %2 on %3; it is now %4.</source>
        <translation>Remboursement %1 de %2 sur %3 rejeté ; son statut est maintenant %4.</translation>
    </message>
    <message>
        <source>Print the API&apos;s list envelope.</source>
        <translation>Afficher l&apos;enveloppe de liste de l&apos;API.</translation>
    </message>
    <message>
        <source>approvals [--json]: the refunds awaiting approval, oldest first.</source>
        <translation>approvals [--json] : les remboursements en attente d&apos;approbation, du plus ancien au plus récent.</translation>
    </message>
    <message>
        <source>approvals takes no arguments besides its options.</source>
        <translation>approvals n&apos;accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <source>No refunds await approval.</source>
        <translation>Aucun remboursement n&apos;est en attente d&apos;approbation.</translation>
    </message>
    <message>
        <source>Only events by this user.</source>
        <translation>Uniquement les événements de cet utilisateur.</translation>
    </message>
    <message>
        <source>Only this action, e.g. refund.approved.</source>
        <translation>Uniquement cette action, p. ex. refund.approved.</translation>
    </message>
    <message>
        <source>Only events on this refund, payment record or user.</source>
        <translation>Uniquement les événements concernant ce remboursement, cet enregistrement de paiement ou cet utilisateur.</translation>
    </message>
    <message>
        <source>Events at or after this time (RFC 3339, a date, or Unix seconds).</source>
        <translation>Événements à partir de cet instant, inclus (RFC 3339, une date ou des secondes Unix).</translation>
    </message>
    <message>
        <source>Events before this time.</source>
        <translation>Événements antérieurs à cet instant.</translation>
    </message>
    <message>
        <source>At most N events.</source>
        <translation>Au plus N événements.</translation>
    </message>
    <message>
        <source>Print only the newest event&apos;s seq, hash and time, as one JSON line to keep for verify --anchor-file.</source>
        <translation>Afficher uniquement le seq, le hachage et l&apos;heure de l&apos;événement le plus récent, sous forme d&apos;une ligne JSON à conserver pour verify --anchor-file.</translation>
    </message>
    <message>
        <source>audit [--user USER] [--action ACTION] [--entity ID] [--from DATE] [--to DATE] [--limit N] [--json] | audit --head: the audit trail, newest first.</source>
        <translation>audit [--user USER] [--action ACTION] [--entity ID] [--from DATE] [--to DATE] [--limit N] [--json] | audit --head : le journal d&apos;audit, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>audit takes no arguments besides its options.</source>
        <translation>audit n&apos;accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <source>--head stands alone; it does not take --%1.</source>
        <translation>--head s&apos;utilise seul ; il n&apos;accepte pas --%1.</translation>
    </message>
    <message>
        <source>--limit &quot;%1&quot; must be a whole number from 1 to 1000000.</source>
        <translation>--limit &quot;%1&quot; doit être un nombre entier compris entre 1 et 1000000.</translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Aucun événement ne correspond.</translation>
    </message>
    <message>
        <source>… more events; raise --limit or narrow the filter.</source>
        <translation>… d&apos;autres événements existent ; augmentez --limit ou affinez le filtre.</translation>
    </message>
    <message>
        <source>The database file (default: $REFUNDDESK_DB, else the user&apos;s data folder).</source>
        <translation>Le fichier de base de données (par défaut : $REFUNDDESK_DB, sinon le dossier de données de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Sign in as this user; the password comes from $REFUNDDESK_PASSWORD, else a prompt on the terminal.</source>
        <translation>Se connecter en tant que cet utilisateur ; le mot de passe provient de $REFUNDDESK_PASSWORD, sinon il est demandé dans le terminal.</translation>
    </message>
    <message>
        <source>Pass --as USER; the password comes from $REFUNDDESK_PASSWORD, else a prompt on the terminal.</source>
        <translation>Indiquez --as USER ; le mot de passe provient de $REFUNDDESK_PASSWORD, sinon il est demandé dans le terminal.</translation>
    </message>
    <message>
        <source>(see --help)</source>
        <translation>(voir --help)</translation>
    </message>
    <message>
        <source>Import the valid objects and report the rest.</source>
        <translation>Importer les objets valides et signaler les autres.</translation>
    </message>
    <message>
        <source>Validate and report; write nothing.</source>
        <translation>Valider et générer un rapport ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Show progress on standard error.</source>
        <translation>Afficher la progression sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>A JSON file, or - for standard input.</source>
        <translation>Un fichier JSON, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>import FILE|- [--skip-invalid] [--dry-run] [--progress]: import payment records, attempts and refunds from API-shaped JSON (one object, an array, a list envelope or JSON Lines).</source>
        <translation>import FILE|- [--skip-invalid] [--dry-run] [--progress] : importer des enregistrements de paiement, des tentatives et des remboursements depuis du JSON au format de l&apos;API (un objet, un tableau, une enveloppe de liste ou JSON Lines).</translation>
    </message>
    <message>
        <source>import takes exactly one file name, or - for standard input.</source>
        <translation>import attend exactement un nom de fichier, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Read %1 objects (%2): %3 imported, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>%1 objets lus (%2) : %3 importés, %4 mis à jour, %5 inchangés, %6 rejetés.</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rejeté : %1</translation>
    </message>
    <message>
        <source>… and %1 more rejections.</source>
        <translation>… et %1 autres rejets.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 object(s) were rejected, so nothing was imported; fix them or use --skip-invalid.</source>
        <translation>%1 objet(s) rejeté(s), rien n&apos;a donc été importé ; corrigez-les ou utilisez --skip-invalid.</translation>
    </message>
    <message>
        <source>The file to write, or - (default).</source>
        <translation>Le fichier à écrire, ou - (par défaut).</translation>
    </message>
    <message>
        <source>json (an array, default), list (the API&apos;s list envelope) or jsonl (JSON Lines).</source>
        <translation>json (un tableau, par défaut), list (l&apos;enveloppe de liste de l&apos;API) ou jsonl (JSON Lines).</translation>
    </message>
    <message>
        <source>records (with their attempts), refunds, or all (default).</source>
        <translation>records (avec leurs tentatives), refunds ou all (par défaut).</translation>
    </message>
    <message>
        <source>masked (j***@example.com) or full; the default is full for roles that may see personal data, else masked.</source>
        <translation>masked (j***@example.com) ou full ; par défaut full pour les rôles autorisés à voir les données personnelles, sinon masked.</translation>
    </message>
    <message>
        <source>export [--out FILE|-] [--format json|list|jsonl] [--what records|refunds|all] [--personal-data masked|full]: write API-shaped JSON.</source>
        <translation>export [--out FILE|-] [--format json|list|jsonl] [--what records|refunds|all] [--personal-data masked|full] : écrire du JSON au format de l&apos;API.</translation>
    </message>
    <message>
        <source>export takes no arguments besides its options.</source>
        <translation>export n&apos;accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not one of json, list, jsonl.</source>
        <translation>--format &quot;%1&quot; ne fait pas partie des valeurs json, list, jsonl.</translation>
    </message>
    <message>
        <source>--what &quot;%1&quot; is not one of records, refunds, all.</source>
        <translation>--what &quot;%1&quot; ne fait pas partie des valeurs records, refunds, all.</translation>
    </message>
    <message>
        <source>--personal-data &quot;%1&quot; is not one of masked, full.</source>
        <translation>--personal-data &quot;%1&quot; ne fait pas partie des valeurs masked, full.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported %1 records, %2 attempts and %3 refunds to %4%5.</source>
        <translation>%1 enregistrements, %2 tentatives et %3 remboursements exportés vers %4%5.</translation>
    </message>
    <message>
        <source>, personal data masked</source>
        <translation>, données personnelles masquées</translation>
    </message>
    <message>
        <source>No password for %1: set %2, or run on a terminal to be asked for it.</source>
        <translation>Aucun mot de passe pour %1 : définissez %2, ou exécutez la commande dans un terminal pour qu&apos;il vous soit demandé.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>Aucun mot de passe n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no line with the new password.</source>
        <translation>--password-stdin : l&apos;entrée standard ne contenait aucune ligne avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>No new password for %1: give it as one line on standard input with --password-stdin, or run on a terminal to be asked for it.</source>
        <translation>Aucun nouveau mot de passe pour %1 : fournissez-le sur une ligne de l&apos;entrée standard avec --password-stdin, ou exécutez la commande dans un terminal pour qu&apos;il vous soit demandé.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe de %1 : </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Confirmez le mot de passe : </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe ne correspondent pas ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; must be a whole number from %3 to %4.</source>
        <translation>--%1 &quot;%2&quot; doit être un nombre entier compris entre %3 et %4.</translation>
    </message>
    <message>
        <source>%1 takes no arguments, but was given &quot;%2&quot;.</source>
        <translation>%1 n&apos;accepte aucun argument, mais a reçu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>How many records.</source>
        <translation>Nombre d&apos;enregistrements.</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same data.</source>
        <translation>Graine ; la même graine produit les mêmes données.</translation>
    </message>
    <message>
        <source>demo --records N [--seed S]: generate realistic payment records.</source>
        <translation>demo --records N [--seed S] : générer des enregistrements de paiement réalistes.</translation>
    </message>
    <message>
        <source>Generated %1 records, %2 attempts and %3 refunds (seed %4) in %5 s into %6.</source>
        <translation>%1 enregistrements, %2 tentatives et %3 remboursements générés (graine %4) en %5 s dans %6.</translation>
    </message>
    <message>
        <source>Substring of id, email, name, description or reference.</source>
        <translation>Partie de l&apos;identifiant, de l&apos;e-mail, du nom, de la description ou de la référence.</translation>
    </message>
    <message>
        <source>Only records in this state.</source>
        <translation>Uniquement les enregistrements dans cet état.</translation>
    </message>
    <message>
        <source>At most N records.</source>
        <translation>Au plus N enregistrements.</translation>
    </message>
    <message>
        <source>list [--search TEXT] [--status STATE] [--limit N] [--json]</source>
        <translation>list [--search TEXT] [--status STATE] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>… more records; raise --limit or narrow the search.</source>
        <translation>… d&apos;autres enregistrements existent ; augmentez --limit ou affinez la recherche.</translation>
    </message>
    <message>
        <source>Print API-shaped JSON.</source>
        <translation>Afficher du JSON au format de l&apos;API.</translation>
    </message>
    <message>
        <source>The payment record&apos;s id.</source>
        <translation>L&apos;identifiant de l&apos;enregistrement de paiement.</translation>
    </message>
    <message>
        <source>show ID [--json]</source>
        <translation>show ID [--json]</translation>
    </message>
    <message>
        <source>show takes exactly one payment record id.</source>
        <translation>show attend exactement un identifiant d&apos;enregistrement de paiement.</translation>
    </message>
    <message>
        <source>Created      %1</source>
        <translation>Créé le       %1</translation>
    </message>
    <message>
        <source>Customer     %1 &lt;%2&gt;</source>
        <translation>Client        %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Description  %1</source>
        <translation>Description   %1</translation>
    </message>
    <message>
        <source>Requested    %1</source>
        <translation>Demandé       %1</translation>
    </message>
    <message>
        <source>Guaranteed   %1</source>
        <translation>Garanti       %1</translation>
    </message>
    <message>
        <source>Refunded     %1</source>
        <translation>Remboursé     %1</translation>
    </message>
    <message>
        <source>Reserved     %1</source>
        <translation>Réservé       %1</translation>
    </message>
    <message>
        <source>Refundable   %1</source>
        <translation>Remboursable  %1</translation>
    </message>
    <message>
        <source>Prior refund %1 (refunded before import)</source>
        <translation>Remboursement antérieur %1 (remboursé avant l&apos;import)</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Tentatives :</translation>
    </message>
    <message>
        <source>Refunds:</source>
        <translation>Remboursements :</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>Give exactly one of --amount DECIMAL, --minor N or --full.</source>
        <translation>Indiquez exactement une option parmi --amount DECIMAL, --minor N ou --full.</translation>
    </message>
    <message>
        <source>--minor &quot;%1&quot; is not a whole number of minor units.</source>
        <translation>--minor &quot;%1&quot; n&apos;est pas un nombre entier d&apos;unités mineures.</translation>
    </message>
    <message>
        <source>Payment %1 has the unknown currency &quot;%2&quot;.</source>
        <translation>Le paiement %1 a une devise inconnue : &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>it is above your refund limit.</source>
        <translation>il dépasse votre plafond de remboursement.</translation>
    </message>
    <message>
        <source>you have no refund limit in %1.</source>
        <translation>vous n&apos;avez aucun plafond de remboursement en %1.</translation>
    </message>
    <message>
        <source>it is above your limit of %1.</source>
        <translation>il dépasse votre plafond de %1.</translation>
    </message>
    <message>
        <source>Refund %1 of %2 on %3 is awaiting approval: %4</source>
        <translation>Le remboursement %1 de %2 sur %3 est en attente d&apos;approbation : %4</translation>
    </message>
    <message>
        <source>Amount in the payment&apos;s currency, e.g. 12.50.</source>
        <translation>Montant dans la devise du paiement, p. ex. 12.50.</translation>
    </message>
    <message>
        <source>Amount in minor units, e.g. 1250.</source>
        <translation>Montant en unités mineures, p. ex. 1250.</translation>
    </message>
    <message>
        <source>Refund all that is still refundable.</source>
        <translation>Rembourser tout ce qui est encore remboursable.</translation>
    </message>
    <message>
        <source>duplicate, fraudulent or requested_by_customer.</source>
        <translation>duplicate, fraudulent ou requested_by_customer.</translation>
    </message>
    <message>
        <source>Metadata; repeatable.</source>
        <translation>Métadonnées ; option répétable.</translation>
    </message>
    <message>
        <source>A retry with the same key returns the first refund.</source>
        <translation>Une nouvelle tentative avec la même clé renvoie le premier remboursement.</translation>
    </message>
    <message>
        <source>Already refunded at the processor: record it as succeeded.</source>
        <translation>Déjà remboursé chez le prestataire de paiement : l&apos;enregistrer avec le statut succeeded.</translation>
    </message>
    <message>
        <source>The processor&apos;s refund reference.</source>
        <translation>La référence du remboursement chez le prestataire de paiement.</translation>
    </message>
    <message>
        <source>When the processor refunded it (Unix seconds or RFC 3339).</source>
        <translation>Date à laquelle le prestataire de paiement a effectué le remboursement (secondes Unix ou RFC 3339).</translation>
    </message>
    <message>
        <source>The payment record to refund.</source>
        <translation>L&apos;enregistrement de paiement à rembourser.</translation>
    </message>
    <message>
        <source>refund PAYMENT_ID (--amount DECIMAL | --minor N | --full) [options]: refund a payment.</source>
        <translation>refund PAYMENT_ID (--amount DECIMAL | --minor N | --full) [options] : rembourser un paiement.</translation>
    </message>
    <message>
        <source>refund takes exactly one payment record id.</source>
        <translation>refund attend exactement un identifiant d&apos;enregistrement de paiement.</translation>
    </message>
    <message>
        <source>--reference belongs to --reported; set a pending refund&apos;s reference with refund-status.</source>
        <translation>--reference va de pair avec --reported ; définissez la référence d&apos;un remboursement en attente avec refund-status.</translation>
    </message>
    <message>
        <source>Why it failed (required for failed).</source>
        <translation>Motif de l&apos;échec (obligatoire pour failed).</translation>
    </message>
    <message>
        <source>Why it is still pending.</source>
        <translation>Motif pour lequel il est encore en attente.</translation>
    </message>
    <message>
        <source>When it succeeded (Unix seconds or RFC 3339).</source>
        <translation>Date de réussite (secondes Unix ou RFC 3339).</translation>
    </message>
    <message>
        <source>The refund.</source>
        <translation>Le remboursement.</translation>
    </message>
    <message>
        <source>pending, requires_action, succeeded, failed or canceled.</source>
        <translation>pending, requires_action, succeeded, failed ou canceled.</translation>
    </message>
    <message>
        <source>refund-status REFUND_ID STATUS [options]: change a refund&apos;s status.</source>
        <translation>refund-status REFUND_ID STATUS [options] : modifier le statut d&apos;un remboursement.</translation>
    </message>
    <message>
        <source>refund-status takes a refund id and a status.</source>
        <translation>refund-status attend un identifiant de remboursement et un statut.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is neither a date (YYYY-MM-DD) nor a time (RFC 3339 such as 2026-11-01T00:00:00+01:00, or Unix seconds).</source>
        <translation>%1 &quot;%2&quot; n&apos;est ni une date (YYYY-MM-DD) ni un instant (RFC 3339, p. ex. 2026-11-01T00:00:00+01:00, ou secondes Unix).</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not one of csv, json, pdf.</source>
        <translation>--format &quot;%1&quot; ne fait pas partie des valeurs csv, json, pdf.</translation>
    </message>
    <message>
        <source>--separator &quot;%1&quot; is not one of , ; | tab.</source>
        <translation>--separator &quot;%1&quot; ne fait pas partie des valeurs , ; | tab.</translation>
    </message>
    <message>
        <source>Cannot write the report to standard output.</source>
        <translation>Impossible d&apos;écrire le rapport sur la sortie standard.</translation>
    </message>
    <message>
        <source>csv, json or pdf (default: from the --out file&apos;s suffix, else csv).</source>
        <translation>csv, json ou pdf (par défaut : d&apos;après l&apos;extension du fichier --out, sinon csv).</translation>
    </message>
    <message>
        <source>CSV: start with a byte order mark, for spreadsheets.</source>
        <translation>CSV : commencer par une marque d&apos;ordre des octets (BOM), pour les tableurs.</translation>
    </message>
    <message>
        <source>CSV: the field separator, one of , ; | tab (default ,).</source>
        <translation>CSV : le séparateur de champs, parmi , ; | tab (par défaut ,).</translation>
    </message>
    <message>
        <source>PDF: the title (default &quot;Refund report&quot;).</source>
        <translation>PDF : le titre (par défaut « Rapport de remboursements »).</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output (not for PDF).</source>
        <translation>Le fichier à écrire, ou - pour la sortie standard (pas pour PDF).</translation>
    </message>
    <message>
        <source>report --from DATE --to DATE [--tz ZONE] [--time created|refunded] [--group-by day|week|month|reason|status|agent|currency] [--status S]... [--reason R]... [--currency C]... [--agent A]... [--format csv|json|pdf] [--bom] [--separator CHAR] [--title TEXT] --out FILE|-: refunds over a period with totals per currency, never summed across currencies. --to is the last day, included whole: --from 2026-11-01 --to 2026-11-30 is November.</source>
        <translation>report --from DATE --to DATE [--tz ZONE] [--time created|refunded] [--group-by day|week|month|reason|status|agent|currency] [--status S]... [--reason R]... [--currency C]... [--agent A]... [--format csv|json|pdf] [--bom] [--separator CHAR] [--title TEXT] --out FILE|- : les remboursements d&apos;une période avec des totaux par devise, jamais additionnés entre devises. --to est le dernier jour, inclus en entier : --from 2026-11-01 --to 2026-11-30 correspond au mois de novembre.</translation>
    </message>
    <message>
        <source>report takes no arguments besides its options.</source>
        <translation>report n&apos;accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <source>report needs --%1 %2.</source>
        <translation>report exige --%1 %2.</translation>
    </message>
    <message>
        <source>--out -: a PDF report cannot go to standard output; give a file name such as report.pdf.</source>
        <translation>--out - : un rapport PDF ne peut pas être envoyé sur la sortie standard ; indiquez un nom de fichier tel que rapport.pdf.</translation>
    </message>
    <message>
        <source>--bom and --separator are for --format csv only.</source>
        <translation>--bom et --separator ne s&apos;appliquent qu&apos;à --format csv.</translation>
    </message>
    <message>
        <source>--title is for --format pdf only.</source>
        <translation>--title ne s&apos;applique qu&apos;à --format pdf.</translation>
    </message>
    <message>
        <source>Wrote a report of %1 rows and %2 currency totals to %3.</source>
        <translation>Rapport de %1 lignes et %2 totaux par devise écrit dans %3.</translation>
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
        <translation>Utilisation : refunddesk-cli [--db PATH] [--as USER] COMMAND [OPTIONS]

Commandes :
  demo           générer des enregistrements de paiement de démonstration réalistes
  list           lister les enregistrements de paiement (recherche, filtre, JSON)
  show ID        un enregistrement avec ses tentatives, remboursements et historique
  refund ID      rembourser un paiement, totalement ou partiellement
  refund-status  modifier le statut d&apos;un remboursement
  approvals      lister les remboursements en attente d&apos;approbation
  approve ID     approuver un remboursement en attente d&apos;approbation (pas le vôtre)
  reject ID      rejeter un remboursement en attente d&apos;approbation, avec --note
  audit          le journal d&apos;audit : qui a fait quoi, du plus récent au plus ancien ;
                 --head pour son hachage
  verify         vérifier l&apos;intégrité, les invariants monétaires et la chaîne d&apos;événements
  import FILE    importer du JSON au format de l&apos;API (tableau, enveloppe de liste, JSON Lines)
  export         exporter du JSON au format de l&apos;API
  report         totaux des remboursements sur une période, par devise, en CSV, JSON ou PDF
  users          ajouter, lister et modifier les utilisateurs, rôles, plafonds et mots de passe

Options globales : --db PATH (par défaut $REFUNDDESK_DB, sinon le dossier de données
de l&apos;utilisateur), --as USER (connexion ; le mot de passe provient de $REFUNDDESK_PASSWORD,
sinon il est demandé dans le terminal ; obligatoire dès que la base de données contient
des utilisateurs), --help, --version.
COMMAND --help décrit chaque commande.
Codes de sortie : 0 succès, 1 refusé par une règle, 2 utilisation incorrecte, 3 échec
de stockage ou d&apos;E/S, 4 action non autorisée pour votre rôle ou échec de la connexion.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue : &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: users %1</source>
        <translation>Utilisation : users %1</translation>
    </message>
    <message>
        <source>users %1 does not take --%2.</source>
        <translation>users %1 n&apos;accepte pas --%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use viewer, agent, supervisor or admin.</source>
        <translation>&quot;%1&quot; n&apos;est pas un rôle ; utilisez viewer, agent, supervisor ou admin.</translation>
    </message>
    <message>
        <source>--limit &quot;%1&quot; is not CURRENCY=AMOUNT, e.g. usd=100.00.</source>
        <translation>--limit &quot;%1&quot; n&apos;est pas de la forme CURRENCY=AMOUNT, p. ex. usd=100.00.</translation>
    </message>
    <message>
        <source>--limit &quot;%1&quot;: &quot;%2&quot; is not a known currency code.</source>
        <translation>--limit &quot;%1&quot; : &quot;%2&quot; n&apos;est pas un code de devise connu.</translation>
    </message>
    <message>
        <source>--limit gives %1 twice.</source>
        <translation>--limit indique %1 deux fois.</translation>
    </message>
    <message>
        <source>%1: %2, limits %3, %4.</source>
        <translation>%1 : %2, plafonds %3, %4.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>users add needs --role ROLE.</source>
        <translation>users add exige --role ROLE.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Ajouté : %1</translation>
    </message>
    <message>
        <source>No users: the local operator acts as admin until the first user is added.</source>
        <translation>Aucun utilisateur : l&apos;opérateur local agit en tant qu&apos;administrateur jusqu&apos;à l&apos;ajout du premier utilisateur.</translation>
    </message>
    <message>
        <source>failed sign-ins: %1</source>
        <translation>échecs de connexion : %1</translation>
    </message>
    <message>
        <source>limits: %1</source>
        <translation>plafonds : %1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Modifié : %1</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Mot de passe de %1 modifié.</translation>
    </message>
    <message>
        <source>add, list, set-role, set-limits, set-password, disable or enable.</source>
        <translation>add, list, set-role, set-limits, set-password, disable ou enable.</translation>
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
        <translation>users SUBCOMMAND : gérer les personnes autorisées à utiliser RefundDesk (administrateurs uniquement).
  users add NAME --role ROLE [--limit CURRENCY=AMOUNT]... [--password-stdin]
  users list [--json]
  users set-role NAME ROLE
  users set-limits NAME [--limit CURRENCY=AMOUNT]...  (remplace tous les plafonds)
  users set-password NAME [--password-stdin]
  users disable NAME
  users enable NAME
Rôles : viewer, agent, supervisor, admin. Le premier utilisateur doit avoir le rôle admin.</translation>
    </message>
    <message>
        <source>users needs a subcommand: add, list, set-role, set-limits, set-password, disable or enable.</source>
        <translation>users exige une sous-commande : add, list, set-role, set-limits, set-password, disable ou enable.</translation>
    </message>
    <message>
        <source>users has no subcommand &quot;%1&quot;.</source>
        <translation>users n&apos;a pas de sous-commande &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is not an anchor: it needs an event number from 1 and a SHA-256 hash of 64 hex digits, as audit --head prints them.</source>
        <translation>%1 n&apos;est pas une ancre : il faut un numéro d&apos;événement à partir de 1 et un hachage SHA-256 de 64 chiffres hexadécimaux, tels que les affiche audit --head.</translation>
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
        <translation>L&apos;événement d&apos;ancrage %1 est introuvable : l&apos;historique jusqu&apos;à cet événement a été supprimé ou réécrit.</translation>
    </message>
    <message>
        <source>Anchor event %1 (%2 by %3) has hash %4, not the anchored %5: history up to it was rewritten.</source>
        <translation>L&apos;événement d&apos;ancrage %1 (%2 par %3) a le hachage %4 et non le hachage ancré %5 : l&apos;historique jusqu&apos;à cet événement a été réécrit.</translation>
    </message>
    <message>
        <source>Also check that event SEQ still has this hash, as audit --head printed it earlier.</source>
        <translation>Vérifier aussi que l&apos;événement SEQ a toujours ce hachage, tel que audit --head l&apos;a affiché auparavant.</translation>
    </message>
    <message>
        <source>Like --anchor, from a file audit --head wrote.</source>
        <translation>Comme --anchor, à partir d&apos;un fichier écrit par audit --head.</translation>
    </message>
    <message>
        <source>Check every index entry against its row (SQLite&apos;s integrity_check) instead of the quick check of pages, rows and constraints: about a minute per million records instead of seconds.</source>
        <translation>Vérifier chaque entrée d&apos;index par rapport à sa ligne (integrity_check de SQLite) au lieu de la vérification rapide des pages, des lignes et des contraintes : environ une minute par million d&apos;enregistrements au lieu de quelques secondes.</translation>
    </message>
    <message>
        <source>verify [--full] [--anchor SEQ:HASH] [--anchor-file FILE]: SQLite&apos;s check of the file, money invariants and the event chain.</source>
        <translation>verify [--full] [--anchor SEQ:HASH] [--anchor-file FILE] : vérification du fichier par SQLite, des invariants monétaires et de la chaîne d&apos;événements.</translation>
    </message>
    <message>
        <source>verify takes no arguments, but was given &quot;%1&quot;.</source>
        <translation>verify n&apos;accepte aucun argument, mais a reçu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>anchor: event %1 still has hash %2</source>
        <translation>ancre : l&apos;événement %1 a toujours le hachage %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problème : %1</translation>
    </message>
    <message>
        <source>%1: %2 records, %3 guaranteed, %4 refunded, %5 reserved</source>
        <translation>%1 : %2 enregistrements, %3 garantis, %4 remboursés, %5 réservés</translation>
    </message>
    <message>
        <source>head: event %1, hash %2</source>
        <translation>tête : événement %1, hachage %2</translation>
    </message>
    <message>
        <source>head: no events yet</source>
        <translation>tête : aucun événement pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 records, %2 refunds, %3 events checked</source>
        <translation>%1 enregistrements, %2 remboursements, %3 événements vérifiés</translation>
    </message>
    <message>
        <source>verify found %1 problem(s) (%2); the first: %3</source>
        <translation>verify a détecté %1 problème(s) (%2) ; le premier : %3</translation>
    </message>
    <message>
        <source>OK: %1; %2 warning(s).</source>
        <translation>OK : %1 ; %2 avertissement(s).</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, from midnight in --tz), or a time (RFC 3339 or Unix seconds).</source>
        <translation>Premier jour de la période (YYYY-MM-DD, à partir de minuit dans le fuseau --tz), ou un instant (RFC 3339 ou secondes Unix).</translation>
    </message>
    <message>
        <source>Last day of the period, included whole (to the next midnight in --tz); or a time, which is left out.</source>
        <translation>Dernier jour de la période, inclus en entier (jusqu&apos;au minuit suivant dans le fuseau --tz) ; ou un instant, qui est exclu.</translation>
    </message>
    <message>
        <source>The IANA time zone of the dates and of the days, weeks and months (default UTC).</source>
        <translation>Le fuseau horaire IANA des dates ainsi que des jours, semaines et mois (par défaut UTC).</translation>
    </message>
    <message>
        <source>Place refunds by when they were created (default) or refunded.</source>
        <translation>Classer les remboursements selon leur date de création (par défaut) ou de remboursement.</translation>
    </message>
    <message>
        <source>day, week (ISO), month (default), reason, status, agent or currency.</source>
        <translation>day, week (ISO), month (par défaut), reason, status, agent ou currency.</translation>
    </message>
    <message>
        <source>Only refunds in this status; repeatable.</source>
        <translation>Uniquement les remboursements ayant ce statut ; option répétable.</translation>
    </message>
    <message>
        <source>Only refunds with this reason (none: without one); repeatable.</source>
        <translation>Uniquement les remboursements ayant ce motif (none : sans motif) ; option répétable.</translation>
    </message>
    <message>
        <source>Only refunds in this currency; repeatable.</source>
        <translation>Uniquement les remboursements dans cette devise ; option répétable.</translation>
    </message>
    <message>
        <source>Only refunds this user created; repeatable.</source>
        <translation>Uniquement les remboursements créés par cet utilisateur ; option répétable.</translation>
    </message>
    <message>
        <source>viewer, agent, supervisor or admin (users add).</source>
        <translation>viewer, agent, supervisor ou admin (users add).</translation>
    </message>
    <message>
        <source>A refund limit, e.g. usd=100.00; repeatable (users add, users set-limits).</source>
        <translation>Un plafond de remboursement, p. ex. usd=100.00 ; option répétable (users add, users set-limits).</translation>
    </message>
    <message>
        <source>Read the new password as one line of standard input (users add, users set-password).</source>
        <translation>Lire le nouveau mot de passe sur une ligne de l&apos;entrée standard (users add, users set-password).</translation>
    </message>
    <message>
        <source>Print JSON (users list).</source>
        <translation>Afficher du JSON (users list).</translation>
    </message>
    <message>
        <source>--tz &quot;%1&quot; is not a time zone this system knows; give an IANA name such as Europe/Berlin, or UTC.</source>
        <translation>--tz &quot;%1&quot; n&apos;est pas un fuseau horaire connu de ce système ; indiquez un nom IANA tel que Europe/Berlin, ou UTC.</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; ends the period at %2, which is not after --from &quot;%3&quot; (%4); a date given to --to counts as the whole day.</source>
        <translation>--to &quot;%1&quot; termine la période à %2, ce qui n&apos;est pas postérieur à --from &quot;%3&quot; (%4) ; une date passée à --to compte pour la journée entière.</translation>
    </message>
    <message>
        <source>--reason &quot;%1&quot; is not one of duplicate, fraudulent, requested_by_customer, none.</source>
        <translation>--reason &quot;%1&quot; ne fait pas partie des valeurs duplicate, fraudulent, requested_by_customer, none.</translation>
    </message>
    <message>
        <source>--currency &quot;%1&quot; is not a known ISO 4217 code such as usd.</source>
        <translation>--currency &quot;%1&quot; n&apos;est pas un code ISO 4217 connu, tel que usd.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::HistoryModel</name>
    <message>
        <source>Processor</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>RefundDesk::HistoryText</name>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>initiated</source>
        <translation>initié</translation>
    </message>
    <message>
        <source>guaranteed</source>
        <translation>garanti</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>informational</source>
        <translation>informatif</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <source>approved by</source>
        <translation>approuvé par</translation>
    </message>
    <message>
        <source>billing details</source>
        <translation>coordonnées de facturation</translation>
    </message>
    <message>
        <source>card brand</source>
        <translation>marque de la carte</translation>
    </message>
    <message>
        <source>card last 4</source>
        <translation>4 derniers chiffres de la carte</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>customer presence</source>
        <translation>présence du client</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>destination details</source>
        <translation>coordonnées de destination</translation>
    </message>
    <message>
        <source>failure reason</source>
        <translation>motif d&apos;échec</translation>
    </message>
    <message>
        <source>idempotency key</source>
        <translation>clé d&apos;idempotence</translation>
    </message>
    <message>
        <source>latest attempt</source>
        <translation>dernière tentative</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>métadonnées</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>tentative</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>moyen de paiement</translation>
    </message>
    <message>
        <source>payment method name</source>
        <translation>nom du moyen de paiement</translation>
    </message>
    <message>
        <source>payment method type</source>
        <translation>type de moyen de paiement</translation>
    </message>
    <message>
        <source>pending reason</source>
        <translation>motif d&apos;attente</translation>
    </message>
    <message>
        <source>processor reference</source>
        <translation>référence du prestataire</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>prestataire</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>refund reference</source>
        <translation>référence du remboursement</translation>
    </message>
    <message>
        <source>reported by</source>
        <translation>signalé par</translation>
    </message>
    <message>
        <source>shipping details</source>
        <translation>coordonnées de livraison</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>live</source>
        <translation>production</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1 défini sur %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 modifié</translation>
    </message>
    <message>
        <source>1 new object</source>
        <translation>1 nouvel objet</translation>
    </message>
    <message>
        <source>%1 new objects</source>
        <translation>%1 nouveaux objets</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 mis à jour</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation>Importé (%1)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <source>Imported from %1 (%2)</source>
        <translation>Importé depuis %1 (%2)</translation>
    </message>
    <message>
        <source>Demo data generated (1 record, seed %1)</source>
        <translation>Données de démonstration générées (1 enregistrement, graine %1)</translation>
    </message>
    <message>
        <source>Demo data generated (%1 records, seed %2)</source>
        <translation>Données de démonstration générées (%1 enregistrements, graine %2)</translation>
    </message>
    <message>
        <source>The source reported %1 refunded of %2 guaranteed; imported as fully refunded</source>
        <translation>La source indiquait %1 remboursés sur %2 garantis ; importé comme intégralement remboursé</translation>
    </message>
    <message>
        <source>Prior refund of %1 at the processor, before RefundDesk</source>
        <translation>Remboursement antérieur de %1 chez le prestataire de paiement, avant RefundDesk</translation>
    </message>
    <message>
        <source>The refunds now known account for everything refunded; no prior refund remains</source>
        <translation>Les remboursements désormais connus couvrent la totalité du montant remboursé ; aucun remboursement antérieur ne subsiste</translation>
    </message>
    <message>
        <source>Refund %1 of %2 reported as refunded at the processor</source>
        <translation>Remboursement %1 de %2 signalé comme effectué chez le prestataire de paiement</translation>
    </message>
    <message>
        <source>Refund %1 of %2 reported as refunded at the processor (%3)</source>
        <translation>Remboursement %1 de %2 signalé comme effectué chez le prestataire de paiement (%3)</translation>
    </message>
    <message>
        <source>Refund %1 of %2 created</source>
        <translation>Remboursement %1 de %2 créé</translation>
    </message>
    <message>
        <source>Refund %1 of %2 created (%3)</source>
        <translation>Remboursement %1 de %2 créé (%3)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Refund %1 %2 → %3</source>
        <translation>Remboursement %1 : %2 → %3</translation>
    </message>
    <message>
        <source>Refund %1 of %2 approved → %3</source>
        <translation>Remboursement %1 de %2 approuvé → %3</translation>
    </message>
    <message>
        <source>Refund %1 of %2 rejected</source>
        <translation>Remboursement %1 de %2 rejeté</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
    </message>
    <message>
        <source>user disabled</source>
        <translation>utilisateur désactivé</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>mot de passe incorrect</translation>
    </message>
    <message>
        <source>Sign-in failed: %1 (%2 in a row)</source>
        <translation>Échec de connexion : %1 (%2 fois de suite)</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de connexion : %1</translation>
    </message>
    <message>
        <source>User %1 added as %2, refund limits %3</source>
        <translation>Utilisateur %1 ajouté en tant que %2, plafonds de remboursement %3</translation>
    </message>
    <message>
        <source>Role of %1 %2 → %3</source>
        <translation>Rôle de %1 : %2 → %3</translation>
    </message>
    <message>
        <source>Refund limits of %1 %2 → %3</source>
        <translation>Plafonds de remboursement de %1 : %2 → %3</translation>
    </message>
    <message>
        <source>Password of %1 changed</source>
        <translation>Mot de passe de %1 modifié</translation>
    </message>
    <message>
        <source>User %1 disabled</source>
        <translation>Utilisateur %1 désactivé</translation>
    </message>
    <message>
        <source>User %1 enabled</source>
        <translation>Utilisateur %1 activé</translation>
    </message>
    <message>
        <source>Signed in (password hash renewed)</source>
        <translation>Connecté (hachage du mot de passe renouvelé)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message>
        <source>Report of %1 objects to %2, personal data masked</source>
        <translation>Rapport de %1 objets vers %2, données personnelles masquées</translation>
    </message>
    <message>
        <source>Report of %1 objects to %2, personal data in full</source>
        <translation>Rapport de %1 objets vers %2, données personnelles complètes</translation>
    </message>
    <message>
        <source>Exported %1 objects to %2, personal data masked</source>
        <translation>%1 objets exportés vers %2, données personnelles masquées</translation>
    </message>
    <message>
        <source>Exported %1 objects to %2, personal data in full</source>
        <translation>%1 objets exportés vers %2, données personnelles complètes</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Metadata changed: %1</source>
        <translation>Métadonnées modifiées : %1</translation>
    </message>
    <message>
        <source>Record updated by import: %1</source>
        <translation>Enregistrement mis à jour par l&apos;import : %1</translation>
    </message>
    <message>
        <source>Payment attempt %1 updated by import: %2</source>
        <translation>Tentative de paiement %1 mise à jour par l&apos;import : %2</translation>
    </message>
    <message>
        <source>Refund %1 of %2 imported (%3)</source>
        <translation>Remboursement %1 de %2 importé (%3)</translation>
    </message>
    <message>
        <source>Refund %1 updated by import: %2</source>
        <translation>Remboursement %1 mis à jour par l&apos;import : %2</translation>
    </message>
    <message>
        <source>Payment attempt %1 guaranteed %2</source>
        <translation>Tentative de paiement %1 : montant garanti de %2</translation>
    </message>
    <message>
        <source>Payment attempt %1 of %2 failed</source>
        <translation>Échec de la tentative de paiement %1 de %2</translation>
    </message>
    <message>
        <source>Payment attempt %1 of %2 canceled</source>
        <translation>Tentative de paiement %1 de %2 annulée</translation>
    </message>
    <message>
        <source>Payment attempt %1 of %2 initiated</source>
        <translation>Tentative de paiement %1 de %2 initiée</translation>
    </message>
    <message>
        <source>Payment attempt %1 of %2 (informational)</source>
        <translation>Tentative de paiement %1 de %2 (informative)</translation>
    </message>
    <message>
        <source>Refund %1 of %2 imported with the payment (%3)</source>
        <translation>Remboursement %1 de %2 importé avec le paiement (%3)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Guaranteed</source>
        <translation>Garanti</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Processor reference</source>
        <translation>Référence du prestataire</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Statut actuel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RefundDesk::JobProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>RefundDesk::LimitsEditor</name>
    <message>
        <source>Add &amp;limit</source>
        <translation>Ajouter un p&amp;lafond</translation>
    </message>
    <message>
        <source>Add a refund limit</source>
        <translation>Ajouter un plafond de remboursement</translation>
    </message>
    <message>
        <source>A limit in one more currency</source>
        <translation>Un plafond dans une devise supplémentaire</translation>
    </message>
    <message>
        <source>Refunds above a limit, or in a currency without one, wait for a supervisor&apos;s approval.</source>
        <translation>Les remboursements qui dépassent un plafond, ou dans une devise sans plafond, attendent l&apos;approbation d&apos;un superviseur.</translation>
    </message>
    <message>
        <source>Limit currency</source>
        <translation>Devise du plafond</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this limit</source>
        <translation>Supprimer ce plafond</translation>
    </message>
    <message>
        <source>Limit in %1</source>
        <translation>Plafond en %1</translation>
    </message>
    <message>
        <source>Refund limit in %1</source>
        <translation>Plafond de remboursement en %1</translation>
    </message>
    <message>
        <source>%1 has two limits; keep one of them.</source>
        <translation>%1 a deux plafonds ; n&apos;en conservez qu&apos;un.</translation>
    </message>
    <message>
        <source>Enter the limit in %1, or remove its row.</source>
        <translation>Saisissez le plafond en %1 ou supprimez sa ligne.</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is unknown.</source>
        <translation>La devise &quot;%1&quot; est inconnue.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::MainWindow</name>
    <message>
        <source>RefundDesk — %1</source>
        <translation>RefundDesk — %1</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Refund %1 is not among the refunds the filters show.</source>
        <translation>Le remboursement %1 ne fait pas partie des remboursements affichés par les filtres.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Connecté en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database has no payment records yet.&lt;/b&gt; Load demo data to try RefundDesk, or import payment records exported from your payment processor (JSON).</source>
        <translation>&lt;b&gt;Cette base de données ne contient encore aucun enregistrement de paiement.&lt;/b&gt; Chargez des données de démonstration pour essayer RefundDesk, ou importez des enregistrements de paiement exportés depuis votre prestataire de paiement (JSON).</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation>Charger des &amp;données de démonstration…</translation>
    </message>
    <message>
        <source>&amp;Import a File…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>&amp;Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Find Payments…</source>
        <translation>&amp;Rechercher des paiements…</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>&amp;Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Paiement</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Rembourser…</translation>
    </message>
    <message>
        <source>Edit &amp;Metadata…</source>
        <translation>Modifier les &amp;métadonnées…</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>Ne&amp;xt Payment</source>
        <translation>Paiement &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Payment</source>
        <translation>Paiement &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Paiements</translation>
    </message>
    <message>
        <source>&amp;Refunds</source>
        <translation>&amp;Remboursements</translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Approbations</translation>
    </message>
    <message>
        <source>Au&amp;dit Trail</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>Rappor&amp;ts</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About RefundDesk</source>
        <translation>À &amp;propos de RefundDesk</translation>
    </message>
    <message>
        <source>About RefundDesk</source>
        <translation>À propos de RefundDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;RefundDesk %1&lt;/b&gt;&lt;p&gt;Find payment records, refund them in full or in part, follow their history and export reports.&lt;/p&gt;</source>
        <translation>&lt;b&gt;RefundDesk %1&lt;/b&gt;&lt;p&gt;Recherchez des enregistrements de paiement, remboursez-les en totalité ou en partie, suivez leur historique et exportez des rapports.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>No payment records yet</source>
        <translation>Aucun enregistrement de paiement pour le moment</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 enregistrement</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 enregistrements</translation>
    </message>
    <message>
        <source>More than %1 of %2 records</source>
        <translation>Plus de %1 enregistrements sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 enregistrements sur %2</translation>
    </message>
    <message>
        <source>Local operator %1 (no sign-in)</source>
        <translation>Opérateur local %1 (sans connexion)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>This database has no users yet; the local operator has admin rights.</source>
        <translation>Cette base de données n&apos;a encore aucun utilisateur ; l&apos;opérateur local dispose des droits d&apos;administrateur.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Approbations (%1)</translation>
    </message>
    <message>
        <source>Select a payment to refund first.</source>
        <translation>Sélectionnez d&apos;abord un paiement à rembourser.</translation>
    </message>
    <message>
        <source>Nothing of %1 is left to refund.</source>
        <translation>Il ne reste rien à rembourser sur %1.</translation>
    </message>
    <message>
        <source>Refund %1 of %2 for %3 is above your limit: it awaits a supervisor&apos;s approval.</source>
        <translation>Le remboursement %1 de %2 pour %3 dépasse votre plafond : il attend l&apos;approbation d&apos;un superviseur.</translation>
    </message>
    <message>
        <source>Refund %1 of %2 created for %3.</source>
        <translation>Remboursement %1 de %2 créé pour %3.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>RefundDesk will use %1 from its next start.</source>
        <translation>RefundDesk utilisera %1 à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
</context>
<context>
    <name>RefundDesk::MessageLabel</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>RefundDesk::MetadataDialog</name>
    <message>
        <source>Metadata of %1</source>
        <translation>Métadonnées de %1</translation>
    </message>
    <message>
        <source>Up to 50 keys of at most 40 characters, values of at most 500. A key without a value is removed.</source>
        <translation>Jusqu&apos;à 50 clés de 40 caractères au plus, avec des valeurs de 500 caractères au plus. Une clé sans valeur est supprimée.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::MetadataEditor</name>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Metadata keys and values</source>
        <translation>Clés et valeurs des métadonnées</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add metadata key</source>
        <translation>Ajouter une clé de métadonnées</translation>
    </message>
    <message>
        <source>Add a key and value (Insert)</source>
        <translation>Ajouter une clé et une valeur (Insert)</translation>
    </message>
    <message>
        <source>Remove metadata key</source>
        <translation>Supprimer la clé de métadonnées</translation>
    </message>
    <message>
        <source>Remove the selected key (Delete)</source>
        <translation>Supprimer la clé sélectionnée (Delete)</translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot; is given twice, in rows %3 and %4.</source>
        <translation>La clé %1 &quot;%2&quot; figure deux fois, aux lignes %3 et %4.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::Money</name>
    <message>
        <source>currency: cannot add %1 to %2, because amounts in different currencies never mix</source>
        <translation>currency : impossible d&apos;ajouter %1 à %2, car des montants en devises différentes ne se mélangent jamais</translation>
    </message>
    <message>
        <source>amount: %1 plus %2 is outside the range of amounts the desk can hold</source>
        <translation>amount : %1 plus %2 sort de la plage des montants que RefundDesk peut gérer</translation>
    </message>
    <message>
        <source>currency: cannot subtract %1 from %2, because amounts in different currencies never mix</source>
        <translation>currency : impossible de soustraire %1 de %2, car des montants en devises différentes ne se mélangent jamais</translation>
    </message>
    <message>
        <source>amount: %1 minus %2 is outside the range of amounts the desk can hold</source>
        <translation>amount : %1 moins %2 sort de la plage des montants que RefundDesk peut gérer</translation>
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
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Processor reference</source>
        <translation>Référence du prestataire</translation>
    </message>
</context>
<context>
    <name>RefundDesk::PaymentTableView</name>
    <message>
        <source>Payment records</source>
        <translation>Enregistrements de paiement</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RecordDetailPane</name>
    <message>
        <source>Nothing to refund: the payment is not guaranteed yet.</source>
        <translation>Rien à rembourser : le paiement n&apos;est pas encore garanti.</translation>
    </message>
    <message>
        <source>Nothing to refund: the payment failed.</source>
        <translation>Rien à rembourser : le paiement a échoué.</translation>
    </message>
    <message>
        <source>Nothing to refund: the payment was canceled.</source>
        <translation>Rien à rembourser : le paiement a été annulé.</translation>
    </message>
    <message>
        <source>Nothing left to refund: %1 of %2 is refunded.</source>
        <translation>Plus rien à rembourser : %1 sur %2 sont remboursés.</translation>
    </message>
    <message>
        <source>Nothing left to refund: refunds still pending or awaiting approval hold %1.</source>
        <translation>Plus rien à rembourser : des remboursements encore en attente ou en attente d&apos;approbation réservent %1.</translation>
    </message>
    <message>
        <source>Nothing left to refund on this payment.</source>
        <translation>Plus rien à rembourser sur ce paiement.</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Détails du paiement</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Rembourser…</translation>
    </message>
    <message>
        <source>Refund this payment</source>
        <translation>Rembourser ce paiement</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Refunds of this payment</source>
        <translation>Remboursements de ce paiement</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History of this payment</source>
        <translation>Historique de ce paiement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add a note to the history…</source>
        <translation>Ajouter une note à l&apos;historique…</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>As %1 (%2) you can look, but not change anything.</source>
        <translation>En tant que %1 (%2), vous pouvez consulter, mais rien modifier.</translation>
    </message>
    <message>
        <source>Cannot show payment %1: %2</source>
        <translation>Impossible d&apos;afficher le paiement %1 : %2</translation>
    </message>
    <message>
        <source>Select a payment to see its details</source>
        <translation>Sélectionnez un paiement pour en voir les détails</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <source>Refund up to %1 of this payment.</source>
        <translation>Rembourser jusqu&apos;à %1 de ce paiement.</translation>
    </message>
    <message>
        <source>Refunds — none yet</source>
        <translation>Remboursements — aucun pour le moment</translation>
    </message>
    <message>
        <source>Refunds (%1+)</source>
        <translation>Remboursements (%1+)</translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation>Remboursements (%1)</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RecordFilterBar</name>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>Créé le ou après le</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>Créé le ou avant le</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Montant minimal</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Montant maximal</translation>
    </message>
    <message>
        <source>Search id, email, name, description, reference…</source>
        <translation>Rechercher par ID, e-mail, nom, description, référence…</translation>
    </message>
    <message>
        <source>Search payment records</source>
        <translation>Rechercher des enregistrements de paiement</translation>
    </message>
    <message>
        <source>Search payment records (Ctrl+F or Ctrl+K)</source>
        <translation>Rechercher des enregistrements de paiement (Ctrl+F ou Ctrl+K)</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Filter by currency</source>
        <translation>Filtrer par devise</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Toutes les devises</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Effacer la recherche et tous les filtres</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;État :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>Crea&amp;ted:</source>
        <translation>&amp;Création :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>Amount requested, in %1</source>
        <translation>Montant demandé, en %1</translation>
    </message>
    <message>
        <source>Choose a currency to filter by amount</source>
        <translation>Choisissez une devise pour filtrer par montant</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RecordFormat</name>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>US bank account</source>
        <translation>Compte bancaire américain</translation>
    </message>
    <message>
        <source>SEPA Direct Debit</source>
        <translation>Prélèvement SEPA</translation>
    </message>
    <message>
        <source>Bacs Direct Debit</source>
        <translation>Prélèvement Bacs</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RecordSummaryView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Guaranteed, less what is refunded and what pending refunds hold.</source>
        <translation>Montant garanti, moins les montants remboursés et ceux réservés par les remboursements en attente.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Guaranteed</source>
        <translation>Garanti</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Pending refunds</source>
        <translation>Remboursements en attente</translation>
    </message>
    <message>
        <source>Still refundable</source>
        <translation>Encore remboursable</translation>
    </message>
    <message>
        <source>Customer and payment method</source>
        <translation>Client et moyen de paiement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Processor reference</source>
        <translation>Référence du prestataire</translation>
    </message>
    <message>
        <source>No customer or payment method details</source>
        <translation>Aucune information sur le client ni sur le moyen de paiement</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Edit &amp;metadata…</source>
        <translation>Modifier les &amp;métadonnées…</translation>
    </message>
    <message>
        <source>incl. %1 refunded before RefundDesk</source>
        <translation>dont %1 remboursés avant RefundDesk</translation>
    </message>
    <message>
        <source>The source reported more refunded than was guaranteed; the payment counts as fully refunded.</source>
        <translation>La source indiquait un montant remboursé supérieur au montant garanti ; le paiement est considéré comme intégralement remboursé.</translation>
    </message>
    <message>
        <source>No metadata</source>
        <translation>Aucune métadonnée</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundDialog</name>
    <message>
        <source>Refund %1</source>
        <translation>Rembourser %1</translation>
    </message>
    <message>
        <source>of %1 paid</source>
        <translation>sur %1 payés</translation>
    </message>
    <message>
        <source>Amount to refund in %1</source>
        <translation>Montant à rembourser en %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>&amp;Full amount</source>
        <translation>Montant &amp;total</translation>
    </message>
    <message>
        <source>Refund the full remaining amount</source>
        <translation>Rembourser l&apos;intégralité du montant restant</translation>
    </message>
    <message>
        <source>Fill in everything still refundable</source>
        <translation>Saisir tout le montant encore remboursable</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional: what happened, for the payment&apos;s history</source>
        <translation>Facultatif : ce qui s&apos;est passé, pour l&apos;historique du paiement</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Already refunded at the &amp;processor</source>
        <translation>Déjà remboursé chez le &amp;prestataire</translation>
    </message>
    <message>
        <source>Already refunded at the processor</source>
        <translation>Déjà remboursé chez le prestataire</translation>
    </message>
    <message>
        <source>Record a refund the processor already made; it is stored as succeeded</source>
        <translation>Enregistrer un remboursement déjà effectué par le prestataire de paiement ; il est enregistré comme réussi</translation>
    </message>
    <message>
        <source>Processor refund reference</source>
        <translation>Référence du remboursement chez le prestataire</translation>
    </message>
    <message>
        <source>The processor&apos;s id for the refund</source>
        <translation>L&apos;identifiant du remboursement chez le prestataire</translation>
    </message>
    <message>
        <source>Refunded at</source>
        <translation>Remboursé le</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuer…</translation>
    </message>
    <message>
        <source>Continue to confirmation</source>
        <translation>Passer à la confirmation</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Paiement :</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>Refundable:</source>
        <translation>Remboursable :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>M&amp;otif :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>Méta&amp;données :</translation>
    </message>
    <message>
        <source>Processor &amp;reference:</source>
        <translation>Ré&amp;férence du prestataire :</translation>
    </message>
    <message>
        <source>Refunded a&amp;t:</source>
        <translation>Remboursé &amp;le :</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Approval needed</source>
        <translation>Approbation requise</translation>
    </message>
    <message>
        <source>Left afterwards:</source>
        <translation>Restant ensuite :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>Métadonnées :</translation>
    </message>
    <message>
        <source>Processor reference:</source>
        <translation>Référence du prestataire :</translation>
    </message>
    <message>
        <source>Refunded at:</source>
        <translation>Remboursé le :</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back to the refund form</source>
        <translation>Revenir au formulaire de remboursement</translation>
    </message>
    <message>
        <source>%1 cannot be refunded here: its currency &quot;%2&quot; is unknown.</source>
        <translation>%1 ne peut pas être remboursé ici : sa devise &quot;%2&quot; est inconnue.</translation>
    </message>
    <message>
        <source>Enter the amount to refund, at most %1, or choose Full amount.</source>
        <translation>Saisissez le montant à rembourser, %1 au maximum, ou choisissez Montant total.</translation>
    </message>
    <message>
        <source>You have no refund limit in %1, so this refund will wait for a supervisor&apos;s approval, its amount reserved until then.</source>
        <translation>Vous n&apos;avez pas de plafond de remboursement en %1 : ce remboursement attendra donc l&apos;approbation d&apos;un superviseur, et son montant sera réservé d&apos;ici là.</translation>
    </message>
    <message>
        <source>This is above your refund limit of %1, so the refund will wait for a supervisor&apos;s approval, its amount reserved until then.</source>
        <translation>Ce montant dépasse votre plafond de remboursement de %1 : le remboursement attendra donc l&apos;approbation d&apos;un superviseur, et son montant sera réservé d&apos;ici là.</translation>
    </message>
    <message>
        <source>Record that %1 of %2 was already refunded to %3 on %4 at the processor, once a supervisor approves it?</source>
        <translation>Enregistrer que %1 sur %2 ont déjà été remboursés à %3 pour le paiement %4 chez le prestataire, une fois l&apos;approbation d&apos;un superviseur obtenue ?</translation>
    </message>
    <message>
        <source>Refund %1 of %2 to %3 on %4, once a supervisor approves it?</source>
        <translation>Rembourser %1 sur %2 à %3 pour le paiement %4, une fois l&apos;approbation d&apos;un superviseur obtenue ?</translation>
    </message>
    <message>
        <source>Submit %1 for approval</source>
        <translation>Soumettre %1 pour approbation</translation>
    </message>
    <message>
        <source>Record that %1 of %2 was already refunded to %3 on %4 at the processor? This cannot be undone.</source>
        <translation>Enregistrer que %1 sur %2 ont déjà été remboursés à %3 pour le paiement %4 chez le prestataire ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Record refund of %1</source>
        <translation>Enregistrer le remboursement de %1</translation>
    </message>
    <message>
        <source>Refund %1 of %2 to %3 on %4? This cannot be undone.</source>
        <translation>Rembourser %1 sur %2 à %3 pour le paiement %4 ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>an unnamed customer</source>
        <translation>un client sans nom</translation>
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
        <translation>&amp;Créé du</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Filter by reason</source>
        <translation>Filtrer par motif</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Sans motif</translation>
    </message>
    <message>
        <source>Filter by agent</source>
        <translation>Filtrer par agent</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>Filter by creation date</source>
        <translation>Filtrer par date de création</translation>
    </message>
    <message>
        <source>Only refunds created between these days, in local time</source>
        <translation>Uniquement les remboursements créés entre ces dates, en heure locale</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Créé à partir du</translation>
    </message>
    <message>
        <source>Created until (inclusive)</source>
        <translation>Créé jusqu&apos;au (inclus)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundListModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Processor reference</source>
        <translation>Référence du prestataire</translation>
    </message>
    <message>
        <source>Refunded at</source>
        <translation>Remboursé le</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RefundsView</name>
    <message>
        <source>Mark succeeded…</source>
        <translation>Marquer comme réussi…</translation>
    </message>
    <message>
        <source>Mark failed…</source>
        <translation>Marquer comme échoué…</translation>
    </message>
    <message>
        <source>Cancel refund…</source>
        <translation>Annuler le remboursement…</translation>
    </message>
    <message>
        <source>Requires action…</source>
        <translation>Action requise…</translation>
    </message>
    <message>
        <source>Back to pending…</source>
        <translation>Remettre en attente…</translation>
    </message>
    <message>
        <source>The processor refunded the selected refund</source>
        <translation>Le prestataire a effectué le remboursement sélectionné</translation>
    </message>
    <message>
        <source>The processor could not refund the selected refund</source>
        <translation>Le prestataire n&apos;a pas pu effectuer le remboursement sélectionné</translation>
    </message>
    <message>
        <source>Cancel the selected refund before the processor refunds it</source>
        <translation>Annuler le remboursement sélectionné avant que le prestataire ne l&apos;effectue</translation>
    </message>
    <message>
        <source>The processor needs something more for the selected refund</source>
        <translation>Le prestataire a besoin d&apos;informations supplémentaires pour le remboursement sélectionné</translation>
    </message>
    <message>
        <source>The selected refund waits for the processor again</source>
        <translation>Le remboursement sélectionné attend de nouveau le prestataire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Show payment</source>
        <translation>Afficher le paiement</translation>
    </message>
    <message>
        <source>Show the payment record the selected refund belongs to</source>
        <translation>Afficher l&apos;enregistrement de paiement auquel appartient le remboursement sélectionné</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No refunds yet</source>
        <translation>Aucun remboursement pour le moment</translation>
    </message>
    <message>
        <source>1 refund</source>
        <translation>1 remboursement</translation>
    </message>
    <message>
        <source>%1 refunds</source>
        <translation>%1 remboursements</translation>
    </message>
    <message>
        <source>%1 of %2 refunds</source>
        <translation>%1 remboursements sur %2</translation>
    </message>
    <message>
        <source>Refund %1 cannot be moved to %2 here.</source>
        <translation>Le remboursement %1 ne peut pas passer au statut %2 ici.</translation>
    </message>
    <message>
        <source>Refund %1 is now “%2”.</source>
        <translation>Le statut du remboursement %1 est désormais « %2 ».</translation>
    </message>
</context>
<context>
    <name>RefundDesk::RejectionReportDialog</name>
    <message>
        <source>Import Report — %1</source>
        <translation>Rapport d&apos;import — %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Rejected objects</source>
        <translation>Objets rejetés</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>… and %1 more rejections, not listed.</source>
        <translation>… et %1 autres rejets, non listés.</translation>
    </message>
    <message>
        <source>Import of %1: %2 %3</source>
        <translation>Import de %1 : %2 %3</translation>
    </message>
    <message>
        <source>… and %1 more rejections.</source>
        <translation>… et %1 autres rejets.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Enregistrer le rapport d&apos;import</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReportChart</name>
    <message>
        <source>%1: refunded amount by %2</source>
        <translation>%1 : montant remboursé par %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReportChartsView</name>
    <message>
        <source>Amount (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>%1, no refunds</source>
        <translation>%1, aucun remboursement</translation>
    </message>
    <message>
        <source>%1 in 1 refund</source>
        <translation>%1 en 1 remboursement</translation>
    </message>
    <message>
        <source>%1 in %2 refunds</source>
        <translation>%1 en %2 remboursements</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 to %2; the most, %3, in %4</source>
        <translation>De %1 à %2 ; le maximum, %3, pour %4</translation>
    </message>
    <message>
        <source>Refunded per day (%1)</source>
        <translation>Remboursé par jour (%1)</translation>
    </message>
    <message>
        <source>Refunded per week (%1)</source>
        <translation>Remboursé par semaine (%1)</translation>
    </message>
    <message>
        <source>Refunded per month (%1)</source>
        <translation>Remboursé par mois (%1)</translation>
    </message>
    <message>
        <source>Refunded over time (%1)</source>
        <translation>Remboursé dans le temps (%1)</translation>
    </message>
    <message>
        <source>Currency of the charts</source>
        <translation>Devise des graphiques</translation>
    </message>
    <message>
        <source>Amounts in different currencies are never drawn on one scale: choose which to chart</source>
        <translation>Les montants en devises différentes ne sont jamais représentés sur une même échelle : choisissez la devise à afficher</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>Refunded in the chosen currency</source>
        <translation>Remboursé dans la devise choisie</translation>
    </message>
    <message>
        <source>Refunded over time</source>
        <translation>Remboursé dans le temps</translation>
    </message>
    <message>
        <source>Refunded by reason</source>
        <translation>Remboursé par motif</translation>
    </message>
    <message>
        <source>No refunds to chart in this period.</source>
        <translation>Aucun remboursement à représenter sur cette période.</translation>
    </message>
    <message>
        <source>Group the report by day, week or month to chart it over time.</source>
        <translation>Regroupez le rapport par jour, semaine ou mois pour le représenter dans le temps.</translation>
    </message>
    <message>
        <source>Refunded by reason (%1)</source>
        <translation>Remboursé par motif (%1)</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReportPdf</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Refunds counted</source>
        <translation>Remboursements comptabilisés</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Regroupé par</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Généré par</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Totaux par devise</translation>
    </message>
    <message>
        <source>No refunds and no guaranteed volume in this period.</source>
        <translation>Aucun remboursement et aucun volume garanti sur cette période.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Guaranteed</source>
        <translation>Garanti</translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation>Taux de remboursement</translation>
    </message>
    <message>
        <source>Refunds by %1</source>
        <translation>Remboursements par %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>No refunds in this period match the filters.</source>
        <translation>Aucun remboursement de cette période ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Refunded amount by %1</source>
        <translation>Montant remboursé par %1</translation>
    </message>
    <message>
        <source>Cannot start the PDF report.</source>
        <translation>Impossible de démarrer le rapport PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot finish the PDF report.</source>
        <translation>Impossible de finaliser le rapport PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReportRowsModel</name>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReportText</name>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Refund report</source>
        <translation>Rapport de remboursements</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Sans motif</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>ISO week (Monday first)</source>
        <translation>semaine ISO (commençant le lundi)</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2, both included (%3)</source>
        <translation>Du %1 au %2 inclus (%3)</translation>
    </message>
    <message>
        <source>%1 up to %2, not included (%3)</source>
        <translation>Du %1 jusqu&apos;au %2 exclu (%3)</translation>
    </message>
    <message>
        <source>when the processor refunded them (refunds not yet refunded are left out)</source>
        <translation>selon la date de remboursement par le prestataire de paiement (les remboursements non encore effectués sont exclus)</translation>
    </message>
    <message>
        <source>when they were created at the desk</source>
        <translation>selon leur date de création dans RefundDesk</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Devises</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 à %2 (%3)</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReportTotalsModel</name>
    <message>
        <source>Refunded as a share of what payments created in the period guaranteed in %1.</source>
        <translation>Montant remboursé rapporté à ce que les paiements créés sur la période ont garanti en %1.</translation>
    </message>
    <message>
        <source>No payment created in the period guaranteed anything in %1.</source>
        <translation>Aucun paiement créé sur la période n&apos;a garanti de montant en %1.</translation>
    </message>
    <message>
        <source>What payments created in the period guaranteed in %1, whatever the refund filters.</source>
        <translation>Montant garanti en %1 par les paiements créés sur la période, indépendamment des filtres de remboursement.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Guaranteed</source>
        <translation>Garanti</translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation>Taux de remboursement</translation>
    </message>
</context>
<context>
    <name>RefundDesk::ReportsView</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation>Exécution du rapport…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Les 30 derniers jours</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation>Dernier jour de la période (inclus)</translation>
    </message>
    <message>
        <source>Time zone of the days, weeks and months</source>
        <translation>Fuseau horaire des jours, semaines et mois</translation>
    </message>
    <message>
        <source>The days, weeks and months of the report begin at midnight in this zone, daylight saving included</source>
        <translation>Les jours, semaines et mois du rapport commencent à minuit dans ce fuseau, heure d&apos;été comprise</translation>
    </message>
    <message>
        <source>Count refunds by</source>
        <translation>Compter les remboursements selon</translation>
    </message>
    <message>
        <source>created</source>
        <translation>date de création</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>date de remboursement</translation>
    </message>
    <message>
        <source>Place each refund in the period by when it was created at the desk, or by when the processor refunded it (refunds not refunded yet are left out)</source>
        <translation>Situer chaque remboursement dans la période selon la date de sa création dans RefundDesk ou selon la date à laquelle le prestataire l&apos;a effectué (les remboursements non encore effectués sont exclus)</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Co&amp;unt by:</source>
        <translation>C&amp;ompter selon :</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Regrouper par :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>Uniquement :</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>CSV, Comma Separated…</source>
        <translation>CSV, séparé par des virgules…</translation>
    </message>
    <message>
        <source>CSV for Spreadsheets (Semicolons, Byte Order Mark)…</source>
        <translation>CSV pour tableurs (points-virgules, indicateur d&apos;ordre des octets)…</translation>
    </message>
    <message>
        <source>Save the report as CSV; the arrow offers a form for spreadsheets that use a comma as the decimal point</source>
        <translation>Enregistrer le rapport au format CSV ; la flèche propose une variante pour les tableurs qui utilisent la virgule comme séparateur décimal</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Totals per currency</source>
        <translation>Totaux par devise</translation>
    </message>
    <message>
        <source>Report rows</source>
        <translation>Lignes du rapport</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lignes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Totals per currency&lt;/b&gt;</source>
        <translation>&lt;b&gt;Totaux par devise&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is not one this system knows; choose one from the list, such as Europe/Berlin or UTC.</source>
        <translation>Le fuseau horaire &quot;%1&quot; est inconnu de ce système ; choisissez-en un dans la liste, par exemple Europe/Berlin ou UTC.</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Aucun rapport</translation>
    </message>
    <message>
        <source>1 refund</source>
        <translation>1 remboursement</translation>
    </message>
    <message>
        <source>%1 refunds</source>
        <translation>%1 remboursements</translation>
    </message>
    <message>
        <source>1 currency</source>
        <translation>1 devise</translation>
    </message>
    <message>
        <source>%1 currencies</source>
        <translation>%1 devises</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>%1 in %2, %3 · %4 · run in %5 ms</source>
        <translation>%1 en %2, %3 · %4 · exécuté en %5 ms</translation>
    </message>
    <message>
        <source>Your role may not export reports.</source>
        <translation>Votre rôle ne permet pas d&apos;exporter des rapports.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Il n&apos;y a encore aucun rapport à exporter.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SessionActions</name>
    <message>
        <source>The first user now exists, so RefundDesk asks everyone to sign in from now on. Sign in as a user of this database to go on.</source>
        <translation>Le premier utilisateur existe désormais : RefundDesk demande donc à chacun de se connecter à partir de maintenant. Connectez-vous en tant qu&apos;utilisateur de cette base de données pour continuer.</translation>
    </message>
    <message>
        <source>%1 Sign in to go on.</source>
        <translation>%1 Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RefundDesk::SignInDialog</name>
    <message>
        <source>Sign in to RefundDesk</source>
        <translation>Connexion à RefundDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::StatusChangeDialog</name>
    <message>
        <source>Mark refund as succeeded</source>
        <translation>Marquer le remboursement comme réussi</translation>
    </message>
    <message>
        <source>Mark refund as failed</source>
        <translation>Marquer le remboursement comme échoué</translation>
    </message>
    <message>
        <source>Cancel refund</source>
        <translation>Annuler le remboursement</translation>
    </message>
    <message>
        <source>Refund requires action</source>
        <translation>Remboursement : action requise</translation>
    </message>
    <message>
        <source>Refund back to pending</source>
        <translation>Remettre le remboursement en attente</translation>
    </message>
    <message>
        <source>Change refund status</source>
        <translation>Modifier le statut du remboursement</translation>
    </message>
    <message>
        <source>Mark succeeded</source>
        <translation>Marquer comme réussi</translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation>Marquer comme échoué</translation>
    </message>
    <message>
        <source>Mark requires action</source>
        <translation>Marquer « action requise »</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>Remettre en attente</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Modifier le statut</translation>
    </message>
    <message>
        <source>The processor has refunded %1 to the customer.</source>
        <translation>Le prestataire a remboursé %1 au client.</translation>
    </message>
    <message>
        <source>The processor reports that the refund of %1 failed after it was marked succeeded.</source>
        <translation>Le prestataire signale que le remboursement de %1 a échoué après avoir été marqué comme réussi.</translation>
    </message>
    <message>
        <source>The processor could not refund %1.</source>
        <translation>Le prestataire n&apos;a pas pu rembourser %1.</translation>
    </message>
    <message>
        <source>Cancel the refund of %1? It will not be sent to the processor, and the amount can be refunded again. This cannot be undone.</source>
        <translation>Annuler le remboursement de %1 ? Il ne sera pas transmis au prestataire, et le montant pourra de nouveau être remboursé. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The processor needs something more, such as the customer&apos;s bank details, before it can refund %1.</source>
        <translation>Le prestataire a besoin d&apos;informations supplémentaires, comme les coordonnées bancaires du client, avant de pouvoir rembourser %1.</translation>
    </message>
    <message>
        <source>The refund of %1 goes back to waiting for the processor.</source>
        <translation>Le remboursement de %1 attend de nouveau le prestataire.</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>Remboursement :</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Paiement :</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Keep refund</source>
        <translation>Conserver le remboursement</translation>
    </message>
    <message>
        <source>Processor refund reference</source>
        <translation>Référence du remboursement chez le prestataire</translation>
    </message>
    <message>
        <source>The processor&apos;s id for this refund</source>
        <translation>L&apos;identifiant de ce remboursement chez le prestataire</translation>
    </message>
    <message>
        <source>Processor &amp;reference:</source>
        <translation>Ré&amp;férence du prestataire :</translation>
    </message>
    <message>
        <source>Refunded at</source>
        <translation>Remboursé le</translation>
    </message>
    <message>
        <source>When the processor refunded it, in local time; not before the refund was initiated and not in the future</source>
        <translation>Date à laquelle le prestataire l&apos;a effectué, en heure locale ; ni antérieure à l&apos;initiation du remboursement, ni dans le futur</translation>
    </message>
    <message>
        <source>Refunded &amp;at:</source>
        <translation>Remboursé &amp;le :</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Motif d&apos;échec</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <source>&amp;Failure reason:</source>
        <translation>Motif d&apos;é&amp;chec :</translation>
    </message>
    <message>
        <source>Pending reason</source>
        <translation>Motif d&apos;attente</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>&amp;Pending reason:</source>
        <translation>Motif d&apos;&amp;attente :</translation>
    </message>
    <message>
        <source>Enter the processor&apos;s refund reference to mark refund %1 as succeeded.</source>
        <translation>Saisissez la référence du remboursement chez le prestataire pour marquer le remboursement %1 comme réussi.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::StoreJob</name>
    <message>
        <source>No store.</source>
        <translation>Aucune base de données.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::TransferActions</name>
    <message>
        <source>Read %1 objects (%2): %3 imported, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>%1 objets lus (%2) : %3 importés, %4 mis à jour, %5 inchangés, %6 rejetés.</translation>
    </message>
    <message>
        <source>Check only: nothing was written.</source>
        <translation>Vérification uniquement : rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) were rejected, so nothing was imported; fix them or import again with “Skip invalid objects”.</source>
        <translation>
            <numerusform>%Ln objet a été rejeté, rien n&apos;a donc été importé ; corrigez-le ou relancez l&apos;import avec « Ignorer les objets non valides ».</numerusform>
            <numerusform>%Ln objets ont été rejetés, rien n&apos;a donc été importé ; corrigez-les ou relancez l&apos;import avec « Ignorer les objets non valides ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) would be rejected. Check only: nothing was written.</source>
        <translation>
            <numerusform>%Ln objet serait rejeté. Vérification uniquement : rien n&apos;a été écrit.</numerusform>
            <numerusform>%Ln objets seraient rejetés. Vérification uniquement : rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) were rejected and left out.</source>
        <translation>
            <numerusform>%Ln objet a été rejeté et ignoré.</numerusform>
            <numerusform>%Ln objets ont été rejetés et ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Payment Records</source>
        <translation>Importer des enregistrements de paiement</translation>
    </message>
    <message>
        <source>JSON files (*.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Fichiers JSON (*.json *.jsonl *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import payment records, attempts and refunds from %1?</source>
        <translation>Importer des enregistrements de paiement, des tentatives et des remboursements depuis %1 ?</translation>
    </message>
    <message>
        <source>Every object is checked first. If any is rejected, nothing is imported, and a report lists each rejected object and why.</source>
        <translation>Chaque objet est d&apos;abord vérifié. Si l&apos;un d&apos;eux est rejeté, rien n&apos;est importé et un rapport indique chaque objet rejeté avec le motif du rejet.</translation>
    </message>
    <message>
        <source>&amp;Skip invalid objects: import the valid ones and report the rest</source>
        <translation>&amp;Ignorer les objets non valides : importer les objets valides et signaler les autres</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Check Only</source>
        <translation>&amp;Vérifier uniquement</translation>
    </message>
    <message>
        <source>Validate and report; write nothing.</source>
        <translation>Valider et générer un rapport ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>%1 lus</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 sur %2 lus</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed.</source>
        <translation>%1 n&apos;a pas été importé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was changed.</source>
        <translation>Import de %1 annulé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Every object in %1 is valid.</source>
        <translation>Tous les objets de %1 sont valides.</translation>
    </message>
    <message>
        <source>JSON array (*.json)</source>
        <translation>Tableau JSON (*.json)</translation>
    </message>
    <message>
        <source>API list envelope (*.json)</source>
        <translation>Enveloppe de liste de l&apos;API (*.json)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson)</source>
        <translation>JSON Lines (*.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Export Payment Records</source>
        <translation>Exporter des enregistrements de paiement</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>%1 objects written</source>
        <translation>%1 objets écrits</translation>
    </message>
    <message>
        <source>Nothing was exported to %1.</source>
        <translation>Rien n&apos;a été exporté vers %1.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Exported %1 records, %2 attempts and %3 refunds to %4.</source>
        <translation>%1 enregistrements, %2 tentatives et %3 remboursements exportés vers %4.</translation>
    </message>
    <message>
        <source>%1 Emails and phone numbers are masked.</source>
        <translation>%1 Les e-mails et numéros de téléphone sont masqués.</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>Charger des données de démonstration</translation>
    </message>
    <message>
        <source>Demo data are realistic payment records with their attempts and refunds, in several currencies, for trying RefundDesk out. They are added to this database.

How many payment records?</source>
        <translation>Les données de démonstration sont des enregistrements de paiement réalistes, avec leurs tentatives et leurs remboursements, dans plusieurs devises, pour essayer RefundDesk. Elles sont ajoutées à cette base de données.

Combien d&apos;enregistrements de paiement souhaitez-vous ?</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>Number of demo payment records</source>
        <translation>Nombre d&apos;enregistrements de paiement de démonstration</translation>
    </message>
    <message>
        <source>Generating %1 demo payment records…</source>
        <translation>Génération de %1 enregistrements de paiement de démonstration…</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 enregistrements sur %2</translation>
    </message>
    <message>
        <source>Loading demo data cancelled: nothing was changed.</source>
        <translation>Chargement des données de démonstration annulé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No demo data were loaded; nothing was changed.</source>
        <translation>Aucune donnée de démonstration n&apos;a été chargée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Loaded %1 demo payment records with %2 attempts and %3 refunds.</source>
        <translation>%1 enregistrements de paiement de démonstration chargés, avec %2 tentatives et %3 remboursements.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::TransferJobs</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UserFormDialog</name>
    <message>
        <source>Add User</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Change Role of %1</source>
        <translation>Changer le rôle de %1</translation>
    </message>
    <message>
        <source>Refund Limits of %1</source>
        <translation>Plafonds de remboursement de %1</translation>
    </message>
    <message>
        <source>Set Password of %1</source>
        <translation>Définir le mot de passe de %1</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Set Limits</source>
        <translation>Définir les plafonds</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Reads and exports, with emails and phone numbers masked.</source>
        <translation>Consulte et exporte, avec les adresses e-mail et numéros de téléphone masqués.</translation>
    </message>
    <message>
        <source>Refunds up to their limits; larger refunds wait for approval.</source>
        <translation>Rembourse dans la limite de ses plafonds ; les remboursements plus élevés attendent une approbation.</translation>
    </message>
    <message>
        <source>Also approves others&apos; refunds, imports and reads the audit trail.</source>
        <translation>Approuve en outre les remboursements des autres, importe et consulte le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Also manages users, roles, limits and passwords.</source>
        <translation>Gère en outre les utilisateurs, les rôles, les plafonds et les mots de passe.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ -</source>
        <translation>Lettres, chiffres et . _ @ -</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
        <source>Refund limits</source>
        <translation>Plafonds de remboursement</translation>
    </message>
    <message>
        <source>Refund limits:</source>
        <translation>Plafonds de remboursement :</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s name.</source>
        <translation>Saisissez le nom du nouvel utilisateur.</translation>
    </message>
    <message>
        <source>Enter the password, then once again.</source>
        <translation>Saisissez le mot de passe, puis saisissez-le une seconde fois.</translation>
    </message>
    <message>
        <source>Enter the password once again.</source>
        <translation>Saisissez le mot de passe une seconde fois.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>%1 is a %2 already; choose another role.</source>
        <translation>%1 a déjà le rôle %2 ; choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UserTableModel</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Last failed sign-in: %1</source>
        <translation>Dernier échec de connexion : %1</translation>
    </message>
    <message>
        <source>Refunds above these amounts, and in any other currency, wait for a supervisor&apos;s approval.</source>
        <translation>Les remboursements supérieurs à ces montants, ainsi que ceux dans toute autre devise, attendent l&apos;approbation d&apos;un superviseur.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Refund limits</source>
        <translation>Plafonds de remboursement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Échecs de connexion</translation>
    </message>
</context>
<context>
    <name>RefundDesk::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <source>Set &amp;Limits…</source>
        <translation>Définir les p&amp;lafonds…</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>Définir le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>This database has no users yet: you work as the local operator %1 with admin rights. The first user must be an admin; once it exists, everyone signs in.</source>
        <translation>Cette base de données n&apos;a encore aucun utilisateur : vous travaillez en tant qu&apos;opérateur local %1 avec les droits d&apos;administrateur. Le premier utilisateur doit être un administrateur ; dès qu&apos;il existe, chacun doit se connecter.</translation>
    </message>
    <message>
        <source>Who may use this desk and what each may do. Changes are recorded in the audit trail.</source>
        <translation>Qui peut utiliser RefundDesk et ce que chacun peut faire. Les modifications sont consignées dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>Utilisateur %1 ajouté en tant que %2.</translation>
    </message>
    <message>
        <source>User %1 added as %2. From now on everyone signs in.</source>
        <translation>Utilisateur %1 ajouté en tant que %2. Désormais, chacun doit se connecter.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 a désormais le rôle %2.</translation>
    </message>
    <message>
        <source>Refund limits of %1: %2.</source>
        <translation>Plafonds de remboursement de %1 : %2.</translation>
    </message>
    <message>
        <source>Password of %1 set.</source>
        <translation>Mot de passe de %1 défini.</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 est désactivé et ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 est de nouveau activé.</translation>
    </message>
</context>
<context>
    <name>RefundDesk::main</name>
    <message>
        <source>Look up payment records and refund them.</source>
        <translation>Rechercher des enregistrements de paiement et les rembourser.</translation>
    </message>
    <message>
        <source>The SQLite database to open (default: $REFUNDDESK_DB, else the user&apos;s data folder).</source>
        <translation>La base de données SQLite à ouvrir (par défaut : $REFUNDDESK_DB, sinon le dossier de données de l&apos;utilisateur).</translation>
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
        <translation>Impossible d&apos;ouvrir la base de données %1.

%2</translation>
    </message>
    <message>
        <source>Cannot read the users of %1.

%2</source>
        <translation>Impossible de lire les utilisateurs de %1.

%2</translation>
    </message>
</context>
</TS>
