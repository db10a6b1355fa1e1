<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <source>cannot write: %1</source>
        <translation>impossible d’écrire&#xa0;: %1</translation>
    </message>
    <message>
        <source>--depth needs a whole number &gt;= 0</source>
        <translation>--depth attend un nombre entier &gt;= 0</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no resource &quot;%1&quot; in the diagram</source>
        <translation>aucune ressource &quot;%1&quot; dans le diagramme</translation>
    </message>
    <message>
        <source>cannot write PNG: %1</source>
        <translation>impossible d’écrire le PNG&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 nodes, %2 edges → %3</source>
        <translation>%1 nœuds, %2 arêtes → %3</translation>
    </message>
</context>
<context>
    <name>Cli::Host</name>
    <message>
        <source>infradeck-cli: adding %1 %2 %3 to %4
</source>
        <translation>infradeck-cli&#xa0;: ajout de %1 %2 %3 à %4
</translation>
    </message>
    <message>
        <source>infradeck-cli: the host key of %1 is unknown (%2 %3); not connecting. Check the fingerprint and re-run with --accept-new to add it to %4
</source>
        <translation>infradeck-cli&#xa0;: la clé d’hôte de %1 est inconnue (%2 %3)&#xa0;; pas de connexion. Vérifiez l’empreinte et relancez avec --accept-new pour l’ajouter à %4
</translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot;</source>
        <translation>vérification inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>attempt %1/%2: %3
</source>
        <translation>tentative %1/%2&#xa0;: %3
</translation>
    </message>
    <message>
        <source>%1 is reachable (attempt %2)
</source>
        <translation>%1 est joignable (tentative %2)
</translation>
    </message>
    <message>
        <source>unknown host command &quot;%1&quot;</source>
        <translation>commande host inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only host run takes a command after --</source>
        <translation>seul host run accepte une commande après --</translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535</source>
        <translation>--port attend un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>--user needs a name</source>
        <translation>--user attend un nom</translation>
    </message>
    <message>
        <source>--identity needs a private key file</source>
        <translation>--identity attend un fichier de clé privée</translation>
    </message>
    <message>
        <source>--known-hosts needs a file</source>
        <translation>--known-hosts attend un fichier</translation>
    </message>
    <message>
        <source>--workspace needs a workspace file</source>
        <translation>--workspace attend un fichier d’espace de travail</translation>
    </message>
    <message>
        <source>--timeout needs seconds from 1 to 3600</source>
        <translation>--timeout attend un nombre de secondes de 1 à 3600</translation>
    </message>
    <message>
        <source>--format needs text or json</source>
        <translation>--format attend text ou json</translation>
    </message>
    <message>
        <source>--checks needs a comma-separated list</source>
        <translation>--checks attend une liste séparée par des virgules</translation>
    </message>
    <message>
        <source>--marker needs a remote path</source>
        <translation>--marker attend un chemin distant</translation>
    </message>
    <message>
        <source>--attempts needs a positive number</source>
        <translation>--attempts attend un nombre positif</translation>
    </message>
    <message>
        <source>--interval needs seconds from 0 to 3600</source>
        <translation>--interval attend un nombre de secondes de 0 à 3600</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; for host %2</source>
        <translation>option inconnue &quot;%1&quot; pour host %2</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (put the command after --)</source>
        <translation>argument inattendu &quot;%1&quot; (placez la commande après --)</translation>
    </message>
    <message>
        <source>no host given</source>
        <translation>aucun hôte indiqué</translation>
    </message>
    <message>
        <source>no command given after --</source>
        <translation>aucune commande indiquée après --</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>infradeck-cli: %1 is encrypted and its passphrase is not in the keychain (item %2); store it there or run on a terminal
</source>
        <translation>infradeck-cli&#xa0;: %1 est chiffré et sa phrase de passe n’est pas dans le trousseau (élément %2)&#xa0;; stockez-la dans le trousseau ou lancez la commande dans un terminal
