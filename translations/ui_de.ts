<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>--depth needs a whole number &gt;= 0</source>
        <translation>--depth erwartet eine ganze Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>no resource &quot;%1&quot; in the diagram</source>
        <translation>keine Ressource „%1“ im Diagramm</translation>
    </message>
    <message>
        <source>cannot write PNG: %1</source>
        <translation>PNG kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 nodes, %2 edges → %3</source>
        <translation>%1 Knoten, %2 Kanten → %3</translation>
    </message>
</context>
<context>
    <name>Cli::Host</name>
    <message>
        <source>infradeck-cli: adding %1 %2 %3 to %4
</source>
        <translation>infradeck-cli: %1 %2 %3 wird zu %4 hinzugefügt
</translation>
    </message>
    <message>
        <source>infradeck-cli: the host key of %1 is unknown (%2 %3); not connecting. Check the fingerprint and re-run with --accept-new to add it to %4
</source>
        <translation>infradeck-cli: Der Host-Schlüssel von %1 ist unbekannt (%2 %3); keine Verbindung. Prüfen Sie den Fingerabdruck und starten Sie erneut mit --accept-new, um ihn zu %4 hinzuzufügen
</translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot;</source>
        <translation>unbekannte Prüfung „%1“</translation>
    </message>
    <message>
        <source>attempt %1/%2: %3
</source>
        <translation>Versuch %1/%2: %3
</translation>
    </message>
    <message>
        <source>%1 is reachable (attempt %2)
</source>
        <translation>%1 ist erreichbar (Versuch %2)
</translation>
    </message>
    <message>
        <source>unknown host command &quot;%1&quot;</source>
        <translation>unbekannter host-Befehl „%1“</translation>
    </message>
    <message>
        <source>only host run takes a command after --</source>
        <translation>nur host run nimmt nach -- einen Befehl an</translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535</source>
        <translation>--port erwartet eine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>--user needs a name</source>
        <translation>--user erwartet einen Namen</translation>
    </message>
    <message>
        <source>--identity needs a private key file</source>
        <translation>--identity erwartet eine private Schlüsseldatei</translation>
    </message>
    <message>
        <source>--known-hosts needs a file</source>
        <translation>--known-hosts erwartet eine Datei</translation>
    </message>
    <message>
        <source>--workspace needs a workspace file</source>
        <translation>--workspace erwartet eine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>--timeout needs seconds from 1 to 3600</source>
        <translation>--timeout erwartet Sekunden von 1 bis 3600</translation>
    </message>
    <message>
        <source>--format needs text or json</source>
        <translation>--format erwartet text oder json</translation>
    </message>
    <message>
        <source>--checks needs a comma-separated list</source>
        <translation>--checks erwartet eine kommagetrennte Liste</translation>
    </message>
    <message>
        <source>--marker needs a remote path</source>
        <translation>--marker erwartet einen entfernten Pfad</translation>
    </message>
    <message>
        <source>--attempts needs a positive number</source>
        <translation>--attempts erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>--interval needs seconds from 0 to 3600</source>
        <translation>--interval erwartet Sekunden von 0 bis 3600</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; for host %2</source>
        <translation>unbekannte Option „%1“ für host %2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (put the command after --)</source>
        <translation>unerwartetes Argument „%1“ (den Befehl nach -- angeben)</translation>
    </message>
    <message>
        <source>no host given</source>
        <translation>kein Host angegeben</translation>
    </message>
    <message>
        <source>no command given after --</source>
        <translation>kein Befehl nach -- angegeben</translation>
    </message>
    <message>
        <source>usage: infradeck-cli host run HOST [OPTIONS] -- COMMAND
       infradeck-cli host check HOST [OPTIONS] [--checks ID,...] [--format text|json]
       infradeck-cli host wait HOST [OPTIONS] [--marker PATH] [--attempts N] [--interval SECONDS]
       infradeck-cli host passphrase [HOST] --identity FILE [--workspace FILE]  (stores the key&apos;s
       passphrase in the keychain; read from the terminal, else one line of stdin)
OPTIONS: --port P --user U --identity FILE --known-hosts FILE --accept-new --timeout SECONDS
         --jump [USER@]HOST[:PORT] (ProxyJump through OpenSSH&apos;s client)
         --workspace FILE (HOST may then be a host name from the workspace)
HOST: [USER@]ADDRESS. Unknown host keys are refused unless --accept-new; changed keys always.
An encrypted identity&apos;s passphrase comes from the keychain (item ssh-passphrase:&lt;absolute key path&gt;,
or the workspace host&apos;s passphrase: keychain:NAME), else it is asked on the terminal.
checks: </source>
        <translation>Aufruf: infradeck-cli host run HOST [OPTIONS] -- COMMAND
        infradeck-cli host check HOST [OPTIONS] [--checks ID,...] [--format text|json]
        infradeck-cli host wait HOST [OPTIONS] [--marker PATH] [--attempts N] [--interval SECONDS]
        infradeck-cli host passphrase [HOST] --identity FILE [--workspace FILE]  (speichert die
        Passphrase des Schlüssels im Schlüsselbund; vom Terminal gelesen, sonst eine Zeile von stdin)
OPTIONS: --port P --user U --identity FILE --known-hosts FILE --accept-new --timeout SECONDS
         --jump [USER@]HOST[:PORT] (ProxyJump über den Client von OpenSSH)
         --workspace FILE (HOST darf dann ein Hostname aus dem Arbeitsbereich sein)
HOST: [USER@]ADDRESS. Unbekannte Host-Schlüssel werden abgelehnt, außer mit --accept-new; geänderte immer.
Die Passphrase einer verschlüsselten Identität kommt aus dem Schlüsselbund (Eintrag ssh-passphrase:&lt;absoluter Schlüsselpfad&gt;,
oder passphrase: keychain:NAME des Hosts im Arbeitsbereich), sonst wird sie im Terminal abgefragt.
Prüfungen: </translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>infradeck-cli: %1 is encrypted and its passphrase is not in the keychain (item %2); store it there or run on a terminal
</source>
        <translation>infradeck-cli: %1 ist verschlüsselt und die Passphrase dazu ist nicht im Schlüsselbund (Eintrag %2); speichern Sie sie dort oder führen Sie den Befehl in einem Terminal aus
</translation>
    </message>
    <message>
        <source>host passphrase needs --identity FILE (or a workspace host with identity:)</source>
        <translation>host passphrase erwartet --identity FILE (oder einen Host im Arbeitsbereich mit identity:)</translation>
    </message>
    <message>
        <source>%1 is not encrypted: it has no passphrase to store</source>
        <translation>%1 ist nicht verschlüsselt: Es gibt keine Passphrase zu speichern</translation>
    </message>
    <message>
        <source>no passphrase given</source>
        <translation>keine Passphrase angegeben</translation>
    </message>
    <message>
        <source>stored the passphrase of %1 in the keychain as %2
</source>
        <translation>Passphrase von %1 im Schlüsselbund als %2 gespeichert
</translation>
    </message>
    <message>
        <source>--jump needs [USER@]HOST[:PORT]</source>
        <translation>--jump erwartet [USER@]HOST[:PORT]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a jump host: --jump needs [USER@]HOST[:PORT]</source>
        <translation>„%1“ ist kein Jump-Host: --jump erwartet [USER@]HOST[:PORT]</translation>
    </message>
