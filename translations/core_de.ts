<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AwsSigV4</name>
    <message>
        <source>ACCESS_KEY_ID:SECRET_ACCESS_KEY</source>
        <translation>ACCESS_KEY_ID:SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>the S3 credentials are empty</source>
        <translation>die S3-Zugangsdaten sind leer</translation>
    </message>
    <message>
        <source>the S3 credentials are not in the form ACCESS_KEY_ID:SECRET_ACCESS_KEY</source>
        <translation>die S3-Zugangsdaten haben nicht die Form ACCESS_KEY_ID:SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>the S3 access key id contains characters an access key id cannot have</source>
        <translation>die S3-Access-Key-ID enthält Zeichen, die eine Access-Key-ID nicht enthalten darf</translation>
    </message>
    <message>
        <source>the S3 secret access key is empty</source>
        <translation>der S3-Secret-Access-Key ist leer</translation>
    </message>
</context>
<context>
    <name>Hosts</name>
    <message>
        <source>host variables must be a map</source>
        <translation>Host-Variablen müssen eine Map sein</translation>
    </message>
    <message>
        <source>a map of variables</source>
        <translation>eine Map von Variablen</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>eine Adresse</translation>
    </message>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 ist keine Portnummer</translation>
    </message>
    <message>
        <source>an integer from 1 to 65535</source>
        <translation>eine ganze Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>a user name</source>
        <translation>ein Benutzername</translation>
    </message>
    <message>
        <source>groups nest too deeply (a cycle?)</source>
        <translation>Gruppen sind zu tief verschachtelt (ein Zyklus?)</translation>
    </message>
    <message>
        <source>at most 64 levels</source>
        <translation>höchstens 64 Ebenen</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; must be a map</source>
        <translation>Gruppe „%1“ muss eine Map sein</translation>
    </message>
    <message>
        <source>a map with hosts, children and vars</source>
        <translation>eine Map mit hosts, children und vars</translation>
    </message>
    <message>
        <source>hosts of group &quot;%1&quot; must be a map</source>
        <translation>hosts der Gruppe „%1“ muss eine Map sein</translation>
    </message>
    <message>
        <source>a map of host names to their variables</source>
        <translation>eine Map von Hostnamen auf ihre Variablen</translation>
    </message>
    <message>
        <source>children of group &quot;%1&quot; must be a map</source>
        <translation>children der Gruppe „%1“ muss eine Map sein</translation>
    </message>
    <message>
        <source>a map of groups</source>
        <translation>eine Map von Gruppen</translation>
    </message>
    <message>
        <source>cannot read inventory: %1</source>
        <translation>Inventar kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a readable hosts.yml</source>
        <translation>eine lesbare hosts.yml</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>an Ansible YAML inventory</source>
        <translation>ein Ansible-YAML-Inventar</translation>
    </message>
    <message>
        <source>the inventory is empty</source>
        <translation>das Inventar ist leer</translation>
    </message>
    <message>
        <source>a map of groups (all: hosts: ...)</source>
        <translation>eine Map von Gruppen (all: hosts: ...)</translation>
    </message>
    <message>
        <source>an Ansible YAML inventory must be a map of groups</source>
        <translation>ein Ansible-YAML-Inventar muss eine Map von Gruppen sein</translation>
    </message>
    <message>
        <source>unexpected inventory structure: %1</source>
        <translation>unerwartete Inventarstruktur: %1</translation>
    </message>
    <message>
        <source>the inventory names no host</source>
        <translation>das Inventar nennt keinen Host</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>keine Sitzung</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the session closed</source>
        <translation>die Sitzung wurde geschlossen</translation>
    </message>
    <message>
        <source>unexpected output from /proc/loadavg and nproc</source>
        <translation>unerwartete Ausgabe von /proc/loadavg und nproc</translation>
    </message>
    <message numerus="yes">
        <source>up %1 d %2 h, load %3 %4 %5 on %n core(s)</source>
        <translation>
            <numerusform>läuft seit %1 d %2 h, Last %3 %4 %5 auf %n Kern</numerusform>
            <numerusform>läuft seit %1 d %2 h, Last %3 %4 %5 auf %n Kernen</numerusform>
        </translation>
    </message>
    <message>
        <source>df printed no file system</source>
        <translation>df hat kein Dateisystem ausgegeben</translation>
    </message>
    <message>
        <source>fullest: %1 at %2%</source>
        <translation>am vollsten: %1 mit %2%</translation>
    </message>
    <message>
        <source>nearly full: %1</source>
        <translation>fast voll: %1</translation>
    </message>
    <message>
        <source>unexpected output from /proc/meminfo</source>
        <translation>unerwartete Ausgabe von /proc/meminfo</translation>
    </message>
    <message>
        <source>%1 MiB of %2 MiB available (%3%)</source>
        <translation>%1 MiB von %2 MiB verfügbar (%3%)</translation>
    </message>
    <message>
        <source>, swap %1% used</source>
        <translation>, Swap zu %1% belegt</translation>
    </message>
    <message>
        <source>systemd is not running on this host</source>
        <translation>systemd läuft auf diesem Host nicht</translation>
    </message>
    <message>
        <source>systemctl exited with status %1</source>
        <translation>systemctl wurde mit Status %1 beendet</translation>
    </message>
    <message>
        <source>no failed units</source>
        <translation>keine fehlgeschlagenen Units</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) failed: %1</source>
        <translation>
            <numerusform>%n Unit fehlgeschlagen: %1</numerusform>
            <numerusform>%n Units fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no permission to talk to the Docker daemon (add the user to the docker group)</source>
        <translation>keine Berechtigung für den Docker-Daemon (Benutzer zur Gruppe docker hinzufügen)</translation>
    </message>
    <message>
        <source>docker ps failed: %1</source>
        <translation>docker ps fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>unhealthy or restarting: %1</source>
        <translation>unhealthy oder im Neustart: %1</translation>
    </message>
    <message>
        <source>exited with an error: %1</source>
        <translation>mit Fehler beendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) running</source>
        <translation>
            <numerusform>%n Container läuft</numerusform>
            <numerusform>%n Container laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>fail2ban-client needs root (allow it with passwordless sudo)</source>
        <translation>fail2ban-client erfordert root (per sudo ohne Passwort erlauben)</translation>
    </message>
    <message>
        <source>fail2ban is not running</source>
        <translation>fail2ban läuft nicht</translation>
    </message>
    <message>
        <source>fail2ban runs with no jail</source>
        <translation>fail2ban läuft ohne Jail</translation>
    </message>
    <message numerus="yes">
        <source>%n jail(s): %1</source>
        <translation>
            <numerusform>%n Jail: %1</numerusform>
            <numerusform>%n Jails: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot tell pending updates (no apt-check or apt-get output)</source>
        <translation>ausstehende Updates nicht ermittelbar (keine Ausgabe von apt-check oder apt-get)</translation>
    </message>
    <message numerus="yes">
        <source>%n security update(s) pending</source>
        <translation>
            <numerusform>%n Sicherheitsupdate ausstehend</numerusform>
            <numerusform>%n Sicherheitsupdates ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 updates in all)</source>
        <translation> (%1 Updates insgesamt)</translation>
    </message>
    <message>
        <source>no security update pending (%1 other updates)</source>
        <translation>kein Sicherheitsupdate ausstehend (%1 andere Updates)</translation>
    </message>
    <message>
        <source>no HTTPS endpoint answers on port 443</source>
        <translation>kein HTTPS-Endpunkt antwortet auf Port 443</translation>
    </message>
    <message>
        <source>no certificate in the output of openssl s_client</source>
        <translation>kein Zertifikat in der Ausgabe von openssl s_client</translation>
    </message>
    <message>
        <source>cannot read the expiry date &quot;%1&quot;</source>
        <translation>Ablaufdatum „%1“ nicht lesbar</translation>
    </message>
    <message>
        <source>certificate expired on %1</source>
        <translation>Zertifikat ist am %1 abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>certificate expires in %n day(s) (%1)</source>
        <translation>
            <numerusform>Zertifikat läuft in %n Tag ab (%1)</numerusform>
            <numerusform>Zertifikat läuft in %n Tagen ab (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>certificate valid for %n more day(s)</source>
        <translation>
            <numerusform>Zertifikat noch %n Tag gültig</numerusform>
            <numerusform>Zertifikat noch %n Tage gültig</numerusform>
        </translation>
    </message>
    <message>
        <source>Uptime and load</source>
        <translation>Laufzeit und Last</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>Festplattennutzung</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Failed systemd units</source>
        <translation>Fehlgeschlagene systemd-Units</translation>
    </message>
    <message>
        <source>Docker containers</source>
        <translation>Docker-Container</translation>
    </message>
    <message>
        <source>fail2ban</source>
        <translation>fail2ban</translation>
    </message>
    <message>
        <source>Pending security updates</source>
        <translation>Ausstehende Sicherheitsupdates</translation>
    </message>
    <message>
        <source>TLS certificate expiry</source>
        <translation>Ablauf des TLS-Zertifikats</translation>
    </message>
    <message>
        <source>not installed on this host</source>
        <translation>auf diesem Host nicht installiert</translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot;</source>
        <translation>unbekannte Prüfung „%1“</translation>
    </message>
    <message>
        <source>waiting for %1 was cancelled</source>
        <translation>das Warten auf %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 does not exist yet</source>
        <translation>%1 existiert noch nicht</translation>
    </message>
    <message numerus="yes">
        <source>%1 not reachable after %n attempt(s); last: %2</source>
        <translation>
            <numerusform>%1 nach %n Versuch nicht erreichbar; zuletzt: %2</numerusform>
            <numerusform>%1 nach %n Versuchen nicht erreichbar; zuletzt: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>could not create an SSH session (out of memory)</source>
        <translation>SSH-Sitzung konnte nicht erstellt werden (kein Speicher)</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>keine Verbindung zu %1 möglich</translation>
    </message>
    <message numerus="yes">
        <source>an SSH server answering within %n second(s)</source>
        <translation>
            <numerusform>ein SSH-Server, der innerhalb von %n Sekunde antwortet</numerusform>
            <numerusform>ein SSH-Server, der innerhalb von %n Sekunden antwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>the server sent no host key</source>
        <translation>der Server hat keinen Host-Schlüssel gesendet</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED for %1: the server now presents %2 %3, which does not match %4. Someone may be intercepting the connection, or the host was rebuilt. Not connecting; check the new key out of band and remove the old entry if it is legitimate.</source>
        <translation>HOST-SCHLÜSSEL GEÄNDERT für %1: Der Server zeigt jetzt %2 %3, was nicht zu %4 passt. Jemand könnte die Verbindung abfangen, oder der Host wurde neu aufgesetzt. Keine Verbindung; prüfen Sie den neuen Schlüssel auf einem anderen Weg und entfernen Sie den alten Eintrag, wenn er legitim ist.</translation>
    </message>
    <message>
        <source>the host key recorded in known_hosts</source>
        <translation>der in known_hosts hinterlegte Host-Schlüssel</translation>
    </message>
    <message>
        <source>cannot check the host key against %1</source>
        <translation>Host-Schlüssel kann nicht mit %1 abgeglichen werden</translation>
    </message>
    <message>
        <source>cannot write the host key to %1</source>
        <translation>Host-Schlüssel kann nicht in %1 geschrieben werden</translation>
    </message>
    <message>
        <source>host key of %1 refused; not connecting</source>
        <translation>Host-Schlüssel von %1 abgelehnt; keine Verbindung</translation>
    </message>
    <message>
        <source>no passphrase given for %1</source>
        <translation>keine Passphrase für %1 angegeben</translation>
    </message>
    <message>
        <source>the keys of ssh-agent at %1</source>
        <translation>die Schlüssel des ssh-agent unter %1</translation>
    </message>
    <message>
        <source>cannot read identity file %1</source>
        <translation>Identitätsdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>a private key file</source>
        <translation>eine private Schlüsseldatei</translation>
    </message>
    <message>
        <source>wrong passphrase for identity file %1</source>
        <translation>falsche Passphrase für Identitätsdatei %1</translation>
    </message>
    <message>
        <source>identity file %1 is not a private key libssh can read</source>
        <translation>Identitätsdatei %1 ist kein privater Schlüssel, den libssh lesen kann</translation>
    </message>
    <message>
        <source>an OpenSSH or PEM private key (ed25519, ecdsa or rsa)</source>
        <translation>ein privater OpenSSH- oder PEM-Schlüssel (ed25519, ecdsa oder rsa)</translation>
    </message>
    <message>
        <source>identity file %1</source>
        <translation>Identitätsdatei %1</translation>
    </message>
    <message>
        <source>the default keys in ~/.ssh</source>
        <translation>die Standardschlüssel in ~/.ssh</translation>
    </message>
    <message>
        <source>authentication failed for %1: the server accepted none of %2</source>
        <translation>Authentifizierung für %1 fehlgeschlagen: Der Server hat keinen von %2 akzeptiert</translation>
    </message>
    <message>
        <source>(no key offered: no agent and no identity file)</source>
        <translation>(kein Schlüssel angeboten: kein Agent und keine Identitätsdatei)</translation>
    </message>
    <message>
        <source>a key listed in the server&apos;s authorized_keys</source>
        <translation>ein Schlüssel aus den authorized_keys des Servers</translation>
    </message>
    <message>
        <source>cannot open a channel to %1</source>
        <translation>kein Kanal zu %1 möglich</translation>
    </message>
    <message>
        <source>the server refused to run the command</source>
        <translation>der Server hat die Ausführung des Befehls verweigert</translation>
    </message>
    <message>
        <source>connection to %1 lost while running the command</source>
        <translation>Verbindung zu %1 während der Befehlsausführung verloren</translation>
    </message>
    <message>
        <source>disconnected from %1</source>
        <translation>Verbindung zu %1 getrennt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a jump host</source>
        <translation>„%1“ ist kein Jump-Host</translation>
    </message>
    <message>
        <source>[USER@]HOST[:PORT]</source>
        <translation>[USER@]HOST[:PORT]</translation>
    </message>
    <message>
        <source>identity file %1 is encrypted and its passphrase is not in the keychain</source>
        <translation>Identitätsdatei %1 ist verschlüsselt und ihre Passphrase ist nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>the passphrase does not open identity file %1</source>
        <translation>die Passphrase öffnet die Identitätsdatei %1 nicht</translation>
    </message>
    <message>
        <source>the passphrase the key was encrypted with</source>
        <translation>die Passphrase, mit der der Schlüssel verschlüsselt wurde</translation>
    </message>
</context>
<context>
    <name>Infradeck::Address</name>
    <message>
        <source>invalid address &quot;%1&quot; at character %2</source>
        <translation>ungültige Adresse „%1“ bei Zeichen %2</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>a closing quote</source>
        <translation>ein schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>a number or a quoted string as index</source>
        <translation>eine Zahl oder eine Zeichenkette in Anführungszeichen als Index</translation>
    </message>
    <message>
        <source>&quot;]&quot;</source>
        <translation>&quot;]&quot;</translation>
    </message>
    <message>
        <source>&quot;.&quot; or &quot;[&quot;</source>
        <translation>&quot;.&quot; oder &quot;[&quot;</translation>
    </message>
    <message>
        <source>a name after &quot;.&quot;</source>
        <translation>ein Name nach &quot;.&quot;</translation>
    </message>
    <message>
        <source>invalid module path &quot;%1&quot;</source>
        <translation>ungültiger Modulpfad „%1“</translation>
    </message>
    <message>
        <source>empty resource address</source>
        <translation>leere Ressourcenadresse</translation>
    </message>
    <message>
        <source>TYPE.NAME</source>
        <translation>TYPE.NAME</translation>
    </message>
    <message>
        <source>invalid resource address &quot;%1&quot;: module step without a name</source>
        <translation>ungültige Ressourcenadresse „%1“: Modulschritt ohne Namen</translation>
    </message>
    <message>
        <source>invalid resource address &quot;%1&quot;</source>
        <translation>ungültige Ressourcenadresse „%1“</translation>
    </message>
    <message>
        <source>[module.NAME[KEY].]...[data.]TYPE.NAME[KEY]</source>
        <translation>[module.NAME[KEY].]...[data.]TYPE.NAME[KEY]</translation>
    </message>
</context>
<context>
    <name>Infradeck::Age</name>
    <message>
        <source>bad age header: invalid X25519 stanza</source>
        <translation>fehlerhafter age-Header: ungültige X25519-Stanza</translation>
    </message>
    <message>
        <source>one 32-byte share argument and a 32-byte body</source>
        <translation>ein 32-Byte-Share-Argument und ein 32-Byte-Body</translation>
    </message>
    <message>
        <source>no identity matches any recipient stanza</source>
        <translation>keine Identität passt zu einer Empfänger-Stanza</translation>
    </message>
    <message>
        <source>no identity matches any recipient stanza (the file has no X25519 recipients)</source>
        <translation>keine Identität passt zu einer Empfänger-Stanza (die Datei hat keine X25519-Empfänger)</translation>
    </message>
    <message>
        <source>bad age header MAC: the header was modified</source>
        <translation>falscher MAC im age-Header: Der Header wurde verändert</translation>
    </message>
    <message>
        <source>truncated age payload: missing nonce</source>
        <translation>abgeschnittene age-Nutzdaten: Nonce fehlt</translation>
    </message>
    <message>
        <source>truncated age payload: no data chunk</source>
        <translation>abgeschnittene age-Nutzdaten: kein Daten-Chunk</translation>
    </message>
    <message>
        <source>truncated age payload</source>
        <translation>abgeschnittene age-Nutzdaten</translation>
    </message>
    <message>
        <source>age payload failed authentication: truncated or modified</source>
        <translation>Authentifizierung der age-Nutzdaten fehlgeschlagen: abgeschnitten oder verändert</translation>
    </message>
    <message>
        <source>age payload failed authentication: modified</source>
        <translation>Authentifizierung der age-Nutzdaten fehlgeschlagen: verändert</translation>
    </message>
    <message>
        <source>malformed age payload: empty last chunk</source>
        <translation>fehlerhafte age-Nutzdaten: leerer letzter Chunk</translation>
    </message>
    <message>
        <source>no age recipients given</source>
        <translation>keine age-Empfänger angegeben</translation>
    </message>
    <message>
        <source>invalid age recipient</source>
        <translation>ungültiger age-Empfänger</translation>
    </message>
    <message>
        <source>invalid age recipient %1: low-order point</source>
        <translation>ungültiger age-Empfänger %1: Punkt niedriger Ordnung</translation>
    </message>
</context>
<context>
    <name>Infradeck::AgeHeader</name>
    <message>
        <source>unsupported age format version</source>
        <translation>nicht unterstützte age-Formatversion</translation>
    </message>
    <message>
        <source>not an age file: bad header</source>
        <translation>keine age-Datei: fehlerhafter Header</translation>
    </message>
    <message>
        <source>bad age header: %1</source>
        <translation>fehlerhafter age-Header: %1</translation>
    </message>
    <message>
        <source>header ends before the MAC line</source>
        <translation>Header endet vor der MAC-Zeile</translation>
    </message>
    <message>
        <source>malformed MAC line</source>
        <translation>fehlerhafte MAC-Zeile</translation>
    </message>
    <message>
        <source>malformed header MAC</source>
        <translation>fehlerhafter Header-MAC</translation>
    </message>
    <message>
        <source>32 bytes of unpadded base64</source>
        <translation>32 Byte Base64 ohne Padding</translation>
    </message>
    <message>
        <source>unexpected line</source>
        <translation>unerwartete Zeile</translation>
    </message>
    <message>
        <source>empty stanza argument</source>
        <translation>leeres Stanza-Argument</translation>
    </message>
    <message>
        <source>invalid character in stanza argument</source>
        <translation>ungültiges Zeichen im Stanza-Argument</translation>
    </message>
    <message>
        <source>header ends inside a stanza body</source>
        <translation>Header endet innerhalb eines Stanza-Bodys</translation>
    </message>
    <message>
        <source>base64 body lines</source>
        <translation>Base64-Body-Zeilen</translation>
    </message>
    <message>
        <source>malformed stanza body</source>
        <translation>fehlerhafter Stanza-Body</translation>
    </message>
    <message>
        <source>unpadded base64, at most 64 columns</source>
        <translation>Base64 ohne Padding, höchstens 64 Spalten</translation>
    </message>
    <message>
        <source>truncated armored age file: no END line</source>
        <translation>abgeschnittene ASCII-armored age-Datei: keine END-Zeile</translation>
    </message>
    <message>
        <source>bad armor: line length</source>
        <translation>fehlerhaftes Armor: Zeilenlänge</translation>
    </message>
    <message>
        <source>64-column base64 lines</source>
        <translation>Base64-Zeilen mit 64 Spalten</translation>
    </message>
    <message>
        <source>bad armor: invalid base64</source>
        <translation>fehlerhaftes Armor: ungültiges Base64</translation>
    </message>
    <message>
        <source>bad armor: base64 length is not a multiple of 4</source>
        <translation>fehlerhaftes Armor: Base64-Länge ist kein Vielfaches von 4</translation>
    </message>
</context>
<context>
    <name>Infradeck::AgeIdentity</name>
    <message>
        <source>not an age secret key</source>
        <translation>kein geheimer age-Schlüssel</translation>
    </message>
    <message>
        <source>invalid age secret key: %1</source>
        <translation>ungültiger geheimer age-Schlüssel: %1</translation>
    </message>
    <message>
        <source>invalid age secret key: wrong prefix</source>
        <translation>ungültiger geheimer age-Schlüssel: falsches Präfix</translation>
    </message>
    <message>
        <source>invalid age secret key: %1 bytes of key data</source>
        <translation>ungültiger geheimer age-Schlüssel: %1 Byte Schlüsseldaten</translation>
    </message>
    <message>
        <source>32 bytes</source>
        <translation>32 Byte</translation>
    </message>
    <message>
        <source>invalid identity on line %1: %2</source>
        <translation>ungültige Identität in Zeile %1: %2</translation>
    </message>
    <message>
        <source>AGE-SECRET-KEY-1… or a # comment</source>
        <translation>AGE-SECRET-KEY-1… oder ein #-Kommentar</translation>
    </message>
    <message>
        <source>no age identities found</source>
        <translation>keine age-Identitäten gefunden</translation>
    </message>
    <message>
        <source>at least one AGE-SECRET-KEY-1… line</source>
        <translation>mindestens eine Zeile AGE-SECRET-KEY-1…</translation>
    </message>
    <message>
        <source>cannot open identity file: %1</source>
        <translation>Identitätsdatei kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::AgeRecipient</name>
    <message>
        <source>&apos;%1&apos; is not an age recipient</source>
        <translation>&apos;%1&apos; ist kein age-Empfänger</translation>
    </message>
    <message>
        <source>invalid age recipient: %1</source>
        <translation>ungültiger age-Empfänger: %1</translation>
    </message>
    <message>
        <source>invalid age recipient: wrong prefix</source>
        <translation>ungültiger age-Empfänger: falsches Präfix</translation>
    </message>
    <message>
        <source>invalid age recipient: %1 bytes of key data</source>
        <translation>ungültiger age-Empfänger: %1 Byte Schlüsseldaten</translation>
    </message>
    <message>
        <source>32 bytes</source>
        <translation>32 Byte</translation>
    </message>
</context>
<context>
    <name>Infradeck::AttributeDiff</name>
    <message>
        <source>(known after apply)</source>
        <translation>(bekannt nach dem Apply)</translation>
    </message>
</context>
<context>
    <name>Infradeck::Bech32</name>
    <message>
        <source>invalid character in Bech32 string</source>
        <translation>ungültiges Zeichen in Bech32-Zeichenkette</translation>
    </message>
    <message>
        <source>printable ASCII</source>
        <translation>druckbares ASCII</translation>
    </message>
    <message>
        <source>mixed-case Bech32 string</source>
        <translation>Bech32-Zeichenkette mit gemischter Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>all lower case or all upper case</source>
        <translation>nur Klein- oder nur Großbuchstaben</translation>
    </message>
    <message>
        <source>malformed Bech32 string: separator &apos;1&apos; or checksum missing</source>
        <translation>fehlerhafte Bech32-Zeichenkette: Trennzeichen &apos;1&apos; oder Prüfsumme fehlt</translation>
    </message>
    <message>
        <source>invalid Bech32 character &apos;%1&apos;</source>
        <translation>ungültiges Bech32-Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Bech32 checksum mismatch (mistyped key?)</source>
        <translation>Bech32-Prüfsumme stimmt nicht (Schlüssel vertippt?)</translation>
    </message>
    <message>
        <source>invalid Bech32 padding</source>
        <translation>ungültiges Bech32-Padding</translation>
    </message>
</context>
<context>
    <name>Infradeck::CostBudget</name>
    <message>
        <source>&quot;%1&quot; is not a budget</source>
        <translation>„%1“ ist kein Budget</translation>
    </message>
    <message>
        <source>a monthly amount such as &quot;68.85 EUR&quot; or &quot;15 x 4.59 EUR&quot;</source>
        <translation>ein Monatsbetrag wie &quot;68.85 EUR&quot; oder &quot;15 x 4.59 EUR&quot;</translation>
    </message>
    <message>
        <source>the budget is in %1 but the estimate is in %2; not compared</source>
        <translation>das Budget ist in %1, die Schätzung aber in %2; nicht verglichen</translation>
    </message>
    <message>
        <source>the monthly cost after this plan, %1, exceeds the budget of %2 by %3</source>
        <translation>die monatlichen Kosten nach diesem Plan, %1, überschreiten das Budget von %2 um %3</translation>
    </message>
    <message>
        <source> (%1 resources not priced)</source>
        <translation> (%1 Ressourcen ohne Preis)</translation>
    </message>
</context>
<context>
    <name>Infradeck::CostEstimator</name>
    <message>
        <source>catalog (%1)</source>
        <translation>Katalog (%1)</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>no price for %1 in the catalog</source>
        <translation>kein Preis für %1 im Katalog</translation>
    </message>
    <message>
        <source>catalog: free</source>
        <translation>Katalog: kostenlos</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>%1 = %2 (usage file)</source>
        <translation>%1 = %2 (Nutzungsdatei)</translation>
    </message>
    <message>
        <source>%1 = %2 (catalog default)</source>
        <translation>%1 = %2 (Katalog-Standardwert)</translation>
    </message>
    <message>
        <source>%1 = %2 (catalog default: %3)</source>
        <translation>%1 = %2 (Katalog-Standardwert: %3)</translation>
    </message>
    <message>
        <source>hours_per_month = %1 (usage file)</source>
        <translation>hours_per_month = %1 (Nutzungsdatei)</translation>
    </message>
    <message>
        <source>no price for %1</source>
        <translation>kein Preis für %1</translation>
    </message>
    <message>
        <source>no price for %1 with %2</source>
        <translation>kein Preis für %1 mit %2</translation>
    </message>
    <message>
        <source>usage %1 = &quot;%2&quot; is not a number</source>
        <translation>Nutzung %1 = &quot;%2&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is not a quantity</source>
        <translation>%1 = &quot;%2&quot; ist keine Menge</translation>
    </message>
    <message>
        <source>%1 = %2 (not set; catalog default)</source>
        <translation>%1 = %2 (nicht gesetzt; Katalog-Standardwert)</translation>
    </message>
    <message>
        <source>%1 of %2 is not known (needed for its price)</source>
        <translation>%1 von %2 ist nicht bekannt (für den Preis nötig)</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>no exchange rate from %1 to %2</source>
        <translation>kein Wechselkurs von %1 nach %2</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 zu %3</translation>
    </message>
    <message>
        <source>%1 prices include VAT</source>
        <translation>%1-Preise inkl. MwSt.</translation>
    </message>
    <message>
        <source>%1 prices exclude VAT</source>
        <translation>%1-Preise ohne MwSt.</translation>
    </message>
    <message>
        <source> (some values are known only after apply)</source>
        <translation> (einige Werte sind erst nach dem Apply bekannt)</translation>
    </message>
    <message>
        <source>unverified: %1</source>
        <translation>nicht verifiziert: %1</translation>
    </message>
    <message>
        <source>%1; usage from %2</source>
        <translation>%1; Nutzung aus %2</translation>
    </message>
    <message>
        <source>%1; default assumption: %2</source>
        <translation>%1; Standardannahme: %2</translation>
    </message>
</context>
<context>
    <name>Infradeck::CostInputReader</name>
    <message>
        <source>cannot open the state: %1</source>
        <translation>State kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the state is not valid JSON: %1</source>
        <translation>der State ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a terraform.tfstate or `terraform show -json` output</source>
        <translation>eine terraform.tfstate oder die Ausgabe von `terraform show -json`</translation>
    </message>
    <message>
        <source>the state is not a JSON object</source>
        <translation>der State ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>unsupported state format_version &quot;%1&quot;</source>
        <translation>nicht unterstützte State-format_version „%1“</translation>
    </message>
    <message>
        <source>0.x or 1.x</source>
        <translation>0.x oder 1.x</translation>
    </message>
    <message>
        <source>the state has no version</source>
        <translation>der State hat keine version</translation>
    </message>
    <message>
        <source>version 4</source>
        <translation>version 4</translation>
    </message>
    <message>
        <source>unsupported state version %1</source>
        <translation>nicht unterstützte State-Version %1</translation>
    </message>
    <message>
        <source>version 4 (Terraform 0.12 and later; run `terraform state pull` with a current Terraform)</source>
        <translation>version 4 (Terraform 0.12 und neuer; `terraform state pull` mit einem aktuellen Terraform ausführen)</translation>
    </message>
    <message>
        <source>resources is not a list</source>
        <translation>resources ist keine Liste</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a resource has no type</source>
        <translation>eine Ressource hat keinen type</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
</context>
<context>
    <name>Infradeck::CostReport</name>
    <message>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>Monthly before: %1
</source>
        <translation>Monatlich vorher:  %1
</translation>
    </message>
    <message>
        <source>Monthly after:  %1
</source>
        <translation>Monatlich nachher: %1
</translation>
    </message>
    <message>
        <source>Monthly delta:  %1 %2
</source>
        <translation>Monatliches Delta: %1 %2
</translation>
    </message>
    <message>
        <source>Monthly total: %1
</source>
        <translation>Monatssumme: %1
</translation>
    </message>
    <message numerus="yes">
        <source>
Not priced (%n resource(s), not counted in the totals):
</source>
        <translation>
            <numerusform>
Ohne Preis (%n Ressource, nicht in den Summen enthalten):
</numerusform>
            <numerusform>
Ohne Preis (%n Ressourcen, nicht in den Summen enthalten):
</numerusform>
        </translation>
    </message>
    <message>
        <source>
Assumptions:
</source>
        <translation>
Annahmen:
</translation>
    </message>
</context>
<context>
    <name>Infradeck::Dashboard</name>
    <message>
        <source>expected a text value</source>
        <translation>Textwert erwartet</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>a number such as 80 or 0.95</source>
        <translation>eine Zahl wie 80 oder 0.95</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>CPU busy</source>
        <translation>CPU-Auslastung</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Speicher belegt</translation>
    </message>
    <message>
        <source>Disk used</source>
        <translation>Festplatte belegt</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>{{instance}} received</source>
        <translation>{{instance}} empfangen</translation>
    </message>
    <message>
        <source>{{instance}} sent</source>
        <translation>{{instance}} gesendet</translation>
    </message>
    <message>
        <source>cannot read the workspace file: %1</source>
        <translation>die Arbeitsbereichsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&quot;dashboards&quot; must be a list</source>
        <translation>&quot;dashboards&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>a list of dashboards</source>
        <translation>eine Liste von Dashboards</translation>
    </message>
    <message>
        <source>a dashboard must be a map</source>
        <translation>ein Dashboard muss eine Map sein</translation>
    </message>
    <message>
        <source>name and panels</source>
        <translation>name und panels</translation>
    </message>
    <message>
        <source>a dashboard needs a name</source>
        <translation>ein Dashboard braucht einen name</translation>
    </message>
    <message>
        <source>name: TEXT</source>
        <translation>name: TEXT</translation>
    </message>
    <message>
        <source>a dashboard needs a list of panels</source>
        <translation>ein Dashboard braucht eine Liste von panels</translation>
    </message>
    <message>
        <source>panels: [...]</source>
        <translation>panels: [...]</translation>
    </message>
    <message>
        <source>a panel must be a map</source>
        <translation>ein Panel muss eine Map sein</translation>
    </message>
    <message>
        <source>title, query, unit, thresholds</source>
        <translation>title, query, unit, thresholds</translation>
    </message>
    <message>
        <source>the panel &quot;%1&quot; has no query</source>
        <translation>das Panel „%1“ hat keine query</translation>
    </message>
    <message>
        <source>query: PROMQL</source>
        <translation>query: PROMQL</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; is shown as a plain number</source>
        <translation>unbekannte Einheit „%1“ wird als einfache Zahl angezeigt</translation>
    </message>
    <message>
        <source>unknown panel kind &quot;%1&quot;</source>
        <translation>unbekannte Panel-Art „%1“</translation>
    </message>
    <message>
        <source>line or area</source>
        <translation>line oder area</translation>
    </message>
    <message>
        <source>a threshold needs a value</source>
        <translation>ein Schwellenwert braucht einen value</translation>
    </message>
    <message>
        <source>value: NUMBER</source>
        <translation>value: NUMBER</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour</source>
        <translation>„%1“ ist keine Farbe</translation>
    </message>
    <message>
        <source>a name or #rrggbb</source>
        <translation>ein Name oder #rrggbb</translation>
    </message>
    <message>
        <source>thresholds must be a list</source>
        <translation>thresholds muss eine Liste sein</translation>
    </message>
    <message>
        <source>[80, 95] or [{value, color, label}]</source>
        <translation>[80, 95] oder [{value, color, label}]</translation>
    </message>
    <message>
        <source>the workspace file is not valid YAML: %1</source>
        <translation>die Arbeitsbereichsdatei ist kein gültiges YAML: %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::Error</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>bei Byte %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet: %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::HetznerPricing</name>
    <message>
        <source>malformed Hetzner pricing response</source>
        <translation>fehlerhafte Hetzner-Preisantwort</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a decimal string such as &quot;4.5900000000&quot;</source>
        <translation>eine Dezimalzeichenkette wie &quot;4.5900000000&quot;</translation>
    </message>
    <message>
        <source>the Hetzner API token was rejected (HTTP 401): check the token stored for this environment</source>
        <translation>das Hetzner-API-Token wurde abgelehnt (HTTP 401): Prüfen Sie das für diese Umgebung gespeicherte Token</translation>
    </message>
    <message>
        <source>the Hetzner API token may not read prices (HTTP 403)</source>
        <translation>das Hetzner-API-Token darf keine Preise lesen (HTTP 403)</translation>
    </message>
    <message>
        <source>the pricing endpoint was not found (HTTP 404): check the API base URL</source>
        <translation>der Preis-Endpunkt wurde nicht gefunden (HTTP 404): Prüfen Sie die Basis-URL der API</translation>
    </message>
    <message>
        <source>the Hetzner API rate limit was exceeded (HTTP 429) and retries ran out</source>
        <translation>das Rate-Limit der Hetzner-API wurde überschritten (HTTP 429) und die Wiederholungen sind aufgebraucht</translation>
    </message>
    <message>
        <source>the Hetzner API failed (HTTP %1) and retries ran out</source>
        <translation>die Hetzner-API ist fehlgeschlagen (HTTP %1) und die Wiederholungen sind aufgebraucht</translation>
    </message>
    <message>
        <source>the Hetzner API answered HTTP %1</source>
        <translation>die Hetzner-API antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>no Hetzner API token is available</source>
        <translation>kein Hetzner-API-Token verfügbar</translation>
    </message>
    <message>
        <source>fetching Hetzner prices was aborted</source>
        <translation>das Abrufen der Hetzner-Preise wurde abgebrochen</translation>
    </message>
    <message>
        <source>the Hetzner API did not answer within %1 s</source>
        <translation>die Hetzner-API hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>cannot reach the Hetzner API: %1</source>
        <translation>die Hetzner-API ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>malformed Hetzner server types response</source>
        <translation>fehlerhafte Antwort der Hetzner-Servertypen</translation>
    </message>
    <message>
        <source>cannot write the price cache: %1</source>
        <translation>der Preis-Cache kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the Hetzner pricing response is not JSON: %1</source>
        <translation>die Hetzner-Preisantwort ist kein JSON: %1</translation>
    </message>
    <message>
        <source>a JSON object with &quot;pricing&quot;</source>
        <translation>ein JSON-Objekt mit &quot;pricing&quot;</translation>
    </message>
    <message>
        <source>a decimal string such as &quot;20.00&quot;</source>
        <translation>eine Dezimalzeichenkette wie &quot;20.00&quot;</translation>
    </message>
    <message>
        <source>the Hetzner server types response is not JSON: %1</source>
        <translation>die Antwort der Hetzner-Servertypen ist kein JSON: %1</translation>
    </message>
    <message>
        <source>a snapshot&apos;s size is not in the state</source>
        <translation>die Größe eines Snapshots steht nicht im State</translation>
    </message>
    <message>
        <source>no cached Hetzner prices: %1</source>
        <translation>keine zwischengespeicherten Hetzner-Preise: %1</translation>
    </message>
    <message>
        <source>the price cache is not JSON: %1</source>
        <translation>der Preis-Cache ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the price cache has no date</source>
        <translation>der Preis-Cache hat kein Datum</translation>
    </message>
    <message>
        <source>an ISO 8601 date</source>
        <translation>ein Datum nach ISO 8601</translation>
    </message>
    <message numerus="yes">
        <source>the Hetzner API rate limit was exceeded (HTTP 429) and retries ran out; try again after %1 (in %n s)</source>
        <translation>
            <numerusform>das Rate-Limit der Hetzner-API wurde überschritten (HTTP 429) und die Wiederholungen sind aufgebraucht; erneut versuchen nach %1 (in %n s)</numerusform>
            <numerusform>das Rate-Limit der Hetzner-API wurde überschritten (HTTP 429) und die Wiederholungen sind aufgebraucht; erneut versuchen nach %1 (in %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hetzner API, %1</source>
        <translation>Hetzner-API, %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::InventoryDiff</name>
    <message>
        <source>last applied state</source>
        <translation>zuletzt angewendeter State</translation>
    </message>
    <message>
        <source>refreshed (%1)</source>
        <translation>aktualisiert (%1)</translation>
    </message>
    <message>
        <source>A: %1
B: %2
</source>
        <translation>A: %1
B: %2
</translation>
    </message>
    <message>
        <source>%1 only in A, %2 only in B, %3 different, %4 the same</source>
        <translation>%1 nur in A, %2 nur in B, %3 unterschiedlich, %4 gleich</translation>
    </message>
    <message>
        <source> (not compared: %1)</source>
        <translation> (nicht verglichen: %1)</translation>
    </message>
    <message>
        <source>root module</source>
        <translation>Root-Modul</translation>
    </message>
    <message>
        <source>  (only in A)</source>
        <translation>  (nur in A)</translation>
    </message>
    <message>
        <source>  (only in B)</source>
        <translation>  (nur in B)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>        (%1 ignored attribute difference(s))
</source>
        <translation>        (%1 ignorierte Attributunterschied(e))
</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>Outputs</translation>
    </message>
</context>
<context>
    <name>Infradeck::InventoryIgnoreRules</name>
    <message>
        <source>cannot open the diff ignore rules: %1</source>
        <translation>die Diff-Ignorierregeln können nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the rules file is not a map</source>
        <translation>die Regeldatei ist keine Map</translation>
    </message>
    <message>
        <source>a map with &quot;names&quot; and &quot;paths&quot; lists</source>
        <translation>eine Map mit den Listen &quot;names&quot; und &quot;paths&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>&quot;names&quot; or &quot;paths&quot;</source>
        <translation>&quot;names&quot; oder &quot;paths&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>entry is not a string</source>
        <translation>Eintrag ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>a regular expression</source>
        <translation>ein regulärer Ausdruck</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
</context>
<context>
    <name>Infradeck::Plan</name>
    <message>
        <source>replace because the object is tainted</source>
        <translation>ersetzen, weil das Objekt tainted ist</translation>
    </message>
    <message>
        <source>replace because the provider cannot update it in place</source>
        <translation>ersetzen, weil der Provider es nicht direkt aktualisieren kann</translation>
    </message>
    <message>
        <source>replace because it was requested (-replace)</source>
        <translation>ersetzen, weil es angefordert wurde (-replace)</translation>
    </message>
    <message>
        <source>replace because replace_triggered_by changed</source>
        <translation>ersetzen, weil sich replace_triggered_by geändert hat</translation>
    </message>
    <message>
        <source>delete because the resource is no longer in the configuration</source>
        <translation>löschen, weil die Ressource nicht mehr in der Konfiguration ist</translation>
    </message>
    <message>
        <source>delete because its module is no longer in the configuration</source>
        <translation>löschen, weil ihr Modul nicht mehr in der Konfiguration ist</translation>
    </message>
    <message>
        <source>delete because count/for_each was added or removed</source>
        <translation>löschen, weil count/for_each hinzugefügt oder entfernt wurde</translation>
    </message>
    <message>
        <source>delete because its count index is out of range</source>
        <translation>löschen, weil ihr count-Index außerhalb des Bereichs liegt</translation>
    </message>
    <message>
        <source>delete because its for_each key is gone</source>
        <translation>löschen, weil ihr for_each-Schlüssel weggefallen ist</translation>
    </message>
    <message>
        <source>delete because the moved block has no target</source>
        <translation>löschen, weil der moved-Block kein Ziel hat</translation>
    </message>
    <message>
        <source>read during apply because its configuration is not known yet</source>
        <translation>beim Apply lesen, weil ihre Konfiguration noch nicht bekannt ist</translation>
    </message>
    <message>
        <source>read during apply because a dependency has pending changes</source>
        <translation>beim Apply lesen, weil eine Abhängigkeit ausstehende Änderungen hat</translation>
    </message>
    <message>
        <source>read during apply because a check block needs it</source>
        <translation>beim Apply lesen, weil ein check-Block sie benötigt</translation>
    </message>
    <message>
        <source>unspecified reason (%1)</source>
        <translation>nicht angegebener Grund (%1)</translation>
    </message>
</context>
<context>
    <name>Infradeck::PlanReader</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>invalid UTF-8 in the plan</source>
        <translation>ungültiges UTF-8 im Plan</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>UTF-8-Text</translation>
    </message>
    <message>
        <source>the plan is not a JSON object</source>
        <translation>der Plan ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>an object with format_version and resource_changes</source>
        <translation>ein Objekt mit format_version und resource_changes</translation>
    </message>
    <message>
        <source>unexpected data after the JSON document</source>
        <translation>unerwartete Daten nach dem JSON-Dokument</translation>
    </message>
    <message>
        <source>end of input</source>
        <translation>Ende der Eingabe</translation>
    </message>
    <message>
        <source>this is a Terraform state in JSON, not a plan (no format_version with resource_changes)</source>
        <translation>dies ist ein Terraform-State in JSON, kein Plan (kein format_version mit resource_changes)</translation>
    </message>
    <message>
        <source>not a Terraform JSON plan: format_version is missing</source>
        <translation>kein Terraform-JSON-Plan: format_version fehlt</translation>
    </message>
    <message>
        <source>the output of `terraform show -json PLANFILE`</source>
        <translation>die Ausgabe von `terraform show -json PLANFILE`</translation>
    </message>
    <message>
        <source>wrong type for %1</source>
        <translation>falscher Typ für %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number (count) or a string (for_each)</source>
        <translation>eine Zahl (count) oder eine Zeichenkette (for_each)</translation>
    </message>
    <message>
        <source>unknown actions [%1]</source>
        <translation>unbekannte Aktionen [%1]</translation>
    </message>
    <message>
        <source>no-op, create, read, update, delete, [delete, create] or [create, delete]</source>
        <translation>no-op, create, read, update, delete, [delete, create] oder [create, delete]</translation>
    </message>
    <message>
        <source>resource change without an address</source>
        <translation>Ressourcenänderung ohne Adresse</translation>
    </message>
    <message>
        <source>&quot;address&quot;</source>
        <translation>&quot;address&quot;</translation>
    </message>
    <message>
        <source>resource change %1 has no &quot;change&quot;</source>
        <translation>Ressourcenänderung %1 hat kein &quot;change&quot;</translation>
    </message>
    <message>
        <source>&quot;change&quot;: {&quot;actions&quot;: [...]}</source>
        <translation>&quot;change&quot;: {&quot;actions&quot;: [...]}</translation>
    </message>
    <message>
        <source>cannot open the plan: %1</source>
        <translation>der Plan kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the plan: %1</source>
        <translation>der Plan kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the plan file is empty</source>
        <translation>die Plan-Datei ist leer</translation>
    </message>
    <message>
        <source>the JSON output of `terraform show -json PLANFILE`</source>
        <translation>die JSON-Ausgabe von `terraform show -json PLANFILE`</translation>
    </message>
    <message>
        <source>the plan holds only a [command] line of GitHub&apos;s setup-terraform wrapper</source>
        <translation>der Plan enthält nur eine [command]-Zeile des setup-terraform-Wrappers von GitHub</translation>
    </message>
    <message>
        <source>JSON after the [command] line (use terraform_wrapper: false)</source>
        <translation>JSON nach der [command]-Zeile (terraform_wrapper: false verwenden)</translation>
    </message>
    <message>
        <source>skipped a leading &quot;[command]&quot; line written by GitHub&apos;s setup-terraform wrapper</source>
        <translation>führende &quot;[command]&quot;-Zeile des setup-terraform-Wrappers von GitHub übersprungen</translation>
    </message>
    <message>
        <source>unsupported plan format_version &quot;%1&quot;</source>
        <translation>nicht unterstützte Plan-format_version „%1“</translation>
    </message>
    <message>
        <source>format 0.x or 1.x (Terraform 0.12 to 1.x, OpenTofu)</source>
        <translation>Format 0.x oder 1.x (Terraform 0.12 bis 1.x, OpenTofu)</translation>
    </message>
    <message>
        <source>HCP Terraform redacted plan format (plan_format_version %1): sensitive values are already removed</source>
        <translation>redigiertes Planformat von HCP Terraform (plan_format_version %1): sensible Werte sind bereits entfernt</translation>
    </message>
</context>
<context>
    <name>Infradeck::PlanReport</name>
    <message>
        <source>, create before destroy</source>
        <translation>, erst erstellen, dann zerstören</translation>
    </message>
    <message>
        <source>, destroy before create</source>
        <translation>, erst zerstören, dann erstellen</translation>
    </message>
    <message>
        <source>forces replacement</source>
        <translation>erzwingt Ersetzung</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensibel</translation>
    </message>
    <message>
        <source>possibly sensitive</source>
        <translation>möglicherweise sensibel</translation>
    </message>
    <message>
        <source>Plan review: %1</source>
        <translation>Plan-Review: %1</translation>
    </message>
    <message>
        <source>create</source>
        <translation>erstellen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>ersetzen</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>no-op</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Plan format %1, Terraform %2</source>
        <translation>Planformat %1, Terraform %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>No risks found.</source>
        <translation>Keine Risiken gefunden.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>verschoben von %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>(diff omitted: more than %1 changes)</source>
        <translation>(Diff ausgelassen: mehr als %1 Änderungen)</translation>
    </message>
    <message>
        <source>(no attribute changes)</source>
        <translation>(keine Attributänderungen)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>cannot tell the report format from &quot;%1&quot;</source>
        <translation>Berichtsformat aus „%1“ nicht erkennbar</translation>
    </message>
    <message>
        <source>a .md or .html file name</source>
        <translation>ein Dateiname auf .md oder .html</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::PlanSummary</name>
    <message>
        <source>Plan: %1 to create, %2 to update, %3 to replace, %4 to delete, %5 to read, %6 unchanged</source>
        <translation>Plan: %1 erstellen, %2 aktualisieren, %3 ersetzen, %4 löschen, %5 lesen, %6 unverändert</translation>
    </message>
    <message>
        <source>Drift: %1 resource(s) changed outside Terraform</source>
        <translation>Drift: %1 Ressource(n) außerhalb von Terraform geändert</translation>
    </message>
    <message>
        <source>Format %1, Terraform %2</source>
        <translation>Format %1, Terraform %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <source>create before destroy</source>
        <translation>erst erstellen, dann zerstören</translation>
    </message>
    <message>
        <source>destroy before create</source>
        <translation>erst zerstören, dann erstellen</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>verschoben von %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>Risks:</source>
        <translation>Risiken:</translation>
    </message>
    <message>
        <source>Risks: none found</source>
        <translation>Risiken: keine gefunden</translation>
    </message>
</context>
<context>
    <name>Infradeck::PriceCatalog</name>
    <message>
        <source>%1 must be a single value</source>
        <translation>%1 muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 must be a value or a list</source>
        <translation>%1 muss ein Wert oder eine Liste sein</translation>
    </message>
    <message>
        <source>a string or a list of strings</source>
        <translation>eine Zeichenkette oder eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal amount</source>
        <translation>„%1“ ist kein Dezimalbetrag</translation>
    </message>
    <message>
        <source>a decimal such as &quot;4.59&quot; or &quot;0.0069&quot;</source>
        <translation>eine Dezimalzahl wie &quot;4.59&quot; oder &quot;0.0069&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>ein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation>unbekannter Schlüssel „%1“ ignoriert</translation>
    </message>
    <message>
        <source>a quantity must be a map</source>
        <translation>eine Menge muss eine Map sein</translation>
    </message>
    <message>
        <source>{attribute: NAME} or {count: NAME} or {usage: NAME}</source>
        <translation>{attribute: NAME} oder {count: NAME} oder {usage: NAME}</translation>
    </message>
    <message>
        <source>a quantity needs attribute, count or usage</source>
        <translation>eine Menge braucht attribute, count oder usage</translation>
    </message>
    <message>
        <source>unknown quantity parser &quot;%1&quot;</source>
        <translation>unbekannter Mengen-Parser „%1“</translation>
    </message>
    <message>
        <source>number, cpu or memory_gib</source>
        <translation>number, cpu oder memory_gib</translation>
    </message>
    <message>
        <source>a price must be a map</source>
        <translation>ein Preis muss eine Map sein</translation>
    </message>
    <message>
        <source>{SELECTOR: VALUE, ..., monthly: &quot;4.59&quot;, hourly: &quot;0.0074&quot;}</source>
        <translation>{SELECTOR: VALUE, ..., monthly: &quot;4.59&quot;, hourly: &quot;0.0074&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a selector of %2</source>
        <translation>„%1“ ist kein Selektor von %2</translation>
    </message>
    <message>
        <source>a price of %1 has neither monthly nor hourly</source>
        <translation>ein Preis von %1 hat weder monthly noch hourly</translation>
    </message>
    <message>
        <source>monthly: &quot;4.59&quot; and/or hourly: &quot;0.0074&quot;</source>
        <translation>monthly: &quot;4.59&quot; und/oder hourly: &quot;0.0074&quot;</translation>
    </message>
    <message>
        <source>quantity must be a map or a list</source>
        <translation>quantity muss eine Map oder eine Liste sein</translation>
    </message>
    <message>
        <source>[{attribute: size}]</source>
        <translation>[{attribute: size}]</translation>
    </message>
    <message>
        <source>%1 has no prices</source>
        <translation>%1 hat keine Preise</translation>
    </message>
    <message>
        <source>prices: [ {monthly: &quot;4.59&quot;}, ... ]</source>
        <translation>prices: [ {monthly: &quot;4.59&quot;}, ... ]</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a pricing</source>
        <translation>%1: „%2“ ist keine Preisangabe</translation>
    </message>
    <message>
        <source>free or a map with prices</source>
        <translation>free oder eine Map mit prices</translation>
    </message>
    <message>
        <source>the pricing of %1 must be a map</source>
        <translation>die Preisangabe von %1 muss eine Map sein</translation>
    </message>
    <message>
        <source>provider, select, prices, ...</source>
        <translation>provider, select, prices, ...</translation>
    </message>
    <message>
        <source>unknown billing &quot;%1&quot;</source>
        <translation>unbekannte Abrechnung „%1“</translation>
    </message>
    <message>
        <source>monthly or hourly_capped</source>
        <translation>monthly oder hourly_capped</translation>
    </message>
    <message>
        <source>select must be a map</source>
        <translation>select muss eine Map sein</translation>
    </message>
    <message>
        <source>{server_type: [server_type], location: [location, datacenter]}</source>
        <translation>{server_type: [server_type], location: [location, datacenter]}</translation>
    </message>
    <message>
        <source>usage must be a map</source>
        <translation>usage muss eine Map sein</translation>
    </message>
    <message>
        <source>{NAME: {default: VALUE, note: WHY}}</source>
        <translation>{NAME: {default: VALUE, note: WHY}}</translation>
    </message>
    <message>
        <source>usage %1 has no default</source>
        <translation>Nutzung %1 hat keinen default</translation>
    </message>
    <message>
        <source>default: VALUE</source>
        <translation>default: VALUE</translation>
    </message>
    <message>
        <source>components must be a non-empty list</source>
        <translation>components muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>[{name: cpu, quantity: ..., prices: ...}]</source>
        <translation>[{name: cpu, quantity: ..., prices: ...}]</translation>
    </message>
    <message>
        <source>a component must be a map</source>
        <translation>eine Komponente muss eine Map sein</translation>
    </message>
    <message>
        <source>{name: cpu, quantity: ..., prices: ...}</source>
        <translation>{name: cpu, quantity: ..., prices: ...}</translation>
    </message>
    <message>
        <source>addons must be a list</source>
        <translation>addons muss eine Liste sein</translation>
    </message>
    <message>
        <source>[{name: backups, when: backups, percent: &quot;20&quot;}]</source>
        <translation>[{name: backups, when: backups, percent: &quot;20&quot;}]</translation>
    </message>
    <message>
        <source>an addon needs when and percent</source>
        <translation>ein Add-on braucht when und percent</translation>
    </message>
    <message>
        <source>{name: backups, when: backups, percent: &quot;20&quot;}</source>
        <translation>{name: backups, when: backups, percent: &quot;20&quot;}</translation>
    </message>
    <message>
        <source>%1 uses usage &quot;%2&quot; without a default</source>
        <translation>%1 verwendet die Nutzung „%2“ ohne default</translation>
    </message>
    <message>
        <source>usage: {%1: {default: VALUE, note: WHY}}</source>
        <translation>usage: {%1: {default: VALUE, note: WHY}}</translation>
    </message>
    <message>
        <source>%1 selects by usage &quot;%2&quot; without a default</source>
        <translation>%1 wählt nach der Nutzung „%2“ ohne default</translation>
    </message>
    <message>
        <source>usage: {%1: {default: VALUE}}</source>
        <translation>usage: {%1: {default: VALUE}}</translation>
    </message>
    <message>
        <source>the price catalog must be a map</source>
        <translation>der Preiskatalog muss eine Map sein</translation>
    </message>
    <message>
        <source>schema_version: 1, currency, types: {...}</source>
        <translation>schema_version: 1, currency, types: {...}</translation>
    </message>
    <message>
        <source>unsupported catalog schema_version &quot;%1&quot;</source>
        <translation>nicht unterstützte Katalog-schema_version „%1“</translation>
    </message>
    <message>
        <source>schema_version: 1</source>
        <translation>schema_version: 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>„%1“ ist kein Währungscode</translation>
    </message>
    <message>
        <source>an ISO 4217 code such as EUR</source>
        <translation>ein ISO-4217-Code wie EUR</translation>
    </message>
    <message>
        <source>stale_after_days must be a positive number</source>
        <translation>stale_after_days muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>eine Anzahl von Tagen</translation>
    </message>
    <message>
        <source>exchange_rates must be a map</source>
        <translation>exchange_rates muss eine Map sein</translation>
    </message>
    <message>
        <source>{USD: {rate: &quot;0.92&quot;, source: ..., date: ...}}</source>
        <translation>{USD: {rate: &quot;0.92&quot;, source: ..., date: ...}}</translation>
    </message>
    <message>
        <source>exchange rate %1 has no rate</source>
        <translation>Wechselkurs %1 hat keine rate</translation>
    </message>
    <message>
        <source>rate: &quot;0.92&quot;</source>
        <translation>rate: &quot;0.92&quot;</translation>
    </message>
    <message>
        <source>exchange rate %1 must be positive</source>
        <translation>Wechselkurs %1 muss positiv sein</translation>
    </message>
    <message>
        <source>a positive decimal</source>
        <translation>eine positive Dezimalzahl</translation>
    </message>
    <message>
        <source>the catalog has no types map</source>
        <translation>der Katalog hat keine types-Map</translation>
    </message>
    <message>
        <source>types: {hcloud_server: {...}, hcloud_firewall: free}</source>
        <translation>types: {hcloud_server: {...}, hcloud_firewall: free}</translation>
    </message>
    <message>
        <source>%1 is priced in %2 but the catalog has no exchange rate for it</source>
        <translation>%1 ist in %2 bepreist, aber der Katalog hat keinen Wechselkurs dafür</translation>
    </message>
    <message>
        <source>exchange_rates: {%1: &quot;RATE&quot;}</source>
        <translation>exchange_rates: {%1: &quot;RATE&quot;}</translation>
    </message>
    <message>
        <source>cannot open the price catalog: %1</source>
        <translation>der Preiskatalog kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the price catalog is empty</source>
        <translation>der Preiskatalog ist leer</translation>
    </message>
    <message>
        <source>schema_version: 1, currency and types</source>
        <translation>schema_version: 1, currency und types</translation>
    </message>
    <message>
        <source>invalid price catalog YAML: %1</source>
        <translation>ungültiges YAML im Preiskatalog: %1</translation>
    </message>
    <message>
        <source>%1 is priced in %2 but no exchange rate to %3 is known; kept the previous price</source>
        <translation>%1 ist in %2 bepreist, aber kein Wechselkurs nach %3 ist bekannt; bisheriger Preis beibehalten</translation>
    </message>
    <message>
        <source>monthly, hourly, unit, source, date, verified (this type has no selectors)</source>
        <translation>monthly, hourly, unit, source, date, verified (dieser Typ hat keine Selektoren)</translation>
    </message>
    <message>
        <source>one of %1 or monthly, hourly, unit, source, date, verified</source>
        <translation>eines von %1 oder monthly, hourly, unit, source, date, verified</translation>
    </message>
</context>
<context>
    <name>Infradeck::PromResponse</name>
    <message>
        <source>malformed Prometheus response</source>
        <translation>fehlerhafte Prometheus-Antwort</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; member</source>
        <translation>ein Member &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a string label value</source>
        <translation>ein Label-Wert als Zeichenkette</translation>
    </message>
    <message>
        <source>a [timestamp, &quot;value&quot;] pair</source>
        <translation>ein Paar [timestamp, &quot;value&quot;]</translation>
    </message>
    <message>
        <source>a numeric timestamp</source>
        <translation>ein numerischer Zeitstempel</translation>
    </message>
    <message>
        <source>a sample value as a string</source>
        <translation>ein Messwert als Zeichenkette</translation>
    </message>
    <message>
        <source>a number, NaN, +Inf or -Inf</source>
        <translation>eine Zahl, NaN, +Inf oder -Inf</translation>
    </message>
    <message>
        <source>matrix, vector, scalar or string</source>
        <translation>matrix, vector, scalar oder string</translation>
    </message>
    <message>
        <source>&quot;values&quot; or &quot;histograms&quot;</source>
        <translation>&quot;values&quot; oder &quot;histograms&quot;</translation>
    </message>
    <message>
        <source>&quot;value&quot; or &quot;histogram&quot;</source>
        <translation>&quot;value&quot; oder &quot;histogram&quot;</translation>
    </message>
    <message>
        <source>the query or its parameters are invalid (HTTP 400)</source>
        <translation>die Abfrage oder ihre Parameter sind ungültig (HTTP 400)</translation>
    </message>
    <message>
        <source>Prometheus refused the credentials (HTTP %1): check the token or user stored for this environment</source>
        <translation>Prometheus hat die Zugangsdaten abgelehnt (HTTP %1): Prüfen Sie das für diese Umgebung gespeicherte Token bzw. den Benutzer</translation>
    </message>
    <message>
        <source>no Prometheus API at this address (HTTP 404): check the URL and its path prefix</source>
        <translation>keine Prometheus-API unter dieser Adresse (HTTP 404): Prüfen Sie die URL und ihr Pfadpräfix</translation>
    </message>
    <message>
        <source>the expression cannot be executed (HTTP 422)</source>
        <translation>der Ausdruck kann nicht ausgeführt werden (HTTP 422)</translation>
    </message>
    <message>
        <source>the server is rate limiting requests (HTTP 429)</source>
        <translation>der Server begrenzt die Anfragerate (HTTP 429)</translation>
    </message>
    <message>
        <source>the query timed out or was aborted on the server, or the server is not ready (HTTP 503)</source>
        <translation>die Abfrage ist auf dem Server abgelaufen oder wurde abgebrochen, oder der Server ist nicht bereit (HTTP 503)</translation>
    </message>
    <message>
        <source>the server failed (HTTP %1)</source>
        <translation>der Server ist fehlgeschlagen (HTTP %1)</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>unerwarteter HTTP-Status %1</translation>
    </message>
    <message>
        <source>the Prometheus response is not JSON: %1</source>
        <translation>die Prometheus-Antwort ist kein JSON: %1</translation>
    </message>
    <message>
        <source>a JSON object with &quot;status&quot; and &quot;data&quot;</source>
        <translation>ein JSON-Objekt mit &quot;status&quot; und &quot;data&quot;</translation>
    </message>
    <message>
        <source>Prometheus answered with an error</source>
        <translation>Prometheus hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <source>&quot;success&quot; or &quot;error&quot;</source>
        <translation>&quot;success&quot; oder &quot;error&quot;</translation>
    </message>
</context>
<context>
    <name>Infradeck::PrometheusCredentials</name>
    <message>
        <source>&quot;Bearer TOKEN&quot;, a bare token, or &quot;basic USER:PASSWORD&quot;</source>
        <translation>&quot;Bearer TOKEN&quot;, ein reines Token oder &quot;basic USER:PASSWORD&quot;</translation>
    </message>
    <message>
        <source>the Prometheus credential is empty</source>
        <translation>die Prometheus-Zugangsdaten sind leer</translation>
    </message>
    <message>
        <source>the Prometheus credential contains a line break or another control character</source>
        <translation>die Prometheus-Zugangsdaten enthalten einen Zeilenumbruch oder ein anderes Steuerzeichen</translation>
    </message>
    <message>
        <source>the Prometheus basic credential has no user name followed by a colon</source>
        <translation>die Prometheus-Basic-Zugangsdaten haben keinen Benutzernamen gefolgt von einem Doppelpunkt</translation>
    </message>
    <message>
        <source>the Prometheus credential has no token after &quot;Bearer&quot;</source>
        <translation>die Prometheus-Zugangsdaten haben kein Token nach &quot;Bearer&quot;</translation>
    </message>
    <message>
        <source>the Prometheus token contains a space</source>
        <translation>das Prometheus-Token enthält ein Leerzeichen</translation>
    </message>
</context>
<context>
    <name>Infradeck::PrometheusJob</name>
    <message>
        <source>&quot;%1&quot; is not a Prometheus URL</source>
        <translation>„%1“ ist keine Prometheus-URL</translation>
    </message>
    <message>
        <source>http(s)://host:port[/prefix]</source>
        <translation>http(s)://host:port[/prefix]</translation>
    </message>
    <message>
        <source>the Prometheus request was aborted</source>
        <translation>die Prometheus-Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>Prometheus did not answer within %1 s</source>
        <translation>Prometheus hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>Prometheus is unreachable at %1: %2</source>
        <translation>Prometheus ist unter %1 nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>Infradeck::Redaction</name>
    <message>
        <source>possibly sensitive</source>
        <translation>möglicherweise sensibel</translation>
    </message>
</context>
<context>
    <name>Infradeck::Rules</name>
    <message>
        <source>%1 must be a single value</source>
        <translation>%1 muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>a rule must be a map</source>
        <translation>eine Regel muss eine Map sein</translation>
    </message>
    <message>
        <source>id, severity, reason, when</source>
        <translation>id, severity, reason, when</translation>
    </message>
    <message>
        <source>rule without an id</source>
        <translation>Regel ohne id</translation>
    </message>
    <message>
        <source>id: some-rule-id</source>
        <translation>id: some-rule-id</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; in rule %2</source>
        <translation>unbekannter Schweregrad „%1“ in Regel %2</translation>
    </message>
    <message>
        <source>high, medium or low</source>
        <translation>high, medium oder low</translation>
    </message>
    <message>
        <source>&quot;when&quot; must be a map</source>
        <translation>&quot;when&quot; muss eine Map sein</translation>
    </message>
    <message>
        <source>actions, types, action_reasons, protected_env</source>
        <translation>actions, types, action_reasons, protected_env</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; in rule %2</source>
        <translation>unbekannte Aktion „%1“ in Regel %2</translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot; in rule %2</source>
        <translation>unbekannte Prüfung „%1“ in Regel %2</translation>
    </message>
    <message>
        <source>open-ingress or secret-values</source>
        <translation>open-ingress oder secret-values</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; in rule %2</source>
        <translation>ungültiger Port „%1“ in Regel %2</translation>
    </message>
    <message>
        <source>a number 0-65535</source>
        <translation>eine Zahl 0-65535</translation>
    </message>
    <message>
        <source>open-ingress rule %1 needs &quot;targets&quot;</source>
        <translation>open-ingress-Regel %1 braucht &quot;targets&quot;</translation>
    </message>
    <message>
        <source>a map from resource type to its attribute names</source>
        <translation>eine Map von Ressourcentyp auf seine Attributnamen</translation>
    </message>
    <message>
        <source>target %1 must be a map</source>
        <translation>Target %1 muss eine Map sein</translation>
    </message>
    <message>
        <source>cidrs, port or port_min/port_max, ...</source>
        <translation>cidrs, port oder port_min/port_max, ...</translation>
    </message>
    <message>
        <source>target %1 has no cidrs</source>
        <translation>Target %1 hat keine cidrs</translation>
    </message>
    <message>
        <source>cidrs: [attribute, ...]</source>
        <translation>cidrs: [attribute, ...]</translation>
    </message>
    <message>
        <source>the rules file is empty</source>
        <translation>die Regeldatei ist leer</translation>
    </message>
    <message>
        <source>version: 1 and a list of rules</source>
        <translation>version: 1 und eine Liste von Regeln</translation>
    </message>
    <message>
        <source>the rules file must be a map</source>
        <translation>die Regeldatei muss eine Map sein</translation>
    </message>
    <message>
        <source>version: 1 and rules: [...]</source>
        <translation>version: 1 und rules: [...]</translation>
    </message>
    <message>
        <source>unsupported rules version &quot;%1&quot;</source>
        <translation>nicht unterstützte Regelversion „%1“</translation>
    </message>
    <message>
        <source>version 1</source>
        <translation>version 1</translation>
    </message>
    <message>
        <source>no rules list</source>
        <translation>keine rules-Liste</translation>
    </message>
    <message>
        <source>rules: [ {id: ..., severity: ..., when: ...}, ... ]</source>
        <translation>rules: [ {id: ..., severity: ..., when: ...}, ... ]</translation>
    </message>
    <message>
        <source>duplicate rule id &quot;%1&quot;</source>
        <translation>doppelte Regel-id „%1“</translation>
    </message>
    <message>
        <source>unique ids</source>
        <translation>eindeutige ids</translation>
    </message>
    <message>
        <source>invalid rules YAML: %1</source>
        <translation>ungültiges YAML in den Regeln: %1</translation>
    </message>
    <message>
        <source>cannot open the rules file: %1</source>
        <translation>die Regeldatei kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::SopsCipher</name>
    <message>
        <source>not a SOPS encrypted value</source>
        <translation>kein SOPS-verschlüsselter Wert</translation>
    </message>
    <message>
        <source>malformed SOPS encrypted value: field without &apos;:&apos;</source>
        <translation>fehlerhafter SOPS-verschlüsselter Wert: Feld ohne &apos;:&apos;</translation>
    </message>
    <message>
        <source>malformed SOPS encrypted value: bad base64 in data</source>
        <translation>fehlerhafter SOPS-verschlüsselter Wert: ungültiges Base64 in data</translation>
    </message>
    <message>
        <source>malformed SOPS encrypted value: bad iv</source>
        <translation>fehlerhafter SOPS-verschlüsselter Wert: ungültiger iv</translation>
    </message>
    <message>
        <source>malformed SOPS encrypted value: bad tag</source>
        <translation>fehlerhafter SOPS-verschlüsselter Wert: ungültiger tag</translation>
    </message>
    <message>
        <source>16 bytes</source>
        <translation>16 Byte</translation>
    </message>
    <message>
        <source>unknown SOPS value type &apos;%1&apos;</source>
        <translation>unbekannter SOPS-Werttyp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>malformed SOPS encrypted value: missing field</source>
        <translation>fehlerhafter SOPS-verschlüsselter Wert: Feld fehlt</translation>
    </message>
    <message>
        <source>value failed authentication: wrong data key, or the value or its key path was modified</source>
        <translation>Authentifizierung des Werts fehlgeschlagen: falscher Datenschlüssel, oder der Wert oder sein Schlüsselpfad wurde verändert</translation>
    </message>
</context>
<context>
    <name>Infradeck::SopsCreationRules</name>
    <message>
        <source>not a .sops.yaml file: the top level is not a map</source>
        <translation>keine .sops.yaml-Datei: Die oberste Ebene ist keine Map</translation>
    </message>
    <message>
        <source>creation_rules is not a list</source>
        <translation>creation_rules ist keine Liste</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a creation rule is not a map</source>
        <translation>eine Erstellungsregel ist keine Map</translation>
    </message>
    <message>
        <source>invalid age recipient &apos;%1&apos;</source>
        <translation>ungültiger age-Empfänger &apos;%1&apos;</translation>
    </message>
    <message>
        <source>more than one of unencrypted_suffix, encrypted_suffix, unencrypted_regex and encrypted_regex</source>
        <translation>mehr als eines von unencrypted_suffix, encrypted_suffix, unencrypted_regex und encrypted_regex</translation>
    </message>
    <message>
        <source>at most one</source>
        <translation>höchstens eines</translation>
    </message>
    <message>
        <source>invalid path_regex</source>
        <translation>ungültiger path_regex</translation>
    </message>
    <message>
        <source>invalid .sops.yaml: %1</source>
        <translation>ungültige .sops.yaml: %1</translation>
    </message>
    <message>
        <source>cannot open .sops.yaml: %1</source>
        <translation>.sops.yaml kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::SopsDotenvStore</name>
    <message>
        <source>invalid dotenv line</source>
        <translation>ungültige dotenv-Zeile</translation>
    </message>
</context>
<context>
    <name>Infradeck::SopsFile</name>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>cannot open SOPS file: %1</source>
        <translation>SOPS-Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>empty file: not a SOPS document</source>
        <translation>leere Datei: kein SOPS-Dokument</translation>
    </message>
    <message>
        <source>a SOPS-encrypted %1 file</source>
        <translation>eine SOPS-verschlüsselte %1-Datei</translation>
    </message>
    <message>
        <source>not a SOPS-encrypted file: no &apos;sops&apos; metadata</source>
        <translation>keine SOPS-verschlüsselte Datei: keine &apos;sops&apos;-Metadaten</translation>
    </message>
    <message>
        <source>a &apos;sops&apos; section</source>
        <translation>ein &apos;sops&apos;-Abschnitt</translation>
    </message>
    <message>
        <source>binary SOPS file without a &apos;data&apos; key</source>
        <translation>binäre SOPS-Datei ohne &apos;data&apos;-Schlüssel</translation>
    </message>
    <message>
        <source>the data key is split across %1 key groups with Shamir threshold %2: not supported</source>
        <translation>der Datenschlüssel ist auf %1 Schlüsselgruppen mit Shamir-Schwelle %2 verteilt: nicht unterstützt</translation>
    </message>
    <message>
        <source>this file needs a PGP key, not supported (it has no age recipients)</source>
        <translation>diese Datei braucht einen PGP-Schlüssel, nicht unterstützt (sie hat keine age-Empfänger)</translation>
    </message>
    <message>
        <source>an age recipient</source>
        <translation>ein age-Empfänger</translation>
    </message>
    <message>
        <source>this file needs %1, not supported (it has no age recipients)</source>
        <translation>diese Datei braucht %1, nicht unterstützt (sie hat keine age-Empfänger)</translation>
    </message>
    <message>
        <source>the SOPS metadata has no key to decrypt the data key with</source>
        <translation>die SOPS-Metadaten enthalten keinen Schlüssel, mit dem der Datenschlüssel entschlüsselt werden kann</translation>
    </message>
    <message>
        <source>the data key for %1 has %2 bytes</source>
        <translation>der Datenschlüssel für %1 hat %2 Byte</translation>
    </message>
    <message>
        <source>32 bytes</source>
        <translation>32 Byte</translation>
    </message>
    <message>
        <source>no identity matches any recipient stanza (the file is encrypted to %1)</source>
        <translation>keine Identität passt zu einer Empfänger-Stanza (die Datei ist für %1 verschlüsselt)</translation>
    </message>
    <message>
        <source>the file has no MAC: its integrity cannot be checked</source>
        <translation>die Datei hat keinen MAC: Ihre Integrität kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>an encrypted MAC</source>
        <translation>ein verschlüsselter MAC</translation>
    </message>
    <message>
        <source>the MAC does not decrypt: the MAC or lastmodified was modified</source>
        <translation>der MAC lässt sich nicht entschlüsseln: MAC oder lastmodified wurde verändert</translation>
    </message>
    <message>
        <source>MAC mismatch: the file was modified after it was encrypted (values added, removed or reordered)</source>
        <translation>MAC stimmt nicht: Die Datei wurde nach dem Verschlüsseln verändert (Werte hinzugefügt, entfernt oder umsortiert)</translation>
    </message>
    <message>
        <source>decrypt the file before editing it</source>
        <translation>entschlüsseln Sie die Datei, bevor Sie sie bearbeiten</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>leerer Pfad</translation>
    </message>
    <message>
        <source>a %1 file holds values at depth %2 only</source>
        <translation>eine %1-Datei enthält Werte nur in Tiefe %2</translation>
    </message>
    <message>
        <source>list index %1 out of range</source>
        <translation>Listenindex %1 außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a value, not a map or list</source>
        <translation>&apos;%1&apos; ist ein Wert, keine Map oder Liste</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a map or list; remove it before replacing it with a value</source>
        <translation>&apos;%1&apos; ist eine Map oder Liste; entfernen Sie sie, bevor Sie sie durch einen Wert ersetzen</translation>
    </message>
    <message>
        <source>no value at %1</source>
        <translation>kein Wert bei %1</translation>
    </message>
    <message>
        <source>%1 is not a recipient of this file</source>
        <translation>%1 ist kein Empfänger dieser Datei</translation>
    </message>
    <message>
        <source>cannot remove the last recipient: nobody could open the file</source>
        <translation>der letzte Empfänger kann nicht entfernt werden: Niemand könnte die Datei mehr öffnen</translation>
    </message>
    <message>
        <source>cannot write SOPS file: %1</source>
        <translation>SOPS-Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>no age recipients given</source>
        <translation>keine age-Empfänger angegeben</translation>
    </message>
    <message>
        <source>a SOPS document must be a map at the top level</source>
        <translation>ein SOPS-Dokument muss auf oberster Ebene eine Map sein</translation>
    </message>
</context>
<context>
    <name>Infradeck::SopsIniStore</name>
    <message>
        <source>malformed section header</source>
        <translation>fehlerhafter Abschnittskopf</translation>
    </message>
    <message>
        <source>invalid INI line</source>
        <translation>ungültige INI-Zeile</translation>
    </message>
    <message>
        <source>unterminated &quot;&quot;&quot; value</source>
        <translation>nicht abgeschlossener &quot;&quot;&quot;-Wert</translation>
    </message>
</context>
<context>
    <name>Infradeck::SopsJsonStore</name>
    <message>
        <source>trailing data after the JSON document</source>
        <translation>überzählige Daten nach dem JSON-Dokument</translation>
    </message>
    <message>
        <source>end of file</source>
        <translation>Dateiende</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>das Dokument ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>an object at the top level</source>
        <translation>ein Objekt auf oberster Ebene</translation>
    </message>
    <message>
        <source>control character in JSON string</source>
        <translation>Steuerzeichen in JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>bad \u escape in JSON string</source>
        <translation>ungültiges \u-Escape in JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>bad surrogate pair in JSON string</source>
        <translation>ungültiges Surrogatpaar in JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>bad escape in JSON string</source>
        <translation>ungültiges Escape in JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated JSON string</source>
        <translation>nicht abgeschlossene JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>a closing quote</source>
        <translation>ein schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON zu tief verschachtelt</translation>
    </message>
    <message>
        <source>unexpected end of JSON</source>
        <translation>unerwartetes Ende des JSON</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>expected an object key</source>
        <translation>Objektschlüssel erwartet</translation>
    </message>
    <message>
        <source>a quoted key</source>
        <translation>ein Schlüssel in Anführungszeichen</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object key</source>
        <translation>&apos;:&apos; nach einem Objektschlüssel erwartet</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>doppelter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unique keys</source>
        <translation>eindeutige Schlüssel</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>&apos;,&apos; oder &apos;}&apos; in einem Objekt erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>&apos;,&apos; oder &apos;]&apos; in einem Array erwartet</translation>
    </message>
    <message>
        <source>invalid JSON value</source>
        <translation>ungültiger JSON-Wert</translation>
    </message>
    <message>
        <source>a string, number, object, array, true, false or null</source>
        <translation>eine Zeichenkette, Zahl, ein Objekt, Array, true, false oder null</translation>
    </message>
    <message>
        <source>the &apos;sops&apos; metadata is not an object</source>
        <translation>die &apos;sops&apos;-Metadaten sind kein Objekt</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>Infradeck::SopsMetadata</name>
    <message>
        <source>more than one of unencrypted_suffix, encrypted_suffix, unencrypted_regex and encrypted_regex is set</source>
        <translation>mehr als eines von unencrypted_suffix, encrypted_suffix, unencrypted_regex und encrypted_regex ist gesetzt</translation>
    </message>
    <message>
        <source>at most one</source>
        <translation>höchstens eines</translation>
    </message>
    <message>
        <source>invalid regular expression &apos;%1&apos;: %2</source>
        <translation>ungültiger regulärer Ausdruck &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>SOPS metadata has no lastmodified</source>
        <translation>SOPS-Metadaten haben kein lastmodified</translation>
    </message>
    <message>
        <source>an RFC 3339 time</source>
        <translation>eine Zeit nach RFC 3339</translation>
    </message>
</context>
<context>
    <name>Infradeck::SopsYamlStore</name>
    <message>
        <source>a top-level list is not a SOPS document</source>
        <translation>eine Liste auf oberster Ebene ist kein SOPS-Dokument</translation>
    </message>
    <message>
        <source>a map at the top level</source>
        <translation>eine Map auf oberster Ebene</translation>
    </message>
    <message>
        <source>several YAML documents in one file are not supported</source>
        <translation>mehrere YAML-Dokumente in einer Datei werden nicht unterstützt</translation>
    </message>
    <message>
        <source>one document</source>
        <translation>ein Dokument</translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation>unerwartete Einrückung</translation>
    </message>
    <message>
        <source>a key at the indentation of its siblings</source>
        <translation>ein Schlüssel auf der Einrückung seiner Geschwister</translation>
    </message>
    <message>
        <source>a key at column %1</source>
        <translation>ein Schlüssel in Spalte %1</translation>
    </message>
    <message>
        <source>a list item where a map key was expected</source>
        <translation>ein Listeneintrag, wo ein Map-Schlüssel erwartet wurde</translation>
    </message>
    <message>
        <source>key: value</source>
        <translation>key: value</translation>
    </message>
    <message>
        <source>expected a &apos;key: value&apos; line</source>
        <translation>Zeile der Form &apos;key: value&apos; erwartet</translation>
    </message>
    <message>
        <source>malformed quoted key</source>
        <translation>fehlerhafter Schlüssel in Anführungszeichen</translation>
    </message>
    <message>
        <source>complex keys, anchors, aliases and tags are not supported</source>
        <translation>komplexe Schlüssel, Anker, Aliasse und Tags werden nicht unterstützt</translation>
    </message>
    <message>
        <source>a plain or quoted key</source>
        <translation>ein einfacher Schlüssel oder einer in Anführungszeichen</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>doppelter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unique keys in a map</source>
        <translation>eindeutige Schlüssel in einer Map</translation>
    </message>
    <message>
        <source>flow collections are not supported</source>
        <translation>Flow-Collections werden nicht unterstützt</translation>
    </message>
    <message>
        <source>block style (one item per line)</source>
        <translation>Block-Stil (ein Eintrag pro Zeile)</translation>
    </message>
    <message>
        <source>anchors, aliases and tags are not supported</source>
        <translation>Anker, Aliasse und Tags werden nicht unterstützt</translation>
    </message>
    <message>
        <source>malformed quoted string</source>
        <translation>fehlerhafte Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>a closing quote</source>
        <translation>ein schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>malformed block scalar header</source>
        <translation>fehlerhafter Kopf eines Block-Skalars</translation>
    </message>
    <message>
        <source>the &apos;sops&apos; metadata is not a map</source>
        <translation>die &apos;sops&apos;-Metadaten sind keine Map</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
</context>
<context>
    <name>Infradeck::StateReader</name>
    <message>
        <source>a Terraform state: a JSON object with &quot;version&quot; (terraform.tfstate) or &quot;format_version&quot; (terraform show -json)</source>
        <translation>ein Terraform-State: ein JSON-Objekt mit &quot;version&quot; (terraform.tfstate) oder &quot;format_version&quot; (terraform show -json)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2</source>
        <translation>&quot;%1&quot; ist %2</translation>
    </message>
    <message>
        <source>&quot;terraform_version&quot; is %1</source>
        <translation>&quot;terraform_version&quot; ist %1</translation>
    </message>
    <message>
        <source>a version string</source>
        <translation>eine Versionszeichenkette</translation>
    </message>
    <message>
        <source>&quot;serial&quot; is %1</source>
        <translation>&quot;serial&quot; ist %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation>unbekannter Schlüssel „%1“ ignoriert</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored (did you mean &quot;%2&quot;?)</source>
        <translation>unbekannter Schlüssel „%1“ ignoriert (meinten Sie „%2“?)</translation>
    </message>
    <message>
        <source>sensitive_attributes is %1; all attributes of this instance are treated as sensitive</source>
        <translation>sensitive_attributes ist %1; alle Attribute dieser Instanz werden als sensibel behandelt</translation>
    </message>
    <message>
        <source>unreadable sensitive attribute path; all attributes of this instance are treated as sensitive</source>
        <translation>unlesbarer Pfad eines sensiblen Attributs; alle Attribute dieser Instanz werden als sensibel behandelt</translation>
    </message>
    <message>
        <source>no &quot;terraform_version&quot;: the state does not say which Terraform wrote it</source>
        <translation>kein &quot;terraform_version&quot;: Der State sagt nicht, welches Terraform ihn geschrieben hat</translation>
    </message>
    <message>
        <source>&quot;outputs&quot;</source>
        <translation>&quot;outputs&quot;</translation>
    </message>
    <message>
        <source>output &quot;%1&quot;</source>
        <translation>Output „%1“</translation>
    </message>
    <message>
        <source>&quot;resources&quot;</source>
        <translation>&quot;resources&quot;</translation>
    </message>
    <message>
        <source>a resource</source>
        <translation>eine Ressource</translation>
    </message>
    <message>
        <source>unknown resource mode &quot;%1&quot;</source>
        <translation>unbekannter Ressourcenmodus „%1“</translation>
    </message>
    <message>
        <source>&quot;managed&quot; or &quot;data&quot;</source>
        <translation>&quot;managed&quot; oder &quot;data&quot;</translation>
    </message>
    <message>
        <source>invalid module address &quot;%1&quot;: %2</source>
        <translation>ungültige Moduladresse „%1“: %2</translation>
    </message>
    <message>
        <source>module.NAME[KEY]...</source>
        <translation>module.NAME[KEY]...</translation>
    </message>
    <message>
        <source>resource has no provider</source>
        <translation>Ressource hat keinen Provider</translation>
    </message>
    <message>
        <source>&quot;instances&quot;</source>
        <translation>&quot;instances&quot;</translation>
    </message>
    <message>
        <source>an instance</source>
        <translation>eine Instanz</translation>
    </message>
    <message>
        <source>index_key is %1</source>
        <translation>index_key ist %1</translation>
    </message>
    <message>
        <source>a number (count) or a string (for_each)</source>
        <translation>eine Zahl (count) oder eine Zeichenkette (for_each)</translation>
    </message>
    <message>
        <source>attributes is %1</source>
        <translation>attributes ist %1</translation>
    </message>
    <message>
        <source>&quot;dependencies&quot;</source>
        <translation>&quot;dependencies&quot;</translation>
    </message>
    <message>
        <source>%1 has no &quot;id&quot; attribute</source>
        <translation>%1 hat kein &quot;id&quot;-Attribut</translation>
    </message>
    <message>
        <source>legacy state version 3 (Terraform %1): read without schema, attributes are flat strings and carry no sensitivity marks; `terraform apply` with Terraform &gt;= 0.12 upgrades it to version 4</source>
        <translation>alte State-Version 3 (Terraform %1): ohne Schema gelesen, Attribute sind flache Zeichenketten ohne Sensibilitätsmarkierungen; `terraform apply` mit Terraform &gt;= 0.12 aktualisiert sie auf Version 4</translation>
    </message>
    <message>
        <source>before 0.12</source>
        <translation>vor 0.12</translation>
    </message>
    <message>
        <source>a version 3 state with a version 4 &quot;resources&quot; list</source>
        <translation>ein State der Version 3 mit einer &quot;resources&quot;-Liste der Version 4</translation>
    </message>
    <message>
        <source>version 4 for a &quot;resources&quot; list, or &quot;modules&quot; for version 3</source>
        <translation>version 4 für eine &quot;resources&quot;-Liste oder &quot;modules&quot; für Version 3</translation>
    </message>
    <message>
        <source>&quot;modules&quot;</source>
        <translation>&quot;modules&quot;</translation>
    </message>
    <message>
        <source>a module</source>
        <translation>ein Modul</translation>
    </message>
    <message>
        <source>&quot;path&quot;</source>
        <translation>&quot;path&quot;</translation>
    </message>
    <message>
        <source>invalid resource key &quot;%1&quot;</source>
        <translation>ungültiger Ressourcenschlüssel „%1“</translation>
    </message>
    <message>
        <source>TYPE.NAME or TYPE.NAME.INDEX</source>
        <translation>TYPE.NAME oder TYPE.NAME.INDEX</translation>
    </message>
    <message>
        <source>&quot;values&quot;</source>
        <translation>&quot;values&quot;</translation>
    </message>
    <message>
        <source>&quot;root_module&quot;</source>
        <translation>&quot;root_module&quot;</translation>
    </message>
    <message>
        <source>modules nested more than 100 deep</source>
        <translation>Module mehr als 100 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>a module tree</source>
        <translation>ein Modulbaum</translation>
    </message>
    <message>
        <source>invalid resource address &quot;%1&quot;: %2</source>
        <translation>ungültige Ressourcenadresse „%1“: %2</translation>
    </message>
    <message>
        <source>a resource address</source>
        <translation>eine Ressourcenadresse</translation>
    </message>
    <message>
        <source>a resource without &quot;address&quot; or &quot;type&quot; and &quot;name&quot;</source>
        <translation>eine Ressource ohne &quot;address&quot; bzw. ohne &quot;type&quot; und &quot;name&quot;</translation>
    </message>
    <message>
        <source>a resource object</source>
        <translation>ein Ressourcenobjekt</translation>
    </message>
    <message>
        <source>values is %1</source>
        <translation>values ist %1</translation>
    </message>
    <message>
        <source>&quot;child_modules&quot;</source>
        <translation>&quot;child_modules&quot;</translation>
    </message>
    <message>
        <source>a child module</source>
        <translation>ein Kindmodul</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <translation>gültiges JSON</translation>
    </message>
    <message>
        <source>cannot open the state: %1</source>
        <translation>der State kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the state: %1</source>
        <translation>der State kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the state file is empty (0 bytes)</source>
        <translation>die State-Datei ist leer (0 Byte)</translation>
    </message>
    <message>
        <source>the state file holds only whitespace (%1 bytes)</source>
        <translation>die State-Datei enthält nur Leerraum (%1 Byte)</translation>
    </message>
    <message>
        <source>the state is a JSON %1, not an object</source>
        <translation>der State ist ein JSON-%1, kein Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>Skalar</translation>
    </message>
    <message>
        <source>this is a Terraform plan, not a state</source>
        <translation>dies ist ein Terraform-Plan, kein State</translation>
    </message>
    <message>
        <source>a state; to compare with a plan, use its prior_state</source>
        <translation>ein State; zum Vergleich mit einem Plan dessen prior_state verwenden</translation>
    </message>
    <message>
        <source>state &quot;version&quot; is %1</source>
        <translation>State-&quot;version&quot; ist %1</translation>
    </message>
    <message>
        <source>the number 4 (or 3 for legacy states)</source>
        <translation>die Zahl 4 (oder 3 für alte States)</translation>
    </message>
    <message>
        <source> (written by Terraform %1)</source>
        <translation> (geschrieben von Terraform %1)</translation>
    </message>
    <message>
        <source>state version %1%2 is newer than this reader supports</source>
        <translation>State-Version %1%2 ist neuer, als dieser Leser unterstützt</translation>
    </message>
    <message>
        <source>version 4 (or 3 for legacy states)</source>
        <translation>version 4 (oder 3 für alte States)</translation>
    </message>
    <message>
        <source>unsupported state version %1%2: states before Terraform 0.7 are not read</source>
        <translation>nicht unterstützte State-Version %1%2: States vor Terraform 0.7 werden nicht gelesen</translation>
    </message>
    <message>
        <source>version 4 (or 3 for legacy states); upgrade the state with a newer Terraform</source>
        <translation>version 4 (oder 3 für alte States); den State mit einem neueren Terraform aktualisieren</translation>
    </message>
    <message>
        <source>unsupported show -json format_version &quot;%1&quot;</source>
        <translation>nicht unterstützte show -json-format_version „%1“</translation>
    </message>
    <message>
        <source>format_version is %1</source>
        <translation>format_version ist %1</translation>
    </message>
    <message>
        <source>format_version 0.x or 1.x</source>
        <translation>format_version 0.x oder 1.x</translation>
    </message>
    <message>
        <source>not a Terraform state: neither &quot;version&quot; nor &quot;format_version&quot; is present</source>
        <translation>kein Terraform-State: weder &quot;version&quot; noch &quot;format_version&quot; vorhanden</translation>
    </message>
    <message>
        <source>the plan holds only a [command] line</source>
        <translation>der Plan enthält nur eine [command]-Zeile</translation>
    </message>
    <message>
        <source>JSON after the line</source>
        <translation>JSON nach der Zeile</translation>
    </message>
    <message>
        <source>the plan file is empty</source>
        <translation>die Plan-Datei ist leer</translation>
    </message>
    <message>
        <source>a JSON plan</source>
        <translation>ein JSON-Plan</translation>
    </message>
    <message>
        <source>the plan is not a JSON object</source>
        <translation>der Plan ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>prior_state is %1</source>
        <translation>prior_state ist %1</translation>
    </message>
    <message>
        <source>the plan has no prior_state (a plan for a new, empty state)</source>
        <translation>der Plan hat keinen prior_state (ein Plan für einen neuen, leeren State)</translation>
    </message>
    <message>
        <source>the plan holds no data</source>
        <translation>der Plan enthält keine Daten</translation>
    </message>
    <message>
        <source>a plan read by PlanReader</source>
        <translation>ein von PlanReader gelesener Plan</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
</context>
<context>
    <name>Infradeck::UsageAssumptions</name>
    <message>
        <source>cannot open the usage file: %1</source>
        <translation>die Nutzungsdatei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the usage file must be a map</source>
        <translation>die Nutzungsdatei muss eine Map sein</translation>
    </message>
    <message>
        <source>defaults: {...} and/or resources: {...}</source>
        <translation>defaults: {...} und/oder resources: {...}</translation>
    </message>
    <message>
        <source>%1 must be a map</source>
        <translation>%1 muss eine Map sein</translation>
    </message>
    <message>
        <source>NAME: {KEY: VALUE}</source>
        <translation>NAME: {KEY: VALUE}</translation>
    </message>
    <message>
        <source>%1 must be a map of usage figures</source>
        <translation>%1 muss eine Map von Nutzungswerten sein</translation>
    </message>
    <message>
        <source>{KEY: VALUE}</source>
        <translation>{KEY: VALUE}</translation>
    </message>
    <message>
        <source>usage %1 of %2 must be a single value</source>
        <translation>Nutzung %1 von %2 muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>a number or a word</source>
        <translation>eine Zahl oder ein Wort</translation>
    </message>
    <message>
        <source>invalid usage YAML: %1</source>
        <translation>ungültiges YAML in der Nutzungsdatei: %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::ValueFormat</name>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>ops/s</source>
        <translation>ops/s</translation>
    </message>
</context>
<context>
    <name>PlanReview</name>
    <message>
        <source>cannot open review file: %1</source>
        <translation>Review-Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>review file is not valid JSON: %1</source>
        <translation>Review-Datei ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>review file has the wrong shape</source>
        <translation>Review-Datei hat die falsche Struktur</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array of addresses</source>
        <translation>ein Array von Adressen</translation>
    </message>
    <message>
        <source>cannot write review file: %1</source>
        <translation>Review-Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot save review file: %1</source>
        <translation>Review-Datei kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
</context>
<context>
    <name>S3StateFetcher</name>
    <message>
        <source>s3://BUCKET/KEY</source>
        <translation>s3://BUCKET/KEY</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an S3 URL</source>
        <translation>„%1“ ist keine S3-URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no bucket and key</source>
        <translation>„%1“ nennt keinen Bucket und Schlüssel</translation>
    </message>
    <message>
        <source>the S3 endpoint &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>der S3-Endpunkt „%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>the S3 backend needs a bucket and a key</source>
        <translation>das S3-Backend braucht einen Bucket und einen Schlüssel</translation>
    </message>
    <message>
        <source>no S3 credentials are available</source>
        <translation>keine S3-Zugangsdaten verfügbar</translation>
    </message>
    <message>
        <source>fetching the state was aborted</source>
        <translation>das Abrufen des States wurde abgebrochen</translation>
    </message>
    <message>
        <source>access denied: check the credentials</source>
        <translation>Zugriff verweigert: Prüfen Sie die Zugangsdaten</translation>
    </message>
    <message>
        <source> (the secret access key does not match the access key id)</source>
        <translation> (der Secret Access Key passt nicht zur Access Key ID)</translation>
    </message>
    <message>
        <source> (the server does not know the access key id)</source>
        <translation> (der Server kennt die Access Key ID nicht)</translation>
    </message>
    <message>
        <source>access denied: this computer&apos;s clock differs from the server&apos;s by more than 15 minutes</source>
        <translation>Zugriff verweigert: Die Uhr dieses Computers weicht um mehr als 15 Minuten von der des Servers ab</translation>
    </message>
    <message>
        <source> (they may not read %1)</source>
        <translation> (sie dürfen %1 nicht lesen)</translation>
    </message>
    <message>
        <source>no state at %1</source>
        <translation>kein State unter %1</translation>
    </message>
    <message>
        <source>: the bucket &quot;%1&quot; does not exist at %2</source>
        <translation>: Der Bucket „%1“ existiert nicht unter %2</translation>
    </message>
    <message>
        <source>the bucket &quot;%1&quot; is in region %2, not %3: set the backend&apos;s region</source>
        <translation>der Bucket „%1“ liegt in Region %2, nicht %3: Setzen Sie die Region des Backends</translation>
    </message>
    <message>
        <source>the bucket &quot;%1&quot; is served from another endpoint (HTTP %2)</source>
        <translation>der Bucket „%1“ wird von einem anderen Endpunkt bedient (HTTP %2)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>; its region is %1</source>
        <translation>; seine Region ist %1</translation>
    </message>
    <message>
        <source>the S3 server asks for authentication it does not accept from Signature V4 (HTTP 401)</source>
        <translation>der S3-Server verlangt eine Authentifizierung, die er von Signature V4 nicht akzeptiert (HTTP 401)</translation>
    </message>
    <message>
        <source>the S3 server failed (HTTP %1) and retries ran out</source>
        <translation>der S3-Server ist fehlgeschlagen (HTTP %1) und die Wiederholungen sind aufgebraucht</translation>
    </message>
    <message>
        <source>the S3 server refused to send %1 (HTTP %2)</source>
        <translation>der S3-Server hat das Senden von %1 verweigert (HTTP %2)</translation>
    </message>
    <message>
        <source>the S3 server at %1 did not answer within %2 s</source>
        <translation>der S3-Server unter %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>the state at %1 is larger than %2 MB: not loaded</source>
        <translation>der State unter %1 ist größer als %2 MB: nicht geladen</translation>
    </message>
    <message>
        <source>cannot reach the S3 server at %1: %2</source>
        <translation>der S3-Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>no keychain available — nothing will be stored, you will be asked for the key each time</source>
        <translation>kein Schlüsselbund verfügbar — nichts wird gespeichert, der Schlüssel wird jedes Mal abgefragt</translation>
    </message>
    <message>
        <source>%1: no such item in the keychain</source>
        <translation>%1: kein solcher Eintrag im Schlüsselbund</translation>
    </message>
    <message>
        <source>an item stored under service &quot;%1&quot;</source>
        <translation>ein unter dem Dienst „%1“ gespeicherter Eintrag</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>invalid keychain key name</source>
        <translation>ungültiger Schlüsselname im Schlüsselbund</translation>
    </message>
    <message>
        <source>WORKSPACE/ENVIRONMENT_OR_*/NAME with no &apos;/&apos; in workspace or environment</source>
        <translation>WORKSPACE/ENVIRONMENT_OR_*/NAME ohne &apos;/&apos; in Arbeitsbereich oder Umgebung</translation>
    </message>
    <message>
        <source>storing</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>a keychain item with this name already exists</source>
        <translation>ein Schlüsselbund-Eintrag mit diesem Namen existiert bereits</translation>
    </message>
    <message>
        <source>the keychain item does not hold an age identity</source>
        <translation>der Schlüsselbund-Eintrag enthält keine age-Identität</translation>
    </message>
    <message>
        <source>AGE-SECRET-KEY-1… lines</source>
        <translation>AGE-SECRET-KEY-1…-Zeilen</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is empty in %2</source>
        <translation>%1 ist leer in %2</translation>
    </message>
    <message>
        <source>%1 is missing; %2 in %3 looks like it (misspelt or wrong prefix?)</source>
        <translation>%1 fehlt; %2 in %3 sieht danach aus (falsch geschrieben oder falsches Präfix?)</translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Infradeck topology</source>
        <translation>Infradeck-Topologie</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 must be a text value</source>
        <translation>%1 muss ein Textwert sein</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; is ignored</source>
        <translation>unbekannter Schlüssel „%1“ wird ignoriert</translation>
    </message>
    <message>
        <source>a host must be a map with name and address</source>
        <translation>ein Host muss eine Map mit name und address sein</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <source>a host needs an address</source>
        <translation>ein Host braucht eine address</translation>
    </message>
    <message>
        <source>address: HOSTNAME or IP</source>
        <translation>address: HOSTNAME oder IP</translation>
    </message>
    <message>
        <source>{ type: s3, endpoint: URL, bucket: NAME, key: PATH, credentials: keychain:NAME }</source>
        <translation>{ type: s3, endpoint: URL, bucket: NAME, key: PATH, credentials: keychain:NAME }</translation>
    </message>
    <message>
        <source>state_backend must be a map</source>
        <translation>state_backend muss eine Map sein</translation>
    </message>
    <message>
        <source>state_backend needs %1</source>
        <translation>state_backend braucht %1</translation>
    </message>
    <message>
        <source>unknown state backend type &quot;%1&quot;</source>
        <translation>unbekannter State-Backend-Typ „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid S3 endpoint</source>
        <translation>„%1“ ist kein gültiger S3-Endpunkt</translation>
    </message>
    <message>
        <source>an http:// or https:// URL without credentials or query, e.g. https://s3.gra.io.cloud.ovh.net</source>
        <translation>eine http://- oder https://-URL ohne Zugangsdaten oder Query, z. B. https://s3.gra.io.cloud.ovh.net</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid bucket name</source>
        <translation>„%1“ ist kein gültiger Bucket-Name</translation>
    </message>
    <message>
        <source>3-255 lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>3-255 Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; oder &apos;_&apos;</translation>
    </message>
    <message>
        <source>the state key must be a path inside the bucket</source>
        <translation>der State-Schlüssel muss ein Pfad innerhalb des Buckets sein</translation>
    </message>
    <message>
        <source>e.g. prod/terraform.tfstate (no leading &apos;/&apos;)</source>
        <translation>z. B. prod/terraform.tfstate (ohne führendes &apos;/&apos;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name</source>
        <translation>„%1“ ist kein Regionsname</translation>
    </message>
    <message>
        <source>e.g. eu-west-1, gra</source>
        <translation>z. B. eu-west-1, gra</translation>
    </message>
    <message>
        <source>S3 credentials must be a keychain reference, never the keys themselves</source>
        <translation>S3-Zugangsdaten müssen ein Schlüsselbund-Verweis sein, niemals die Schlüssel selbst</translation>
    </message>
    <message>
        <source>keychain:NAME</source>
        <translation>keychain:NAME</translation>
    </message>
    <message>
        <source>an environment must be a map</source>
        <translation>eine Umgebung muss eine Map sein</translation>
    </message>
    <message>
        <source>a map with at least a name</source>
        <translation>eine Map mit mindestens einem name</translation>
    </message>
    <message>
        <source>an environment needs a name</source>
        <translation>eine Umgebung braucht einen name</translation>
    </message>
    <message>
        <source>name: TEXT</source>
        <translation>name: TEXT</translation>
    </message>
    <message>
        <source>unknown environment kind &quot;%1&quot;</source>
        <translation>unbekannte Umgebungsart „%1“</translation>
    </message>
    <message>
        <source>both state and state_backend are set: the state is read from %1</source>
        <translation>sowohl state als auch state_backend sind gesetzt: Der State wird aus %1 gelesen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Prometheus URL</source>
        <translation>„%1“ ist keine gültige Prometheus-URL</translation>
    </message>
    <message>
        <source>an http:// or https:// URL</source>
        <translation>eine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>hosts must be a list</source>
        <translation>hosts muss eine Liste sein</translation>
    </message>
    <message>
        <source>a list of hosts</source>
        <translation>eine Liste von Hosts</translation>
    </message>
    <message>
        <source>tokens must be a map of provider to keychain reference</source>
        <translation>tokens muss eine Map von Provider auf Schlüsselbund-Verweis sein</translation>
    </message>
    <message>
        <source>PROVIDER: keychain:NAME</source>
        <translation>PROVIDER: keychain:NAME</translation>
    </message>
    <message>
        <source>token for &quot;%1&quot; must be a keychain reference, never the token itself</source>
        <translation>das Token für „%1“ muss ein Schlüsselbund-Verweis sein, niemals das Token selbst</translation>
    </message>
    <message>
        <source>budget must be a map with a monthly amount</source>
        <translation>budget muss eine Map mit einem Monatsbetrag sein</translation>
    </message>
    <message>
        <source>{ monthly: &quot;60.00&quot;, currency: EUR }</source>
        <translation>{ monthly: &quot;60.00&quot;, currency: EUR }</translation>
    </message>
    <message>
        <source>budget amount &quot;%1&quot; is not a decimal number</source>
        <translation>Budgetbetrag „%1“ ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>e.g. &quot;60.00&quot;</source>
        <translation>z. B. &quot;60.00&quot;</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not an ISO 4217 code</source>
        <translation>Währung „%1“ ist kein ISO-4217-Code</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>z. B. EUR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>cannot open workspace file: %1</source>
        <translation>Arbeitsbereichsdatei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>the workspace file is empty</source>
        <translation>die Arbeitsbereichsdatei ist leer</translation>
    </message>
    <message>
        <source>a map with name and environments</source>
        <translation>eine Map mit name und environments</translation>
    </message>
    <message>
        <source>the workspace file must be a map</source>
        <translation>die Arbeitsbereichsdatei muss eine Map sein</translation>
    </message>
    <message>
        <source>name: and environments:</source>
        <translation>name: und environments:</translation>
    </message>
    <message>
        <source>workspace schema version %1 is not supported</source>
        <translation>Schemaversion %1 des Arbeitsbereichs wird nicht unterstützt</translation>
    </message>
    <message>
        <source>version: %1</source>
        <translation>version: %1</translation>
    </message>
    <message>
        <source>the workspace needs a name</source>
        <translation>der Arbeitsbereich braucht einen name</translation>
    </message>
    <message>
        <source>the workspace has no environments</source>
        <translation>der Arbeitsbereich hat keine environments</translation>
    </message>
    <message>
        <source>environments: a list</source>
        <translation>environments: eine Liste</translation>
    </message>
    <message>
        <source>environments must be a list</source>
        <translation>environments muss eine Liste sein</translation>
    </message>
    <message>
        <source>a list of maps</source>
        <translation>eine Liste von Maps</translation>
    </message>
    <message>
        <source>environment &quot;%1&quot; is defined twice</source>
        <translation>Umgebung „%1“ ist doppelt definiert</translation>
    </message>
    <message>
        <source>unique names</source>
        <translation>eindeutige Namen</translation>
    </message>
    <message>
        <source>unreadable workspace: %1</source>
        <translation>unlesbarer Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>a key passphrase must be a keychain reference, never the passphrase itself</source>
        <translation>eine Schlüssel-Passphrase muss ein Schlüsselbund-Verweis sein, niemals die Passphrase selbst</translation>
    </message>
</context>
</TS>
