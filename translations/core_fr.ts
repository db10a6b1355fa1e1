<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AwsSigV4</name>
    <message>
        <source>ACCESS_KEY_ID:SECRET_ACCESS_KEY</source>
        <translation>ACCESS_KEY_ID:SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>the S3 credentials are empty</source>
        <translation>les identifiants S3 sont vides</translation>
    </message>
    <message>
        <source>the S3 credentials are not in the form ACCESS_KEY_ID:SECRET_ACCESS_KEY</source>
        <translation>les identifiants S3 ne sont pas de la forme ACCESS_KEY_ID:SECRET_ACCESS_KEY</translation>
    </message>
    <message>
        <source>the S3 access key id contains characters an access key id cannot have</source>
        <translation>l’identifiant de clé d’accès S3 contient des caractères impossibles dans un identifiant de clé d’accès</translation>
    </message>
    <message>
        <source>the S3 secret access key is empty</source>
        <translation>la clé d’accès secrète S3 est vide</translation>
    </message>
</context>
<context>
    <name>Hosts</name>
    <message>
        <source>host variables must be a map</source>
        <translation>les variables d’hôte doivent être un dictionnaire</translation>
    </message>
    <message>
        <source>a map of variables</source>
        <translation>un dictionnaire de variables</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 doit être une chaîne</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>une adresse</translation>
    </message>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 n’est pas un numéro de port</translation>
    </message>
    <message>
        <source>an integer from 1 to 65535</source>
        <translation>un entier de 1 à 65535</translation>
    </message>
    <message>
        <source>a user name</source>
        <translation>un nom d’utilisateur</translation>
    </message>
    <message>
        <source>groups nest too deeply (a cycle?)</source>
        <translation>les groupes sont trop profondément imbriqués (un cycle&#xa0;?)</translation>
    </message>
    <message>
        <source>at most 64 levels</source>
        <translation>au plus 64 niveaux</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; must be a map</source>
        <translation>le groupe &quot;%1&quot; doit être un dictionnaire</translation>
    </message>
    <message>
        <source>a map with hosts, children and vars</source>
        <translation>un dictionnaire avec hosts, children et vars</translation>
    </message>
    <message>
        <source>hosts of group &quot;%1&quot; must be a map</source>
        <translation>les hosts du groupe &quot;%1&quot; doivent être un dictionnaire</translation>
    </message>
    <message>
        <source>a map of host names to their variables</source>
        <translation>un dictionnaire des noms d’hôte vers leurs variables</translation>
    </message>
    <message>
        <source>children of group &quot;%1&quot; must be a map</source>
        <translation>les children du groupe &quot;%1&quot; doivent être un dictionnaire</translation>
    </message>
    <message>
        <source>a map of groups</source>
        <translation>un dictionnaire de groupes</translation>
    </message>
    <message>
        <source>cannot read inventory: %1</source>
        <translation>impossible de lire l’inventaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>a readable hosts.yml</source>
        <translation>un fichier hosts.yml lisible</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>an Ansible YAML inventory</source>
        <translation>un inventaire Ansible YAML</translation>
    </message>
    <message>
        <source>the inventory is empty</source>
        <translation>l’inventaire est vide</translation>
    </message>
    <message>
        <source>a map of groups (all: hosts: ...)</source>
        <translation>un dictionnaire de groupes (all: hosts: ...)</translation>
    </message>
    <message>
        <source>an Ansible YAML inventory must be a map of groups</source>
        <translation>un inventaire Ansible YAML doit être un dictionnaire de groupes</translation>
    </message>
    <message>
        <source>unexpected inventory structure: %1</source>
        <translation>structure d’inventaire inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>the inventory names no host</source>
        <translation>l’inventaire ne désigne aucun hôte</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>aucune session</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the session closed</source>
        <translation>la session s’est fermée</translation>
    </message>
    <message>
        <source>unexpected output from /proc/loadavg and nproc</source>
        <translation>sortie inattendue de /proc/loadavg et nproc</translation>
    </message>
    <message numerus="yes">
        <source>up %1 d %2 h, load %3 %4 %5 on %n core(s)</source>
        <translation>
            <numerusform>actif depuis %1 j %2 h, charge %3 %4 %5 sur %n cœur</numerusform>
            <numerusform>actif depuis %1 j %2 h, charge %3 %4 %5 sur %n cœurs</numerusform>
        </translation>
    </message>
    <message>
        <source>df printed no file system</source>
        <translation>df n’a affiché aucun système de fichiers</translation>
    </message>
    <message>
        <source>fullest: %1 at %2%</source>
        <translation>le plus rempli&#xa0;: %1 à %2%</translation>
    </message>
    <message>
        <source>nearly full: %1</source>
        <translation>presque plein&#xa0;: %1</translation>
    </message>
    <message>
        <source>unexpected output from /proc/meminfo</source>
        <translation>sortie inattendue de /proc/meminfo</translation>
    </message>
    <message>
        <source>%1 MiB of %2 MiB available (%3%)</source>
        <translation>%1 Mio disponibles sur %2 Mio (%3%)</translation>
    </message>
    <message>
        <source>, swap %1% used</source>
        <translation>, swap utilisé à %1%</translation>
    </message>
    <message>
        <source>systemd is not running on this host</source>
        <translation>systemd ne tourne pas sur cet hôte</translation>
    </message>
    <message>
        <source>systemctl exited with status %1</source>
        <translation>systemctl s’est terminé avec le code %1</translation>
    </message>
    <message>
        <source>no failed units</source>
        <translation>aucune unité en échec</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) failed: %1</source>
        <translation>
            <numerusform>%n unité en échec&#xa0;: %1</numerusform>
            <numerusform>%n unités en échec&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no permission to talk to the Docker daemon (add the user to the docker group)</source>
        <translation>pas le droit de communiquer avec le démon Docker (ajoutez l’utilisateur au groupe docker)</translation>
    </message>
    <message>
        <source>docker ps failed: %1</source>
        <translation>docker ps a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>unhealthy or restarting: %1</source>
        <translation>en mauvaise santé ou en redémarrage&#xa0;: %1</translation>
    </message>
    <message>
        <source>exited with an error: %1</source>
        <translation>terminé avec une erreur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) running</source>
        <translation>
            <numerusform>%n conteneur en cours d’exécution</numerusform>
            <numerusform>%n conteneurs en cours d’exécution</numerusform>
        </translation>
    </message>
    <message>
        <source>fail2ban-client needs root (allow it with passwordless sudo)</source>
        <translation>fail2ban-client exige root (autorisez-le avec sudo sans mot de passe)</translation>
    </message>
    <message>
        <source>fail2ban is not running</source>
        <translation>fail2ban ne tourne pas</translation>
    </message>
    <message>
        <source>fail2ban runs with no jail</source>
        <translation>fail2ban tourne sans aucune jail</translation>
    </message>
    <message numerus="yes">
        <source>%n jail(s): %1</source>
        <translation>
            <numerusform>%n jail&#xa0;: %1</numerusform>
            <numerusform>%n jails&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot tell pending updates (no apt-check or apt-get output)</source>
        <translation>impossible de connaître les mises à jour en attente (aucune sortie d’apt-check ou d’apt-get)</translation>
    </message>
    <message numerus="yes">
        <source>%n security update(s) pending</source>
        <translation>
            <numerusform>%n mise à jour de sécurité en attente</numerusform>
            <numerusform>%n mises à jour de sécurité en attente</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 updates in all)</source>
        <translation> (%1 mises à jour au total)</translation>
    </message>
    <message>
        <source>no security update pending (%1 other updates)</source>
        <translation>aucune mise à jour de sécurité en attente (%1 autres mises à jour)</translation>
    </message>
    <message>
        <source>no HTTPS endpoint answers on port 443</source>
        <translation>aucun point de terminaison HTTPS ne répond sur le port 443</translation>
    </message>
    <message>
        <source>no certificate in the output of openssl s_client</source>
        <translation>aucun certificat dans la sortie d’openssl s_client</translation>
    </message>
    <message>
        <source>cannot read the expiry date &quot;%1&quot;</source>
        <translation>impossible de lire la date d’expiration &quot;%1&quot;</translation>
    </message>
    <message>
        <source>certificate expired on %1</source>
        <translation>certificat expiré le %1</translation>
    </message>
    <message numerus="yes">
        <source>certificate expires in %n day(s) (%1)</source>
        <translation>
            <numerusform>le certificat expire dans %n jour (%1)</numerusform>
            <numerusform>le certificat expire dans %n jours (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>certificate valid for %n more day(s)</source>
        <translation>
            <numerusform>certificat encore valide %n jour</numerusform>
            <numerusform>certificat encore valide %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Uptime and load</source>
        <translation>Uptime et charge</translation>
    </message>
    <message>
        <source>Disk usage</source>
        <translation>Utilisation des disques</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Failed systemd units</source>
        <translation>Unités systemd en échec</translation>
    </message>
    <message>
        <source>Docker containers</source>
        <translation>Conteneurs Docker</translation>
    </message>
    <message>
        <source>fail2ban</source>
        <translation>fail2ban</translation>
    </message>
    <message>
        <source>Pending security updates</source>
        <translation>Mises à jour de sécurité en attente</translation>
    </message>
    <message>
        <source>TLS certificate expiry</source>
        <translation>Expiration du certificat TLS</translation>
    </message>
    <message>
        <source>not installed on this host</source>
        <translation>non installé sur cet hôte</translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot;</source>
        <translation>vérification inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>waiting for %1 was cancelled</source>
        <translation>l’attente de %1 a été annulée</translation>
    </message>
    <message>
        <source>%1 does not exist yet</source>
        <translation>%1 n’existe pas encore</translation>
    </message>
    <message numerus="yes">
        <source>%1 not reachable after %n attempt(s); last: %2</source>
        <translation>
            <numerusform>%1 injoignable après %n tentative&#xa0;; dernière&#xa0;: %2</numerusform>
            <numerusform>%1 injoignable après %n tentatives&#xa0;; dernière&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>could not create an SSH session (out of memory)</source>
        <translation>impossible de créer une session SSH (mémoire insuffisante)</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>impossible de se connecter à %1</translation>
    </message>
    <message numerus="yes">
        <source>an SSH server answering within %n second(s)</source>
        <translation>
            <numerusform>un serveur SSH qui répond en moins de %n seconde</numerusform>
            <numerusform>un serveur SSH qui répond en moins de %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the server sent no host key</source>
        <translation>le serveur n’a envoyé aucune clé d’hôte</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED for %1: the server now presents %2 %3, which does not match %4. Someone may be intercepting the connection, or the host was rebuilt. Not connecting; check the new key out of band and remove the old entry if it is legitimate.</source>
        <translation>CLÉ D’HÔTE MODIFIÉE pour %1&#xa0;: le serveur présente maintenant %2 %3, qui ne correspond pas à %4. Quelqu’un intercepte peut-être la connexion, ou l’hôte a été reconstruit. Pas de connexion&#xa0;; vérifiez la nouvelle clé par un autre canal et supprimez l’ancienne entrée si elle est légitime.</translation>
    </message>
    <message>
        <source>the host key recorded in known_hosts</source>
        <translation>la clé d’hôte enregistrée dans known_hosts</translation>
    </message>
    <message>
        <source>cannot check the host key against %1</source>
        <translation>impossible de vérifier la clé d’hôte par rapport à %1</translation>
    </message>
    <message>
        <source>cannot write the host key to %1</source>
        <translation>impossible d’écrire la clé d’hôte dans %1</translation>
    </message>
    <message>
        <source>host key of %1 refused; not connecting</source>
        <translation>clé d’hôte de %1 refusée&#xa0;; pas de connexion</translation>
    </message>
    <message>
        <source>no passphrase given for %1</source>
        <translation>aucune phrase de passe fournie pour %1</translation>
    </message>
    <message>
        <source>the keys of ssh-agent at %1</source>
        <translation>les clés de ssh-agent sur %1</translation>
    </message>
    <message>
        <source>cannot read identity file %1</source>
        <translation>impossible de lire le fichier d’identité %1</translation>
    </message>
    <message>
        <source>a private key file</source>
        <translation>un fichier de clé privée</translation>
    </message>
    <message>
        <source>wrong passphrase for identity file %1</source>
        <translation>phrase de passe incorrecte pour le fichier d’identité %1</translation>
    </message>
    <message>
        <source>identity file %1 is not a private key libssh can read</source>
        <translation>le fichier d’identité %1 n’est pas une clé privée que libssh sait lire</translation>
    </message>
    <message>
        <source>an OpenSSH or PEM private key (ed25519, ecdsa or rsa)</source>
        <translation>une clé privée OpenSSH ou PEM (ed25519, ecdsa ou rsa)</translation>
    </message>
    <message>
        <source>identity file %1</source>
        <translation>fichier d’identité %1</translation>
    </message>
    <message>
        <source>the default keys in ~/.ssh</source>
        <translation>les clés par défaut de ~/.ssh</translation>
    </message>
    <message>
        <source>authentication failed for %1: the server accepted none of %2</source>
        <translation>échec de l’authentification pour %1&#xa0;: le serveur n’a accepté aucune des clés suivantes&#xa0;: %2</translation>
    </message>
    <message>
        <source>(no key offered: no agent and no identity file)</source>
        <translation>(aucune clé proposée&#xa0;: pas d’agent ni de fichier d’identité)</translation>
    </message>
    <message>
        <source>a key listed in the server&apos;s authorized_keys</source>
        <translation>une clé listée dans le fichier authorized_keys du serveur</translation>
    </message>
    <message>
        <source>cannot open a channel to %1</source>
        <translation>impossible d’ouvrir un canal vers %1</translation>
    </message>
    <message>
        <source>the server refused to run the command</source>
        <translation>le serveur a refusé d’exécuter la commande</translation>
    </message>
    <message>
        <source>connection to %1 lost while running the command</source>
        <translation>connexion à %1 perdue pendant l’exécution de la commande</translation>
    </message>
    <message>
        <source>disconnected from %1</source>
        <translation>déconnecté de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a jump host</source>
        <translation>&quot;%1&quot; n’est pas un hôte de rebond</translation>
    </message>
    <message>
        <source>[USER@]HOST[:PORT]</source>
        <translation>[USER@]HOST[:PORT]</translation>
    </message>
    <message>
        <source>identity file %1 is encrypted and its passphrase is not in the keychain</source>
        <translation>le fichier d’identité %1 est chiffré et sa phrase de passe n’est pas dans le trousseau</translation>
    </message>
    <message>
        <source>the passphrase does not open identity file %1</source>
        <translation>la phrase de passe n’ouvre pas le fichier d’identité %1</translation>
    </message>
    <message>
        <source>the passphrase the key was encrypted with</source>
        <translation>la phrase de passe avec laquelle la clé a été chiffrée</translation>
    </message>
</context>
<context>
    <name>Infradeck::Address</name>
    <message>
        <source>invalid address &quot;%1&quot; at character %2</source>
        <translation>adresse invalide &quot;%1&quot; au caractère %2</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <source>a closing quote</source>
        <translation>un guillemet fermant</translation>
    </message>
    <message>
        <source>a number or a quoted string as index</source>
        <translation>un nombre ou une chaîne entre guillemets comme index</translation>
    </message>
    <message>
        <source>&quot;]&quot;</source>
        <translation>&quot;]&quot;</translation>
    </message>
    <message>
        <source>&quot;.&quot; or &quot;[&quot;</source>
        <translation>&quot;.&quot; ou &quot;[&quot;</translation>
    </message>
    <message>
        <source>a name after &quot;.&quot;</source>
        <translation>un nom après &quot;.&quot;</translation>
    </message>
    <message>
        <source>invalid module path &quot;%1&quot;</source>
        <translation>chemin de module invalide &quot;%1&quot;</translation>
    </message>
    <message>
        <source>empty resource address</source>
        <translation>adresse de ressource vide</translation>
    </message>
    <message>
        <source>TYPE.NAME</source>
        <translation>TYPE.NAME</translation>
    </message>
    <message>
        <source>invalid resource address &quot;%1&quot;: module step without a name</source>
        <translation>adresse de ressource invalide &quot;%1&quot;&#xa0;: étape de module sans nom</translation>
    </message>
    <message>
        <source>invalid resource address &quot;%1&quot;</source>
        <translation>adresse de ressource invalide &quot;%1&quot;</translation>
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
        <translation>en-tête age incorrect&#xa0;: stanza X25519 invalide</translation>
    </message>
    <message>
        <source>one 32-byte share argument and a 32-byte body</source>
        <translation>un argument de partage de 32 octets et un corps de 32 octets</translation>
    </message>
    <message>
        <source>no identity matches any recipient stanza</source>
        <translation>aucune identité ne correspond à une stanza de destinataire</translation>
    </message>
    <message>
        <source>no identity matches any recipient stanza (the file has no X25519 recipients)</source>
        <translation>aucune identité ne correspond à une stanza de destinataire (le fichier n’a aucun destinataire X25519)</translation>
    </message>
    <message>
        <source>bad age header MAC: the header was modified</source>
        <translation>MAC de l’en-tête age incorrect&#xa0;: l’en-tête a été modifié</translation>
    </message>
    <message>
        <source>truncated age payload: missing nonce</source>
        <translation>contenu age tronqué&#xa0;: nonce manquant</translation>
    </message>
    <message>
        <source>truncated age payload: no data chunk</source>
        <translation>contenu age tronqué&#xa0;: aucun bloc de données</translation>
    </message>
    <message>
        <source>truncated age payload</source>
        <translation>contenu age tronqué</translation>
    </message>
    <message>
        <source>age payload failed authentication: truncated or modified</source>
        <translation>échec de l’authentification du contenu age&#xa0;: tronqué ou modifié</translation>
    </message>
    <message>
        <source>age payload failed authentication: modified</source>
        <translation>échec de l’authentification du contenu age&#xa0;: modifié</translation>
    </message>
    <message>
        <source>malformed age payload: empty last chunk</source>
        <translation>contenu age mal formé&#xa0;: dernier bloc vide</translation>
    </message>
    <message>
        <source>no age recipients given</source>
        <translation>aucun destinataire age indiqué</translation>
    </message>
    <message>
        <source>invalid age recipient</source>
        <translation>destinataire age invalide</translation>
    </message>
    <message>
        <source>invalid age recipient %1: low-order point</source>
        <translation>destinataire age invalide %1&#xa0;: point d’ordre faible</translation>
    </message>
</context>
<context>
    <name>Infradeck::AgeHeader</name>
    <message>
        <source>unsupported age format version</source>
        <translation>version du format age non prise en charge</translation>
    </message>
    <message>
        <source>not an age file: bad header</source>
        <translation>pas un fichier age&#xa0;: en-tête incorrect</translation>
    </message>
    <message>
        <source>bad age header: %1</source>
        <translation>en-tête age incorrect&#xa0;: %1</translation>
    </message>
    <message>
        <source>header ends before the MAC line</source>
        <translation>l’en-tête se termine avant la ligne MAC</translation>
    </message>
    <message>
        <source>malformed MAC line</source>
        <translation>ligne MAC mal formée</translation>
    </message>
    <message>
        <source>malformed header MAC</source>
        <translation>MAC de l’en-tête mal formé</translation>
    </message>
    <message>
        <source>32 bytes of unpadded base64</source>
        <translation>32 octets en base64 sans remplissage</translation>
    </message>
    <message>
        <source>unexpected line</source>
        <translation>ligne inattendue</translation>
    </message>
    <message>
        <source>empty stanza argument</source>
        <translation>argument de stanza vide</translation>
    </message>
    <message>
        <source>invalid character in stanza argument</source>
        <translation>caractère invalide dans un argument de stanza</translation>
    </message>
    <message>
        <source>header ends inside a stanza body</source>
        <translation>l’en-tête se termine au milieu du corps d’une stanza</translation>
    </message>
    <message>
        <source>base64 body lines</source>
        <translation>des lignes de corps en base64</translation>
    </message>
    <message>
        <source>malformed stanza body</source>
        <translation>corps de stanza mal formé</translation>
    </message>
    <message>
        <source>unpadded base64, at most 64 columns</source>
        <translation>base64 sans remplissage, 64 colonnes au plus</translation>
    </message>
    <message>
        <source>truncated armored age file: no END line</source>
        <translation>fichier age armuré tronqué&#xa0;: pas de ligne END</translation>
    </message>
    <message>
        <source>bad armor: line length</source>
        <translation>armure incorrecte&#xa0;: longueur de ligne</translation>
    </message>
    <message>
        <source>64-column base64 lines</source>
        <translation>des lignes base64 de 64 colonnes</translation>
    </message>
    <message>
        <source>bad armor: invalid base64</source>
        <translation>armure incorrecte&#xa0;: base64 invalide</translation>
    </message>
    <message>
        <source>bad armor: base64 length is not a multiple of 4</source>
        <translation>armure incorrecte&#xa0;: la longueur base64 n’est pas un multiple de 4</translation>
    </message>
</context>
<context>
    <name>Infradeck::AgeIdentity</name>
    <message>
        <source>not an age secret key</source>
        <translation>pas une clé secrète age</translation>
    </message>
    <message>
        <source>invalid age secret key: %1</source>
        <translation>clé secrète age invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid age secret key: wrong prefix</source>
        <translation>clé secrète age invalide&#xa0;: mauvais préfixe</translation>
    </message>
    <message>
        <source>invalid age secret key: %1 bytes of key data</source>
        <translation>clé secrète age invalide&#xa0;: %1 octets de données de clé</translation>
    </message>
    <message>
        <source>32 bytes</source>
        <translation>32 octets</translation>
    </message>
    <message>
        <source>invalid identity on line %1: %2</source>
        <translation>identité invalide à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>AGE-SECRET-KEY-1… or a # comment</source>
        <translation>AGE-SECRET-KEY-1… ou un commentaire #</translation>
    </message>
    <message>
        <source>no age identities found</source>
        <translation>aucune identité age trouvée</translation>
    </message>
    <message>
        <source>at least one AGE-SECRET-KEY-1… line</source>
        <translation>au moins une ligne AGE-SECRET-KEY-1…</translation>
    </message>
    <message>
        <source>cannot open identity file: %1</source>
        <translation>impossible d’ouvrir le fichier d’identité&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::AgeRecipient</name>
    <message>
        <source>&apos;%1&apos; is not an age recipient</source>
        <translation>&apos;%1&apos; n’est pas un destinataire age</translation>
    </message>
    <message>
        <source>invalid age recipient: %1</source>
        <translation>destinataire age invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid age recipient: wrong prefix</source>
        <translation>destinataire age invalide&#xa0;: mauvais préfixe</translation>
    </message>
    <message>
        <source>invalid age recipient: %1 bytes of key data</source>
        <translation>destinataire age invalide&#xa0;: %1 octets de données de clé</translation>
    </message>
    <message>
        <source>32 bytes</source>
        <translation>32 octets</translation>
    </message>
</context>
<context>
    <name>Infradeck::AttributeDiff</name>
    <message>
        <source>(known after apply)</source>
        <translation>(connu après l’application)</translation>
    </message>
</context>
<context>
    <name>Infradeck::Bech32</name>
    <message>
        <source>invalid character in Bech32 string</source>
        <translation>caractère invalide dans une chaîne Bech32</translation>
    </message>
    <message>
        <source>printable ASCII</source>
        <translation>de l’ASCII imprimable</translation>
    </message>
    <message>
        <source>mixed-case Bech32 string</source>
        <translation>chaîne Bech32 à casse mixte</translation>
    </message>
    <message>
        <source>all lower case or all upper case</source>
        <translation>tout en minuscules ou tout en majuscules</translation>
    </message>
    <message>
        <source>malformed Bech32 string: separator &apos;1&apos; or checksum missing</source>
        <translation>chaîne Bech32 mal formée&#xa0;: séparateur &apos;1&apos; ou somme de contrôle manquant</translation>
    </message>
    <message>
        <source>invalid Bech32 character &apos;%1&apos;</source>
        <translation>caractère Bech32 invalide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Bech32 checksum mismatch (mistyped key?)</source>
        <translation>somme de contrôle Bech32 incorrecte (clé mal saisie&#xa0;?)</translation>
    </message>
    <message>
        <source>invalid Bech32 padding</source>
        <translation>remplissage Bech32 invalide</translation>
    </message>
</context>
<context>
    <name>Infradeck::CostBudget</name>
    <message>
        <source>&quot;%1&quot; is not a budget</source>
        <translation>&quot;%1&quot; n’est pas un budget</translation>
    </message>
    <message>
        <source>a monthly amount such as &quot;68.85 EUR&quot; or &quot;15 x 4.59 EUR&quot;</source>
        <translation>un montant mensuel tel que &quot;68.85 EUR&quot; ou &quot;15 x 4.59 EUR&quot;</translation>
    </message>
    <message>
        <source>the budget is in %1 but the estimate is in %2; not compared</source>
        <translation>le budget est en %1 mais l’estimation est en %2&#xa0;; non comparés</translation>
    </message>
    <message>
        <source>the monthly cost after this plan, %1, exceeds the budget of %2 by %3</source>
        <translation>le coût mensuel après ce plan, %1, dépasse le budget de %2 de %3</translation>
    </message>
    <message>
        <source> (%1 resources not priced)</source>
        <translation> (%1 ressources non tarifées)</translation>
    </message>
</context>
<context>
    <name>Infradeck::CostEstimator</name>
    <message>
        <source>catalog (%1)</source>
        <translation>catalogue (%1)</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>no price for %1 in the catalog</source>
        <translation>aucun prix pour %1 dans le catalogue</translation>
    </message>
    <message>
        <source>catalog: free</source>
        <translation>catalogue&#xa0;: gratuit</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>%1 = %2 (usage file)</source>
        <translation>%1 = %2 (fichier d’usage)</translation>
    </message>
    <message>
        <source>%1 = %2 (catalog default)</source>
        <translation>%1 = %2 (valeur par défaut du catalogue)</translation>
    </message>
    <message>
        <source>%1 = %2 (catalog default: %3)</source>
        <translation>%1 = %2 (valeur par défaut du catalogue&#xa0;: %3)</translation>
    </message>
    <message>
        <source>hours_per_month = %1 (usage file)</source>
        <translation>hours_per_month = %1 (fichier d’usage)</translation>
    </message>
    <message>
        <source>no price for %1</source>
        <translation>aucun prix pour %1</translation>
    </message>
    <message>
        <source>no price for %1 with %2</source>
        <translation>aucun prix pour %1 avec %2</translation>
    </message>
    <message>
        <source>usage %1 = &quot;%2&quot; is not a number</source>
        <translation>l’usage %1 = &quot;%2&quot; n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is not a quantity</source>
        <translation>%1 = &quot;%2&quot; n’est pas une quantité</translation>
    </message>
    <message>
        <source>%1 = %2 (not set; catalog default)</source>
        <translation>%1 = %2 (non défini&#xa0;; valeur par défaut du catalogue)</translation>
    </message>
    <message>
        <source>%1 of %2 is not known (needed for its price)</source>
        <translation>%1 de %2 est inconnu (nécessaire pour son prix)</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>no exchange rate from %1 to %2</source>
        <translation>aucun taux de change de %1 vers %2</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 au taux de %3</translation>
    </message>
    <message>
        <source>%1 prices include VAT</source>
        <translation>les prix de %1 incluent la TVA</translation>
    </message>
    <message>
        <source>%1 prices exclude VAT</source>
        <translation>les prix de %1 sont hors TVA</translation>
    </message>
    <message>
        <source> (some values are known only after apply)</source>
        <translation> (certaines valeurs ne seront connues qu’après l’application)</translation>
    </message>
    <message>
        <source>unverified: %1</source>
        <translation>non vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; usage from %2</source>
        <translation>%1&#xa0;; usage tiré de %2</translation>
    </message>
    <message>
        <source>%1; default assumption: %2</source>
        <translation>%1&#xa0;; hypothèse par défaut&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Infradeck::CostInputReader</name>
    <message>
        <source>cannot open the state: %1</source>
        <translation>impossible d’ouvrir l’état&#xa0;: %1</translation>
    </message>
    <message>
        <source>the state is not valid JSON: %1</source>
        <translation>l’état n’est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>a terraform.tfstate or `terraform show -json` output</source>
        <translation>un terraform.tfstate ou la sortie de `terraform show -json`</translation>
    </message>
    <message>
        <source>the state is not a JSON object</source>
        <translation>l’état n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>unsupported state format_version &quot;%1&quot;</source>
        <translation>format_version d’état non pris en charge &quot;%1&quot;</translation>
    </message>
    <message>
        <source>0.x or 1.x</source>
        <translation>0.x ou 1.x</translation>
    </message>
    <message>
        <source>the state has no version</source>
        <translation>l’état n’a pas de version</translation>
    </message>
    <message>
        <source>version 4</source>
        <translation>version 4</translation>
    </message>
    <message>
        <source>unsupported state version %1</source>
        <translation>version d’état non prise en charge %1</translation>
    </message>
    <message>
        <source>version 4 (Terraform 0.12 and later; run `terraform state pull` with a current Terraform)</source>
        <translation>version 4 (Terraform 0.12 et ultérieur&#xa0;; exécutez `terraform state pull` avec un Terraform récent)</translation>
    </message>
    <message>
        <source>resources is not a list</source>
        <translation>resources n’est pas une liste</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a resource has no type</source>
        <translation>une ressource n’a pas de type</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
</context>
<context>
    <name>Infradeck::CostReport</name>
    <message>
        <source>resource</source>
        <translation>ressource</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>écart</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>Monthly before: %1
</source>
        <translation>Mensuel avant&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Monthly after:  %1
</source>
        <translation>Mensuel après&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Monthly delta:  %1 %2
</source>
        <translation>Écart mensuel&#xa0;: %1 %2
</translation>
    </message>
    <message>
        <source>Monthly total: %1
</source>
        <translation>Total mensuel&#xa0;: %1
</translation>
    </message>
    <message numerus="yes">
        <source>
Not priced (%n resource(s), not counted in the totals):
</source>
        <translation>
            <numerusform>
Non tarifées (%n ressource, non comptée dans les totaux)&#xa0;:
</numerusform>
            <numerusform>
Non tarifées (%n ressources, non comptées dans les totaux)&#xa0;:
</numerusform>
        </translation>
    </message>
    <message>
        <source>
Assumptions:
</source>
        <translation>
Hypothèses&#xa0;:
</translation>
    </message>
</context>
<context>
    <name>Infradeck::Dashboard</name>
    <message>
        <source>expected a text value</source>
        <translation>une valeur texte était attendue</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>un nombre était attendu</translation>
    </message>
    <message>
        <source>a number such as 80 or 0.95</source>
        <translation>un nombre tel que 80 ou 0.95</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>CPU busy</source>
        <translation>CPU occupé</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Mémoire utilisée</translation>
    </message>
    <message>
        <source>Disk used</source>
        <translation>Disque utilisé</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>{{instance}} received</source>
        <translation>{{instance}} reçu</translation>
    </message>
    <message>
        <source>{{instance}} sent</source>
        <translation>{{instance}} envoyé</translation>
    </message>
    <message>
        <source>cannot read the workspace file: %1</source>
        <translation>impossible de lire le fichier d’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;dashboards&quot; must be a list</source>
        <translation>&quot;dashboards&quot; doit être une liste</translation>
    </message>
    <message>
        <source>a list of dashboards</source>
        <translation>une liste de tableaux de bord</translation>
    </message>
    <message>
        <source>a dashboard must be a map</source>
        <translation>un tableau de bord doit être un dictionnaire</translation>
    </message>
    <message>
        <source>name and panels</source>
        <translation>name et panels</translation>
    </message>
    <message>
        <source>a dashboard needs a name</source>
        <translation>un tableau de bord doit avoir un nom</translation>
    </message>
    <message>
        <source>name: TEXT</source>
        <translation>name: TEXT</translation>
    </message>
    <message>
        <source>a dashboard needs a list of panels</source>
        <translation>un tableau de bord doit avoir une liste de panneaux</translation>
    </message>
    <message>
        <source>panels: [...]</source>
        <translation>panels: [...]</translation>
    </message>
    <message>
        <source>a panel must be a map</source>
        <translation>un panneau doit être un dictionnaire</translation>
    </message>
    <message>
        <source>title, query, unit, thresholds</source>
        <translation>title, query, unit, thresholds</translation>
    </message>
    <message>
        <source>the panel &quot;%1&quot; has no query</source>
        <translation>le panneau &quot;%1&quot; n’a pas de requête</translation>
    </message>
    <message>
        <source>query: PROMQL</source>
        <translation>query: PROMQL</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; is shown as a plain number</source>
        <translation>l’unité inconnue &quot;%1&quot; est affichée comme un simple nombre</translation>
    </message>
    <message>
        <source>unknown panel kind &quot;%1&quot;</source>
        <translation>type de panneau inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line or area</source>
        <translation>line ou area</translation>
    </message>
    <message>
        <source>a threshold needs a value</source>
        <translation>un seuil doit avoir une valeur</translation>
    </message>
    <message>
        <source>value: NUMBER</source>
        <translation>value: NUMBER</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour</source>
        <translation>&quot;%1&quot; n’est pas une couleur</translation>
    </message>
    <message>
        <source>a name or #rrggbb</source>
        <translation>un nom ou #rrggbb</translation>
    </message>
    <message>
        <source>thresholds must be a list</source>
        <translation>thresholds doit être une liste</translation>
    </message>
    <message>
        <source>[80, 95] or [{value, color, label}]</source>
        <translation>[80, 95] ou [{value, color, label}]</translation>
    </message>
    <message>
        <source>the workspace file is not valid YAML: %1</source>
        <translation>le fichier d’espace de travail n’est pas du YAML valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::Error</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>octet %1</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>à l’octet %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>attendu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::HetznerPricing</name>
    <message>
        <source>malformed Hetzner pricing response</source>
        <translation>réponse de tarification Hetzner mal formée</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a decimal string such as &quot;4.5900000000&quot;</source>
        <translation>une chaîne décimale telle que &quot;4.5900000000&quot;</translation>
    </message>
    <message>
        <source>the Hetzner API token was rejected (HTTP 401): check the token stored for this environment</source>
        <translation>le jeton d’API Hetzner a été rejeté (HTTP 401)&#xa0;: vérifiez le jeton stocké pour cet environnement</translation>
    </message>
    <message>
        <source>the Hetzner API token may not read prices (HTTP 403)</source>
        <translation>le jeton d’API Hetzner n’a pas le droit de lire les prix (HTTP 403)</translation>
    </message>
    <message>
        <source>the pricing endpoint was not found (HTTP 404): check the API base URL</source>
        <translation>le point de terminaison de tarification est introuvable (HTTP 404)&#xa0;: vérifiez l’URL de base de l’API</translation>
    </message>
    <message>
        <source>the Hetzner API rate limit was exceeded (HTTP 429) and retries ran out</source>
        <translation>la limite de requêtes de l’API Hetzner a été dépassée (HTTP 429) et les nouvelles tentatives sont épuisées</translation>
    </message>
    <message>
        <source>the Hetzner API failed (HTTP %1) and retries ran out</source>
        <translation>l’API Hetzner a échoué (HTTP %1) et les nouvelles tentatives sont épuisées</translation>
    </message>
    <message>
        <source>the Hetzner API answered HTTP %1</source>
        <translation>l’API Hetzner a répondu HTTP %1</translation>
    </message>
    <message>
        <source>no Hetzner API token is available</source>
        <translation>aucun jeton d’API Hetzner n’est disponible</translation>
    </message>
    <message>
        <source>fetching Hetzner prices was aborted</source>
        <translation>la récupération des prix Hetzner a été interrompue</translation>
    </message>
    <message>
        <source>the Hetzner API did not answer within %1 s</source>
        <translation>l’API Hetzner n’a pas répondu en %1 s</translation>
    </message>
    <message>
        <source>cannot reach the Hetzner API: %1</source>
        <translation>impossible de joindre l’API Hetzner&#xa0;: %1</translation>
    </message>
    <message>
        <source>malformed Hetzner server types response</source>
        <translation>réponse des types de serveur Hetzner mal formée</translation>
    </message>
    <message>
        <source>cannot write the price cache: %1</source>
        <translation>impossible d’écrire le cache des prix&#xa0;: %1</translation>
    </message>
    <message>
        <source>the Hetzner pricing response is not JSON: %1</source>
        <translation>la réponse de tarification Hetzner n’est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>a JSON object with &quot;pricing&quot;</source>
        <translation>un objet JSON avec &quot;pricing&quot;</translation>
    </message>
    <message>
        <source>a decimal string such as &quot;20.00&quot;</source>
        <translation>une chaîne décimale telle que &quot;20.00&quot;</translation>
    </message>
    <message>
        <source>the Hetzner server types response is not JSON: %1</source>
        <translation>la réponse des types de serveur Hetzner n’est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>a snapshot&apos;s size is not in the state</source>
        <translation>la taille d’un snapshot ne figure pas dans l’état</translation>
    </message>
    <message>
        <source>no cached Hetzner prices: %1</source>
        <translation>aucun prix Hetzner en cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>the price cache is not JSON: %1</source>
        <translation>le cache des prix n’est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>the price cache has no date</source>
        <translation>le cache des prix n’a pas de date</translation>
    </message>
    <message>
        <source>an ISO 8601 date</source>
        <translation>une date ISO 8601</translation>
    </message>
    <message numerus="yes">
        <source>the Hetzner API rate limit was exceeded (HTTP 429) and retries ran out; try again after %1 (in %n s)</source>
        <translation>
            <numerusform>la limite de requêtes de l’API Hetzner a été dépassée (HTTP 429) et les nouvelles tentatives sont épuisées&#xa0;; réessayez après %1 (dans %n s)</numerusform>
            <numerusform>la limite de requêtes de l’API Hetzner a été dépassée (HTTP 429) et les nouvelles tentatives sont épuisées&#xa0;; réessayez après %1 (dans %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hetzner API, %1</source>
        <translation>API Hetzner, %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::InventoryDiff</name>
    <message>
        <source>last applied state</source>
        <translation>dernier état appliqué</translation>
    </message>
    <message>
        <source>refreshed (%1)</source>
        <translation>actualisé (%1)</translation>
    </message>
    <message>
        <source>A: %1
B: %2
</source>
        <translation>A&#xa0;: %1
B&#xa0;: %2
</translation>
    </message>
    <message>
        <source>%1 only in A, %2 only in B, %3 different, %4 the same</source>
        <translation>%1 seulement dans A, %2 seulement dans B, %3 différentes, %4 identiques</translation>
    </message>
    <message>
        <source> (not compared: %1)</source>
        <translation> (non comparé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>root module</source>
        <translation>module racine</translation>
    </message>
    <message>
        <source>  (only in A)</source>
        <translation>  (seulement dans A)</translation>
    </message>
    <message>
        <source>  (only in B)</source>
        <translation>  (seulement dans B)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>        (%1 ignored attribute difference(s))
</source>
        <translation>        (%1 différence(s) d’attribut ignorée(s))
</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>sorties</translation>
    </message>
</context>
<context>
    <name>Infradeck::InventoryIgnoreRules</name>
    <message>
        <source>cannot open the diff ignore rules: %1</source>
        <translation>impossible d’ouvrir les règles d’exclusion du diff&#xa0;: %1</translation>
    </message>
    <message>
        <source>the rules file is not a map</source>
        <translation>le fichier de règles n’est pas un dictionnaire</translation>
    </message>
    <message>
        <source>a map with &quot;names&quot; and &quot;paths&quot; lists</source>
        <translation>un dictionnaire avec les listes &quot;names&quot; et &quot;paths&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;names&quot; or &quot;paths&quot;</source>
        <translation>&quot;names&quot; ou &quot;paths&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>&quot;%1&quot; n’est pas une liste</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>entry is not a string</source>
        <translation>l’entrée n’est pas une chaîne</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>expression régulière invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>a regular expression</source>
        <translation>une expression régulière</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML invalide&#xa0;: %1</translation>
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
        <translation>remplacer car l’objet est altéré (tainted)</translation>
    </message>
    <message>
        <source>replace because the provider cannot update it in place</source>
        <translation>remplacer car le fournisseur ne peut pas le mettre à jour sur place</translation>
    </message>
    <message>
        <source>replace because it was requested (-replace)</source>
        <translation>remplacer car cela a été demandé (-replace)</translation>
    </message>
    <message>
        <source>replace because replace_triggered_by changed</source>
        <translation>remplacer car replace_triggered_by a changé</translation>
    </message>
    <message>
        <source>delete because the resource is no longer in the configuration</source>
        <translation>supprimer car la ressource n’est plus dans la configuration</translation>
    </message>
    <message>
        <source>delete because its module is no longer in the configuration</source>
        <translation>supprimer car son module n’est plus dans la configuration</translation>
    </message>
    <message>
        <source>delete because count/for_each was added or removed</source>
        <translation>supprimer car count/for_each a été ajouté ou retiré</translation>
    </message>
    <message>
        <source>delete because its count index is out of range</source>
        <translation>supprimer car son index count est hors limites</translation>
    </message>
    <message>
        <source>delete because its for_each key is gone</source>
        <translation>supprimer car sa clé for_each a disparu</translation>
    </message>
    <message>
        <source>delete because the moved block has no target</source>
        <translation>supprimer car le bloc moved n’a pas de cible</translation>
    </message>
    <message>
        <source>read during apply because its configuration is not known yet</source>
        <translation>lire pendant l’application car sa configuration n’est pas encore connue</translation>
    </message>
    <message>
        <source>read during apply because a dependency has pending changes</source>
        <translation>lire pendant l’application car une dépendance a des modifications en attente</translation>
    </message>
    <message>
        <source>read during apply because a check block needs it</source>
        <translation>lire pendant l’application car un bloc check en a besoin</translation>
    </message>
    <message>
        <source>unspecified reason (%1)</source>
        <translation>raison non précisée (%1)</translation>
    </message>
</context>
<context>
    <name>Infradeck::PlanReader</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid UTF-8 in the plan</source>
        <translation>UTF-8 invalide dans le plan</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>du texte UTF-8</translation>
    </message>
    <message>
        <source>the plan is not a JSON object</source>
        <translation>le plan n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>an object with format_version and resource_changes</source>
        <translation>un objet avec format_version et resource_changes</translation>
    </message>
    <message>
        <source>unexpected data after the JSON document</source>
        <translation>données inattendues après le document JSON</translation>
    </message>
    <message>
        <source>end of input</source>
        <translation>fin de l’entrée</translation>
    </message>
    <message>
        <source>this is a Terraform state in JSON, not a plan (no format_version with resource_changes)</source>
        <translation>ceci est un état Terraform en JSON, pas un plan (pas de format_version avec resource_changes)</translation>
    </message>
    <message>
        <source>not a Terraform JSON plan: format_version is missing</source>
        <translation>pas un plan JSON Terraform&#xa0;: format_version est absent</translation>
    </message>
    <message>
        <source>the output of `terraform show -json PLANFILE`</source>
        <translation>la sortie de `terraform show -json PLANFILE`</translation>
    </message>
    <message>
        <source>wrong type for %1</source>
        <translation>type incorrect pour %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a number (count) or a string (for_each)</source>
        <translation>un nombre (count) ou une chaîne (for_each)</translation>
    </message>
    <message>
        <source>unknown actions [%1]</source>
        <translation>actions inconnues [%1]</translation>
    </message>
    <message>
        <source>no-op, create, read, update, delete, [delete, create] or [create, delete]</source>
        <translation>no-op, create, read, update, delete, [delete, create] ou [create, delete]</translation>
    </message>
    <message>
        <source>resource change without an address</source>
        <translation>modification de ressource sans adresse</translation>
    </message>
    <message>
        <source>&quot;address&quot;</source>
        <translation>&quot;address&quot;</translation>
    </message>
    <message>
        <source>resource change %1 has no &quot;change&quot;</source>
        <translation>la modification de ressource %1 n’a pas de &quot;change&quot;</translation>
    </message>
    <message>
        <source>&quot;change&quot;: {&quot;actions&quot;: [...]}</source>
        <translation>&quot;change&quot;: {&quot;actions&quot;: [...]}</translation>
    </message>
    <message>
        <source>cannot open the plan: %1</source>
        <translation>impossible d’ouvrir le plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the plan: %1</source>
        <translation>impossible de lire le plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>the plan file is empty</source>
        <translation>le fichier de plan est vide</translation>
    </message>
    <message>
        <source>the JSON output of `terraform show -json PLANFILE`</source>
        <translation>la sortie JSON de `terraform show -json PLANFILE`</translation>
    </message>
    <message>
        <source>the plan holds only a [command] line of GitHub&apos;s setup-terraform wrapper</source>
        <translation>le plan ne contient qu’une ligne [command] du wrapper setup-terraform de GitHub</translation>
    </message>
    <message>
        <source>JSON after the [command] line (use terraform_wrapper: false)</source>
        <translation>du JSON après la ligne [command] (utilisez terraform_wrapper: false)</translation>
    </message>
    <message>
        <source>skipped a leading &quot;[command]&quot; line written by GitHub&apos;s setup-terraform wrapper</source>
        <translation>ligne &quot;[command]&quot; initiale écrite par le wrapper setup-terraform de GitHub ignorée</translation>
    </message>
    <message>
        <source>unsupported plan format_version &quot;%1&quot;</source>
        <translation>format_version de plan non pris en charge &quot;%1&quot;</translation>
    </message>
    <message>
        <source>format 0.x or 1.x (Terraform 0.12 to 1.x, OpenTofu)</source>
        <translation>format 0.x ou 1.x (Terraform 0.12 à 1.x, OpenTofu)</translation>
    </message>
    <message>
        <source>HCP Terraform redacted plan format (plan_format_version %1): sensitive values are already removed</source>
        <translation>format de plan expurgé de HCP Terraform (plan_format_version %1)&#xa0;: les valeurs sensibles sont déjà retirées</translation>
    </message>
</context>
<context>
    <name>Infradeck::PlanReport</name>
    <message>
        <source>, create before destroy</source>
        <translation>, créer avant de détruire</translation>
    </message>
    <message>
        <source>, destroy before create</source>
        <translation>, détruire avant de créer</translation>
    </message>
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
        <source>Plan review: %1</source>
        <translation>Revue du plan&#xa0;: %1</translation>
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
        <source>replace</source>
        <translation>remplacer</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lire</translation>
    </message>
    <message>
        <source>no-op</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>dérive</translation>
    </message>
    <message>
        <source>Plan format %1, Terraform %2</source>
        <translation>Format de plan %1, Terraform %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>No risks found.</source>
        <translation>Aucun risque détecté.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>attribut</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
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
        <source>(diff omitted: more than %1 changes)</source>
        <translation>(diff omis&#xa0;: plus de %1 modifications)</translation>
    </message>
    <message>
        <source>(no attribute changes)</source>
        <translation>(aucune modification d’attribut)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>cannot tell the report format from &quot;%1&quot;</source>
        <translation>impossible de déduire le format du rapport de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a .md or .html file name</source>
        <translation>un nom de fichier .md ou .html</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>impossible d’écrire le rapport&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::PlanSummary</name>
    <message>
        <source>Plan: %1 to create, %2 to update, %3 to replace, %4 to delete, %5 to read, %6 unchanged</source>
        <translation>Plan&#xa0;: %1 à créer, %2 à mettre à jour, %3 à remplacer, %4 à supprimer, %5 à lire, %6 inchangées</translation>
    </message>
    <message>
        <source>Drift: %1 resource(s) changed outside Terraform</source>
        <translation>Dérive&#xa0;: %1 ressource(s) modifiée(s) hors de Terraform</translation>
    </message>
    <message>
        <source>Format %1, Terraform %2</source>
        <translation>Format %1, Terraform %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Modifications&#xa0;:</translation>
    </message>
    <message>
        <source>create before destroy</source>
        <translation>créer avant de détruire</translation>
    </message>
    <message>
        <source>destroy before create</source>
        <translation>détruire avant de créer</translation>
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
        <source>Risks:</source>
        <translation>Risques&#xa0;:</translation>
    </message>
    <message>
        <source>Risks: none found</source>
        <translation>Risques&#xa0;: aucun détecté</translation>
    </message>
</context>
<context>
    <name>Infradeck::PriceCatalog</name>
    <message>
        <source>%1 must be a single value</source>
        <translation>%1 doit être une valeur unique</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>%1 must be a value or a list</source>
        <translation>%1 doit être une valeur ou une liste</translation>
    </message>
    <message>
        <source>a string or a list of strings</source>
        <translation>une chaîne ou une liste de chaînes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal amount</source>
        <translation>&quot;%1&quot; n’est pas un montant décimal</translation>
    </message>
    <message>
        <source>a decimal such as &quot;4.59&quot; or &quot;0.0069&quot;</source>
        <translation>un nombre décimal tel que &quot;4.59&quot; ou &quot;0.0069&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; n’est pas une date</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>une date au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 doit valoir true ou false</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation>clé inconnue &quot;%1&quot; ignorée</translation>
    </message>
    <message>
        <source>a quantity must be a map</source>
        <translation>une quantité doit être un dictionnaire</translation>
    </message>
    <message>
        <source>{attribute: NAME} or {count: NAME} or {usage: NAME}</source>
        <translation>{attribute: NAME} ou {count: NAME} ou {usage: NAME}</translation>
    </message>
    <message>
        <source>a quantity needs attribute, count or usage</source>
        <translation>une quantité nécessite attribute, count ou usage</translation>
    </message>
    <message>
        <source>unknown quantity parser &quot;%1&quot;</source>
        <translation>analyseur de quantité inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>number, cpu or memory_gib</source>
        <translation>number, cpu ou memory_gib</translation>
    </message>
    <message>
        <source>a price must be a map</source>
        <translation>un prix doit être un dictionnaire</translation>
    </message>
    <message>
        <source>{SELECTOR: VALUE, ..., monthly: &quot;4.59&quot;, hourly: &quot;0.0074&quot;}</source>
        <translation>{SELECTOR: VALUE, ..., monthly: &quot;4.59&quot;, hourly: &quot;0.0074&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a selector of %2</source>
        <translation>&quot;%1&quot; n’est pas un sélecteur de %2</translation>
    </message>
    <message>
        <source>a price of %1 has neither monthly nor hourly</source>
        <translation>un prix de %1 n’a ni monthly ni hourly</translation>
    </message>
    <message>
        <source>monthly: &quot;4.59&quot; and/or hourly: &quot;0.0074&quot;</source>
        <translation>monthly: &quot;4.59&quot; et/ou hourly: &quot;0.0074&quot;</translation>
    </message>
    <message>
        <source>quantity must be a map or a list</source>
        <translation>quantity doit être un dictionnaire ou une liste</translation>
    </message>
    <message>
        <source>[{attribute: size}]</source>
        <translation>[{attribute: size}]</translation>
    </message>
    <message>
        <source>%1 has no prices</source>
        <translation>%1 n’a pas de prix</translation>
    </message>
    <message>
        <source>prices: [ {monthly: &quot;4.59&quot;}, ... ]</source>
        <translation>prices: [ {monthly: &quot;4.59&quot;}, ... ]</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a pricing</source>
        <translation>%1&#xa0;: &quot;%2&quot; n’est pas une tarification</translation>
    </message>
    <message>
        <source>free or a map with prices</source>
        <translation>free ou un dictionnaire avec des prix</translation>
    </message>
    <message>
        <source>the pricing of %1 must be a map</source>
        <translation>la tarification de %1 doit être un dictionnaire</translation>
    </message>
    <message>
        <source>provider, select, prices, ...</source>
        <translation>provider, select, prices, ...</translation>
    </message>
    <message>
        <source>unknown billing &quot;%1&quot;</source>
        <translation>facturation inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>monthly or hourly_capped</source>
        <translation>monthly ou hourly_capped</translation>
    </message>
    <message>
        <source>select must be a map</source>
        <translation>select doit être un dictionnaire</translation>
    </message>
    <message>
        <source>{server_type: [server_type], location: [location, datacenter]}</source>
        <translation>{server_type: [server_type], location: [location, datacenter]}</translation>
    </message>
    <message>
        <source>usage must be a map</source>
        <translation>usage doit être un dictionnaire</translation>
    </message>
    <message>
        <source>{NAME: {default: VALUE, note: WHY}}</source>
        <translation>{NAME: {default: VALUE, note: WHY}}</translation>
    </message>
    <message>
        <source>usage %1 has no default</source>
        <translation>l’usage %1 n’a pas de valeur par défaut</translation>
    </message>
    <message>
        <source>default: VALUE</source>
        <translation>default: VALUE</translation>
    </message>
    <message>
        <source>components must be a non-empty list</source>
        <translation>components doit être une liste non vide</translation>
    </message>
    <message>
        <source>[{name: cpu, quantity: ..., prices: ...}]</source>
        <translation>[{name: cpu, quantity: ..., prices: ...}]</translation>
    </message>
    <message>
        <source>a component must be a map</source>
        <translation>un composant doit être un dictionnaire</translation>
    </message>
    <message>
        <source>{name: cpu, quantity: ..., prices: ...}</source>
        <translation>{name: cpu, quantity: ..., prices: ...}</translation>
    </message>
    <message>
        <source>addons must be a list</source>
        <translation>addons doit être une liste</translation>
    </message>
    <message>
        <source>[{name: backups, when: backups, percent: &quot;20&quot;}]</source>
        <translation>[{name: backups, when: backups, percent: &quot;20&quot;}]</translation>
    </message>
    <message>
        <source>an addon needs when and percent</source>
        <translation>un addon nécessite when et percent</translation>
    </message>
    <message>
        <source>{name: backups, when: backups, percent: &quot;20&quot;}</source>
        <translation>{name: backups, when: backups, percent: &quot;20&quot;}</translation>
    </message>
    <message>
        <source>%1 uses usage &quot;%2&quot; without a default</source>
        <translation>%1 utilise l’usage &quot;%2&quot; sans valeur par défaut</translation>
    </message>
    <message>
        <source>usage: {%1: {default: VALUE, note: WHY}}</source>
        <translation>usage: {%1: {default: VALUE, note: WHY}}</translation>
    </message>
    <message>
        <source>%1 selects by usage &quot;%2&quot; without a default</source>
        <translation>%1 sélectionne selon l’usage &quot;%2&quot; sans valeur par défaut</translation>
    </message>
    <message>
        <source>usage: {%1: {default: VALUE}}</source>
        <translation>usage: {%1: {default: VALUE}}</translation>
    </message>
    <message>
        <source>the price catalog must be a map</source>
        <translation>le catalogue de prix doit être un dictionnaire</translation>
    </message>
    <message>
        <source>schema_version: 1, currency, types: {...}</source>
        <translation>schema_version: 1, currency, types: {...}</translation>
    </message>
    <message>
        <source>unsupported catalog schema_version &quot;%1&quot;</source>
        <translation>schema_version de catalogue non pris en charge &quot;%1&quot;</translation>
    </message>
    <message>
        <source>schema_version: 1</source>
        <translation>schema_version: 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>&quot;%1&quot; n’est pas un code de devise</translation>
    </message>
    <message>
        <source>an ISO 4217 code such as EUR</source>
        <translation>un code ISO 4217 tel que EUR</translation>
    </message>
    <message>
        <source>stale_after_days must be a positive number</source>
        <translation>stale_after_days doit être un nombre positif</translation>
    </message>
    <message>
        <source>a number of days</source>
        <translation>un nombre de jours</translation>
    </message>
    <message>
        <source>exchange_rates must be a map</source>
        <translation>exchange_rates doit être un dictionnaire</translation>
    </message>
    <message>
        <source>{USD: {rate: &quot;0.92&quot;, source: ..., date: ...}}</source>
        <translation>{USD: {rate: &quot;0.92&quot;, source: ..., date: ...}}</translation>
    </message>
    <message>
        <source>exchange rate %1 has no rate</source>
        <translation>le taux de change %1 n’a pas de rate</translation>
    </message>
    <message>
        <source>rate: &quot;0.92&quot;</source>
        <translation>rate: &quot;0.92&quot;</translation>
    </message>
    <message>
        <source>exchange rate %1 must be positive</source>
        <translation>le taux de change %1 doit être positif</translation>
    </message>
    <message>
        <source>a positive decimal</source>
        <translation>un nombre décimal positif</translation>
    </message>
    <message>
        <source>the catalog has no types map</source>
        <translation>le catalogue n’a pas de dictionnaire types</translation>
    </message>
    <message>
        <source>types: {hcloud_server: {...}, hcloud_firewall: free}</source>
        <translation>types: {hcloud_server: {...}, hcloud_firewall: free}</translation>
    </message>
    <message>
        <source>%1 is priced in %2 but the catalog has no exchange rate for it</source>
        <translation>%1 est tarifé en %2 mais le catalogue n’a pas de taux de change pour cette devise</translation>
    </message>
    <message>
        <source>exchange_rates: {%1: &quot;RATE&quot;}</source>
        <translation>exchange_rates: {%1: &quot;RATE&quot;}</translation>
    </message>
    <message>
        <source>cannot open the price catalog: %1</source>
        <translation>impossible d’ouvrir le catalogue de prix&#xa0;: %1</translation>
    </message>
    <message>
        <source>the price catalog is empty</source>
        <translation>le catalogue de prix est vide</translation>
    </message>
    <message>
        <source>schema_version: 1, currency and types</source>
        <translation>schema_version: 1, currency et types</translation>
    </message>
    <message>
        <source>invalid price catalog YAML: %1</source>
        <translation>YAML du catalogue de prix invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is priced in %2 but no exchange rate to %3 is known; kept the previous price</source>
        <translation>%1 est tarifé en %2 mais aucun taux de change vers %3 n’est connu&#xa0;; prix précédent conservé</translation>
    </message>
    <message>
        <source>monthly, hourly, unit, source, date, verified (this type has no selectors)</source>
        <translation>monthly, hourly, unit, source, date, verified (ce type n’a pas de sélecteur)</translation>
    </message>
    <message>
        <source>one of %1 or monthly, hourly, unit, source, date, verified</source>
        <translation>l’un de %1 ou monthly, hourly, unit, source, date, verified</translation>
    </message>
</context>
<context>
    <name>Infradeck::PromResponse</name>
    <message>
        <source>malformed Prometheus response</source>
        <translation>réponse Prometheus mal formée</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; member</source>
        <translation>un membre &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a string label value</source>
        <translation>une valeur d’étiquette de type chaîne</translation>
    </message>
    <message>
        <source>a [timestamp, &quot;value&quot;] pair</source>
        <translation>une paire [timestamp, &quot;value&quot;]</translation>
    </message>
    <message>
        <source>a numeric timestamp</source>
        <translation>un timestamp numérique</translation>
    </message>
    <message>
        <source>a sample value as a string</source>
        <translation>une valeur d’échantillon sous forme de chaîne</translation>
    </message>
    <message>
        <source>a number, NaN, +Inf or -Inf</source>
        <translation>un nombre, NaN, +Inf ou -Inf</translation>
    </message>
    <message>
        <source>matrix, vector, scalar or string</source>
        <translation>matrix, vector, scalar ou string</translation>
    </message>
    <message>
        <source>&quot;values&quot; or &quot;histograms&quot;</source>
        <translation>&quot;values&quot; ou &quot;histograms&quot;</translation>
    </message>
    <message>
        <source>&quot;value&quot; or &quot;histogram&quot;</source>
        <translation>&quot;value&quot; ou &quot;histogram&quot;</translation>
    </message>
    <message>
        <source>the query or its parameters are invalid (HTTP 400)</source>
        <translation>la requête ou ses paramètres sont invalides (HTTP 400)</translation>
    </message>
    <message>
        <source>Prometheus refused the credentials (HTTP %1): check the token or user stored for this environment</source>
        <translation>Prometheus a refusé les identifiants (HTTP %1)&#xa0;: vérifiez le jeton ou l’utilisateur stocké pour cet environnement</translation>
    </message>
    <message>
        <source>no Prometheus API at this address (HTTP 404): check the URL and its path prefix</source>
        <translation>aucune API Prometheus à cette adresse (HTTP 404)&#xa0;: vérifiez l’URL et son préfixe de chemin</translation>
    </message>
    <message>
        <source>the expression cannot be executed (HTTP 422)</source>
        <translation>l’expression ne peut pas être exécutée (HTTP 422)</translation>
    </message>
    <message>
        <source>the server is rate limiting requests (HTTP 429)</source>
        <translation>le serveur limite le débit des requêtes (HTTP 429)</translation>
    </message>
    <message>
        <source>the query timed out or was aborted on the server, or the server is not ready (HTTP 503)</source>
        <translation>la requête a expiré ou a été interrompue sur le serveur, ou le serveur n’est pas prêt (HTTP 503)</translation>
    </message>
    <message>
        <source>the server failed (HTTP %1)</source>
        <translation>le serveur a échoué (HTTP %1)</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>statut HTTP inattendu %1</translation>
    </message>
    <message>
        <source>the Prometheus response is not JSON: %1</source>
        <translation>la réponse de Prometheus n’est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>a JSON object with &quot;status&quot; and &quot;data&quot;</source>
        <translation>un objet JSON avec &quot;status&quot; et &quot;data&quot;</translation>
    </message>
    <message>
        <source>Prometheus answered with an error</source>
        <translation>Prometheus a répondu par une erreur</translation>
    </message>
    <message>
        <source>&quot;success&quot; or &quot;error&quot;</source>
        <translation>&quot;success&quot; ou &quot;error&quot;</translation>
    </message>
</context>
<context>
    <name>Infradeck::PrometheusCredentials</name>
    <message>
        <source>&quot;Bearer TOKEN&quot;, a bare token, or &quot;basic USER:PASSWORD&quot;</source>
        <translation>&quot;Bearer TOKEN&quot;, un jeton seul ou &quot;basic USER:PASSWORD&quot;</translation>
    </message>
    <message>
        <source>the Prometheus credential is empty</source>
        <translation>l’identifiant Prometheus est vide</translation>
    </message>
    <message>
        <source>the Prometheus credential contains a line break or another control character</source>
        <translation>l’identifiant Prometheus contient un saut de ligne ou un autre caractère de contrôle</translation>
    </message>
    <message>
        <source>the Prometheus basic credential has no user name followed by a colon</source>
        <translation>l’identifiant Prometheus basic n’a pas de nom d’utilisateur suivi de deux-points</translation>
    </message>
    <message>
        <source>the Prometheus credential has no token after &quot;Bearer&quot;</source>
        <translation>l’identifiant Prometheus n’a pas de jeton après &quot;Bearer&quot;</translation>
    </message>
    <message>
        <source>the Prometheus token contains a space</source>
        <translation>le jeton Prometheus contient une espace</translation>
    </message>
</context>
<context>
    <name>Infradeck::PrometheusJob</name>
    <message>
        <source>&quot;%1&quot; is not a Prometheus URL</source>
        <translation>&quot;%1&quot; n’est pas une URL Prometheus</translation>
    </message>
    <message>
        <source>http(s)://host:port[/prefix]</source>
        <translation>http(s)://host:port[/prefix]</translation>
    </message>
    <message>
        <source>the Prometheus request was aborted</source>
        <translation>la requête Prometheus a été interrompue</translation>
    </message>
    <message>
        <source>Prometheus did not answer within %1 s</source>
        <translation>Prometheus n’a pas répondu en %1 s</translation>
    </message>
    <message>
        <source>Prometheus is unreachable at %1: %2</source>
        <translation>Prometheus est injoignable à %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Infradeck::Redaction</name>
    <message>
        <source>possibly sensitive</source>
        <translation>peut-être sensible</translation>
    </message>
</context>
<context>
    <name>Infradeck::Rules</name>
    <message>
        <source>%1 must be a single value</source>
        <translation>%1 doit être une valeur unique</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 doit être une liste</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>a rule must be a map</source>
        <translation>une règle doit être un dictionnaire</translation>
    </message>
    <message>
        <source>id, severity, reason, when</source>
        <translation>id, severity, reason, when</translation>
    </message>
    <message>
        <source>rule without an id</source>
        <translation>règle sans id</translation>
    </message>
    <message>
        <source>id: some-rule-id</source>
        <translation>id: some-rule-id</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; in rule %2</source>
        <translation>gravité inconnue &quot;%1&quot; dans la règle %2</translation>
    </message>
    <message>
        <source>high, medium or low</source>
        <translation>high, medium ou low</translation>
    </message>
    <message>
        <source>&quot;when&quot; must be a map</source>
        <translation>&quot;when&quot; doit être un dictionnaire</translation>
    </message>
    <message>
        <source>actions, types, action_reasons, protected_env</source>
        <translation>actions, types, action_reasons, protected_env</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; in rule %2</source>
        <translation>action inconnue &quot;%1&quot; dans la règle %2</translation>
    </message>
    <message>
        <source>unknown check &quot;%1&quot; in rule %2</source>
        <translation>vérification inconnue &quot;%1&quot; dans la règle %2</translation>
    </message>
    <message>
        <source>open-ingress or secret-values</source>
        <translation>open-ingress ou secret-values</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; in rule %2</source>
        <translation>port invalide &quot;%1&quot; dans la règle %2</translation>
    </message>
    <message>
        <source>a number 0-65535</source>
        <translation>un nombre de 0 à 65535</translation>
    </message>
    <message>
        <source>open-ingress rule %1 needs &quot;targets&quot;</source>
        <translation>la règle open-ingress %1 nécessite &quot;targets&quot;</translation>
    </message>
    <message>
        <source>a map from resource type to its attribute names</source>
        <translation>un dictionnaire des types de ressource vers leurs noms d’attribut</translation>
    </message>
    <message>
        <source>target %1 must be a map</source>
        <translation>la cible %1 doit être un dictionnaire</translation>
    </message>
    <message>
        <source>cidrs, port or port_min/port_max, ...</source>
        <translation>cidrs, port ou port_min/port_max, ...</translation>
    </message>
    <message>
        <source>target %1 has no cidrs</source>
        <translation>la cible %1 n’a pas de cidrs</translation>
    </message>
    <message>
        <source>cidrs: [attribute, ...]</source>
        <translation>cidrs: [attribute, ...]</translation>
    </message>
    <message>
        <source>the rules file is empty</source>
        <translation>le fichier de règles est vide</translation>
    </message>
    <message>
        <source>version: 1 and a list of rules</source>
        <translation>version: 1 et une liste de règles</translation>
    </message>
    <message>
        <source>the rules file must be a map</source>
        <translation>le fichier de règles doit être un dictionnaire</translation>
    </message>
    <message>
        <source>version: 1 and rules: [...]</source>
        <translation>version: 1 et rules: [...]</translation>
    </message>
    <message>
        <source>unsupported rules version &quot;%1&quot;</source>
        <translation>version de règles non prise en charge &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version 1</source>
        <translation>version 1</translation>
    </message>
    <message>
        <source>no rules list</source>
        <translation>aucune liste rules</translation>
    </message>
    <message>
        <source>rules: [ {id: ..., severity: ..., when: ...}, ... ]</source>
        <translation>rules: [ {id: ..., severity: ..., when: ...}, ... ]</translation>
    </message>
    <message>
        <source>duplicate rule id &quot;%1&quot;</source>
        <translation>id de règle en double &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unique ids</source>
        <translation>des id uniques</translation>
    </message>
    <message>
        <source>invalid rules YAML: %1</source>
        <translation>YAML de règles invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot open the rules file: %1</source>
        <translation>impossible d’ouvrir le fichier de règles&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::SopsCipher</name>
    <message>
        <source>not a SOPS encrypted value</source>
        <translation>pas une valeur chiffrée SOPS</translation>
    </message>
    <message>
        <source>malformed SOPS encrypted value: field without &apos;:&apos;</source>
        <translation>valeur chiffrée SOPS mal formée&#xa0;: champ sans &apos;:&apos;</translation>
    </message>
    <message>
        <source>malformed SOPS encrypted value: bad base64 in data</source>
        <translation>valeur chiffrée SOPS mal formée&#xa0;: base64 incorrect dans data</translation>
    </message>
    <message>
        <source>malformed SOPS encrypted value: bad iv</source>
        <translation>valeur chiffrée SOPS mal formée&#xa0;: iv incorrect</translation>
    </message>
    <message>
        <source>malformed SOPS encrypted value: bad tag</source>
        <translation>valeur chiffrée SOPS mal formée&#xa0;: tag incorrect</translation>
    </message>
    <message>
        <source>16 bytes</source>
        <translation>16 octets</translation>
    </message>
    <message>
        <source>unknown SOPS value type &apos;%1&apos;</source>
        <translation>type de valeur SOPS inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>malformed SOPS encrypted value: missing field</source>
        <translation>valeur chiffrée SOPS mal formée&#xa0;: champ manquant</translation>
    </message>
    <message>
        <source>value failed authentication: wrong data key, or the value or its key path was modified</source>
        <translation>échec de l’authentification de la valeur&#xa0;: mauvaise clé de données, ou la valeur ou son chemin de clé a été modifié</translation>
    </message>
</context>
<context>
    <name>Infradeck::SopsCreationRules</name>
    <message>
        <source>not a .sops.yaml file: the top level is not a map</source>
        <translation>pas un fichier .sops.yaml&#xa0;: le niveau supérieur n’est pas un dictionnaire</translation>
    </message>
    <message>
        <source>creation_rules is not a list</source>
        <translation>creation_rules n’est pas une liste</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a creation rule is not a map</source>
        <translation>une règle de création n’est pas un dictionnaire</translation>
    </message>
    <message>
        <source>invalid age recipient &apos;%1&apos;</source>
        <translation>destinataire age invalide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>more than one of unencrypted_suffix, encrypted_suffix, unencrypted_regex and encrypted_regex</source>
        <translation>plus d’une option parmi unencrypted_suffix, encrypted_suffix, unencrypted_regex et encrypted_regex</translation>
    </message>
    <message>
        <source>at most one</source>
        <translation>au plus une</translation>
    </message>
    <message>
        <source>invalid path_regex</source>
        <translation>path_regex invalide</translation>
    </message>
    <message>
        <source>invalid .sops.yaml: %1</source>
        <translation>.sops.yaml invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot open .sops.yaml: %1</source>
        <translation>impossible d’ouvrir .sops.yaml&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Infradeck::SopsDotenvStore</name>
    <message>
        <source>invalid dotenv line</source>
        <translation>ligne dotenv invalide</translation>
    </message>
</context>
<context>
    <name>Infradeck::SopsFile</name>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>cannot open SOPS file: %1</source>
        <translation>impossible d’ouvrir le fichier SOPS&#xa0;: %1</translation>
    </message>
    <message>
        <source>empty file: not a SOPS document</source>
        <translation>fichier vide&#xa0;: pas un document SOPS</translation>
    </message>
    <message>
        <source>a SOPS-encrypted %1 file</source>
        <translation>un fichier %1 chiffré par SOPS</translation>
    </message>
    <message>
        <source>not a SOPS-encrypted file: no &apos;sops&apos; metadata</source>
        <translation>pas un fichier chiffré par SOPS&#xa0;: aucune métadonnée &apos;sops&apos;</translation>
    </message>
    <message>
        <source>a &apos;sops&apos; section</source>
        <translation>une section &apos;sops&apos;</translation>
    </message>
    <message>
        <source>binary SOPS file without a &apos;data&apos; key</source>
        <translation>fichier SOPS binaire sans clé &apos;data&apos;</translation>
    </message>
    <message>
        <source>the data key is split across %1 key groups with Shamir threshold %2: not supported</source>
        <translation>la clé de données est répartie sur %1 groupes de clés avec un seuil de Shamir de %2&#xa0;: non pris en charge</translation>
    </message>
    <message>
        <source>this file needs a PGP key, not supported (it has no age recipients)</source>
        <translation>ce fichier nécessite une clé PGP, non prise en charge (il n’a aucun destinataire age)</translation>
    </message>
    <message>
        <source>an age recipient</source>
        <translation>un destinataire age</translation>
    </message>
    <message>
        <source>this file needs %1, not supported (it has no age recipients)</source>
        <translation>ce fichier nécessite %1, non pris en charge (il n’a aucun destinataire age)</translation>
    </message>
    <message>
        <source>the SOPS metadata has no key to decrypt the data key with</source>
        <translation>les métadonnées SOPS n’ont aucune clé pour déchiffrer la clé de données</translation>
    </message>
    <message>
        <source>the data key for %1 has %2 bytes</source>
        <translation>la clé de données pour %1 fait %2 octets</translation>
    </message>
    <message>
        <source>32 bytes</source>
        <translation>32 octets</translation>
    </message>
    <message>
        <source>no identity matches any recipient stanza (the file is encrypted to %1)</source>
        <translation>aucune identité ne correspond à une stanza de destinataire (le fichier est chiffré pour %1)</translation>
    </message>
    <message>
        <source>the file has no MAC: its integrity cannot be checked</source>
        <translation>le fichier n’a pas de MAC&#xa0;: son intégrité ne peut pas être vérifiée</translation>
    </message>
    <message>
        <source>an encrypted MAC</source>
        <translation>un MAC chiffré</translation>
    </message>
    <message>
        <source>the MAC does not decrypt: the MAC or lastmodified was modified</source>
        <translation>le MAC ne se déchiffre pas&#xa0;: le MAC ou lastmodified a été modifié</translation>
    </message>
    <message>
        <source>MAC mismatch: the file was modified after it was encrypted (values added, removed or reordered)</source>
        <translation>MAC non concordant&#xa0;: le fichier a été modifié après son chiffrement (valeurs ajoutées, supprimées ou réordonnées)</translation>
    </message>
    <message>
        <source>decrypt the file before editing it</source>
        <translation>déchiffrez le fichier avant de le modifier</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>chemin vide</translation>
    </message>
    <message>
        <source>a %1 file holds values at depth %2 only</source>
        <translation>un fichier %1 ne contient des valeurs qu’à la profondeur %2</translation>
    </message>
    <message>
        <source>list index %1 out of range</source>
        <translation>index de liste %1 hors limites</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a value, not a map or list</source>
        <translation>&apos;%1&apos; est une valeur, pas un dictionnaire ni une liste</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a map or list; remove it before replacing it with a value</source>
        <translation>&apos;%1&apos; est un dictionnaire ou une liste&#xa0;; supprimez-le avant de le remplacer par une valeur</translation>
    </message>
    <message>
        <source>no value at %1</source>
        <translation>aucune valeur à %1</translation>
    </message>
    <message>
        <source>%1 is not a recipient of this file</source>
        <translation>%1 n’est pas un destinataire de ce fichier</translation>
    </message>
    <message>
        <source>cannot remove the last recipient: nobody could open the file</source>
        <translation>impossible de retirer le dernier destinataire&#xa0;: personne ne pourrait ouvrir le fichier</translation>
    </message>
    <message>
        <source>cannot write SOPS file: %1</source>
        <translation>impossible d’écrire le fichier SOPS&#xa0;: %1</translation>
    </message>
    <message>
        <source>no age recipients given</source>
        <translation>aucun destinataire age indiqué</translation>
    </message>
    <message>
        <source>a SOPS document must be a map at the top level</source>
        <translation>un document SOPS doit être un dictionnaire au niveau supérieur</translation>
    </message>
</context>
<context>
    <name>Infradeck::SopsIniStore</name>
    <message>
        <source>malformed section header</source>
        <translation>en-tête de section mal formé</translation>
    </message>
    <message>
        <source>invalid INI line</source>
        <translation>ligne INI invalide</translation>
    </message>
    <message>
        <source>unterminated &quot;&quot;&quot; value</source>
        <translation>valeur &quot;&quot;&quot; non terminée</translation>
    </message>
</context>
<context>
    <name>Infradeck::SopsJsonStore</name>
    <message>
        <source>trailing data after the JSON document</source>
        <translation>données en trop après le document JSON</translation>
    </message>
    <message>
        <source>end of file</source>
        <translation>fin du fichier</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>le document n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>an object at the top level</source>
        <translation>un objet au niveau supérieur</translation>
    </message>
    <message>
        <source>control character in JSON string</source>
        <translation>caractère de contrôle dans une chaîne JSON</translation>
    </message>
    <message>
        <source>bad \u escape in JSON string</source>
        <translation>échappement \u incorrect dans une chaîne JSON</translation>
    </message>
    <message>
        <source>bad surrogate pair in JSON string</source>
        <translation>paire de substitution incorrecte dans une chaîne JSON</translation>
    </message>
    <message>
        <source>bad escape in JSON string</source>
        <translation>échappement incorrect dans une chaîne JSON</translation>
    </message>
    <message>
        <source>unterminated JSON string</source>
        <translation>chaîne JSON non terminée</translation>
    </message>
    <message>
        <source>a closing quote</source>
        <translation>un guillemet fermant</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON trop profondément imbriqué</translation>
    </message>
    <message>
        <source>unexpected end of JSON</source>
        <translation>fin inattendue du JSON</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>expected an object key</source>
        <translation>une clé d’objet était attendue</translation>
    </message>
    <message>
        <source>a quoted key</source>
        <translation>une clé entre guillemets</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object key</source>
        <translation>&apos;:&apos; attendu après une clé d’objet</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>clé en double &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unique keys</source>
        <translation>des clés uniques</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu dans un objet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu dans un tableau</translation>
    </message>
    <message>
        <source>invalid JSON value</source>
        <translation>valeur JSON invalide</translation>
    </message>
    <message>
        <source>a string, number, object, array, true, false or null</source>
        <translation>une chaîne, un nombre, un objet, un tableau, true, false ou null</translation>
    </message>
    <message>
        <source>the &apos;sops&apos; metadata is not an object</source>
        <translation>les métadonnées &apos;sops&apos; ne sont pas un objet</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
</context>
<context>
    <name>Infradeck::SopsMetadata</name>
    <message>
        <source>more than one of unencrypted_suffix, encrypted_suffix, unencrypted_regex and encrypted_regex is set</source>
        <translation>plus d’une option parmi unencrypted_suffix, encrypted_suffix, unencrypted_regex et encrypted_regex est définie</translation>
    </message>
    <message>
        <source>at most one</source>
        <translation>au plus une</translation>
    </message>
    <message>
        <source>invalid regular expression &apos;%1&apos;: %2</source>
        <translation>expression régulière invalide &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>SOPS metadata has no lastmodified</source>
        <translation>les métadonnées SOPS n’ont pas de lastmodified</translation>
    </message>
    <message>
        <source>an RFC 3339 time</source>
        <translation>une heure RFC 3339</translation>
    </message>
</context>
<context>
    <name>Infradeck::SopsYamlStore</name>
    <message>
        <source>a top-level list is not a SOPS document</source>
        <translation>une liste au niveau supérieur n’est pas un document SOPS</translation>
    </message>
    <message>
        <source>a map at the top level</source>
        <translation>un dictionnaire au niveau supérieur</translation>
    </message>
    <message>
        <source>several YAML documents in one file are not supported</source>
        <translation>plusieurs documents YAML dans un même fichier ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>one document</source>
        <translation>un seul document</translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation>indentation inattendue</translation>
    </message>
    <message>
        <source>a key at the indentation of its siblings</source>
        <translation>une clé à l’indentation de ses voisines</translation>
    </message>
    <message>
        <source>a key at column %1</source>
        <translation>une clé à la colonne %1</translation>
    </message>
    <message>
        <source>a list item where a map key was expected</source>
        <translation>un élément de liste là où une clé de dictionnaire était attendue</translation>
    </message>
    <message>
        <source>key: value</source>
        <translation>key: value</translation>
    </message>
    <message>
        <source>expected a &apos;key: value&apos; line</source>
        <translation>une ligne &apos;key: value&apos; était attendue</translation>
    </message>
    <message>
        <source>malformed quoted key</source>
        <translation>clé entre guillemets mal formée</translation>
    </message>
    <message>
        <source>complex keys, anchors, aliases and tags are not supported</source>
        <translation>les clés complexes, ancres, alias et tags ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>a plain or quoted key</source>
        <translation>une clé simple ou entre guillemets</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>clé en double &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unique keys in a map</source>
        <translation>des clés uniques dans un dictionnaire</translation>
    </message>
    <message>
        <source>flow collections are not supported</source>
        <translation>les collections en style flow ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>block style (one item per line)</source>
        <translation>le style bloc (un élément par ligne)</translation>
    </message>
    <message>
        <source>anchors, aliases and tags are not supported</source>
        <translation>les ancres, alias et tags ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>malformed quoted string</source>
        <translation>chaîne entre guillemets mal formée</translation>
    </message>
    <message>
        <source>a closing quote</source>
        <translation>un guillemet fermant</translation>
    </message>
    <message>
        <source>malformed block scalar header</source>
        <translation>en-tête de scalaire bloc mal formé</translation>
    </message>
    <message>
        <source>the &apos;sops&apos; metadata is not a map</source>
        <translation>les métadonnées &apos;sops&apos; ne sont pas un dictionnaire</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>un dictionnaire</translation>
    </message>
</context>
<context>
    <name>Infradeck::StateReader</name>
    <message>
        <source>a Terraform state: a JSON object with &quot;version&quot; (terraform.tfstate) or &quot;format_version&quot; (terraform show -json)</source>
        <translation>un état Terraform&#xa0;: un objet JSON avec &quot;version&quot; (terraform.tfstate) ou &quot;format_version&quot; (terraform show -json)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; est absent</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2</source>
        <translation>&quot;%1&quot; est %2</translation>
    </message>
    <message>
        <source>&quot;terraform_version&quot; is %1</source>
        <translation>&quot;terraform_version&quot; est %1</translation>
    </message>
    <message>
        <source>a version string</source>
        <translation>une chaîne de version</translation>
    </message>
    <message>
        <source>&quot;serial&quot; is %1</source>
        <translation>&quot;serial&quot; est %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation>clé inconnue &quot;%1&quot; ignorée</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored (did you mean &quot;%2&quot;?)</source>
        <translation>clé inconnue &quot;%1&quot; ignorée (vouliez-vous dire &quot;%2&quot;&#xa0;?)</translation>
    </message>
    <message>
        <source>sensitive_attributes is %1; all attributes of this instance are treated as sensitive</source>
        <translation>sensitive_attributes est %1&#xa0;; tous les attributs de cette instance sont traités comme sensibles</translation>
    </message>
    <message>
        <source>unreadable sensitive attribute path; all attributes of this instance are treated as sensitive</source>
        <translation>chemin d’attribut sensible illisible&#xa0;; tous les attributs de cette instance sont traités comme sensibles</translation>
    </message>
    <message>
        <source>no &quot;terraform_version&quot;: the state does not say which Terraform wrote it</source>
        <translation>pas de &quot;terraform_version&quot;&#xa0;: l’état n’indique pas quel Terraform l’a écrit</translation>
    </message>
    <message>
        <source>&quot;outputs&quot;</source>
        <translation>&quot;outputs&quot;</translation>
    </message>
    <message>
        <source>output &quot;%1&quot;</source>
        <translation>sortie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;resources&quot;</source>
        <translation>&quot;resources&quot;</translation>
    </message>
    <message>
        <source>a resource</source>
        <translation>une ressource</translation>
    </message>
    <message>
        <source>unknown resource mode &quot;%1&quot;</source>
        <translation>mode de ressource inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;managed&quot; or &quot;data&quot;</source>
        <translation>&quot;managed&quot; ou &quot;data&quot;</translation>
    </message>
    <message>
        <source>invalid module address &quot;%1&quot;: %2</source>
        <translation>adresse de module invalide &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>module.NAME[KEY]...</source>
        <translation>module.NAME[KEY]...</translation>
    </message>
    <message>
        <source>resource has no provider</source>
        <translation>la ressource n’a pas de fournisseur</translation>
    </message>
    <message>
        <source>&quot;instances&quot;</source>
        <translation>&quot;instances&quot;</translation>
    </message>
    <message>
        <source>an instance</source>
        <translation>une instance</translation>
    </message>
    <message>
        <source>index_key is %1</source>
        <translation>index_key est %1</translation>
    </message>
    <message>
        <source>a number (count) or a string (for_each)</source>
        <translation>un nombre (count) ou une chaîne (for_each)</translation>
    </message>
    <message>
        <source>attributes is %1</source>
        <translation>attributes est %1</translation>
    </message>
    <message>
        <source>&quot;dependencies&quot;</source>
        <translation>&quot;dependencies&quot;</translation>
    </message>
    <message>
        <source>%1 has no &quot;id&quot; attribute</source>
        <translation>%1 n’a pas d’attribut &quot;id&quot;</translation>
    </message>
    <message>
        <source>legacy state version 3 (Terraform %1): read without schema, attributes are flat strings and carry no sensitivity marks; `terraform apply` with Terraform &gt;= 0.12 upgrades it to version 4</source>
        <translation>ancien état en version 3 (Terraform %1)&#xa0;: lu sans schéma, les attributs sont des chaînes à plat et ne portent aucune marque de sensibilité&#xa0;; `terraform apply` avec Terraform &gt;= 0.12 le met à niveau en version 4</translation>
    </message>
    <message>
        <source>before 0.12</source>
        <translation>avant 0.12</translation>
    </message>
    <message>
        <source>a version 3 state with a version 4 &quot;resources&quot; list</source>
        <translation>un état en version 3 avec une liste &quot;resources&quot; de version 4</translation>
    </message>
    <message>
        <source>version 4 for a &quot;resources&quot; list, or &quot;modules&quot; for version 3</source>
        <translation>la version 4 pour une liste &quot;resources&quot;, ou &quot;modules&quot; pour la version 3</translation>
    </message>
    <message>
        <source>&quot;modules&quot;</source>
        <translation>&quot;modules&quot;</translation>
    </message>
    <message>
        <source>a module</source>
        <translation>un module</translation>
    </message>
    <message>
        <source>&quot;path&quot;</source>
        <translation>&quot;path&quot;</translation>
    </message>
    <message>
        <source>invalid resource key &quot;%1&quot;</source>
        <translation>clé de ressource invalide &quot;%1&quot;</translation>
    </message>
    <message>
        <source>TYPE.NAME or TYPE.NAME.INDEX</source>
        <translation>TYPE.NAME ou TYPE.NAME.INDEX</translation>
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
        <translation>modules imbriqués sur plus de 100 niveaux</translation>
    </message>
    <message>
        <source>a module tree</source>
        <translation>une arborescence de modules</translation>
    </message>
    <message>
        <source>invalid resource address &quot;%1&quot;: %2</source>
        <translation>adresse de ressource invalide &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>a resource address</source>
        <translation>une adresse de ressource</translation>
    </message>
    <message>
        <source>a resource without &quot;address&quot; or &quot;type&quot; and &quot;name&quot;</source>
        <translation>une ressource sans &quot;address&quot; ni &quot;type&quot; et &quot;name&quot;</translation>
    </message>
    <message>
        <source>a resource object</source>
        <translation>un objet ressource</translation>
    </message>
    <message>
        <source>values is %1</source>
        <translation>values est %1</translation>
    </message>
    <message>
        <source>&quot;child_modules&quot;</source>
        <translation>&quot;child_modules&quot;</translation>
    </message>
    <message>
        <source>a child module</source>
        <translation>un module enfant</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <translation>du JSON valide</translation>
    </message>
    <message>
        <source>cannot open the state: %1</source>
        <translation>impossible d’ouvrir l’état&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the state: %1</source>
        <translation>impossible de lire l’état&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the state file is empty (0 bytes)</source>
        <translation>le fichier d’état est vide (0 octet)</translation>
    </message>
    <message>
        <source>the state file holds only whitespace (%1 bytes)</source>
        <translation>le fichier d’état ne contient que des espaces (%1 octets)</translation>
    </message>
    <message>
        <source>the state is a JSON %1, not an object</source>
        <translation>l’état est un %1 JSON, pas un objet</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>scalaire</translation>
    </message>
    <message>
        <source>this is a Terraform plan, not a state</source>
        <translation>ceci est un plan Terraform, pas un état</translation>
    </message>
    <message>
        <source>a state; to compare with a plan, use its prior_state</source>
        <translation>un état&#xa0;; pour comparer avec un plan, utilisez son prior_state</translation>
    </message>
    <message>
        <source>state &quot;version&quot; is %1</source>
        <translation>la &quot;version&quot; de l’état est %1</translation>
    </message>
    <message>
        <source>the number 4 (or 3 for legacy states)</source>
        <translation>le nombre 4 (ou 3 pour les anciens états)</translation>
    </message>
    <message>
        <source> (written by Terraform %1)</source>
        <translation> (écrit par Terraform %1)</translation>
    </message>
    <message>
        <source>state version %1%2 is newer than this reader supports</source>
        <translation>la version d’état %1%2 est plus récente que ce que ce lecteur prend en charge</translation>
    </message>
    <message>
        <source>version 4 (or 3 for legacy states)</source>
        <translation>version 4 (ou 3 pour les anciens états)</translation>
    </message>
    <message>
        <source>unsupported state version %1%2: states before Terraform 0.7 are not read</source>
        <translation>version d’état non prise en charge %1%2&#xa0;: les états antérieurs à Terraform 0.7 ne sont pas lus</translation>
    </message>
    <message>
        <source>version 4 (or 3 for legacy states); upgrade the state with a newer Terraform</source>
        <translation>version 4 (ou 3 pour les anciens états)&#xa0;; mettez l’état à niveau avec un Terraform plus récent</translation>
    </message>
    <message>
        <source>unsupported show -json format_version &quot;%1&quot;</source>
        <translation>format_version de show -json non pris en charge &quot;%1&quot;</translation>
    </message>
    <message>
        <source>format_version is %1</source>
        <translation>format_version est %1</translation>
    </message>
    <message>
        <source>format_version 0.x or 1.x</source>
        <translation>format_version 0.x ou 1.x</translation>
    </message>
    <message>
        <source>not a Terraform state: neither &quot;version&quot; nor &quot;format_version&quot; is present</source>
        <translation>pas un état Terraform&#xa0;: ni &quot;version&quot; ni &quot;format_version&quot; n’est présent</translation>
    </message>
    <message>
        <source>the plan holds only a [command] line</source>
        <translation>le plan ne contient qu’une ligne [command]</translation>
    </message>
    <message>
        <source>JSON after the line</source>
        <translation>du JSON après la ligne</translation>
    </message>
    <message>
        <source>the plan file is empty</source>
        <translation>le fichier de plan est vide</translation>
    </message>
    <message>
        <source>a JSON plan</source>
        <translation>un plan JSON</translation>
    </message>
    <message>
        <source>the plan is not a JSON object</source>
        <translation>le plan n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>prior_state is %1</source>
        <translation>prior_state est %1</translation>
    </message>
    <message>
        <source>the plan has no prior_state (a plan for a new, empty state)</source>
        <translation>le plan n’a pas de prior_state (un plan pour un nouvel état vide)</translation>
    </message>
    <message>
        <source>the plan holds no data</source>
        <translation>le plan ne contient aucune donnée</translation>
    </message>
    <message>
        <source>a plan read by PlanReader</source>
        <translation>un plan lu par PlanReader</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
</context>
<context>
    <name>Infradeck::UsageAssumptions</name>
    <message>
        <source>cannot open the usage file: %1</source>
        <translation>impossible d’ouvrir le fichier d’usage&#xa0;: %1</translation>
    </message>
    <message>
        <source>the usage file must be a map</source>
        <translation>le fichier d’usage doit être un dictionnaire</translation>
    </message>
    <message>
        <source>defaults: {...} and/or resources: {...}</source>
        <translation>defaults: {...} et/ou resources: {...}</translation>
    </message>
    <message>
        <source>%1 must be a map</source>
        <translation>%1 doit être un dictionnaire</translation>
    </message>
    <message>
        <source>NAME: {KEY: VALUE}</source>
        <translation>NAME: {KEY: VALUE}</translation>
    </message>
    <message>
        <source>%1 must be a map of usage figures</source>
        <translation>%1 doit être un dictionnaire de valeurs d’usage</translation>
    </message>
    <message>
        <source>{KEY: VALUE}</source>
        <translation>{KEY: VALUE}</translation>
    </message>
    <message>
        <source>usage %1 of %2 must be a single value</source>
        <translation>l’usage %1 de %2 doit être une valeur unique</translation>
    </message>
    <message>
        <source>a number or a word</source>
        <translation>un nombre ou un mot</translation>
    </message>
    <message>
        <source>invalid usage YAML: %1</source>
        <translation>YAML d’usage invalide&#xa0;: %1</translation>
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
        <translation>impossible d’ouvrir le fichier de revue&#xa0;: %1</translation>
    </message>
    <message>
        <source>review file is not valid JSON: %1</source>
        <translation>le fichier de revue n’est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>review file has the wrong shape</source>
        <translation>le fichier de revue n’a pas la bonne structure</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array of addresses</source>
        <translation>un tableau d’adresses</translation>
    </message>
    <message>
        <source>cannot write review file: %1</source>
        <translation>impossible d’écrire le fichier de revue&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot save review file: %1</source>
        <translation>impossible d’enregistrer le fichier de revue&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
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
        <translation>&quot;%1&quot; n’est pas une URL S3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no bucket and key</source>
        <translation>&quot;%1&quot; ne désigne ni bucket ni clé</translation>
    </message>
    <message>
        <source>the S3 endpoint &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>le point de terminaison S3 &quot;%1&quot; n’est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <source>the S3 backend needs a bucket and a key</source>
        <translation>le backend S3 nécessite un bucket et une clé</translation>
    </message>
    <message>
        <source>no S3 credentials are available</source>
        <translation>aucun identifiant S3 n’est disponible</translation>
    </message>
    <message>
        <source>fetching the state was aborted</source>
        <translation>la récupération de l’état a été interrompue</translation>
    </message>
    <message>
        <source>access denied: check the credentials</source>
        <translation>accès refusé&#xa0;: vérifiez les identifiants</translation>
    </message>
    <message>
        <source> (the secret access key does not match the access key id)</source>
        <translation> (la clé d’accès secrète ne correspond pas à l’identifiant de clé d’accès)</translation>
    </message>
    <message>
        <source> (the server does not know the access key id)</source>
        <translation> (le serveur ne connaît pas l’identifiant de clé d’accès)</translation>
    </message>
    <message>
        <source>access denied: this computer&apos;s clock differs from the server&apos;s by more than 15 minutes</source>
        <translation>accès refusé&#xa0;: l’horloge de cet ordinateur diffère de celle du serveur de plus de 15 minutes</translation>
    </message>
    <message>
        <source> (they may not read %1)</source>
        <translation> (ils n’ont peut-être pas le droit de lire %1)</translation>
    </message>
    <message>
        <source>no state at %1</source>
        <translation>aucun état à %1</translation>
    </message>
    <message>
        <source>: the bucket &quot;%1&quot; does not exist at %2</source>
        <translation>: le bucket &quot;%1&quot; n’existe pas sur %2</translation>
    </message>
    <message>
        <source>the bucket &quot;%1&quot; is in region %2, not %3: set the backend&apos;s region</source>
        <translation>le bucket &quot;%1&quot; est dans la région %2, pas %3&#xa0;: définissez la région du backend</translation>
    </message>
    <message>
        <source>the bucket &quot;%1&quot; is served from another endpoint (HTTP %2)</source>
        <translation>le bucket &quot;%1&quot; est servi par un autre point de terminaison (HTTP %2)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>; its region is %1</source>
        <translation>; sa région est %1</translation>
    </message>
    <message>
        <source>the S3 server asks for authentication it does not accept from Signature V4 (HTTP 401)</source>
        <translation>le serveur S3 demande une authentification qu’il n’accepte pas de Signature V4 (HTTP 401)</translation>
    </message>
    <message>
        <source>the S3 server failed (HTTP %1) and retries ran out</source>
        <translation>le serveur S3 a échoué (HTTP %1) et les nouvelles tentatives sont épuisées</translation>
    </message>
    <message>
        <source>the S3 server refused to send %1 (HTTP %2)</source>
        <translation>le serveur S3 a refusé d’envoyer %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>the S3 server at %1 did not answer within %2 s</source>
        <translation>le serveur S3 sur %1 n’a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>the state at %1 is larger than %2 MB: not loaded</source>
        <translation>l’état sur %1 dépasse %2 Mo&#xa0;: non chargé</translation>
    </message>
    <message>
        <source>cannot reach the S3 server at %1: %2</source>
        <translation>impossible de joindre le serveur S3 sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>no keychain available — nothing will be stored, you will be asked for the key each time</source>
        <translation>aucun trousseau disponible — rien ne sera stocké, la clé vous sera demandée à chaque fois</translation>
    </message>
    <message>
        <source>%1: no such item in the keychain</source>
        <translation>%1&#xa0;: aucun élément de ce nom dans le trousseau</translation>
    </message>
    <message>
        <source>an item stored under service &quot;%1&quot;</source>
        <translation>un élément stocké sous le service &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>échec de l’opération %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>invalid keychain key name</source>
        <translation>nom de clé de trousseau invalide</translation>
    </message>
    <message>
        <source>WORKSPACE/ENVIRONMENT_OR_*/NAME with no &apos;/&apos; in workspace or environment</source>
        <translation>WORKSPACE/ENVIRONMENT_OR_*/NAME sans &apos;/&apos; dans l’espace de travail ou l’environnement</translation>
    </message>
    <message>
        <source>storing</source>
        <translation>stockage</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>a keychain item with this name already exists</source>
        <translation>un élément du trousseau portant ce nom existe déjà</translation>
    </message>
    <message>
        <source>the keychain item does not hold an age identity</source>
        <translation>l’élément du trousseau ne contient pas d’identité age</translation>
    </message>
    <message>
        <source>AGE-SECRET-KEY-1… lines</source>
        <translation>des lignes AGE-SECRET-KEY-1…</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est absent</translation>
    </message>
    <message>
        <source>%1 is empty in %2</source>
        <translation>%1 est vide dans %2</translation>
    </message>
    <message>
        <source>%1 is missing; %2 in %3 looks like it (misspelt or wrong prefix?)</source>
        <translation>%1 est absent&#xa0;; %2 dans %3 lui ressemble (faute de frappe ou mauvais préfixe&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Dérive</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Infradeck topology</source>
        <translation>Topologie Infradeck</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 must be a text value</source>
        <translation>%1 doit être une valeur texte</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 doit valoir true ou false</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 doit être une liste</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; is ignored</source>
        <translation>la clé inconnue &quot;%1&quot; est ignorée</translation>
    </message>
    <message>
        <source>a host must be a map with name and address</source>
        <translation>un hôte doit être un dictionnaire avec name et address</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <source>a host needs an address</source>
        <translation>un hôte doit avoir une adresse</translation>
    </message>
    <message>
        <source>address: HOSTNAME or IP</source>
        <translation>address: HOSTNAME ou IP</translation>
    </message>
    <message>
        <source>{ type: s3, endpoint: URL, bucket: NAME, key: PATH, credentials: keychain:NAME }</source>
        <translation>{ type: s3, endpoint: URL, bucket: NAME, key: PATH, credentials: keychain:NAME }</translation>
    </message>
    <message>
        <source>state_backend must be a map</source>
        <translation>state_backend doit être un dictionnaire</translation>
    </message>
    <message>
        <source>state_backend needs %1</source>
        <translation>state_backend nécessite %1</translation>
    </message>
    <message>
        <source>unknown state backend type &quot;%1&quot;</source>
        <translation>type de backend d’état inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid S3 endpoint</source>
        <translation>&quot;%1&quot; n’est pas un point de terminaison S3 valide</translation>
    </message>
    <message>
        <source>an http:// or https:// URL without credentials or query, e.g. https://s3.gra.io.cloud.ovh.net</source>
        <translation>une URL http:// ou https:// sans identifiants ni paramètres de requête, p. ex. https://s3.gra.io.cloud.ovh.net</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid bucket name</source>
        <translation>&quot;%1&quot; n’est pas un nom de bucket valide</translation>
    </message>
    <message>
        <source>3-255 lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>3 à 255 lettres minuscules, chiffres, &apos;.&apos;, &apos;-&apos; ou &apos;_&apos;</translation>
    </message>
    <message>
        <source>the state key must be a path inside the bucket</source>
        <translation>la clé de l’état doit être un chemin à l’intérieur du bucket</translation>
    </message>
    <message>
        <source>e.g. prod/terraform.tfstate (no leading &apos;/&apos;)</source>
        <translation>p. ex. prod/terraform.tfstate (sans &apos;/&apos; initial)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name</source>
        <translation>&quot;%1&quot; n’est pas un nom de région</translation>
    </message>
    <message>
        <source>e.g. eu-west-1, gra</source>
        <translation>p. ex. eu-west-1, gra</translation>
    </message>
    <message>
        <source>S3 credentials must be a keychain reference, never the keys themselves</source>
        <translation>les identifiants S3 doivent être une référence au trousseau, jamais les clés elles-mêmes</translation>
    </message>
    <message>
        <source>keychain:NAME</source>
        <translation>keychain:NAME</translation>
    </message>
    <message>
        <source>an environment must be a map</source>
        <translation>un environnement doit être un dictionnaire</translation>
    </message>
    <message>
        <source>a map with at least a name</source>
        <translation>un dictionnaire avec au moins un nom</translation>
    </message>
    <message>
        <source>an environment needs a name</source>
        <translation>un environnement doit avoir un nom</translation>
    </message>
    <message>
        <source>name: TEXT</source>
        <translation>name: TEXT</translation>
    </message>
    <message>
        <source>unknown environment kind &quot;%1&quot;</source>
        <translation>type d’environnement inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>both state and state_backend are set: the state is read from %1</source>
        <translation>state et state_backend sont tous deux définis&#xa0;: l’état est lu depuis %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Prometheus URL</source>
        <translation>&quot;%1&quot; n’est pas une URL Prometheus valide</translation>
    </message>
    <message>
        <source>an http:// or https:// URL</source>
        <translation>une URL http:// ou https://</translation>
    </message>
    <message>
        <source>hosts must be a list</source>
        <translation>hosts doit être une liste</translation>
    </message>
    <message>
        <source>a list of hosts</source>
        <translation>une liste d’hôtes</translation>
    </message>
    <message>
        <source>tokens must be a map of provider to keychain reference</source>
        <translation>tokens doit être un dictionnaire associant chaque fournisseur à une référence au trousseau</translation>
    </message>
    <message>
        <source>PROVIDER: keychain:NAME</source>
        <translation>PROVIDER: keychain:NAME</translation>
    </message>
    <message>
        <source>token for &quot;%1&quot; must be a keychain reference, never the token itself</source>
        <translation>le jeton de &quot;%1&quot; doit être une référence au trousseau, jamais le jeton lui-même</translation>
    </message>
    <message>
        <source>budget must be a map with a monthly amount</source>
        <translation>budget doit être un dictionnaire avec un montant mensuel</translation>
    </message>
    <message>
        <source>{ monthly: &quot;60.00&quot;, currency: EUR }</source>
        <translation>{ monthly: &quot;60.00&quot;, currency: EUR }</translation>
    </message>
    <message>
        <source>budget amount &quot;%1&quot; is not a decimal number</source>
        <translation>le montant du budget &quot;%1&quot; n’est pas un nombre décimal</translation>
    </message>
    <message>
        <source>e.g. &quot;60.00&quot;</source>
        <translation>p. ex. &quot;60.00&quot;</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not an ISO 4217 code</source>
        <translation>la devise &quot;%1&quot; n’est pas un code ISO 4217</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>p. ex. EUR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; n’est pas une date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>cannot open workspace file: %1</source>
        <translation>impossible d’ouvrir le fichier d’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the workspace file is empty</source>
        <translation>le fichier d’espace de travail est vide</translation>
    </message>
    <message>
        <source>a map with name and environments</source>
        <translation>un dictionnaire avec name et environments</translation>
    </message>
    <message>
        <source>the workspace file must be a map</source>
        <translation>le fichier d’espace de travail doit être un dictionnaire</translation>
    </message>
    <message>
        <source>name: and environments:</source>
        <translation>name: et environments:</translation>
    </message>
    <message>
        <source>workspace schema version %1 is not supported</source>
        <translation>la version de schéma d’espace de travail %1 n’est pas prise en charge</translation>
    </message>
    <message>
        <source>version: %1</source>
        <translation>version: %1</translation>
    </message>
    <message>
        <source>the workspace needs a name</source>
        <translation>l’espace de travail doit avoir un nom</translation>
    </message>
    <message>
        <source>the workspace has no environments</source>
        <translation>l’espace de travail n’a aucun environnement</translation>
    </message>
    <message>
        <source>environments: a list</source>
        <translation>environments: une liste</translation>
    </message>
    <message>
        <source>environments must be a list</source>
        <translation>environments doit être une liste</translation>
    </message>
    <message>
        <source>a list of maps</source>
        <translation>une liste de dictionnaires</translation>
    </message>
    <message>
        <source>environment &quot;%1&quot; is defined twice</source>
        <translation>l’environnement &quot;%1&quot; est défini deux fois</translation>
    </message>
    <message>
        <source>unique names</source>
        <translation>des noms uniques</translation>
    </message>
    <message>
        <source>unreadable workspace: %1</source>
        <translation>espace de travail illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>a key passphrase must be a keychain reference, never the passphrase itself</source>
        <translation>une phrase de passe de clé doit être une référence au trousseau, jamais la phrase de passe elle-même</translation>
    </message>
</context>
</TS>