</context>
<context>
    <name>Cli::Plan</name>
    <message>
        <source>usage: infradeck-cli plan summary PLAN [--format text|json] [--fail-on high|medium|low] [--rules FILE] [--protected]
       infradeck-cli plan report PLAN -o FILE.md|FILE.html [--fail-on high|medium|low] [--rules FILE] [--protected]</source>
        <translation>Aufruf: infradeck-cli plan summary PLAN [--format text|json] [--fail-on high|medium|low] [--rules FILE] [--protected]
        infradeck-cli plan report PLAN -o FILE.md|FILE.html [--fail-on high|medium|low] [--rules FILE] [--protected]</translation>
    </message>
    <message>
        <source>unknown plan command &quot;%1&quot;</source>
        <translation>unbekannter plan-Befehl „%1“</translation>
    </message>
    <message>
        <source>--format needs text or json</source>
        <translation>--format erwartet text oder json</translation>
    </message>
    <message>
        <source>--fail-on needs high, medium or low</source>
        <translation>--fail-on erwartet high, medium oder low</translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation>-o erwartet einen Dateinamen</translation>
    </message>
    <message>
        <source>--rules needs a YAML file</source>
        <translation>--rules erwartet eine YAML-Datei</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>more than one plan file given</source>
        <translation>mehr als eine Plan-Datei angegeben</translation>
    </message>
    <message>
        <source>no plan file given</source>
        <translation>keine Plan-Datei angegeben</translation>
    </message>
    <message>
        <source>plan report needs -o FILE.md or -o FILE.html</source>
        <translation>plan report erwartet -o FILE.md oder -o FILE.html</translation>
    </message>
    <message>
        <source>cannot tell the report format from &quot;%1&quot;: use .md or .html</source>
        <translation>Berichtsformat aus „%1“ nicht erkennbar: .md oder .html verwenden</translation>
    </message>
</context>
<context>
    <name>Cli::Prom</name>
    <message>
        <source>usage: infradeck-cli prom query URL PROMQL [--range 1h [--step 15s] [--end TIME]] [--time TIME]
                               [--format text|json|csv] [--timeout 30s] [--token-keychain NAME]
       infradeck-cli prom alerts|targets URL [--format text|json] [--token-keychain NAME]
  --range D     a range query over the last D (15m, 1h, 7d); without it an instant query
  --step D      resolution of a range query; default: range / 1000 rounded, never over 11,000 points
  --end/--time  RFC 3339 or Unix seconds; default: now
  --token-keychain NAME
                the keychain entry with the credentials: WORKSPACE/ENVIRONMENT/NAME as the Keys dialog
                lists it (environment * for every environment), or NAME alone when only one entry has it;
                it holds &quot;Bearer TOKEN&quot;, a bare token, or &quot;basic USER:PASSWORD&quot;
  credentials otherwise: $INFRADECK_PROM_TOKEN in the same form, else $INFRADECK_PROMETHEUS_TOKEN (bearer)
                or $INFRADECK_PROMETHEUS_USER and $INFRADECK_PROMETHEUS_PASSWORD (basic); never printed
</source>
        <translation>Aufruf: infradeck-cli prom query URL PROMQL [--range 1h [--step 15s] [--end TIME]] [--time TIME]
                                [--format text|json|csv] [--timeout 30s] [--token-keychain NAME]
        infradeck-cli prom alerts|targets URL [--format text|json] [--token-keychain NAME]
  --range D     eine Bereichsabfrage über die letzten D (15m, 1h, 7d); ohne sie eine Sofortabfrage
  --step D      Auflösung einer Bereichsabfrage; Standard: Bereich / 1000, gerundet, nie über 11.000 Punkte
  --end/--time  RFC 3339 oder Unix-Sekunden; Standard: jetzt
  --token-keychain NAME
                der Schlüsselbund-Eintrag mit den Zugangsdaten: WORKSPACE/ENVIRONMENT/NAME, wie der Dialog
                „Schlüssel“ ihn auflistet (Umgebung * für jede Umgebung), oder nur NAME, wenn nur ein Eintrag so heißt;
                er enthält &quot;Bearer TOKEN&quot;, ein bloßes Token oder &quot;basic USER:PASSWORD&quot;
  Zugangsdaten sonst: $INFRADECK_PROM_TOKEN in derselben Form, sonst $INFRADECK_PROMETHEUS_TOKEN (Bearer)
                oder $INFRADECK_PROMETHEUS_USER und $INFRADECK_PROMETHEUS_PASSWORD (Basic); werden nie ausgegeben
</translation>
    </message>
    <message>
        <source>no keychain entry is named &quot;%1&quot;</source>
        <translation>kein Schlüsselbund-Eintrag heißt „%1“</translation>
    </message>
    <message>
        <source>WORKSPACE/ENVIRONMENT/NAME, or the name of an entry listed in the Keys dialog</source>
        <translation>WORKSPACE/ENVIRONMENT/NAME oder der Name eines im Dialog „Schlüssel“ aufgeführten Eintrags</translation>
    </message>
    <message>
        <source>several keychain entries are named &quot;%1&quot;: %2</source>
        <translation>mehrere Schlüsselbund-Einträge heißen „%1“: %2</translation>
    </message>
    <message>
        <source>one of them in full, as WORKSPACE/ENVIRONMENT/NAME</source>
        <translation>einer davon vollständig, als WORKSPACE/ENVIRONMENT/NAME</translation>
    </message>
    <message>
        <source>the keychain did not answer within 30 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von 30 s geantwortet</translation>
    </message>
    <message>
        <source>$INFRADECK_PROM_TOKEN instead of --token-keychain</source>
        <translation>$INFRADECK_PROM_TOKEN statt --token-keychain</translation>
    </message>
    <message>
        <source>(native histogram, not shown)</source>
        <translation>(natives Histogramm, nicht angezeigt)</translation>
    </message>
    <message>
        <source>(no series)</source>
        <translation>(keine Serien)</translation>
    </message>
    <message>
        <source>missing a verb</source>
        <translation>kein prom-Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot;</source>
        <translation>unbekannter prom-Befehl „%1“</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 erwartet einen Wert</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>expected URL and PROMQL</source>
        <translation>erwartet: URL und PROMQL</translation>
    </message>
    <message>
        <source>expected URL</source>
        <translation>erwartet: URL</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>„%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a duration</source>
        <translation>--timeout: „%1“ ist keine Dauer</translation>
    </message>
    <message>
        <source>--step and --end need --range</source>
        <translation>--step und --end erwarten --range</translation>
    </message>
    <message>
        <source>--time: &quot;%1&quot; is not RFC 3339 or Unix seconds</source>
        <translation>--time: „%1“ ist weder RFC 3339 noch Unix-Sekunden</translation>
    </message>
    <message>
        <source>--range: &quot;%1&quot; is not a duration such as 1h or 30m</source>
        <translation>--range: „%1“ ist keine Dauer wie 1h oder 30m</translation>
    </message>
    <message>
        <source>--end: &quot;%1&quot; is not RFC 3339 or Unix seconds</source>
        <translation>--end: „%1“ ist weder RFC 3339 noch Unix-Sekunden</translation>
    </message>
    <message>
        <source>--step: &quot;%1&quot; is not a duration such as 15s</source>
        <translation>--step: „%1“ ist keine Dauer wie 15s</translation>
    </message>
    <message>
        <source>--step %1 over %2 gives more than 11,000 points per series; use --step %3 or more</source>
        <translation>--step %1 über %2 ergibt mehr als 11.000 Punkte pro Serie; verwenden Sie --step %3 oder mehr</translation>
    </message>
    <message>
        <source>note: %1 series are native histograms, which are not charted or exported as values yet</source>
        <translation>Hinweis: %1 Serien sind native Histogramme, die noch nicht als Diagramm dargestellt oder als Werte exportiert werden</translation>
    </message>
    <message>
        <source>(no alerts)</source>
        <translation>(keine Alarme)</translation>
    </message>
</context>
<context>
    <name>Cli::Sops</name>
    <message>
        <source>usage: infradeck-cli sops decrypt FILE [--identity KEYFILE]
       infradeck-cli sops encrypt FILE [--age RECIPIENT[,...]] [-o OUT]
       infradeck-cli sops set FILE KEYPATH VALUE [--identity KEYFILE]
       infradeck-cli sops recipients FILE [--add RECIPIENT | --remove RECIPIENT | --rotate] [--identity KEYFILE]
       infradeck-cli sops verify FILE [--identity KEYFILE]
       infradeck-cli sops check WORKSPACE