</translation>
    </message>
    <message>
        <source>--jump needs [USER@]HOST[:PORT]</source>
        <translation>--jump attend [USER@]HOST[:PORT]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a jump host: --jump needs [USER@]HOST[:PORT]</source>
        <translation>&quot;%1&quot; n’est pas un hôte de rebond&#xa0;: --jump attend [USER@]HOST[:PORT]</translation>
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
        <translation>utilisation&#xa0;: infradeck-cli host run HOST [OPTIONS] -- COMMAND
       infradeck-cli host check HOST [OPTIONS] [--checks ID,...] [--format text|json]
       infradeck-cli host wait HOST [OPTIONS] [--marker PATH] [--attempts N] [--interval SECONDS]
       infradeck-cli host passphrase [HOST] --identity FILE [--workspace FILE]  (stocke la phrase de passe
       de la clé dans le trousseau&#xa0;; lue dans le terminal, sinon sur une ligne de l’entrée standard)
OPTIONS&#xa0;: --port P --user U --identity FILE --known-hosts FILE --accept-new --timeout SECONDS
         --jump [USER@]HOST[:PORT] (ProxyJump via le client d’OpenSSH)
         --workspace FILE (HOST peut alors être un nom d’hôte de l’espace de travail)
HOST&#xa0;: [USER@]ADDRESS. Les clés d’hôte inconnues sont refusées sauf avec --accept-new&#xa0;; les clés modifiées le sont toujours.
La phrase de passe d’une identité chiffrée vient du trousseau (élément ssh-passphrase:&lt;chemin absolu de la clé&gt;,
ou passphrase: keychain:NAME de l’hôte de l’espace de travail), sinon elle est demandée dans le terminal.
vérifications&#xa0;: </translation>
    </message>
    <message>
        <source>host passphrase needs --identity FILE (or a workspace host with identity:)</source>
        <translation>host passphrase exige --identity FILE (ou un hôte de l’espace de travail avec identity:)</translation>
    </message>
    <message>
        <source>%1 is not encrypted: it has no passphrase to store</source>
        <translation>%1 n’est pas chiffré&#xa0;: il n’a aucune phrase de passe à stocker</translation>
    </message>
    <message>
        <source>no passphrase given</source>
        <translation>aucune phrase de passe fournie</translation>
    </message>
    <message>
        <source>stored the passphrase of %1 in the keychain as %2
</source>
        <translation>phrase de passe de %1 stockée dans le trousseau sous le nom %2
</translation>
    </message>
</context>
<context>
    <name>Cli::Plan</name>
    <message>
        <source>usage: infradeck-cli plan summary PLAN [--format text|json] [--fail-on high|medium|low] [--rules FILE] [--protected]
       infradeck-cli plan report PLAN -o FILE.md|FILE.html [--fail-on high|medium|low] [--rules FILE] [--protected]</source>
        <translation>utilisation&#xa0;: infradeck-cli plan summary PLAN [--format text|json] [--fail-on high|medium|low] [--rules FILE] [--protected]
       infradeck-cli plan report PLAN -o FILE.md|FILE.html [--fail-on high|medium|low] [--rules FILE] [--protected]</translation>
    </message>
    <message>
        <source>unknown plan command &quot;%1&quot;</source>
        <translation>commande plan inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format needs text or json</source>
        <translation>--format attend text ou json</translation>
    </message>
    <message>
        <source>--fail-on needs high, medium or low</source>
        <translation>--fail-on attend high, medium ou low</translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation>-o attend un nom de fichier</translation>
    </message>
    <message>
        <source>--rules needs a YAML file</source>
        <translation>--rules attend un fichier YAML</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>more than one plan file given</source>
        <translation>plus d’un fichier de plan indiqué</translation>
    </message>
    <message>
        <source>no plan file given</source>
        <translation>aucun fichier de plan indiqué</translation>
    </message>
    <message>
        <source>plan report needs -o FILE.md or -o FILE.html</source>
        <translation>plan report attend -o FILE.md ou -o FILE.html</translation>
    </message>
    <message>
        <source>cannot tell the report format from &quot;%1&quot;: use .md or .html</source>
        <translation>impossible de déduire le format du rapport de &quot;%1&quot;&#xa0;: utilisez .md ou .html</translation>
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
        <translation>utilisation&#xa0;: infradeck-cli prom query URL PROMQL [--range 1h [--step 15s] [--end TIME]] [--time TIME]
                               [--format text|json|csv] [--timeout 30s] [--token-keychain NAME]
       infradeck-cli prom alerts|targets URL [--format text|json] [--token-keychain NAME]
  --range D     une requête de plage couvrant la durée D écoulée (15m, 1h, 7d)&#xa0;; sans elle, une requête instantanée
  --step D      résolution d’une requête de plage&#xa0;; par défaut&#xa0;: plage / 1000 arrondi, jamais plus de 11&#xa0;000 points
  --end/--time  RFC 3339 ou secondes Unix&#xa0;; par défaut&#xa0;: maintenant
  --token-keychain NAME
                l’entrée du trousseau contenant les identifiants&#xa0;: WORKSPACE/ENVIRONMENT/NAME comme le dialogue Clés
                la liste (environnement * pour tous les environnements), ou NAME seul si une seule entrée porte ce nom&#xa0;;
                elle contient &quot;Bearer TOKEN&quot;, un jeton seul ou &quot;basic USER:PASSWORD&quot;
  sinon, identifiants&#xa0;: $INFRADECK_PROM_TOKEN sous la même forme, sinon $INFRADECK_PROMETHEUS_TOKEN (bearer)
                ou $INFRADECK_PROMETHEUS_USER et $INFRADECK_PROMETHEUS_PASSWORD (basic)&#xa0;; jamais affichés
</translation>
    </message>
    <message>
        <source>no keychain entry is named &quot;%1&quot;</source>
        <translation>aucune entrée du trousseau ne s’appelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>WORKSPACE/ENVIRONMENT/NAME, or the name of an entry listed in the Keys dialog</source>
        <translation>WORKSPACE/ENVIRONMENT/NAME, ou le nom d’une entrée listée dans le dialogue Clés</translation>
    </message>
    <message>
        <source>several keychain entries are named &quot;%1&quot;: %2</source>
        <translation>plusieurs entrées du trousseau s’appellent &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>one of them in full, as WORKSPACE/ENVIRONMENT/NAME</source>
        <translation>l’une d’elles en entier, sous la forme WORKSPACE/ENVIRONMENT/NAME</translation>
    </message>
    <message>
        <source>the keychain did not answer within 30 s</source>
        <translation>le trousseau n’a pas répondu en 30 s</translation>
    </message>
    <message>
        <source>$INFRADECK_PROM_TOKEN instead of --token-keychain</source>
        <translation>$INFRADECK_PROM_TOKEN au lieu de --token-keychain</translation>
    </message>
    <message>
        <source>(native histogram, not shown)</source>
        <translation>(histogramme natif, non affiché)</translation>
    </message>
    <message>
        <source>(no series)</source>
        <translation>(aucune série)</translation>
    </message>
    <message>
        <source>missing a verb</source>
        <translation>verbe manquant</translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot;</source>
        <translation>verbe inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected URL and PROMQL</source>
        <translation>URL et PROMQL attendus</translation>
    </message>
    <message>
        <source>expected URL</source>
        <translation>URL attendue</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>format inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>&quot;%1&quot; n’est pas une URL http(s)</translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a duration</source>
        <translation>--timeout&#xa0;: &quot;%1&quot; n’est pas une durée</translation>
    </message>
    <message>
        <source>--step and --end need --range</source>
        <translation>--step et --end nécessitent --range</translation>
    </message>
    <message>
        <source>--time: &quot;%1&quot; is not RFC 3339 or Unix seconds</source>
        <translation>--time&#xa0;: &quot;%1&quot; n’est ni RFC 3339 ni des secondes Unix</translation>
    </message>
    <message>
        <source>--range: &quot;%1&quot; is not a duration such as 1h or 30m</source>
        <translation>--range&#xa0;: &quot;%1&quot; n’est pas une durée telle que 1h ou 30m</translation>
    </message>
    <message>
        <source>--end: &quot;%1&quot; is not RFC 3339 or Unix seconds</source>
        <translation>--end&#xa0;: &quot;%1&quot; n’est ni RFC 3339 ni des secondes Unix</translation>
    </message>
    <message>
        <source>--step: &quot;%1&quot; is not a duration such as 15s</source>
        <translation>--step&#xa0;: &quot;%1&quot; n’est pas une durée telle que 15s</translation>
    </message>
    <message>
        <source>--step %1 over %2 gives more than 11,000 points per series; use --step %3 or more</source>
        <translation>--step %1 sur %2 donne plus de 11&#xa0;000 points par série&#xa0;; utilisez --step %3 ou plus</translation>
    </message>
    <message>
        <source>note: %1 series are native histograms, which are not charted or exported as values yet</source>
        <translation>remarque&#xa0;: %1 séries sont des histogrammes natifs, qui ne sont pas encore représentés ni exportés comme valeurs</translation>
    </message>
    <message>
        <source>(no alerts)</source>
        <translation>(aucune alerte)</translation>
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
        <translation>utilisation&#xa0;: infradeck-cli sops decrypt FILE [--identity KEYFILE]
       infradeck-cli sops encrypt FILE [--age RECIPIENT[,...]] [-o OUT]
       infradeck-cli sops set FILE KEYPATH VALUE [--identity KEYFILE]
       infradeck-cli sops recipients FILE [--add RECIPIENT | --remove RECIPIENT | --rotate] [--identity KEYFILE]
       infradeck-cli sops verify FILE [--identity KEYFILE]
       infradeck-cli sops check WORKSPACE
L’identité vient de --identity, sinon de $SOPS_AGE_KEY_FILE, sinon de $SOPS_AGE_KEY, sinon du trousseau.</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l’option %1 attend une valeur</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>no age identity: none stored in the keychain</source>
        <translation>aucune identité age&#xa0;: aucune n’est stockée dans le trousseau</translation>
    </message>
    <message>
        <source>--identity KEYFILE, $SOPS_AGE_KEY_FILE or an identity imported into the keychain</source>
        <translation>--identity KEYFILE, $SOPS_AGE_KEY_FILE ou une identité importée dans le trousseau</translation>
    </message>
    <message>
        <source>--identity KEYFILE or $SOPS_AGE_KEY_FILE</source>
        <translation>--identity KEYFILE ou $SOPS_AGE_KEY_FILE</translation>
    </message>
    <message>
        <source>no age identity in the keychain</source>
        <translation>aucune identité age dans le trousseau</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>no age recipients: give --age RECIPIENT or a .sops.yaml creation rule with age keys</source>
        <translation>aucun destinataire age&#xa0;: indiquez --age RECIPIENT ou une règle de création .sops.yaml avec des clés age</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d’ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is already SOPS-encrypted</source>
        <translation>le fichier est déjà chiffré par SOPS</translation>
    </message>
    <message>
        <source>not an integer</source>
        <translation>pas un entier</translation>
    </message>
    <message>
        <source>an integer (the existing value is type:int)</source>
        <translation>un entier (la valeur existante est type:int)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>a number (the existing value is type:float)</source>
        <translation>un nombre (la valeur existante est type:float)</translation>
    </message>
    <message>
        <source>not a boolean</source>
        <translation>pas un booléen</translation>
    </message>
    <message>
        <source>true or false (the existing value is type:bool)</source>
        <translation>true ou false (la valeur existante est type:bool)</translation>
    </message>
    <message>
        <source>invalid key path &quot;%1&quot; (expected [&quot;a&quot;][&quot;b&quot;] or a.b)</source>
        <translation>chemin de clé invalide &quot;%1&quot; (attendu&#xa0;: [&quot;a&quot;][&quot;b&quot;] ou a.b)</translation>
    </message>
    <message>
        <source>give only one of --add, --remove, --rotate</source>
        <translation>indiquez une seule option parmi --add, --remove, --rotate</translation>
    </message>
    <message>
        <source>not a workspace</source>
        <translation>pas un espace de travail</translation>
    </message>
    <message>
        <source>%1: no required_keys listed</source>
        <translation>%1&#xa0;: aucune clé required_keys listée</translation>
    </message>
    <message>
        <source>all %1 required keys present</source>
        <translation>les %1 clés requises sont toutes présentes</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown sops command &quot;%1&quot;</source>
        <translation>commande sops inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the keychain did not answer within 30 s</source>
        <translation>le trousseau n’a pas répondu en 30 s</translation>
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
        <translation>utilisation&#xa0;: infradeck-cli state list STATE [--format text|json]
       infradeck-cli state show STATE ADDRESS [--format text|json]
       infradeck-cli state diff A B [--format text|json] [--ignore FILE.yaml | --no-ignore] [--fail-on-diff]
       infradeck-cli state drift PLAN [--format text|json]
STATE est un terraform.tfstate (v4, ancien v3) ou la sortie de `terraform show -json`&#xa0;; diff accepte aussi un plan (son prior_state).</translation>
    </message>
    <message>
        <source>format %1</source>
        <translation>format %1</translation>
    </message>
    <message>
        <source>Terraform %1</source>
        <translation>Terraform %1</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>serial %1</translation>
    </message>
    <message>
        <source>lineage %1</source>
        <translation>lineage %1</translation>
    </message>
    <message>
        <source>(deposed %1)</source>
        <translation>(écarté %1)</translation>
    </message>
    <message>
        <source>(tainted)</source>
        <translation>(altérée)</translation>
    </message>
    <message>
        <source>%1 resource instance(s), %2 output(s)</source>
        <translation>%1 instance(s) de ressource, %2 sortie(s)</translation>
    </message>
    <message>
        <source>unknown state command &quot;%1&quot;</source>
        <translation>commande state inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format needs text or json</source>
        <translation>--format attend text ou json</translation>
    </message>
    <message>
        <source>--ignore needs a YAML file</source>
        <translation>--ignore attend un fichier YAML</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>state show needs a state file and an address</source>
        <translation>state show attend un fichier d’état et une adresse</translation>
    </message>
    <message>
        <source>state diff needs two files</source>
        <translation>state diff attend deux fichiers</translation>
    </message>
    <message>
        <source>state %1 needs one file</source>
        <translation>state %1 attend un fichier</translation>
    </message>
    <message>
        <source>no resource instance &quot;%1&quot; in the state</source>
        <translation>aucune instance de ressource &quot;%1&quot; dans l’état</translation>
    </message>
    <message>
        <source>an address from `infradeck-cli state list`</source>
        <translation>une adresse issue de `infradeck-cli state list`</translation>
    </message>
    <message>
        <source>no drift: the refreshed state matches the last applied state
</source>
        <translation>aucune dérive&#xa0;: l’état actualisé correspond au dernier état appliqué
</translation>
    </message>
</context>
<context>
    <name>Cost</name>
    <message>
        <source>cannot read the cost history: %1</source>
        <translation>impossible de lire l’historique des coûts&#xa0;: %1</translation>
    </message>
    <message>
        <source>the cost history is not a JSON object (%1)</source>
        <translation>l’historique des coûts n’est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>unknown cost history version</source>
        <translation>version de l’historique des coûts inconnue</translation>
    </message>
    <message>
        <source>cannot write the cost history: %1</source>
        <translation>impossible d’écrire l’historique des coûts&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/mois</translation>
    </message>
    <message>
        <source>%1/month (%2 → %3)</source>
        <translation>%1/mois (%2 → %3)</translation>
    </message>
    <message numerus="yes">
        <source>, %n unpriced</source>
        <translation>
            <numerusform>, %n non tarifée</numerusform>
            <numerusform>, %n non tarifées</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; names no plan or state file that exists.</source>
        <translation>L’environnement &quot;%1&quot; ne désigne aucun fichier de plan ou d’état existant.</translation>
    </message>
    <message>
        <source>Budget of &quot;%1&quot; is in %2 but prices are in %3; not checked.</source>
        <translation>Le budget de &quot;%1&quot; est en %2 mais les prix sont en %3&#xa0;; non vérifié.</translation>
    </message>
</context>
<context>
    <name>Infradeck::AlertsModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Active since</source>
        <translation>Active depuis</translation>
    </message>
</context>
<context>
    <name>Infradeck::AttributeDiffModel</name>
    <message>
        <source>forces replacement</source>
        <translation>force le remplacement</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensible</translation>
    </message>
    <message>
        <source>possibly sensitive</source>
        <translation>peut-être sensible</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>Infradeck::CompareView</name>
    <message>
        <source>%1 only in %2, %3 only in %4, %5 differ, %6 identical</source>
        <translation>%1 seulement dans %2, %3 seulement dans %4, %5 différentes, %6 identiques</translation>
    </message>
    <message>
        <source>Comparison mode</source>
        <translation>Mode de comparaison</translation>
    </message>
    <message>
        <source>Compare environments</source>
        <translation>Comparer des environnements</translation>
    </message>
    <message>
        <source>Drift: state vs plan</source>
        <translation>Dérive&#xa0;: état vs plan</translation>
    </message>
    <message>
        <source>Environment A</source>
        <translation>Environnement A</translation>
    </message>
    <message>
        <source>Environment B</source>
        <translation>Environnement B</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A&#xa0;:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B&#xa0;:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation>%1 (protégé)</translation>
    </message>
    <message>
        <source>Pick two environments.</source>
        <translation>Choisissez deux environnements.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; names no state file.</source>
        <translation>L’environnement &quot;%1&quot; ne désigne aucun fichier d’état.</translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; names no plan file: drift needs a plan.</source>
        <translation>L’environnement &quot;%1&quot; ne désigne aucun fichier de plan&#xa0;: la dérive nécessite un plan.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>plan prior_state</source>
        <translation>prior_state du plan</translation>
    </message>
    <message>
        <source>State file vs the plan&apos;s prior_state</source>
        <translation>Fichier d’état vs prior_state du plan</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) drifted</source>
        <translation>
            <numerusform>%n ressource en dérive</numerusform>
            <numerusform>%n ressources en dérive</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan resource_drift (changed outside Terraform)</source>
        <translation>resource_drift du plan (modifié hors de Terraform)</translation>
    </message>
    <message>
        <source>Comparison failed.</source>
        <translation>La comparaison a échoué.</translation>
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
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Within budget (%1 left)</source>
        <translation>Dans le budget (reste %1)</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Pas de budget</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Plan delta</source>
        <translation>Écart du plan</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget check</source>
        <translation>Contrôle du budget</translation>
    </message>
    <message>
        <source>Unpriced</source>
        <translation>Non tarifé</translation>
    </message>
</context>
<context>
    <name>Infradeck::CostResourceModel</name>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Plan delta</source>
        <translation>Écart du plan</translation>
    </message>
    <message>
        <source>Price source</source>
        <translation>Source du prix</translation>
    </message>
</context>
<context>
    <name>Infradeck::CostsView</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Workspace monthly total</source>
        <translation>Total mensuel de l’espace de travail</translation>
    </message>
    <message>
        <source>Selected environment cost</source>
        <translation>Coût de l’environnement sélectionné</translation>
    </message>
    <message>
        <source>Preview environments against their cap</source>
        <translation>Environnements de prévisualisation par rapport à leur plafond</translation>
    </message>
    <message>
        <source>Estimating costs</source>
        <translation>Estimation des coûts</translation>
    </message>
    <message>
        <source>Monthly cost per environment by provider</source>
        <translation>Coût mensuel par environnement et par fournisseur</translation>
    </message>
    <message>
        <source>Monthly cost by resource type</source>
        <translation>Coût mensuel par type de ressource</translation>
    </message>
    <message>
        <source>Monthly total over time</source>
        <translation>Total mensuel dans le temps</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>Filter resources</source>
        <translation>Filtrer les ressources</translation>
    </message>
    <message>
        <source>Filter by environment, address, type, provider or source…</source>
        <translation>Filtrer par environnement, adresse, type, fournisseur ou source…</translation>
    </message>
    <message>
        <source>Export the resource table to CSV</source>
        <translation>Exporter la table des ressources en CSV</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Unpriced resources</source>
        <translation>Ressources non tarifées</translation>
    </message>
    <message>
        <source>Unpriced</source>
        <translation>Non tarifées</translation>
    </message>
    <message>
        <source>Export Costs</source>
        <translation>Exporter les coûts</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Aucun espace de travail</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>Estimation…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>%1: %2 (%3) — %4</source>
        <translation>%1&#xa0;: %2 (%3) — %4</translation>
    </message>
    <message>
        <source>Unpriced (%1)</source>
        <translation>Non tarifées (%1)</translation>
    </message>
    <message>
        <source>No preview (PR) environments.</source>
        <translation>Aucun environnement de prévisualisation (PR).</translation>
    </message>
    <message>
        <source>Preview environments (%1): %2 — no cap: none of them has a budget.</source>
        <translation>Environnements de prévisualisation (%1)&#xa0;: %2 — pas de plafond&#xa0;: aucun n’a de budget.</translation>
    </message>
    <message>
        <source>OVER the cap by %1</source>
        <translation>%1 AU-DESSUS du plafond</translation>
    </message>
    <message>
        <source>under the cap, %1 left</source>
        <translation>sous le plafond, reste %1</translation>
    </message>
    <message>
        <source>Preview environments (%1): &lt;b&gt;%2&lt;/b&gt; of a %3 cap — &lt;span style=&apos;color:%4&apos;&gt;&lt;b&gt;%5 %6&lt;/b&gt;&lt;/span&gt;</source>
        <translation>Environnements de prévisualisation (%1)&#xa0;: &lt;b&gt;%2&lt;/b&gt; sur un plafond de %3 — &lt;span style=&apos;color:%4&apos;&gt;&lt;b&gt;%5 %6&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source> (%n without a budget, not in the cap)</source>
        <translation>
            <numerusform> (%n sans budget, hors plafond)</numerusform>
            <numerusform> (%n sans budget, hors plafond)</numerusform>
        </translation>
    </message>
    <message>
        <source>over the cap</source>
        <translation>au-dessus du plafond</translation>
    </message>
    <message>
        <source>within the cap</source>
        <translation>dans le plafond</translation>
    </message>
    <message>
        <source>%1: not estimated yet</source>
        <translation>%1&#xa0;: pas encore estimé</translation>
    </message>
    <message>
        <source>%1: no estimate</source>
        <translation>%1&#xa0;: aucune estimation</translation>
    </message>
    <message>
        <source>%1 — plan: %2</source>
        <translation>%1 — plan&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — state: %2</source>
        <translation>%1 — état&#xa0;: %2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: impossible d’écrire&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refresh prices</source>
        <translation>Actualiser les prix</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>périmés</translation>
    </message>
    <message>
        <source>Refresh prices from the Hetzner API</source>
        <translation>Actualiser les prix depuis l’API Hetzner</translation>
    </message>
    <message>
        <source>Fetch current Hetzner Cloud prices with the token stored in the keychain.</source>
        <translation>Récupérer les prix actuels de Hetzner Cloud avec le jeton stocké dans le trousseau.</translation>
    </message>
    <message>
        <source>Where the prices come from</source>
        <translation>Provenance des prix</translation>
    </message>
    <message>
        <source>Prices are stale</source>
        <translation>Les prix sont périmés</translation>
    </message>
    <message>
        <source>Price refresh status</source>
        <translation>État de l’actualisation des prix</translation>
    </message>
    <message>
        <source>No environment names a Hetzner token. Add tokens: {hcloud: keychain:NAME} to an environment and store the token in the keychain under NAME.</source>
        <translation>Aucun environnement ne désigne de jeton Hetzner. Ajoutez tokens: {hcloud: keychain:NAME} à un environnement et stockez le jeton dans le trousseau sous NAME.</translation>
    </message>
    <message>
        <source>Reading the Hetzner token of &quot;%1&quot; from the keychain…</source>
        <translation>Lecture du jeton Hetzner de &quot;%1&quot; dans le trousseau…</translation>
    </message>
    <message>
        <source>Cannot read the Hetzner token: %1</source>
        <translation>Impossible de lire le jeton Hetzner&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fetching prices from the Hetzner API…</source>
        <translation>Récupération des prix depuis l’API Hetzner…</translation>
    </message>
    <message>
        <source>Live prices not updated: %1. The estimate keeps the prices shown above.</source>
        <translation>Prix en direct non mis à jour&#xa0;: %1. L’estimation conserve les prix affichés ci-dessus.</translation>
    </message>
    <message>
        <source>Prices updated from the Hetzner API at %1.</source>
        <translation>Prix mis à jour depuis l’API Hetzner à %1.</translation>
    </message>
    <message>
        <source>Prices updated from the Hetzner API, but: %1</source>
        <translation>Prix mis à jour depuis l’API Hetzner, mais&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>Prices: Hetzner API, %1; other providers from the catalog of %2.</source>
        <translation>Prix&#xa0;: API Hetzner, %1&#xa0;; autres fournisseurs d’après le catalogue du %2.</translation>
    </message>
    <message>
        <source>Prices: catalog of %1.</source>
        <translation>Prix&#xa0;: catalogue du %1.</translation>
    </message>
    <message>
        <source>The prices are %1 days old, older than %2 days: refresh them or check the catalog.</source>
        <translation>Les prix datent de %1 jours, plus de %2 jours&#xa0;: actualisez-les ou vérifiez le catalogue.</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>Répartition des coûts</translation>
    </message>
</context>
<context>
    <name>Infradeck::DiagramView</name>
    <message>
        <source>Topology diagram</source>
        <translation>Diagramme de topologie</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependencies</source>
        <translation>
            <numerusform>%n dépendance</numerusform>
            <numerusform>%n dépendances</numerusform>
        </translation>
    </message>
    <message>
        <source>selected: %1</source>
        <translation>sélection&#xa0;: %1</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Disposition…</translation>
    </message>
    <message>
        <source>No resources to show</source>
        <translation>Aucune ressource à afficher</translation>
    </message>
</context>
<context>
    <name>Infradeck::EnvironmentListModel</name>
    <message>
        <source>Kind: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Protected: deletes are flagged as high risk</source>
        <translation>Protégé&#xa0;: les suppressions sont signalées comme risque élevé</translation>
    </message>
    <message numerus="yes">
        <source>%n artifact(s) missing</source>
        <translation>
            <numerusform>%n artefact manquant</numerusform>
            <numerusform>%n artefacts manquants</numerusform>
        </translation>
    </message>
    <message>
        <source>All artifacts present</source>
        <translation>Tous les artefacts sont présents</translation>
    </message>
    <message>
        <source>%1, protected</source>
        <translation>%1, protégé</translation>
    </message>
</context>
<context>
    <name>Infradeck::EnvironmentOverview</name>
    <message>
        <source>Artifacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefact</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>No environment selected</source>
        <translation>Aucun environnement sélectionné</translation>
    </message>
    <message>
        <source>Open a workspace (Ctrl+O) and pick an environment on the left.</source>
        <translation>Ouvrez un espace de travail (Ctrl+O) et choisissez un environnement à gauche.</translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation>%1 (protégé)</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Created: %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Créé&#xa0;: %1 (il y a %n jour)</numerusform>
            <numerusform>Créé&#xa0;: %1 (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget: %1 %2 per month</source>
        <translation>Budget&#xa0;: %1 %2 par mois</translation>
    </message>
    <message>
        <source>Prometheus: %1</source>
        <translation>Prometheus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Host %1: %2%3:%4</source>
        <translation>Hôte %1&#xa0;: %2%3:%4</translation>
    </message>
    <message>
        <source>Provider tokens (keychain): %1</source>
        <translation>Jetons des fournisseurs (trousseau)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
</context>
<context>
    <name>Infradeck::EnvironmentSummaryModel</name>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>Preview environments</source>
        <translation>Environnements de prévisualisation</translation>
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
        <translation>erreur</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) — old</source>
        <translation>
            <numerusform>%n jour — ancien</numerusform>
            <numerusform>%n jours — ancien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>protected</source>
        <translation>protégé</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <source>Age from the state file&apos;s modification time</source>
        <translation>Âge d’après la date de modification du fichier d’état</translation>
    </message>
    <message numerus="yes">
        <source>Preview environment older than %n day(s): consider destroying it.</source>
        <translation>
            <numerusform>Environnement de prévisualisation de plus de %n jour&#xa0;: envisagez de le détruire.</numerusform>
            <numerusform>Environnement de prévisualisation de plus de %n jours&#xa0;: envisagez de le détruire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>État modifié</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