The identity comes from --identity, else $SOPS_AGE_KEY_FILE, else $SOPS_AGE_KEY, else the keychain.</source>
        <translation>Aufruf: infradeck-cli sops decrypt FILE [--identity KEYFILE]
        infradeck-cli sops encrypt FILE [--age RECIPIENT[,...]] [-o OUT]
        infradeck-cli sops set FILE KEYPATH VALUE [--identity KEYFILE]
        infradeck-cli sops recipients FILE [--add RECIPIENT | --remove RECIPIENT | --rotate] [--identity KEYFILE]
        infradeck-cli sops verify FILE [--identity KEYFILE]
        infradeck-cli sops check WORKSPACE
Die Identität kommt aus --identity, sonst $SOPS_AGE_KEY_FILE, sonst $SOPS_AGE_KEY, sonst aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>Option %1 erwartet einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>no age identity: none stored in the keychain</source>
        <translation>keine age-Identität: keine im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>--identity KEYFILE, $SOPS_AGE_KEY_FILE or an identity imported into the keychain</source>
        <translation>--identity KEYFILE, $SOPS_AGE_KEY_FILE oder eine in den Schlüsselbund importierte Identität</translation>
    </message>
    <message>
        <source>--identity KEYFILE or $SOPS_AGE_KEY_FILE</source>
        <translation>--identity KEYFILE oder $SOPS_AGE_KEY_FILE</translation>
    </message>
    <message>
        <source>no age identity in the keychain</source>
        <translation>keine age-Identität im Schlüsselbund</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>no age recipients: give --age RECIPIENT or a .sops.yaml creation rule with age keys</source>
        <translation>keine age-Empfänger: --age RECIPIENT angeben oder eine .sops.yaml-Erstellungsregel mit age-Schlüsseln</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is already SOPS-encrypted</source>
        <translation>die Datei ist bereits mit SOPS verschlüsselt</translation>
    </message>
    <message>
        <source>not an integer</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>an integer (the existing value is type:int)</source>
        <translation>eine ganze Zahl (der vorhandene Wert ist type:int)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>a number (the existing value is type:float)</source>
        <translation>eine Zahl (der vorhandene Wert ist type:float)</translation>
    </message>
    <message>
        <source>not a boolean</source>
        <translation>kein boolescher Wert</translation>
    </message>
    <message>
        <source>true or false (the existing value is type:bool)</source>
        <translation>true oder false (der vorhandene Wert ist type:bool)</translation>
    </message>
    <message>
        <source>invalid key path &quot;%1&quot; (expected [&quot;a&quot;][&quot;b&quot;] or a.b)</source>
        <translation>ungültiger Schlüsselpfad „%1“ (erwartet [&quot;a&quot;][&quot;b&quot;] oder a.b)</translation>
    </message>
    <message>
        <source>give only one of --add, --remove, --rotate</source>
        <translation>nur eines von --add, --remove, --rotate angeben</translation>
    </message>
    <message>
        <source>not a workspace</source>
        <translation>kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1: no required_keys listed</source>
        <translation>%1: keine required_keys angegeben</translation>
    </message>
    <message>
        <source>all %1 required keys present</source>
        <translation>alle %1 erforderlichen Schlüssel vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown sops command &quot;%1&quot;</source>
        <translation>unbekannter sops-Befehl „%1“</translation>
    </message>
    <message>
        <source>the keychain did not answer within 30 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von 30 s geantwortet</translation>
    </message>
</context>
<context>
    <name>Cli::State</name>
    <message>
        <source>usage: infradeck-cli state list STATE [--format text|json]
       infradeck-cli state show STATE ADDRESS [--format text|json]
       infradeck-cli state diff A B [--format text|json] [--ignore FILE.yaml | --no-ignore] [--fail-on-diff]
       infradeck-cli state drift PLAN [--format text|json]
STATE is a terraform.tfstate (v4, legacy v3) or `terraform show -json` output; diff also takes a plan (its prior_state).</source>
        <translation>Aufruf: infradeck-cli state list STATE [--format text|json]
        infradeck-cli state show STATE ADDRESS [--format text|json]
        infradeck-cli state diff A B [--format text|json] [--ignore FILE.yaml | --no-ignore] [--fail-on-diff]
        infradeck-cli state drift PLAN [--format text|json]
STATE ist eine terraform.tfstate (v4, altes v3) oder die Ausgabe von `terraform show -json`; diff nimmt auch einen Plan (dessen prior_state).</translation>
    </message>
    <message>
        <source>format %1</source>
        <translation>Format %1</translation>
    </message>
    <message>
        <source>Terraform %1</source>
        <translation>Terraform %1</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>Serial %1</translation>
    </message>
    <message>
        <source>lineage %1</source>
        <translation>Lineage %1</translation>
    </message>
    <message>
        <source>(deposed %1)</source>
        <translation>(deposed %1)</translation>
    </message>
    <message>
        <source>(tainted)</source>
        <translation>(tainted)</translation>
    </message>
    <message>
        <source>%1 resource instance(s), %2 output(s)</source>
        <translation>%1 Ressourceninstanz(en), %2 Output(s)</translation>
    </message>
    <message>
        <source>unknown state command &quot;%1&quot;</source>
        <translation>unbekannter state-Befehl „%1“</translation>
    </message>
    <message>
        <source>--format needs text or json</source>
        <translation>--format erwartet text oder json</translation>
    </message>
    <message>
        <source>--ignore needs a YAML file</source>
        <translation>--ignore erwartet eine YAML-Datei</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>state show needs a state file and an address</source>
        <translation>state show erwartet eine State-Datei und eine Adresse</translation>
    </message>
    <message>
        <source>state diff needs two files</source>
        <translation>state diff erwartet zwei Dateien</translation>
    </message>
    <message>
        <source>state %1 needs one file</source>
        <translation>state %1 erwartet eine Datei</translation>
    </message>
    <message>
        <source>no resource instance &quot;%1&quot; in the state</source>
        <translation>keine Ressourceninstanz „%1“ im State</translation>
    </message>
    <message>
        <source>an address from `infradeck-cli state list`</source>
        <translation>eine Adresse aus `infradeck-cli state list`</translation>
    </message>
    <message>
        <source>no drift: the refreshed state matches the last applied state
</source>
        <translation>kein Drift: der aktualisierte State entspricht dem zuletzt angewendeten State
</translation>
    </message>
</context>
<context>
    <name>Cost</name>
    <message>
        <source>cannot read the cost history: %1</source>
        <translation>Kostenverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the cost history is not a JSON object (%1)</source>
        <translation>der Kostenverlauf ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>unknown cost history version</source>
        <translation>unbekannte Version des Kostenverlaufs</translation>
    </message>
    <message>
        <source>cannot write the cost history: %1</source>
        <translation>Kostenverlauf kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/Monat</translation>
    </message>
    <message>
        <source>%1/month (%2 → %3)</source>
        <translation>%1/Monat (%2 → %3)</translation>
    </message>
    <message numerus="yes">
        <source>, %n unpriced</source>
        <translation>
            <numerusform>, %n ohne Preis</numerusform>
            <numerusform>, %n ohne Preis</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; names no plan or state file that exists.</source>
        <translation>Umgebung „%1“ nennt keine vorhandene Plan- oder State-Datei.</translation>
    </message>
    <message>
        <source>Budget of &quot;%1&quot; is in %2 but prices are in %3; not checked.</source>
        <translation>Das Budget von „%1“ ist in %2, die Preise aber in %3; nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>Infradeck::AlertsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Active since</source>
        <translation>Aktiv seit</translation>
    </message>
</context>
<context>
    <name>Infradeck::AttributeDiffModel</name>
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
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Infradeck::CompareView</name>
    <message>
        <source>%1 only in %2, %3 only in %4, %5 differ, %6 identical</source>
        <translation>%1 nur in %2, %3 nur in %4, %5 unterschiedlich, %6 identisch</translation>
    </message>
    <message>
        <source>Comparison mode</source>
        <translation>Vergleichsmodus</translation>
    </message>
    <message>
        <source>Compare environments</source>
        <translation>Umgebungen vergleichen</translation>
    </message>
    <message>
        <source>Drift: state vs plan</source>
        <translation>Drift: State vs. Plan</translation>
    </message>
    <message>
        <source>Environment A</source>
        <translation>Umgebung A</translation>
    </message>
    <message>
        <source>Environment B</source>
        <translation>Umgebung B</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation>%1 (geschützt)</translation>
    </message>
    <message>
        <source>Pick two environments.</source>
        <translation>Wählen Sie zwei Umgebungen.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; names no state file.</source>
        <translation>Umgebung „%1“ nennt keine State-Datei.</translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; names no plan file: drift needs a plan.</source>
        <translation>Umgebung „%1“ nennt keine Plan-Datei: Drift erfordert einen Plan.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>State</translation>
    </message>
    <message>
        <source>plan prior_state</source>
        <translation>Plan prior_state</translation>
    </message>
    <message>
        <source>State file vs the plan&apos;s prior_state</source>
        <translation>State-Datei vs. prior_state des Plans</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) drifted</source>
        <translation>
            <numerusform>%n Ressource abgewichen</numerusform>
            <numerusform>%n Ressourcen abgewichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan resource_drift (changed outside Terraform)</source>
        <translation>Plan resource_drift (außerhalb von Terraform geändert)</translation>
    </message>
    <message>
        <source>Comparison failed.</source>
        <translation>Vergleich fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Infradeck::CostEnvironmentModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Within budget (%1 left)</source>
        <translation>Im Budget (%1 übrig)</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Plan delta</source>
        <translation>Plan-Delta</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget check</source>
        <translation>Budgetprüfung</translation>
    </message>
    <message>
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
</context>
<context>
    <name>Infradeck::CostResourceModel</name>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Plan delta</source>
        <translation>Plan-Delta</translation>
    </message>
    <message>
        <source>Price source</source>
        <translation>Preisquelle</translation>
    </message>
</context>
<context>
    <name>Infradeck::CostsView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Workspace monthly total</source>
        <translation>Monatssumme des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Selected environment cost</source>
        <translation>Kosten der gewählten Umgebung</translation>
    </message>
    <message>
        <source>Preview environments against their cap</source>
        <translation>Vorschauumgebungen gegenüber ihrer Obergrenze</translation>
    </message>
    <message>
        <source>Estimating costs</source>
        <translation>Kosten werden geschätzt</translation>
    </message>
    <message>
        <source>Monthly cost per environment by provider</source>
        <translation>Monatliche Kosten je Umgebung nach Provider</translation>
    </message>
    <message>
        <source>Monthly cost by resource type</source>
        <translation>Monatliche Kosten nach Ressourcentyp</translation>
    </message>
    <message>
        <source>Monthly total over time</source>
        <translation>Monatssumme im Zeitverlauf</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Filter resources</source>
        <translation>Ressourcen filtern</translation>
    </message>
    <message>
        <source>Filter by environment, address, type, provider or source…</source>
        <translation>Nach Umgebung, Adresse, Typ, Provider oder Quelle filtern…</translation>
    </message>
    <message>
        <source>Export the resource table to CSV</source>
        <translation>Ressourcentabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Unpriced resources</source>
        <translation>Ressourcen ohne Preis</translation>
    </message>
    <message>
        <source>Unpriced</source>
        <translation>Ohne Preis</translation>
    </message>
    <message>
        <source>Export Costs</source>
        <translation>Kosten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>Schätze…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>%1: %2 (%3) — %4</source>
        <translation>%1: %2 (%3) — %4</translation>
    </message>
    <message>
        <source>Unpriced (%1)</source>
        <translation>Ohne Preis (%1)</translation>
    </message>
    <message>
        <source>No preview (PR) environments.</source>
        <translation>Keine Vorschauumgebungen (PR).</translation>
    </message>
    <message>
        <source>Preview environments (%1): %2 — no cap: none of them has a budget.</source>
        <translation>Vorschauumgebungen (%1): %2 — keine Obergrenze: keine davon hat ein Budget.</translation>
    </message>
    <message>
        <source>OVER the cap by %1</source>
        <translation>Obergrenze um %1 ÜBERSCHRITTEN</translation>
    </message>
    <message>
        <source>under the cap, %1 left</source>
        <translation>unter der Obergrenze, %1 übrig</translation>
    </message>
    <message>
        <source>Preview environments (%1): &lt;b&gt;%2&lt;/b&gt; of a %3 cap — &lt;span style=&apos;color:%4&apos;&gt;&lt;b&gt;%5 %6&lt;/b&gt;&lt;/span&gt;</source>
        <translation>Vorschauumgebungen (%1): &lt;b&gt;%2&lt;/b&gt; von %3 Obergrenze — &lt;span style=&apos;color:%4&apos;&gt;&lt;b&gt;%5 %6&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source> (%n without a budget, not in the cap)</source>
        <translation>
            <numerusform> (%n ohne Budget, nicht in der Obergrenze)</numerusform>
            <numerusform> (%n ohne Budget, nicht in der Obergrenze)</numerusform>
        </translation>
    </message>
    <message>
        <source>over the cap</source>
        <translation>über der Obergrenze</translation>
    </message>
    <message>
        <source>within the cap</source>
        <translation>innerhalb der Obergrenze</translation>
    </message>
    <message>
        <source>%1: not estimated yet</source>
        <translation>%1: noch nicht geschätzt</translation>
    </message>
    <message>
        <source>%1: no estimate</source>
        <translation>%1: keine Schätzung</translation>
    </message>
    <message>
        <source>%1 — plan: %2</source>
        <translation>%1 — Plan: %2</translation>
    </message>
    <message>
        <source>%1 — state: %2</source>
        <translation>%1 — State: %2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Refresh prices</source>
        <translation>Preise aktualisieren</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>Refresh prices from the Hetzner API</source>
        <translation>Preise aus der Hetzner-API aktualisieren</translation>
    </message>
    <message>
        <source>Fetch current Hetzner Cloud prices with the token stored in the keychain.</source>
        <translation>Aktuelle Hetzner-Cloud-Preise mit dem im Schlüsselbund gespeicherten Token abrufen.</translation>
    </message>
    <message>
        <source>Where the prices come from</source>
        <translation>Woher die Preise stammen</translation>
    </message>
    <message>
        <source>Prices are stale</source>
        <translation>Preise sind veraltet</translation>
    </message>
    <message>
        <source>Price refresh status</source>
        <translation>Status der Preisaktualisierung</translation>
    </message>
    <message>
        <source>No environment names a Hetzner token. Add tokens: {hcloud: keychain:NAME} to an environment and store the token in the keychain under NAME.</source>
        <translation>Keine Umgebung nennt ein Hetzner-Token. Fügen Sie einer Umgebung tokens: {hcloud: keychain:NAME} hinzu und speichern Sie das Token im Schlüsselbund unter NAME.</translation>
    </message>
    <message>
        <source>Reading the Hetzner token of &quot;%1&quot; from the keychain…</source>
        <translation>Lese das Hetzner-Token von „%1“ aus dem Schlüsselbund…</translation>
    </message>
    <message>
        <source>Cannot read the Hetzner token: %1</source>
        <translation>Das Hetzner-Token kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Fetching prices from the Hetzner API…</source>
        <translation>Rufe Preise aus der Hetzner-API ab…</translation>
    </message>
    <message>
        <source>Live prices not updated: %1. The estimate keeps the prices shown above.</source>
        <translation>Live-Preise nicht aktualisiert: %1. Die Schätzung behält die oben gezeigten Preise.</translation>
    </message>
    <message>
        <source>Prices updated from the Hetzner API at %1.</source>
        <translation>Preise um %1 aus der Hetzner-API aktualisiert.</translation>
    </message>
    <message>
        <source>Prices updated from the Hetzner API, but: %1</source>
        <translation>Preise aus der Hetzner-API aktualisiert, aber: %1</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <source>Prices: Hetzner API, %1; other providers from the catalog of %2.</source>
        <translation>Preise: Hetzner-API, %1; andere Provider aus dem Katalog vom %2.</translation>
    </message>
    <message>
        <source>Prices: catalog of %1.</source>
        <translation>Preise: Katalog vom %1.</translation>
    </message>
    <message>
        <source>The prices are %1 days old, older than %2 days: refresh them or check the catalog.</source>
        <translation>Die Preise sind %1 Tage alt, älter als %2 Tage: Aktualisieren Sie sie oder prüfen Sie den Katalog.</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>Kostenaufschlüsselung</translation>
    </message>