</context>
<context>
    <name>Infradeck::EnvironmentsOverview</name>
    <message>
        <source>Reading states</source>
        <translation>Lecture des états</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>No state file named.</source>
        <translation>Aucun fichier d’état désigné.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n state file(s)…</source>
        <translation>
            <numerusform>Lecture de %n fichier d’état…</numerusform>
            <numerusform>Lecture de %n fichiers d’état…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s), </source>
        <translation>
            <numerusform>%n environnement, </numerusform>
            <numerusform>%n environnements, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource instance(s) in total</source>
        <translation>
            <numerusform>%n instance de ressource au total</numerusform>
            <numerusform>%n instances de ressource au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n preview environment(s) older than %1 days</source>
        <translation>
            <numerusform> · %n environnement de prévisualisation de plus de %1 jours</numerusform>
            <numerusform> · %n environnements de prévisualisation de plus de %1 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n without a readable state</source>
        <translation>
            <numerusform> · %n sans état lisible</numerusform>
            <numerusform> · %n sans état lisible</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Infradeck::HostKeyDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>Clé d’hôte inconnue</translation>
    </message>
    <message>
        <source>The authenticity of host &lt;b&gt;%1&lt;/b&gt; can&apos;t be established. Compare the fingerprint with the one the server&apos;s console or provider shows before trusting it.</source>
        <translation>L’authenticité de l’hôte &lt;b&gt;%1&lt;/b&gt; ne peut pas être établie. Comparez l’empreinte avec celle qu’affiche la console du serveur ou le fournisseur avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Enregistrée dans&#xa0;:</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>Faire confiance et se connecter</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>Infradeck::HostListModel</name>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>joignable</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Joignabilité</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espace de travail</translation>
    </message>
    <message>
        <source>Ansible inventory</source>
        <translation>inventaire Ansible</translation>
    </message>
    <message>
        <source>Ansible inventory (%1)</source>
        <translation>inventaire Ansible (%1)</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>state (%1)</source>
        <translation>état (%1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Infradeck::HostsView</name>
    <message>
        <source>Run All Checks</source>
        <translation>Lancer toutes les vérifications</translation>
    </message>
    <message>
        <source>Check Host</source>
        <translation>Vérifier l’hôte</translation>
    </message>
    <message>
        <source>Cancel Checks</source>
        <translation>Annuler les vérifications</translation>
    </message>
    <message>
        <source>Show Raw Output</source>
        <translation>Afficher la sortie brute</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checks progress</source>
        <translation>Progression des vérifications</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Résultats des vérifications</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Raw check output</source>
        <translation>Sortie brute de la vérification</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Command to run on the selected host…</source>
        <translation>Commande à exécuter sur l’hôte sélectionné…</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>Sortie de la commande</translation>
    </message>
    <message>
        <source>Hide Raw Output</source>
        <translation>Masquer la sortie brute</translation>
    </message>
    <message>
        <source>[session closed]</source>
        <translation>[session fermée]</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>Phrase de passe de la clé</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Phrase de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>WARNING — %1 was refused: its host key differs from the one in %2. Someone may be intercepting the connection, or the server was rebuilt. Check the new key with the provider, then remove the old line from known_hosts.
%3</source>
        <translation>AVERTISSEMENT — %1 a été refusé&#xa0;: sa clé d’hôte diffère de celle enregistrée dans %2. Quelqu’un intercepte peut-être la connexion, ou le serveur a été reconstruit. Vérifiez la nouvelle clé auprès du fournisseur, puis supprimez l’ancienne ligne de known_hosts.
%3</translation>
    </message>
    <message>
        <source>[could not run: %1]</source>
        <translation>[exécution impossible&#xa0;: %1]</translation>
    </message>
    <message>
        <source>[cancelled after %1 ms]</source>
        <translation>[annulé après %1 ms]</translation>
    </message>
    <message>
        <source>[killed by signal %1]</source>
        <translation>[tué par le signal %1]</translation>
    </message>
    <message>
        <source>[exit status %1, %2 ms]</source>
        <translation>[code de sortie %1, %2 ms]</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v vérifications sur %m</translation>
    </message>
    <message>
        <source>No hosts in this environment.</source>
        <translation>Aucun hôte dans cet environnement.</translation>
    </message>
    <message>
        <source>Select a host.</source>
        <translation>Sélectionnez un hôte.</translation>
    </message>
    <message>
        <source> — checked %1</source>
        <translation> — vérifié %1</translation>
    </message>
    <message>
        <source>Select a check to see what the host printed.</source>
        <translation>Sélectionnez une vérification pour voir ce que l’hôte a affiché.</translation>
    </message>
    <message>
        <source>Some hosts could not be read:
%1</source>
        <translation>Certains hôtes n’ont pas pu être lus&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The key passphrase is stored in the keychain as %1.</source>
        <translation>La phrase de passe de la clé est stockée dans le trousseau sous le nom %1.</translation>
    </message>
    <message>
        <source>The key passphrase could not be stored in the keychain: %1</source>
        <translation>La phrase de passe de la clé n’a pas pu être stockée dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The key %1 is encrypted. Passphrase:</source>
        <translation>La clé %1 est chiffrée. Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Store the passphrase in the keychain</source>
        <translation>Stocker la phrase de passe dans le trousseau</translation>
    </message>
    <message>
        <source>Unlock the key</source>
        <translation>Déverrouiller la clé</translation>
    </message>
</context>
<context>
    <name>Infradeck::InventoryDiffModel</name>
    <message>
        <source>only in A</source>
        <translation>seulement dans A</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>seulement dans B</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>Root module</source>
        <translation>Module racine</translation>
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
            <numerusform>%n attribut diffère</numerusform>
            <numerusform>%n attributs diffèrent</numerusform>
        </translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message numerus="yes">
        <source>Outputs (%n)</source>
        <translation>
            <numerusform>Sorties (%n)</numerusform>
            <numerusform>Sorties (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sensitive: the value is never shown.</source>
        <translation>Sensible&#xa0;: la valeur n’est jamais affichée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Resource / attribute</source>
        <translation>Ressource / attribut</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
</context>
<context>
    <name>Infradeck::InventoryModel</name>
    <message>
        <source>Root module</source>
        <translation>Module racine</translation>
    </message>
    <message>
        <source>(no provider)</source>
        <translation>(aucun fournisseur)</translation>
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
        <translation>%1 (écarté %2)</translation>
    </message>
    <message>
        <source>%1 (tainted)</source>
        <translation>%1 (altérée)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
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
        <translation>Importer un fichier de clé…</translation>
    </message>
    <message>
        <source>Generate Identity</source>
        <translation>Générer une identité</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>age Keys in the Keychain</source>
        <translation>Clés age du trousseau</translation>
    </message>
    <message>
        <source>Stored identities</source>
        <translation>Identités stockées</translation>
    </message>
    <message>
        <source>Name for a new identity</source>
        <translation>Nom de la nouvelle identité</translation>
    </message>
    <message>
        <source>Recipient to share</source>
        <translation>Destinataire à partager</translation>
    </message>
    <message>
        <source>The recipient (public key) of a new identity appears here</source>
        <translation>Le destinataire (clé publique) d’une nouvelle identité apparaît ici</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>Import an age Key File</source>
        <translation>Importer un fichier de clé age</translation>
    </message>
    <message>
        <source>age key files (*.txt *.key);;All files (*)</source>
        <translation>Fichiers de clé age (*.txt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 (%2 only)</source>
        <translation>%1 (%2 uniquement)</translation>
    </message>
    <message>
        <source>Imported; %1 is no longer needed by Infradeck.</source>
        <translation>Importée&#xa0;; Infradeck n’a plus besoin de %1.</translation>
    </message>
    <message>
        <source>New identity stored. Share the recipient above so files can be encrypted to it.</source>
        <translation>Nouvelle identité stockée. Partagez le destinataire ci-dessus pour que des fichiers puissent être chiffrés pour elle.</translation>
    </message>
    <message>
        <source>Deleted from the keychain.</source>
        <translation>Supprimée du trousseau.</translation>
    </message>
</context>
<context>
    <name>Infradeck::MainWindow</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Infradeck</source>
        <translation>Infradeck</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>Feature views</source>
        <translation>Vues des fonctions</translation>
    </message>
    <message>
        <source>Workspace problems</source>
        <translation>Problèmes de l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Re&amp;load Workspace</source>
        <translation>Re&amp;charger l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Focus &amp;Environments</source>
        <translation>Aller aux &amp;environnements</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>Vue &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>Vue &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Infradeck</source>
        <translation>À &amp;propos d’Infradeck</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>%1 — Infradeck</source>
        <translation>%1 — Infradeck</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n environment(s)</source>
        <translation>
            <numerusform>%1 · %n environnement</numerusform>
            <numerusform>%1 · %n environnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n problem(s)</source>
        <translation>
            <numerusform> · %n problème</numerusform>
            <numerusform> · %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Infradeck workspace (*.yaml *.yml);;All files (*)</source>
        <translation>Espace de travail Infradeck (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Infradeck %1&lt;/h3&gt;&lt;p&gt;A local-first control panel for infrastructure as code: plans, state, encrypted credentials, costs and telemetry — offline, no account.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Infradeck %1&lt;/h3&gt;&lt;p&gt;Un panneau de contrôle local pour l’infrastructure as code&#xa0;: plans, états, identifiants chiffrés, coûts et télémétrie — hors ligne, sans compte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Infradeck</source>
        <translation>À propos d’Infradeck</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Go to View</source>
        <translation>&amp;Aller à la vue</translation>
    </message>
</context>
<context>
    <name>Infradeck::PlanChangeModel</name>
    <message>
        <source>Root module</source>
        <translation>Module racine</translation>
    </message>
    <message>
        <source>Drift (changed outside Terraform)</source>
        <translation>Dérive (modifié hors de Terraform)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n modification)</numerusform>
            <numerusform>%1 (%n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (moved from %2)</source>
        <translation>%1 (déplacé depuis %2)</translation>
    </message>
    <message>
        <source> (create first)</source>
        <translation> (créer d’abord)</translation>
    </message>
    <message>
        <source> (destroy first)</source>
        <translation> (détruire d’abord)</translation>
    </message>
    <message>
        <source>, import</source>
        <translation>, import</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>relu</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>non relu</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Cost/month</source>
        <translation>Coût/mois</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
</context>
<context>
    <name>Infradeck::PlanView</name>
    <message>
        <source>Mark All Reviewed</source>
        <translation>Tout marquer comme relu</translation>
    </message>
    <message>
        <source>Approve Plan</source>
        <translation>Approuver le plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Hide unchanged</source>
        <translation>Masquer les inchangés</translation>
    </message>
    <message>
        <source>Show unchanged attributes</source>
        <translation>Afficher les attributs inchangés</translation>
    </message>
    <message>
        <source>Loading plan</source>
        <translation>Chargement du plan</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrer par action</translation>
    </message>
    <message>
        <source>Filter by resource type</source>
        <translation>Filtrer par type de ressource</translation>
    </message>
    <message>
        <source>Search changes</source>
        <translation>Rechercher dans les modifications</translation>
    </message>
    <message>
        <source>Filter by address…</source>
        <translation>Filtrer par adresse…</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Risk findings</source>
        <translation>Risques détectés</translation>
    </message>
    <message>
        <source>Attribute diff</source>
        <translation>Diff des attributs</translation>
    </message>
    <message>
        <source>Change details</source>
        <translation>Détails de la modification</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Loading canceled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; names no plan file.</source>
        <translation>L’environnement &quot;%1&quot; ne désigne aucun fichier de plan.</translation>
    </message>
    <message>
        <source>cannot open plan file: %1</source>
        <translation>impossible d’ouvrir le fichier de plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coût&#xa0;: %1</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Plan could not be read</source>
        <translation>Impossible de lire le plan</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>remplacer</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lire</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; drifted</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en dérive</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d03b3b&apos;&gt;&lt;b&gt;%1&lt;/b&gt; risk(s), %2 high&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#d03b3b&apos;&gt;&lt;b&gt;%1&lt;/b&gt; risque(s), %2 élevé(s)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Terraform reported errors while planning: this plan is incomplete and cannot be applied.</source>
        <translation>Terraform a signalé des erreurs lors de la planification&#xa0;: ce plan est incomplet et ne peut pas être appliqué.</translation>
    </message>
    <message>
        <source>Checking risks and cost…</source>
        <translation>Vérification des risques et des coûts…</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Aucun plan</translation>
    </message>
    <message>
        <source>Select a change to see its attribute diff.</source>
        <translation>Sélectionnez une modification pour voir le diff de ses attributs.</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>Dérive&#xa0;: %1</translation>
    </message>
    <message>
        <source>destroy the old object, then create the new one (downtime between the two)</source>
        <translation>détruire l’ancien objet, puis créer le nouveau (interruption entre les deux)</translation>
    </message>
    <message>
        <source>create the new object before destroying the old one</source>
        <translation>créer le nouvel objet avant de détruire l’ancien</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>déplacé depuis %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 sur %2 relus</translation>
    </message>
    <message>
        <source>Record your approval of this exact plan file (SHA-256)</source>
        <translation>Enregistrer votre approbation de ce fichier de plan précis (SHA-256)</translation>
    </message>
    <message>
        <source>Review every change first</source>
        <translation>Relisez d’abord chaque modification</translation>
    </message>
    <message>
        <source>⚠ The plan file changed since %1 approved it on %2: its SHA-256 differs from the approved one. Review it again.</source>
        <translation>⚠ Le fichier de plan a changé depuis que %1 l’a approuvé le %2&#xa0;: son SHA-256 diffère de celui approuvé. Relisez-le.</translation>
    </message>
    <message>
        <source>✔ Approved by %1 on %2 (SHA-256 %3…)</source>
        <translation>✔ Approuvé par %1 le %2 (SHA-256 %3…)</translation>
    </message>
</context>
<context>
    <name>Infradeck::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>Une nouvelle langue s’applique après un redémarrage.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Default environment</source>
        <translation>Environnement par défaut</translation>
    </message>
    <message>
        <source>The first environment</source>
        <translation>Le premier environnement</translation>
    </message>
    <message>
        <source>Open a workspace to choose its default environment.</source>
        <translation>Ouvrez un espace de travail pour choisir son environnement par défaut.</translation>
    </message>
    <message>
        <source>Selected when %1 is opened.</source>
        <translation>Sélectionné à l’ouverture de %1.</translation>
    </message>
    <message>
        <source>Telemetry auto-refresh</source>
        <translation>Actualisation auto de la télémétrie</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Every 5 seconds</source>
        <translation>Toutes les 5 secondes</translation>
    </message>
    <message>
        <source>Every 10 seconds</source>
        <translation>Toutes les 10 secondes</translation>
    </message>
    <message>
        <source>Every 30 seconds</source>
        <translation>Toutes les 30 secondes</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Toutes les 5 minutes</translation>
    </message>
    <message>
        <source>Host reachability checks</source>
        <translation>Vérifications de joignabilité des hôtes</translation>
    </message>
    <message>
        <source>Runs the host checks again while the Hosts view is shown.</source>
        <translation>Relance les vérifications des hôtes tant que la vue Hôtes est affichée.</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Clipboard timeout in seconds</source>
        <translation>Délai du presse-papiers en secondes</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Default &amp;environment:</source>
        <translation>&amp;Environnement par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Telemetry &amp;auto-refresh:</source>
        <translation>&amp;Actualisation auto de la télémétrie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host checks:</source>
        <translation>Vérifications des &amp;hôtes&#xa0;:</translation>
    </message>
    <message>
        <source>Clear copied secrets after (&amp;seconds):</source>
        <translation>Effacer les secrets copiés après (&amp;secondes)&#xa0;:</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Secret Service:</source>
        <translation>Secret Service&#xa0;:</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Enregistrer les préférences</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Non disponible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::ResourcesView</name>
    <message>
        <source>Show in Diagram</source>
        <translation>Afficher dans le diagramme</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Loading state</source>
        <translation>Chargement de l’état</translation>
    </message>
    <message>
        <source>Group resources by</source>
        <translation>Regrouper les ressources par</translation>
    </message>
    <message>
        <source>Group by module</source>
        <translation>Regrouper par module</translation>
    </message>
    <message>
        <source>Group by type</source>
        <translation>Regrouper par type</translation>
    </message>
    <message>
        <source>Group by provider</source>
        <translation>Regrouper par fournisseur</translation>
    </message>
    <message>
        <source>Filter by resource type</source>
        <translation>Filtrer par type de ressource</translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation>Rechercher des ressources</translation>
    </message>
    <message>
        <source>Filter by address, provider or id…</source>
        <translation>Filtrer par adresse, fournisseur ou id…</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Show a value masked because it looks secret. Values the schema marks sensitive are never shown.</source>
        <translation>Afficher une valeur masquée parce qu’elle ressemble à un secret. Les valeurs que le schéma marque comme sensibles ne sont jamais affichées.</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; names no state file.</source>
        <translation>L’environnement &quot;%1&quot; ne désigne aucun fichier d’état.</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>State not loaded</source>
        <translation>État non chargé</translation>
    </message>
    <message>
        <source>Could not read the state: %1</source>
        <translation>Impossible de lire l’état&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n resource instance(s), %1 output(s) · Terraform %2 · serial %3 · lineage %4 · %5</source>
        <translation>
            <numerusform>%n instance de ressource, %1 sortie(s) · Terraform %2 · serial %3 · lineage %4 · %5</numerusform>
            <numerusform>%n instances de ressource, %1 sortie(s) · Terraform %2 · serial %3 · lineage %4 · %5</numerusform>
        </translation>
    </message>
    <message>
        <source>No state</source>
        <translation>Aucun état</translation>
    </message>
    <message>
        <source>Select a resource</source>
        <translation>Sélectionnez une ressource</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tainted</source>
        <translation>Altérée</translation>
    </message>
    <message>
        <source>Deposed object %1</source>
        <translation>Objet écarté %1</translation>
    </message>
    <message>
        <source>Depends on: %1</source>
        <translation>Dépend de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>Détails de la ressource</translation>
    </message>
</context>
<context>
    <name>Infradeck::SecretsModel</name>
    <message>
        <source>not an integer</source>
        <translation>pas un entier</translation>
    </message>
    <message>
        <source>an integer (type int is kept)</source>
        <translation>un entier (le type int est conservé)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>a number (type float is kept)</source>
        <translation>un nombre (le type float est conservé)</translation>
    </message>
    <message>
        <source>not a boolean</source>
        <translation>pas un booléen</translation>
    </message>
    <message>
        <source>true or false (type bool is kept)</source>
        <translation>true ou false (le type bool est conservé)</translation>
    </message>
    <message>
        <source>changed, not saved yet</source>
        <translation>modifié, pas encore enregistré</translation>
    </message>
    <message>
        <source>encrypted in the file</source>
        <translation>chiffré dans le fichier</translation>
    </message>
    <message>
        <source>stored in clear text in the file</source>
        <translation>stocké en clair dans le fichier</translation>
    </message>
    <message>
        <source>value shown</source>
        <translation>valeur affichée</translation>
    </message>
    <message>
        <source>hidden value</source>
        <translation>valeur masquée</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>no such key</source>
        <translation>clé inexistante</translation>
    </message>
    <message>
        <source>empty key name</source>
        <translation>nom de clé vide</translation>
    </message>
    <message>
        <source>the key %1 already exists</source>
        <translation>la clé %1 existe déjà</translation>
    </message>
</context>
<context>
    <name>Infradeck::SecretsView</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open with Key File…</source>
        <translation>Ouvrir avec un fichier de clé…</translation>
    </message>
    <message>
        <source>Keys…</source>
        <translation>Clés…</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Add Key…</source>
        <translation>Ajouter une clé…</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>SOPS files</source>
        <translation>Fichiers SOPS</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Decryptable</source>
        <translation>Déchiffrable</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Keys and values</source>
        <translation>Clés et valeurs</translation>
    </message>
    <message>
        <source>Show the selected value for %1 seconds</source>
        <translation>Afficher la valeur sélectionnée pendant %1 secondes</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>Ajouter une clé</translation>
    </message>
    <message>
        <source>Key name:</source>
        <translation>Nom de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>Value of %1:</source>
        <translation>Valeur de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save these changes to %1?</source>
        <translation>Enregistrer ces modifications dans %1&#xa0;?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Voulez-vous les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Choose an age Key File</source>
        <translation>Choisir un fichier de clé age</translation>
    </message>
    <message>
        <source>age key files (*.txt *.key);;All files (*)</source>
        <translation>Fichiers de clé age (*.txt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>stored identity</source>
        <translation>identité stockée</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>fichier de clé</translation>
    </message>
    <message>
        <source>demo key</source>
        <translation>clé de démo</translation>
    </message>
    <message>
        <source>no key here</source>
        <translation>aucune clé ici</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>impossible d’ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>no age identity to open this file: import one with Keys… or use Open with Key File…</source>
        <translation>aucune identité age pour ouvrir ce fichier&#xa0;: importez-en une avec Clés… ou utilisez Ouvrir avec un fichier de clé…</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>ouverture impossible</translation>
    </message>
    <message>
        <source>MAC mismatch</source>
        <translation>MAC non concordant</translation>
    </message>
    <message>
        <source>MAC ok</source>
        <translation>MAC correct</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n value(s)</source>
        <translation>
            <numerusform>%1 — %n valeur</numerusform>
            <numerusform>%1 — %n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1; values are hidden until you reveal one.</source>
        <translation>%1 ouvert&#xa0;; les valeurs restent masquées jusqu’à ce que vous en affichiez une.</translation>
    </message>
    <message>
        <source>added %1 = %2</source>
        <translation>ajouté %1 = %2</translation>
    </message>
    <message>
        <source>changed %1: %2 → %2</source>
        <translation>modifié %1&#xa0;: %2 → %2</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>supprimé %1</translation>
    </message>
    <message>
        <source>Copied %1; the clipboard is cleared in %2 seconds.</source>
        <translation>%1 copié&#xa0;; le presse-papiers sera vidé dans %2 secondes.</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened; your changes were not saved. Copy them, then open the file again.</source>
        <translation>%1 a changé sur le disque depuis son ouverture&#xa0;; vos modifications n’ont pas été enregistrées. Copiez-les, puis rouvrez le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n change(s)).</source>
        <translation>
            <numerusform>%1 enregistré (%n modification).</numerusform>
            <numerusform>%1 enregistré (%n modifications).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Modifications annulées.</translation>
    </message>
    <message>
        <source>Copy the selected value; the clipboard is cleared after %1 s</source>
        <translation>Copier la valeur sélectionnée&#xa0;; le presse-papiers est vidé après %1 s</translation>
    </message>
</context>
<context>
    <name>Infradeck::StateValueModel</name>
    <message>
        <source>revealed</source>
        <translation>affiché</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensible</translation>
    </message>
    <message>
        <source>Masked because the name or value looks secret; use Reveal to show it.</source>
        <translation>Masqué parce que le nom ou la valeur ressemble à un secret&#xa0;; utilisez Afficher pour le voir.</translation>
    </message>
    <message>
        <source>Marked sensitive by the provider schema or configuration; never shown.</source>
        <translation>Marqué sensible par le schéma du fournisseur ou la configuration&#xa0;; jamais affiché.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>Infradeck::TargetsModel</name>
    <message>
        <source>Scraped %1 in %2 s, every %3</source>
        <translation>Collecté le %1 en %2 s, toutes les %3</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Last scrape</source>
        <translation>Dernière collecte</translation>
    </message>
</context>
<context>
    <name>Infradeck::TelemetryPanel</name>
    <message>
        <source>not loaded yet</source>
        <translation>pas encore chargé</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n native histogram series: not charted yet</source>
        <translation>
            <numerusform>%n série d’histogramme natif&#xa0;: pas encore représentée</numerusform>
            <numerusform>%n séries d’histogramme natif&#xa0;: pas encore représentées</numerusform>
        </translation>
    </message>
    <message>
        <source>no data in this time range</source>
        <translation>aucune donnée dans cette plage horaire</translation>
    </message>
</context>
<context>
    <name>Infradeck::TelemetryView</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 3 hours</source>
        <translation>3 dernières heures</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <source>Last 12 hours</source>
        <translation>12 dernières heures</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 2 days</source>
        <translation>2 derniers jours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>Actualisation auto désactivée</translation>
    </message>
    <message>
        <source>Every 5 s</source>
        <translation>Toutes les 5 s</translation>
    </message>
    <message>
        <source>Every 10 s</source>
        <translation>Toutes les 10 s</translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation>Toutes les 30 s</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Toutes les 5 minutes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firing alerts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alertes actives&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Targets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cibles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No environment selected.</source>
        <translation>Aucun environnement sélectionné.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Télémétrie</translation>
    </message>
    <message>
        <source>no Prometheus URL</source>
        <translation>aucune URL Prometheus</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; names no Prometheus server: add `prometheus: URL` to it in the workspace file.</source>
        <translation>L’environnement &quot;%1&quot; ne désigne aucun serveur Prometheus&#xa0;: ajoutez-y `prometheus: URL` dans le fichier d’espace de travail.</translation>
    </message>
    <message>
        <source>The start of the time range must come before its end.</source>
        <translation>Le début de la plage horaire doit précéder sa fin.</translation>
    </message>
    <message>
        <source>Loading %1 … %2</source>
        <translation>Chargement de %1 … %2</translation>
    </message>
    <message>
        <source>Updated %1 — %2 of %3 panels failed</source>
        <translation>Mis à jour %1 — %2 panneaux sur %3 en échec</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Plage horaire</translation>
    </message>
    <message>
        <source>Start of the time range</source>
        <translation>Début de la plage horaire</translation>
    </message>
    <message>
        <source>End of the time range</source>
        <translation>Fin de la plage horaire</translation>
    </message>
    <message>
        <source>Auto-refresh interval</source>
        <translation>Intervalle d’actualisation auto</translation>
    </message>
    <message>
        <source>Refresh the charts</source>
        <translation>Actualiser les graphiques</translation>
    </message>
    <message>
        <source>Firing alerts</source>
        <translation>Alertes actives</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>reading the Prometheus credentials from the keychain…</source>
        <translation>lecture des identifiants Prometheus dans le trousseau…</translation>
    </message>
    <message>
        <source>Reading the Prometheus credentials &quot;%1&quot; from the keychain…</source>
        <translation>Lecture des identifiants Prometheus &quot;%1&quot; dans le trousseau…</translation>
    </message>
    <message>
        <source>Cannot use the Prometheus credentials: %1</source>
        <translation>Impossible d’utiliser les identifiants Prometheus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot load the alerts: %1</source>
        <translation>Impossible de charger les alertes&#xa0;: %1</translation>
    </message>
    <message>
        <source>No alerts firing.</source>
        <translation>Aucune alerte active.</translation>
    </message>
    <message>
        <source>%1 firing, %2 pending.</source>
        <translation>Actives&#xa0;: %1, en attente&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot load the targets: %1</source>
        <translation>Impossible de charger les cibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 targets are down.</source>
        <translation>Cibles hors service&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>All %1 targets are up.</source>
        <translation>Toutes les cibles sont opérationnelles (%1).</translation>
    </message>
    <message>
        <source>Dashboard panels</source>
        <translation>Panneaux du tableau de bord</translation>
    </message>
    <message>
        <source>The target is up.</source>
        <translation>La cible est opérationnelle.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop control panel for infrastructure as code</source>
        <translation>Panneau de contrôle de bureau pour l’infrastructure as code</translation>
    </message>
    <message>
        <source>Workspace file (infradeck.yaml) to open</source>
        <translation>Fichier d’espace de travail (infradeck.yaml) à ouvrir</translation>
    </message>
    <message>
        <source>Smoke test: no workspace given and no bundled demo found.</source>
        <translation>Test de fumée&#xa0;: aucun espace de travail indiqué et aucune démo intégrée trouvée.</translation>
    </message>
    <message>
        <source>Smoke test: could not open the workspace %1.</source>
        <translation>Test de fumée&#xa0;: impossible d’ouvrir l’espace de travail %1.</translation>
    </message>
    <message>
        <source>Smoke test: %1 did not finish loading within %2 seconds.</source>
        <translation>Test de fumée&#xa0;: %1 n’a pas fini de se charger en %2 secondes.</translation>
    </message>
    <message numerus="yes">
        <source>Smoke test: %1 loaded in %2 ms with %n environment(s), %3 problem(s), language %4.</source>
        <translation>
            <numerusform>Test de fumée&#xa0;: %1 chargé en %2 ms avec %n environnement, %3 problème(s), langue %4.</numerusform>
            <numerusform>Test de fumée&#xa0;: %1 chargé en %2 ms avec %n environnements, %3 problème(s), langue %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the workspace, wait until it has loaded, print a summary and exit.</source>
        <translation>Ouvrir l’espace de travail, attendre la fin du chargement, afficher un résumé et quitter.</translation>
    </message>
</context>
</TS>