</context>
<context>
    <name>Infradeck::DiagramView</name>
    <message>
        <source>Topology diagram</source>
        <translation>Topologiediagramm</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependencies</source>
        <translation>
            <numerusform>%n Abhängigkeit</numerusform>
            <numerusform>%n Abhängigkeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>selected: %1</source>
        <translation>ausgewählt: %1</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Layout wird berechnet…</translation>
    </message>
    <message>
        <source>No resources to show</source>
        <translation>Keine Ressourcen anzuzeigen</translation>
    </message>
</context>
<context>
    <name>Infradeck::EnvironmentListModel</name>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Protected: deletes are flagged as high risk</source>
        <translation>Geschützt: Löschungen gelten als hohes Risiko</translation>
    </message>
    <message numerus="yes">
        <source>%n artifact(s) missing</source>
        <translation>
            <numerusform>%n Artefakt fehlt</numerusform>
            <numerusform>%n Artefakte fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>All artifacts present</source>
        <translation>Alle Artefakte vorhanden</translation>
    </message>
    <message>
        <source>%1, protected</source>
        <translation>%1, geschützt</translation>
    </message>
</context>
<context>
    <name>Infradeck::EnvironmentOverview</name>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>No environment selected</source>
        <translation>Keine Umgebung ausgewählt</translation>
    </message>
    <message>
        <source>Open a workspace (Ctrl+O) and pick an environment on the left.</source>
        <translation>Öffnen Sie einen Arbeitsbereich (Strg+O) und wählen Sie links eine Umgebung.</translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation>%1 (geschützt)</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message numerus="yes">
        <source>Created: %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Erstellt: %1 (vor %n Tag)</numerusform>
            <numerusform>Erstellt: %1 (vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget: %1 %2 per month</source>
        <translation>Budget: %1 %2 pro Monat</translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus: %1</translation>
    </message>
    <message>
        <source>Host %1: %2%3:%4</source>
        <translation>Host %1: %2%3:%4</translation>
    </message>
    <message>
        <source>Provider tokens (keychain): %1</source>
        <translation>Provider-Tokens (Schlüsselbund): %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>Infradeck::EnvironmentSummaryModel</name>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Preview environments</source>
        <translation>Vorschauumgebungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) — old</source>
        <translation>
            <numerusform>%n Tag — alt</numerusform>
            <numerusform>%n Tage — alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Age from the state file&apos;s modification time</source>
        <translation>Alter aus der Änderungszeit der State-Datei</translation>
    </message>
    <message numerus="yes">
        <source>Preview environment older than %n day(s): consider destroying it.</source>
        <translation>
            <numerusform>Vorschauumgebung älter als %n Tag: ggf. zerstören.</numerusform>
            <numerusform>Vorschauumgebung älter als %n Tage: ggf. zerstören.</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>State geändert</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Monatskosten</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
</context>
<context>
    <name>Infradeck::EnvironmentsOverview</name>
    <message>
        <source>Reading states</source>
        <translation>States werden gelesen</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>No state file named.</source>
        <translation>Keine State-Datei angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n state file(s)…</source>
        <translation>
            <numerusform>%n State-Datei wird gelesen…</numerusform>
            <numerusform>%n State-Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s), </source>
        <translation>
            <numerusform>%n Umgebung, </numerusform>
            <numerusform>%n Umgebungen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource instance(s) in total</source>
        <translation>
            <numerusform>%n Ressourceninstanz insgesamt</numerusform>
            <numerusform>%n Ressourceninstanzen insgesamt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n preview environment(s) older than %1 days</source>
        <translation>
            <numerusform> · %n Vorschauumgebung älter als %1 Tage</numerusform>
            <numerusform> · %n Vorschauumgebungen älter als %1 Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n without a readable state</source>
        <translation>
            <numerusform> · %n ohne lesbaren State</numerusform>
            <numerusform> · %n ohne lesbaren State</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infradeck::HostKeyDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>The authenticity of host &lt;b&gt;%1&lt;/b&gt; can&apos;t be established. Compare the fingerprint with the one the server&apos;s console or provider shows before trusting it.</source>
        <translation>Die Echtheit des Hosts &lt;b&gt;%1&lt;/b&gt; kann nicht festgestellt werden. Vergleichen Sie den Fingerabdruck mit dem, den die Serverkonsole oder der Provider anzeigt, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>Infradeck::HostListModel</name>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>prüfe…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Ansible inventory</source>
        <translation>Ansible-Inventar</translation>
    </message>
    <message>
        <source>Ansible inventory (%1)</source>
        <translation>Ansible-Inventar (%1)</translation>
    </message>
    <message>
        <source>state</source>
        <translation>State</translation>
    </message>
    <message>
        <source>state (%1)</source>
        <translation>State (%1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Infradeck::HostsView</name>
    <message>
        <source>Run All Checks</source>
        <translation>Alle prüfen</translation>
    </message>
    <message>
        <source>Check Host</source>
        <translation>Host prüfen</translation>
    </message>
    <message>
        <source>Cancel Checks</source>
        <translation>Prüfungen abbrechen</translation>
    </message>
    <message>
        <source>Show Raw Output</source>
        <translation>Rohausgabe anzeigen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checks progress</source>
        <translation>Fortschritt der Prüfungen</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Raw check output</source>
        <translation>Rohausgabe der Prüfung</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Command to run on the selected host…</source>
        <translation>Befehl für den ausgewählten Host…</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>Befehlsausgabe</translation>
    </message>
    <message>
        <source>Hide Raw Output</source>
        <translation>Rohausgabe ausblenden</translation>
    </message>
    <message>
        <source>[session closed]</source>
        <translation>[Sitzung geschlossen]</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>WARNING — %1 was refused: its host key differs from the one in %2. Someone may be intercepting the connection, or the server was rebuilt. Check the new key with the provider, then remove the old line from known_hosts.
%3</source>
        <translation>WARNUNG — %1 wurde abgelehnt: Sein Host-Schlüssel weicht von dem in %2 ab. Jemand könnte die Verbindung abfangen, oder der Server wurde neu aufgesetzt. Prüfen Sie den neuen Schlüssel beim Provider und entfernen Sie dann die alte Zeile aus known_hosts.
%3</translation>
    </message>
    <message>
        <source>[could not run: %1]</source>
        <translation>[konnte nicht ausgeführt werden: %1]</translation>
    </message>
    <message>
        <source>[cancelled after %1 ms]</source>
        <translation>[abgebrochen nach %1 ms]</translation>
    </message>
    <message>
        <source>[killed by signal %1]</source>
        <translation>[durch Signal %1 beendet]</translation>
    </message>
    <message>
        <source>[exit status %1, %2 ms]</source>
        <translation>[Exit-Status %1, %2 ms]</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v von %m Prüfungen</translation>
    </message>
    <message>
        <source>No hosts in this environment.</source>
        <translation>Keine Hosts in dieser Umgebung.</translation>
    </message>
    <message>
        <source>Select a host.</source>
        <translation>Wählen Sie einen Host.</translation>
    </message>
    <message>
        <source> — checked %1</source>
        <translation> — geprüft %1</translation>
    </message>
    <message>
        <source>Select a check to see what the host printed.</source>
        <translation>Wählen Sie eine Prüfung, um die Ausgabe des Hosts zu sehen.</translation>
    </message>
    <message>
        <source>Some hosts could not be read:
%1</source>
        <translation>Einige Hosts konnten nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>The key passphrase is stored in the keychain as %1.</source>
        <translation>Die Schlüssel-Passphrase ist im Schlüsselbund als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The key passphrase could not be stored in the keychain: %1</source>
        <translation>Die Schlüssel-Passphrase konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The key %1 is encrypted. Passphrase:</source>
        <translation>Der Schlüssel %1 ist verschlüsselt. Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Store the passphrase in the keychain</source>
        <translation>Passphrase im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Unlock the key</source>
        <translation>Schlüssel entsperren</translation>
    </message>
</context>
<context>
    <name>Infradeck::InventoryDiffModel</name>
    <message>
        <source>only in A</source>
        <translation>nur in A</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>nur in B</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>unterschiedlich</translation>
    </message>
    <message>
        <source>Root module</source>
        <translation>Root-Modul</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 (%n)</source>
        <translation>
            <numerusform>%1 · %2 (%n)</numerusform>
            <numerusform>%1 · %2 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) differ</source>
        <translation>
            <numerusform>%n Attribut unterschiedlich</numerusform>
            <numerusform>%n Attribute unterschiedlich</numerusform>
        </translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>Outputs (%n)</source>
        <translation>
            <numerusform>Outputs (%n)</numerusform>
            <numerusform>Outputs (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensitive: the value is never shown.</source>
        <translation>Sensibel: Der Wert wird nie angezeigt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Resource / attribute</source>
        <translation>Ressource / Attribut</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
</context>
<context>
    <name>Infradeck::InventoryModel</name>
    <message>
        <source>Root module</source>
        <translation>Root-Modul</translation>
    </message>
    <message>
        <source>(no provider)</source>
        <translation>(kein Provider)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (deposed %2)</source>
        <translation>%1 (deposed %2)</translation>
    </message>
    <message>
        <source>%1 (tainted)</source>
        <translation>%1 (tainted)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>Infradeck::KeysDialog</name>
    <message>
        <source>Import Key File…</source>
        <translation>Schlüsseldatei importieren…</translation>
    </message>
    <message>
        <source>Generate Identity</source>
        <translation>Identität erzeugen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>age Keys in the Keychain</source>
        <translation>age-Schlüssel im Schlüsselbund</translation>
    </message>
    <message>
        <source>Stored identities</source>
        <translation>Gespeicherte Identitäten</translation>
    </message>
    <message>
        <source>Name for a new identity</source>
        <translation>Name für eine neue Identität</translation>
    </message>
    <message>
        <source>Recipient to share</source>
        <translation>Weiterzugebender Empfänger</translation>
    </message>
    <message>
        <source>The recipient (public key) of a new identity appears here</source>
        <translation>Der Empfänger (öffentlicher Schlüssel) einer neuen Identität erscheint hier</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>Import an age Key File</source>
        <translation>age-Schlüsseldatei importieren</translation>
    </message>
    <message>
        <source>age key files (*.txt *.key);;All files (*)</source>
        <translation>age-Schlüsseldateien (*.txt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 (%2 only)</source>
        <translation>%1 (nur %2)</translation>
    </message>
    <message>
        <source>Imported; %1 is no longer needed by Infradeck.</source>
        <translation>Importiert; %1 wird von Infradeck nicht mehr benötigt.</translation>
    </message>
    <message>
        <source>New identity stored. Share the recipient above so files can be encrypted to it.</source>
        <translation>Neue Identität gespeichert. Geben Sie den Empfänger oben weiter, damit Dateien dafür verschlüsselt werden können.</translation>
    </message>
    <message>
        <source>Deleted from the keychain.</source>
        <translation>Aus dem Schlüsselbund gelöscht.</translation>
    </message>
</context>
<context>
    <name>Infradeck::MainWindow</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Infradeck</source>
        <translation>Infradeck</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Feature views</source>
        <translation>Funktionsansichten</translation>
    </message>
    <message>
        <source>Workspace problems</source>
        <translation>Probleme im Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Re&amp;load Workspace</source>
        <translation>Arbeitsbereich &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Focus &amp;Environments</source>
        <translation>&amp;Umgebungen fokussieren</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>&amp;Nächste Ansicht</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>&amp;Vorherige Ansicht</translation>
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
        <source>&amp;About Infradeck</source>
        <translation>Ü&amp;ber Infradeck</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 — Infradeck</source>
        <translation>%1 — Infradeck</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n environment(s)</source>
        <translation>
            <numerusform>%1 · %n Umgebung</numerusform>
            <numerusform>%1 · %n Umgebungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n problem(s)</source>
        <translation>
            <numerusform> · %n Problem</numerusform>
            <numerusform> · %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Infradeck workspace (*.yaml *.yml);;All files (*)</source>
        <translation>Infradeck-Arbeitsbereich (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Infradeck %1&lt;/h3&gt;&lt;p&gt;A local-first control panel for infrastructure as code: plans, state, encrypted credentials, costs and telemetry — offline, no account.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Infradeck %1&lt;/h3&gt;&lt;p&gt;Ein lokales Control Panel für Infrastructure as Code: Pläne, State, verschlüsselte Zugangsdaten, Kosten und Telemetrie — offline, ohne Konto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Infradeck</source>
        <translation>Über Infradeck</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Go to View</source>
        <translation>Zu Ansicht &amp;wechseln</translation>
    </message>
</context>
<context>
    <name>Infradeck::PlanChangeModel</name>
    <message>
        <source>Root module</source>
        <translation>Root-Modul</translation>
    </message>
    <message>
        <source>Drift (changed outside Terraform)</source>
        <translation>Drift (außerhalb von Terraform geändert)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n Änderung)</numerusform>
            <numerusform>%1 (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (moved from %2)</source>
        <translation>%1 (verschoben von %2)</translation>
    </message>
    <message>
        <source> (create first)</source>
        <translation> (erst erstellen)</translation>
    </message>
    <message>
        <source> (destroy first)</source>
        <translation> (erst zerstören)</translation>
    </message>
    <message>
        <source>, import</source>
        <translation>, Import</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Cost/month</source>
        <translation>Kosten/Monat</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>Infradeck::PlanView</name>
    <message>
        <source>Mark All Reviewed</source>
        <translation>Alle als geprüft markieren</translation>
    </message>
    <message>
        <source>Approve Plan</source>
        <translation>Plan freigeben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Hide unchanged</source>
        <translation>Unveränderte ausblenden</translation>
    </message>
    <message>
        <source>Show unchanged attributes</source>
        <translation>Unveränderte Attribute anzeigen</translation>
    </message>
    <message>
        <source>Loading plan</source>
        <translation>Plan wird geladen</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <source>Filter by resource type</source>
        <translation>Nach Ressourcentyp filtern</translation>
    </message>
    <message>
        <source>Search changes</source>
        <translation>Änderungen durchsuchen</translation>
    </message>
    <message>
        <source>Filter by address…</source>
        <translation>Nach Adresse filtern…</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Risk findings</source>
        <translation>Risikobefunde</translation>
    </message>
    <message>
        <source>Attribute diff</source>
        <translation>Attribut-Diff</translation>
    </message>
    <message>
        <source>Change details</source>
        <translation>Änderungsdetails</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Loading canceled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; names no plan file.</source>
        <translation>Umgebung „%1“ nennt keine Plan-Datei.</translation>
    </message>
    <message>
        <source>cannot open plan file: %1</source>
        <translation>Plan-Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <source>Plan could not be read</source>
        <translation>Plan konnte nicht gelesen werden</translation>
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
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>ersetzen</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; drifted</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; abgewichen</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d03b3b&apos;&gt;&lt;b&gt;%1&lt;/b&gt; risk(s), %2 high&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d03b3b&apos;&gt;&lt;b&gt;%1&lt;/b&gt; Risiko/Risiken, %2 hoch&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Terraform reported errors while planning: this plan is incomplete and cannot be applied.</source>
        <translation>Terraform hat beim Planen Fehler gemeldet: Dieser Plan ist unvollständig und kann nicht angewendet werden.</translation>
    </message>
    <message>
        <source>Checking risks and cost…</source>
        <translation>Prüfe Risiken und Kosten…</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Kein Plan</translation>
    </message>
    <message>
        <source>Select a change to see its attribute diff.</source>
        <translation>Wählen Sie eine Änderung, um ihren Attribut-Diff zu sehen.</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>Drift: %1</translation>
    </message>
    <message>
        <source>destroy the old object, then create the new one (downtime between the two)</source>
        <translation>altes Objekt zerstören, dann das neue erstellen (Ausfallzeit dazwischen)</translation>
    </message>
    <message>
        <source>create the new object before destroying the old one</source>
        <translation>neues Objekt erstellen, bevor das alte zerstört wird</translation>
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
        <source>%1 of %2 reviewed</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <source>Record your approval of this exact plan file (SHA-256)</source>
        <translation>Ihre Freigabe genau dieser Plan-Datei festhalten (SHA-256)</translation>
    </message>
    <message>
        <source>Review every change first</source>
        <translation>Prüfen Sie zuerst jede Änderung</translation>
    </message>
    <message>
        <source>⚠ The plan file changed since %1 approved it on %2: its SHA-256 differs from the approved one. Review it again.</source>
        <translation>⚠ Die Plan-Datei hat sich geändert, seit %1 sie am %2 freigegeben hat: Ihr SHA-256 weicht vom freigegebenen ab. Prüfen Sie sie erneut.</translation>
    </message>
    <message>
        <source>✔ Approved by %1 on %2 (SHA-256 %3…)</source>
        <translation>✔ Freigegeben von %1 am %2 (SHA-256 %3…)</translation>
    </message>
</context>
<context>
    <name>Infradeck::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>Eine neue Sprache wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Default environment</source>
        <translation>Standardumgebung</translation>
    </message>
    <message>
        <source>The first environment</source>
        <translation>Die erste Umgebung</translation>
    </message>
    <message>
        <source>Open a workspace to choose its default environment.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Standardumgebung zu wählen.</translation>
    </message>
    <message>
        <source>Selected when %1 is opened.</source>
        <translation>Wird beim Öffnen von %1 ausgewählt.</translation>
    </message>
    <message>
        <source>Telemetry auto-refresh</source>
        <translation>Auto-Aktualisierung der Telemetrie</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every 5 seconds</source>
        <translation>Alle 5 Sekunden</translation>
    </message>
    <message>
        <source>Every 10 seconds</source>
        <translation>Alle 10 Sekunden</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>Alle 30 Sekunden</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <source>Host reachability checks</source>
        <translation>Erreichbarkeitsprüfungen der Hosts</translation>
    </message>
    <message>
        <source>Runs the host checks again while the Hosts view is shown.</source>
        <translation>Führt die Host-Prüfungen erneut aus, solange die Ansicht „Hosts“ angezeigt wird.</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Clipboard timeout in seconds</source>
        <translation>Zeitlimit der Zwischenablage in Sekunden</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Prüfe den Schlüsselbund…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Default &amp;environment:</source>
        <translation>Standard&amp;umgebung:</translation>
    </message>
    <message>
        <source>Telemetry &amp;auto-refresh:</source>
        <translation>&amp;Auto-Aktualisierung der Telemetrie:</translation>
    </message>
    <message>
        <source>&amp;Host checks:</source>
        <translation>&amp;Host-Prüfungen:</translation>
    </message>
    <message>
        <source>Clear copied secrets after (&amp;seconds):</source>
        <translation>Kopierte Secrets leeren nach (Se&amp;kunden):</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Secret Service:</source>
        <translation>Secret Service:</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::ResourcesView</name>
    <message>
        <source>Show in Diagram</source>
        <translation>Im Diagramm zeigen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Loading state</source>
        <translation>State wird geladen</translation>
    </message>
    <message>
        <source>Group resources by</source>
        <translation>Ressourcen gruppieren nach</translation>
    </message>
    <message>
        <source>Group by module</source>
        <translation>Nach Modul gruppieren</translation>
    </message>
    <message>
        <source>Group by type</source>
        <translation>Nach Typ gruppieren</translation>
    </message>
    <message>
        <source>Group by provider</source>
        <translation>Nach Provider gruppieren</translation>
    </message>
    <message>
        <source>Filter by resource type</source>
        <translation>Nach Ressourcentyp filtern</translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation>Ressourcen durchsuchen</translation>
    </message>
    <message>
        <source>Filter by address, provider or id…</source>
        <translation>Nach Adresse, Provider oder ID filtern…</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Show a value masked because it looks secret. Values the schema marks sensitive are never shown.</source>
        <translation>Einen Wert anzeigen, der maskiert ist, weil er geheim aussieht. Werte, die das Schema als sensibel markiert, werden nie angezeigt.</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; names no state file.</source>
        <translation>Umgebung „%1“ nennt keine State-Datei.</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>State not loaded</source>
        <translation>State nicht geladen</translation>
    </message>
    <message>
        <source>Could not read the state: %1</source>
        <translation>State konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n resource instance(s), %1 output(s) · Terraform %2 · serial %3 · lineage %4 · %5</source>
        <translation>
            <numerusform>%n Ressourceninstanz, %1 Output(s) · Terraform %2 · Serial %3 · Lineage %4 · %5</numerusform>
            <numerusform>%n Ressourceninstanzen, %1 Output(s) · Terraform %2 · Serial %3 · Lineage %4 · %5</numerusform>
        </translation>
    </message>
    <message>
        <source>No state</source>
        <translation>Kein State</translation>
    </message>
    <message>
        <source>Select a resource</source>
        <translation>Wählen Sie eine Ressource</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>Tainted</source>
        <translation>Tainted</translation>
    </message>
    <message>
        <source>Deposed object %1</source>
        <translation>Deposed-Objekt %1</translation>
    </message>
    <message>
        <source>Depends on: %1</source>
        <translation>Hängt ab von: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>Ressourcendetails</translation>
    </message>
</context>
<context>
    <name>Infradeck::SecretsModel</name>
    <message>
        <source>not an integer</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>an integer (type int is kept)</source>
        <translation>eine ganze Zahl (Typ int bleibt erhalten)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>a number (type float is kept)</source>
        <translation>eine Zahl (Typ float bleibt erhalten)</translation>
    </message>
    <message>
        <source>not a boolean</source>
        <translation>kein boolescher Wert</translation>
    </message>
    <message>
        <source>true or false (type bool is kept)</source>
        <translation>true oder false (Typ bool bleibt erhalten)</translation>
    </message>
    <message>
        <source>changed, not saved yet</source>
        <translation>geändert, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>encrypted in the file</source>
        <translation>in der Datei verschlüsselt</translation>
    </message>
    <message>
        <source>stored in clear text in the file</source>
        <translation>im Klartext in der Datei gespeichert</translation>
    </message>
    <message>
        <source>value shown</source>
        <translation>Wert angezeigt</translation>
    </message>
    <message>
        <source>hidden value</source>
        <translation>verborgener Wert</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>no such key</source>
        <translation>kein solcher Schlüssel</translation>
    </message>
    <message>
        <source>empty key name</source>
        <translation>leerer Schlüsselname</translation>
    </message>
    <message>
        <source>the key %1 already exists</source>
        <translation>der Schlüssel %1 existiert bereits</translation>
    </message>
</context>
<context>
    <name>Infradeck::SecretsView</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open with Key File…</source>
        <translation>Mit Schlüsseldatei öffnen…</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation>Schlüssel…</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Add Key…</source>
        <translation>Schlüssel hinzufügen…</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>SOPS files</source>
        <translation>SOPS-Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Decryptable</source>
        <translation>Entschlüsselbar</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Keys and values</source>
        <translation>Schlüssel und Werte</translation>
    </message>
    <message>
        <source>Show the selected value for %1 seconds</source>
        <translation>Den ausgewählten Wert %1 Sekunden lang anzeigen</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Key name:</source>
        <translation>Schlüsselname:</translation>
    </message>
    <message>
        <source>Value of %1:</source>
        <translation>Wert von %1:</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save these changes to %1?</source>
        <translation>Diese Änderungen in %1 speichern?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Choose an age Key File</source>
        <translation>age-Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>age key files (*.txt *.key);;All files (*)</source>
        <translation>age-Schlüsseldateien (*.txt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>stored identity</source>
        <translation>gespeicherte Identität</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>demo key</source>
        <translation>Demo-Schlüssel</translation>
    </message>
    <message>
        <source>no key here</source>
        <translation>kein Schlüssel hier</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no age identity to open this file: import one with Keys… or use Open with Key File…</source>
        <translation>keine age-Identität zum Öffnen dieser Datei: Importieren Sie eine über „Schlüssel…“ oder verwenden Sie „Mit Schlüsseldatei öffnen…“</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>MAC mismatch</source>
        <translation>MAC stimmt nicht</translation>
    </message>
    <message>
        <source>MAC ok</source>
        <translation>MAC ok</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n value(s)</source>
        <translation>
            <numerusform>%1 — %n Wert</numerusform>
            <numerusform>%1 — %n Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1; values are hidden until you reveal one.</source>
        <translation>%1 geöffnet; Werte bleiben verborgen, bis Sie einen anzeigen.</translation>
    </message>
    <message>
        <source>added %1 = %2</source>
        <translation>%1 = %2 hinzugefügt</translation>
    </message>
    <message>
        <source>changed %1: %2 → %2</source>
        <translation>%1 geändert: %2 → %2</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Copied %1; the clipboard is cleared in %2 seconds.</source>
        <translation>%1 kopiert; die Zwischenablage wird in %2 Sekunden geleert.</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened; your changes were not saved. Copy them, then open the file again.</source>
        <translation>%1 wurde seit dem Öffnen auf der Festplatte geändert; Ihre Änderungen wurden nicht gespeichert. Kopieren Sie sie und öffnen Sie die Datei erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n change(s)).</source>
        <translation>
            <numerusform>%1 gespeichert (%n Änderung).</numerusform>
            <numerusform>%1 gespeichert (%n Änderungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <source>Copy the selected value; the clipboard is cleared after %1 s</source>
        <translation>Den ausgewählten Wert kopieren; die Zwischenablage wird nach %1 s geleert</translation>
    </message>
</context>
<context>
    <name>Infradeck::StateValueModel</name>
    <message>
        <source>revealed</source>
        <translation>angezeigt</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensibel</translation>
    </message>
    <message>
        <source>Masked because the name or value looks secret; use Reveal to show it.</source>
        <translation>Maskiert, weil Name oder Wert geheim aussieht; mit „Anzeigen“ einblenden.</translation>
    </message>
    <message>
        <source>Marked sensitive by the provider schema or configuration; never shown.</source>
        <translation>Vom Provider-Schema oder der Konfiguration als sensibel markiert; wird nie angezeigt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Infradeck::TargetsModel</name>
    <message>
        <source>Scraped %1 in %2 s, every %3</source>
        <translation>Letzter Scrape %1 in %2 s, alle %3</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Last scrape</source>
        <translation>Letzter Scrape</translation>
    </message>
</context>
<context>
    <name>Infradeck::TelemetryPanel</name>
    <message>
        <source>not loaded yet</source>
        <translation>noch nicht geladen</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>lädt…</translation>
    </message>
    <message numerus="yes">
        <source>%n native histogram series: not charted yet</source>
        <translation>
            <numerusform>%n native Histogramm-Serie: noch nicht als Diagramm dargestellt</numerusform>
            <numerusform>%n native Histogramm-Serien: noch nicht als Diagramm dargestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>no data in this time range</source>
        <translation>keine Daten in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>Infradeck::TelemetryView</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 3 hours</source>
        <translation>Letzte 3 Stunden</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>Letzte 12 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translation>Letzte 2 Tage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>Auto-Aktualisierung aus</translation>
    </message>
    <message>
        <source>Every 5 s</source>
        <translation>Alle 5 s</translation>
    </message>
    <message>
        <source>Every 10 s</source>
        <translation>Alle 10 s</translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation>Alle 30 s</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firing alerts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aktive Alarme&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Targets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Targets&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No environment selected.</source>
        <translation>Keine Umgebung ausgewählt.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <source>no Prometheus URL</source>
        <translation>keine Prometheus-URL</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; names no Prometheus server: add `prometheus: URL` to it in the workspace file.</source>
        <translation>Die Umgebung „%1“ nennt keinen Prometheus-Server: Fügen Sie ihr in der Arbeitsbereichsdatei `prometheus: URL` hinzu.</translation>
    </message>
    <message>
        <source>The start of the time range must come before its end.</source>
        <translation>Der Beginn des Zeitraums muss vor seinem Ende liegen.</translation>
    </message>
    <message>
        <source>Loading %1 … %2</source>
        <translation>Lade %1 … %2</translation>
    </message>
    <message>
        <source>Updated %1 — %2 of %3 panels failed</source>
        <translation>Aktualisiert %1 — %2 von %3 Panels fehlgeschlagen</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>reading the Prometheus credentials from the keychain…</source>
        <translation>lese die Prometheus-Zugangsdaten aus dem Schlüsselbund…</translation>
    </message>
    <message>
        <source>Reading the Prometheus credentials &quot;%1&quot; from the keychain…</source>
        <translation>Lese die Prometheus-Zugangsdaten „%1“ aus dem Schlüsselbund…</translation>
    </message>
    <message>
        <source>Cannot use the Prometheus credentials: %1</source>
        <translation>Die Prometheus-Zugangsdaten können nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Start of the time range</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>End of the time range</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Auto-refresh interval</source>
        <translation>Intervall der Auto-Aktualisierung</translation>
    </message>
    <message>
        <source>Refresh the charts</source>
        <translation>Diagramme aktualisieren</translation>
    </message>
    <message>
        <source>Firing alerts</source>
        <translation>Aktive Alarme</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Cannot load the alerts: %1</source>
        <translation>Alarme können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No alerts firing.</source>
        <translation>Keine aktiven Alarme.</translation>
    </message>
    <message>
        <source>%1 firing, %2 pending.</source>
        <translation>%1 aktiv, %2 ausstehend.</translation>
    </message>
    <message>
        <source>Cannot load the targets: %1</source>
        <translation>Targets können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 targets are down.</source>
        <translation>%1 von %2 Targets sind nicht erreichbar.</translation>
    </message>
    <message>
        <source>All %1 targets are up.</source>
        <translation>Alle %1 Targets sind erreichbar.</translation>
    </message>
    <message>
        <source>Dashboard panels</source>
        <translation>Dashboard-Panels</translation>
    </message>
    <message>
        <source>The target is up.</source>
        <translation>Das Target ist erreichbar.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop control panel for infrastructure as code</source>
        <translation>Desktop-Control-Panel für Infrastructure as Code</translation>
    </message>
    <message>
        <source>Workspace file (infradeck.yaml) to open</source>
        <translation>Zu öffnende Arbeitsbereichsdatei (infradeck.yaml)</translation>
    </message>
    <message>
        <source>Smoke test: no workspace given and no bundled demo found.</source>
        <translation>Smoke-Test: kein Arbeitsbereich angegeben und keine mitgelieferte Demo gefunden.</translation>
    </message>
    <message>
        <source>Smoke test: could not open the workspace %1.</source>
        <translation>Smoke-Test: Arbeitsbereich %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Smoke test: %1 did not finish loading within %2 seconds.</source>
        <translation>Smoke-Test: %1 wurde nicht innerhalb von %2 Sekunden fertig geladen.</translation>
    </message>
    <message numerus="yes">
        <source>Smoke test: %1 loaded in %2 ms with %n environment(s), %3 problem(s), language %4.</source>
        <translation>
            <numerusform>Smoke-Test: %1 in %2 ms geladen mit %n Umgebung, %3 Problem(en), Sprache %4.</numerusform>
            <numerusform>Smoke-Test: %1 in %2 ms geladen mit %n Umgebungen, %3 Problem(en), Sprache %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the workspace, wait until it has loaded, print a summary and exit.</source>
        <translation>Arbeitsbereich öffnen, warten bis er geladen ist, eine Zusammenfassung ausgeben und beenden.</translation>
    </message>
</context>
</TS>
