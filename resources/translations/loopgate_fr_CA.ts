<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>About</name>
    <message>
        <source>Accounts and data:</source>
        <translation>Comptes et données&#xa0;:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Paramètres&#xa0;:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Journaux&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Links your accounts at online services over OAuth 2.0 and OpenID Connect, keeps them renewed, and lets support engineers inspect every token.&lt;/p&gt;&lt;p&gt;Tokens are kept only in this computer&apos;s keychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Relie vos comptes de services en ligne au moyen d’OAuth 2.0 et d’OpenID Connect, les garde renouvelés et permet au soutien technique d’examiner chaque jeton.&lt;/p&gt;&lt;p&gt;Les jetons sont conservés uniquement dans le trousseau de cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Loopgate</source>
        <translation>À propos de Loopgate</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>Loopgate is still starting; try again in a moment.</source>
        <translation>Loopgate démarre encore; réessayez dans un moment.</translation>
    </message>
    <message>
        <source>{reason} You can only disconnect it.</source>
        <translation>{reason} Vous pouvez seulement le déconnecter.</translation>
    </message>
    <message>
        <source>Connected {account}.</source>
        <translation>{account} est connecté.</translation>
    </message>
    <message>
        <source>Renewing {account}…</source>
        <translation>Renouvellement de {account}…</translation>
    </message>
    <message>
        <source>Already renewing {account}…</source>
        <translation>{account} est déjà en cours de renouvellement…</translation>
    </message>
    <message>
        <source>Disconnecting {account}…</source>
        <translation>Déconnexion de {account}…</translation>
    </message>
    <message>
        <source>Disconnected {account}: {outcome}.</source>
        <translation>{account} est déconnecté&#xa0;: {outcome}.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <source>Your account list was damaged and has been set aside as a backup file next to it; connect your accounts again or contact support.</source>
        <translation>Votre liste de comptes était endommagée et a été mise de côté dans une copie de sauvegarde à côté d’elle; connectez de nouveau vos comptes ou communiquez avec le soutien technique.</translation>
    </message>
    <message>
        <source>Your account list was damaged and has been set aside as {file}; connect your accounts again or contact support.</source>
        <translation>Votre liste de comptes était endommagée et a été mise de côté sous le nom {file}; connectez de nouveau vos comptes ou communiquez avec le soutien technique.</translation>
    </message>
</context>
<context>
    <name>AccountsTable</name>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Access expires in</source>
        <translation>Accès expire dans</translation>
    </message>
    <message>
        <source>Refresh token expires</source>
        <translation>Expiration du jeton d’actualisation</translation>
    </message>
    <message>
        <source>no refresh token</source>
        <translation>aucun jeton d’actualisation</translation>
    </message>
    <message>
        <source>refused</source>
        <comment>refresh token</comment>
        <translation>refusé</translation>
    </message>
    <message>
        <source>not stated</source>
        <comment>expiry</comment>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Comptes connectés</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connecter…</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Renouveler maintenant</translation>
    </message>
    <message>
        <source>Renew the access token now</source>
        <translation>Renouveler le jeton d’accès maintenant</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>Re&amp;connecter…</translation>
    </message>
    <message>
        <source>Sign in again to this account</source>
        <translation>Se connecter de nouveau à ce compte</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Déconnecter…</translation>
    </message>
    <message>
        <source>Disconnect and forget this account</source>
        <translation>Déconnecter et oublier ce compte</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Change Loopgate&apos;s settings</source>
        <translation>Modifier les paramètres de Loopgate</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>List the keys that work in Loopgate</source>
        <translation>Voir les touches qui fonctionnent dans Loopgate</translation>
    </message>
    <message>
        <source>&amp;About Loopgate</source>
        <translation>À &amp;propos de Loopgate</translation>
    </message>
    <message>
        <source>Version and where data lives</source>
        <translation>Version et emplacement des données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Loopgate</source>
        <translation>Quitter Loopgate</translation>
    </message>
    <message>
        <source>&amp;Export support bundle…</source>
        <translation>&amp;Exporter une archive pour le soutien…</translation>
    </message>
    <message>
        <source>Save a zip for support: versions, policy, accounts&apos; facts and the log, no secrets</source>
        <translation>Enregistrer un ZIP pour le soutien technique&#xa0;: versions, politique, renseignements sur les comptes et journal, sans secrets</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Renouveler maintenant</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>AdminNote</name>
    <message>
        <source>{provider} is not set up on this computer yet</source>
        <translation>{provider} n’est pas encore configuré sur cet ordinateur</translation>
    </message>
    <message>
        <source>Before you can connect, your IT administrator needs to register Loopgate with {provider} and add the result to Loopgate. Copy a note for them: it says exactly what to do.</source>
        <translation>Avant que vous puissiez vous connecter, votre administrateur informatique doit inscrire Loopgate auprès de {provider} et ajouter le résultat à Loopgate. Copiez une note à son intention&#xa0;: elle indique exactement quoi faire.</translation>
    </message>
    <message>
        <source>Note copied. Paste it into an email or a ticket to your administrator.</source>
        <translation>Note copiée. Collez-la dans un courriel ou une demande à votre administrateur.</translation>
    </message>
    <message>
        <source>Please set up Loopgate for {provider} on my computer.

Loopgate needs the client ID of an app registered for it at {provider}. Register Loopgate as a public client: no client secret, authorization code with PKCE (S256).

Redirect URI to register: {redirect_uri}
Scopes: {scopes}

Then give Loopgate the client ID with a system profile that extends &quot;{profile_id}&quot; (or the client_ids policy key). The steps for each provider are in Loopgate&apos;s administrator guide, {guide}: &quot;Register Loopgate at each provider&quot; and &quot;A system profile with your client ID&quot;.</source>
        <translation>Pourriez-vous configurer Loopgate pour {provider} sur mon ordinateur?

Loopgate a besoin de l’identifiant client d’une application inscrite pour lui chez {provider}. Inscrivez Loopgate comme client public&#xa0;: sans secret client, code d’autorisation avec PKCE (S256).

URI de redirection à inscrire&#xa0;: {redirect_uri}
Portées&#xa0;: {scopes}

Fournissez ensuite l’identifiant client à Loopgate au moyen d’un profil système qui étend «&#xa0;{profile_id}&#xa0;» (ou de la clé de politique client_ids). Les étapes pour chaque fournisseur se trouvent dans le guide de l’administrateur de Loopgate, {guide}&#xa0;: «&#xa0;Register Loopgate at each provider&#xa0;» et «&#xa0;A system profile with your client ID&#xa0;».</translation>
    </message>
    <message>
        <source>{redirect_uri} (any port: RFC 8252 §7.3)</source>
        <translation>{redirect_uri} (n’importe quel port&#xa0;: RFC 8252 §7.3)</translation>
    </message>
    <message>
        <source>none (the app&apos;s permissions are chosen when it is registered)</source>
        <translation>aucune (les autorisations de l’application sont choisies à son inscription)</translation>
    </message>
    <message>
        <source>If the provider will not issue tokens without a client secret, an administrator enters it once on this computer (it is kept only in the keychain).</source>
        <translation>Si le fournisseur refuse d’émettre des jetons sans secret client, un administrateur l’entre une fois sur cet ordinateur (il est conservé uniquement dans le trousseau).</translation>
    </message>
</context>
<context>
    <name>AdminSection</name>
    <message>
        <source>For administrators</source>
        <translation>Pour les administrateurs</translation>
    </message>
    <message>
        <source>Loopgate is a &lt;i&gt;public client&lt;/i&gt;: like every app installed on a computer, it cannot keep a secret hidden from the people who use it (RFC 8252 §8.5), so it proves itself with PKCE (RFC 7636, S256) instead. The provider&apos;s answer comes back to &lt;b&gt;{redirect_uri}&lt;/b&gt; (RFC 8252 §7.3).</source>
        <translation>Loopgate est un &lt;i&gt;client public&lt;/i&gt;&#xa0;: comme toute application installée sur un ordinateur, il ne peut pas cacher un secret aux personnes qui l’utilisent (RFC 8252 §8.5); il s’identifie donc plutôt avec PKCE (RFC 7636, S256). La réponse du fournisseur revient à &lt;b&gt;{redirect_uri}&lt;/b&gt; (RFC 8252 §7.3).</translation>
    </message>
    <message>
        <source>{redirect_uri} on any port</source>
        <translation>{redirect_uri} sur n’importe quel port</translation>
    </message>
    <message>
        <source>If your organisation&apos;s app registration still requires a client secret, enter it here. It is stored only in this computer&apos;s keychain, never in a file.</source>
        <translation>Si l’inscription de l’application de votre organisation exige encore un secret client, entrez-le ici. Il est conservé uniquement dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>{client_id} (set by your administrator)</source>
        <translation>{client_id} (défini par votre administrateur)</translation>
    </message>
    <message>
        <source>Client ID and technical details</source>
        <translation>Identifiant client et détails techniques</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Not a secret</source>
        <translation>Pas un secret</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Client secret, stored in the keychain only</source>
        <translation>Secret client, conservé uniquement dans le trousseau</translation>
    </message>
    <message>
        <source>Leave empty unless the provider requires one</source>
        <translation>Laissez vide sauf si le fournisseur en exige un</translation>
    </message>
</context>
<context>
    <name>ApiExplorer</name>
    <message>
        <source>This account needs to be reconnected before it can call the API.</source>
        <translation>Ce compte doit être reconnecté avant de pouvoir appeler l’API.</translation>
    </message>
    <message>
        <source>API explorer</source>
        <translation>Explorateur d’API</translation>
    </message>
    <message>
        <source>Account used for the request</source>
        <translation>Compte utilisé pour la requête</translation>
    </message>
    <message>
        <source>Select an account to call its API with the account&apos;s token.</source>
        <translation>Sélectionnez un compte pour appeler son API avec le jeton du compte.</translation>
    </message>
    <message>
        <source>No response yet. Choose a preset or type an address, then Send.</source>
        <translation>Aucune réponse pour l’instant. Choisissez une requête prédéfinie ou tapez une adresse, puis Envoyer.</translation>
    </message>
    <message>
        <source>Calling &lt;b&gt;{provider}&lt;/b&gt; as &lt;b&gt;{account}&lt;/b&gt;</source>
        <translation>Appel de &lt;b&gt;{provider}&lt;/b&gt; au nom de &lt;b&gt;{account}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Calling &lt;b&gt;{provider}&lt;/b&gt; as &lt;b&gt;{account}&lt;/b&gt; — the account&apos;s token is added for you.</source>
        <translation>Appel de &lt;b&gt;{provider}&lt;/b&gt; au nom de &lt;b&gt;{account}&lt;/b&gt; — le jeton du compte est ajouté pour vous.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was shown from that request.</source>
        <translation>Annulée. Rien de cette requête n’a été affiché.</translation>
    </message>
    <message>
        <source>The request did not complete.</source>
        <translation>La requête n’a pas abouti.</translation>
    </message>
    <message>
        <source>Something went wrong while sending the request.</source>
        <translation>Un problème est survenu pendant l’envoi de la requête.</translation>
    </message>
    <message>
        <source>An earlier request was loaded from the history. Send runs it again.</source>
        <translation>Une requête précédente a été chargée depuis l’historique. Envoyer l’exécute de nouveau.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Banner action</source>
        <translation>Action de la bannière</translation>
    </message>
</context>
<context>
    <name>ClaimNames</name>
    <message>
        <source>Issuer: who created and signed this token.</source>
        <translation>Émetteur&#xa0;: qui a créé et signé ce jeton.</translation>
    </message>
    <message>
        <source>Subject: the user or client this token is about.</source>
        <translation>Sujet&#xa0;: l’utilisateur ou le client que ce jeton concerne.</translation>
    </message>
    <message>
        <source>Audience: who this token is meant for.</source>
        <translation>Audience&#xa0;: à qui ce jeton est destiné.</translation>
    </message>
    <message>
        <source>Expiration time: the token must not be accepted after this.</source>
        <translation>Expiration&#xa0;: le jeton ne doit plus être accepté après ce moment.</translation>
    </message>
    <message>
        <source>Not before: the token must not be accepted before this.</source>
        <translation>Pas avant&#xa0;: le jeton ne doit pas être accepté avant ce moment.</translation>
    </message>
    <message>
        <source>Issued at: when the token was created.</source>
        <translation>Émis le&#xa0;: quand le jeton a été créé.</translation>
    </message>
    <message>
        <source>JWT ID: a unique identifier of this token.</source>
        <translation>Identifiant du JWT&#xa0;: un identifiant unique de ce jeton.</translation>
    </message>
    <message>
        <source>Authorized party: the client the token was issued to.</source>
        <translation>Partie autorisée&#xa0;: le client à qui le jeton a été émis.</translation>
    </message>
    <message>
        <source>When the user last signed in.</source>
        <translation>Quand l’utilisateur s’est connecté pour la dernière fois.</translation>
    </message>
    <message>
        <source>A value from the sign-in request, echoed back to stop replayed tokens.</source>
        <translation>Une valeur de la demande de connexion, renvoyée pour bloquer les jetons rejoués.</translation>
    </message>
    <message>
        <source>Authentication context class: how strongly the user was authenticated.</source>
        <translation>Classe de contexte d’authentification&#xa0;: la rigueur avec laquelle l’utilisateur a été authentifié.</translation>
    </message>
    <message>
        <source>Authentication methods used, e.g. pwd (password), otp, mfa.</source>
        <translation>Méthodes d’authentification utilisées, p. ex. pwd (mot de passe), otp, mfa.</translation>
    </message>
    <message>
        <source>Access token hash: ties this ID token to the access token issued with it.</source>
        <translation>Hachage du jeton d’accès&#xa0;: lie ce jeton d’identité au jeton d’accès émis avec lui.</translation>
    </message>
    <message>
        <source>Code hash: ties this ID token to the authorization code.</source>
        <translation>Hachage du code&#xa0;: lie ce jeton d’identité au code d’autorisation.</translation>
    </message>
    <message>
        <source>Session ID: the user&apos;s session at the provider.</source>
        <translation>Identifiant de session&#xa0;: la session de l’utilisateur chez le fournisseur.</translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation>Le nom complet de l’utilisateur.</translation>
    </message>
    <message>
        <source>The user&apos;s given (first) name.</source>
        <translation>Le prénom de l’utilisateur.</translation>
    </message>
    <message>
        <source>The user&apos;s family (last) name.</source>
        <translation>Le nom de famille de l’utilisateur.</translation>
    </message>
    <message>
        <source>The user&apos;s middle name.</source>
        <translation>Le deuxième prénom de l’utilisateur.</translation>
    </message>
    <message>
        <source>The user&apos;s casual name.</source>
        <translation>Le nom familier de l’utilisateur.</translation>
    </message>
    <message>
        <source>The name the user prefers to be known by (not necessarily unique).</source>
        <translation>Le nom sous lequel l’utilisateur préfère être connu (pas forcément unique).</translation>
    </message>
    <message>
        <source>Address of the user&apos;s profile page.</source>
        <translation>Adresse de la page de profil de l’utilisateur.</translation>
    </message>
    <message>
        <source>Address of the user&apos;s picture.</source>
        <translation>Adresse de la photo de l’utilisateur.</translation>
    </message>
    <message>
        <source>Address of the user&apos;s web page.</source>
        <translation>Adresse de la page Web de l’utilisateur.</translation>
    </message>
    <message>
        <source>The user&apos;s preferred email address.</source>
        <translation>L’adresse courriel préférée de l’utilisateur.</translation>
    </message>
    <message>
        <source>Whether the provider has verified the email address.</source>
        <translation>Si le fournisseur a vérifié l’adresse courriel.</translation>
    </message>
    <message>
        <source>The user&apos;s gender.</source>
        <translation>Le genre de l’utilisateur.</translation>
    </message>
    <message>
        <source>The user&apos;s birthday.</source>
        <translation>La date de naissance de l’utilisateur.</translation>
    </message>
    <message>
        <source>The user&apos;s time zone, e.g. Europe/Paris.</source>
        <translation>Le fuseau horaire de l’utilisateur, p. ex. America/Toronto.</translation>
    </message>
    <message>
        <source>The user&apos;s language and region, e.g. en-GB.</source>
        <translation>La langue et la région de l’utilisateur, p. ex. fr-CA.</translation>
    </message>
    <message>
        <source>The user&apos;s preferred telephone number.</source>
        <translation>Le numéro de téléphone préféré de l’utilisateur.</translation>
    </message>
    <message>
        <source>Whether the provider has verified the telephone number.</source>
        <translation>Si le fournisseur a vérifié le numéro de téléphone.</translation>
    </message>
    <message>
        <source>The user&apos;s postal address.</source>
        <translation>L’adresse postale de l’utilisateur.</translation>
    </message>
    <message>
        <source>When the user&apos;s information was last updated.</source>
        <translation>Quand les renseignements de l’utilisateur ont été mis à jour pour la dernière fois.</translation>
    </message>
    <message>
        <source>The permissions (scopes) this token grants, separated by spaces.</source>
        <translation>Les autorisations (portées) accordées par ce jeton, séparées par des espaces.</translation>
    </message>
    <message>
        <source>The permissions (scopes) this token grants, as a list (a common non-standard form).</source>
        <translation>Les autorisations (portées) accordées par ce jeton, sous forme de liste (une forme courante non standard).</translation>
    </message>
    <message>
        <source>The client the token was issued to.</source>
        <translation>Le client à qui le jeton a été émis.</translation>
    </message>
    <message>
        <source>Actor: who is acting on the subject&apos;s behalf.</source>
        <translation>Acteur&#xa0;: qui agit au nom du sujet.</translation>
    </message>
    <message>
        <source>Who is allowed to act on the subject&apos;s behalf.</source>
        <translation>Qui est autorisé à agir au nom du sujet.</translation>
    </message>
    <message>
        <source>The user&apos;s roles.</source>
        <translation>Les rôles de l’utilisateur.</translation>
    </message>
    <message>
        <source>The groups the user belongs to.</source>
        <translation>Les groupes auxquels appartient l’utilisateur.</translation>
    </message>
    <message>
        <source>The user&apos;s entitlements.</source>
        <translation>Les droits de l’utilisateur.</translation>
    </message>
    <message>
        <source>Confirmation: the key the token is bound to.</source>
        <translation>Confirmation&#xa0;: la clé à laquelle le jeton est lié.</translation>
    </message>
    <message>
        <source>Algorithm used to sign the token, e.g. RS256.</source>
        <translation>Algorithme utilisé pour signer le jeton, p. ex. RS256.</translation>
    </message>
    <message>
        <source>Key ID: which of the issuer&apos;s published keys signed it.</source>
        <translation>Identifiant de clé&#xa0;: laquelle des clés publiées par l’émetteur l’a signé.</translation>
    </message>
    <message>
        <source>Type of the token, e.g. JWT or at+jwt (an access token).</source>
        <translation>Type du jeton, p. ex. JWT ou at+jwt (un jeton d’accès).</translation>
    </message>
    <message>
        <source>Content type of the payload.</source>
        <translation>Type de contenu de la charge utile.</translation>
    </message>
    <message>
        <source>Address of the key set that holds the signing key.</source>
        <translation>Adresse du jeu de clés qui contient la clé de signature.</translation>
    </message>
    <message>
        <source>Thumbprint of the signing certificate.</source>
        <translation>Empreinte du certificat de signature.</translation>
    </message>
    <message>
        <source>The signing certificate chain.</source>
        <translation>La chaîne de certificats de signature.</translation>
    </message>
    <message>
        <source>Extensions the reader must understand.</source>
        <translation>Extensions que le lecteur doit comprendre.</translation>
    </message>
    <message>
        <source>Not a registered claim name: this one is the provider&apos;s own.</source>
        <translation>Nom de revendication non enregistré&#xa0;: il est propre au fournisseur.</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Which token to decode</source>
        <translation>Jeton à décoder</translation>
    </message>
    <message>
        <source>Whether the signature was verified</source>
        <translation>Si la signature a été vérifiée</translation>
    </message>
    <message>
        <source>JWT header</source>
        <translation>En-tête du JWT</translation>
    </message>
    <message>
        <source>JWT claims</source>
        <translation>Revendications du JWT</translation>
    </message>
    <message>
        <source>Copy header JSON</source>
        <translation>Copier le JSON de l’en-tête</translation>
    </message>
    <message>
        <source>Copy the decoded header as JSON</source>
        <translation>Copier l’en-tête décodé en JSON</translation>
    </message>
    <message>
        <source>Copy payload JSON</source>
        <translation>Copier le JSON du contenu</translation>
    </message>
    <message>
        <source>Copy the decoded claims as JSON</source>
        <translation>Copier les revendications décodées en JSON</translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>Résultat de la copie</translation>
    </message>
    <message>
        <source>How times are shown</source>
        <translation>Affichage des heures</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Header&lt;/b&gt;</source>
        <translation>&lt;b&gt;En-tête&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Claims&lt;/b&gt;</source>
        <translation>&lt;b&gt;Revendications&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Times are in your time zone ({zone}); point at one for UTC.</source>
        <translation>Les heures sont dans votre fuseau horaire ({zone}); pointez-en une pour voir l’heure UTC.</translation>
    </message>
    <message>
        <source>None of this account&apos;s tokens is a JWT, so there is nothing to decode.</source>
        <translation>Aucun jeton de ce compte n’est un JWT; il n’y a donc rien à décoder.</translation>
    </message>
    <message>
        <source>Header copied as JSON.</source>
        <translation>En-tête copié en JSON.</translation>
    </message>
    <message>
        <source>Payload copied as JSON.</source>
        <translation>Contenu copié en JSON.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Paste the address from your browser&apos;s address bar first.</source>
        <translation>Collez d’abord l’adresse de la barre d’adresse de votre navigateur.</translation>
    </message>
    <message>
        <source>Address accepted. Finishing the connection…</source>
        <translation>Adresse acceptée. Finalisation de la connexion…</translation>
    </message>
    <message>
        <source>Reconnect {account}</source>
        <translation>Reconnecter {account}</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <source>Your organisation chose the services listed here.</source>
        <translation>Votre organisation a choisi les services de cette liste.</translation>
    </message>
    <message>
        <source>Choose where your account lives. Loopgate opens that service&apos;s sign-in page in your own browser; you approve there, and the connection appears here.</source>
        <translation>Choisissez le service où se trouve votre compte. Loopgate ouvre la page de connexion de ce service dans votre propre navigateur; vous y donnez votre approbation, et la connexion apparaît ici.</translation>
    </message>
    <message>
        <source>Add a custom provider…</source>
        <translation>Ajouter un fournisseur personnalisé…</translation>
    </message>
    <message>
        <source>Add a custom provider</source>
        <translation>Ajouter un fournisseur personnalisé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ConnectPages</name>
    <message>
        <source>Choose a service to connect to.</source>
        <translation>Choisissez un service auquel vous connecter.</translation>
    </message>
    <message>
        <source>Your administrator needs to set up {provider} first.</source>
        <translation>Votre administrateur doit d’abord configurer {provider}.</translation>
    </message>
    <message>
        <source>Opens the {provider} sign-in page in your browser.</source>
        <translation>Ouvre la page de connexion de {provider} dans votre navigateur.</translation>
    </message>
    <message>
        <source>Connected {label}.</source>
        <translation>{label} est connecté.</translation>
    </message>
    <message>
        <source>{provider} · {who}</source>
        <translation>{provider} · {who}</translation>
    </message>
    <message>
        <source>Loopgate keeps this connection renewed in the background.</source>
        <translation>Loopgate garde cette connexion renouvelée en arrière-plan.</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <source>A provider profile is invalid.</source>
        <translation>Un profil de fournisseur n’est pas valide.</translation>
    </message>
    <message>
        <source>Could not read the provider&apos;s OpenID configuration.</source>
        <translation>Impossible de lire la configuration OpenID du fournisseur.</translation>
    </message>
    <message>
        <source>The provider did not authorize the connection.</source>
        <translation>Le fournisseur n’a pas autorisé la connexion.</translation>
    </message>
    <message>
        <source>You chose not to allow access, so nothing was connected.</source>
        <translation>Vous avez choisi de ne pas autoriser l’accès; rien n’a donc été connecté.</translation>
    </message>
    <message>
        <source>The sign-in response did not belong to this connection attempt, so it was ignored. Please try connecting again.</source>
        <translation>La réponse de connexion ne correspondait pas à cette tentative; elle a donc été ignorée. Veuillez réessayer de vous connecter.</translation>
    </message>
    <message>
        <source>The sign-in response came from a different provider than expected, so it was refused.</source>
        <translation>La réponse de connexion provenait d’un autre fournisseur que celui attendu; elle a donc été refusée.</translation>
    </message>
    <message>
        <source>No answer arrived from the browser in time. Please try connecting again.</source>
        <translation>Aucune réponse n’est arrivée du navigateur à temps. Veuillez réessayer de vous connecter.</translation>
    </message>
    <message>
        <source>The connection attempt was cancelled.</source>
        <translation>La tentative de connexion a été annulée.</translation>
    </message>
    <message>
        <source>You signed in as a different person than this account belongs to.</source>
        <translation>Vous vous êtes connecté en tant qu’une autre personne que le titulaire de ce compte.</translation>
    </message>
    <message>
        <source>Loopgate could not listen for the browser&apos;s answer.</source>
        <translation>Loopgate n’a pas pu attendre la réponse du navigateur.</translation>
    </message>
    <message>
        <source>The provider sent an answer Loopgate could not use.</source>
        <translation>Le fournisseur a envoyé une réponse que Loopgate ne peut pas utiliser.</translation>
    </message>
    <message>
        <source>Could not reach the provider. Check your internet connection.</source>
        <translation>Impossible de joindre le fournisseur. Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <source>The provider refused to issue tokens.</source>
        <translation>Le fournisseur a refusé d’émettre des jetons.</translation>
    </message>
    <message>
        <source>This connection has expired or was revoked. Please reconnect the account.</source>
        <translation>Cette connexion est expirée ou a été révoquée. Veuillez connecter le compte de nouveau.</translation>
    </message>
    <message>
        <source>Loopgate could not revoke access at the provider, so nothing was removed.</source>
        <translation>Loopgate n’a pas pu révoquer l’accès chez le fournisseur; rien n’a donc été retiré.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so tokens cannot be stored safely.</source>
        <translation>Le trousseau du système n’est pas disponible; les jetons ne peuvent donc pas être conservés en sécurité.</translation>
    </message>
    <message>
        <source>Loopgate could not read or save its list of accounts.</source>
        <translation>Loopgate n’a pas pu lire ou enregistrer sa liste de comptes.</translation>
    </message>
    <message>
        <source>Your organisation does not allow this.</source>
        <translation>Votre organisation ne le permet pas.</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>Ce compte n’existe pas.</translation>
    </message>
    <message>
        <source>Loopgate&apos;s private key file is not private to you, so local Loopgate processes cannot prove who they are. Delete it and try again.</source>
        <translation>Le fichier de clé privée de Loopgate n’est pas privé pour vous; les processus locaux de Loopgate ne peuvent donc pas prouver leur identité. Supprimez-le et réessayez.</translation>
    </message>
    <message>
        <source>Contacting the provider…</source>
        <translation>Communication avec le fournisseur…</translation>
    </message>
    <message>
        <source>Waiting for you to approve in your browser…</source>
        <translation>En attente de votre approbation dans votre navigateur…</translation>
    </message>
    <message>
        <source>Could not open a browser. Copy the link and open it yourself.</source>
        <translation>Impossible d’ouvrir un navigateur. Copiez le lien et ouvrez-le vous-même.</translation>
    </message>
    <message>
        <source>Ignored an unexpected answer ({why}); still waiting…</source>
        <translation>Une réponse inattendue a été ignorée ({why}); l’attente se poursuit…</translation>
    </message>
    <message>
        <source>Finishing the connection…</source>
        <translation>Finalisation de la connexion…</translation>
    </message>
    <message>
        <source>Connected {label}.</source>
        <translation>{label} est connecté.</translation>
    </message>
    <message>
        <source>The waiting time must be more than zero seconds.</source>
        <translation>Le délai d’attente doit être supérieur à zéro seconde.</translation>
    </message>
    <message>
        <source>Port {port} on this computer is already in use by another program, so Loopgate cannot receive the provider&apos;s answer. Close the other program (or another Loopgate window that is connecting) and try again, or ask your administrator to set a different port for this provider.</source>
        <translation>Le port {port} de cet ordinateur est déjà utilisé par un autre programme; Loopgate ne peut donc pas recevoir la réponse du fournisseur. Fermez l’autre programme (ou une autre fenêtre de Loopgate en cours de connexion) et réessayez, ou demandez à votre administrateur de configurer un autre port pour ce fournisseur.</translation>
    </message>
    <message>
        <source>{port} is not a port number (use 1–65535, or 0 for any free port).</source>
        <translation>{port} n’est pas un numéro de port (utilisez 1–65535, ou 0 pour n’importe quel port libre).</translation>
    </message>
    <message>
        <source>Browsers refuse to open port {port} (ERR_UNSAFE_PORT), so the answer could never arrive. Choose another port.</source>
        <translation>Les navigateurs refusent d’ouvrir le port {port} (ERR_UNSAFE_PORT); la réponse ne pourrait donc jamais arriver. Choisissez un autre port.</translation>
    </message>
    <message>
        <source>The demo provider could not start: port {port} is used by another program. Close it, or set {variable} to a free port.</source>
        <translation>Le fournisseur de démonstration n’a pas pu démarrer&#xa0;: le port {port} est utilisé par un autre programme. Fermez-le, ou indiquez un port libre dans {variable}.</translation>
    </message>
    <message>
        <source>The demo provider is not available in this copy of Loopgate.</source>
        <translation>Le fournisseur de démonstration n’est pas offert dans cette copie de Loopgate.</translation>
    </message>
    <message>
        <source>{provider} needs a client ID before you can connect. Ask your administrator for the app&apos;s client ID (it is not a secret).</source>
        <translation>{provider} a besoin d’un identifiant client avant que vous puissiez vous connecter. Demandez à votre administrateur l’identifiant client de l’application (ce n’est pas un secret).</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not contain a sign-in code.</source>
        <translation>La réponse du fournisseur ne contenait pas de code de connexion.</translation>
    </message>
    <message>
        <source>The provider said the sign-in request was malformed.</source>
        <translation>Le fournisseur indique que la demande de connexion était mal formée.</translation>
    </message>
    <message>
        <source>This app is not allowed to connect to the provider this way.</source>
        <translation>Cette application n’est pas autorisée à se connecter au fournisseur de cette façon.</translation>
    </message>
    <message>
        <source>The provider does not support this kind of sign-in.</source>
        <translation>Le fournisseur ne prend pas en charge ce type de connexion.</translation>
    </message>
    <message>
        <source>The provider refused the requested permissions.</source>
        <translation>Le fournisseur a refusé les autorisations demandées.</translation>
    </message>
    <message>
        <source>The provider had a problem. Try again in a few minutes.</source>
        <translation>Le fournisseur a éprouvé un problème. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The provider is busy right now. Try again in a few minutes.</source>
        <translation>Le fournisseur est occupé en ce moment. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>You need to sign in at the provider first.</source>
        <translation>Vous devez d’abord vous connecter chez le fournisseur.</translation>
    </message>
    <message>
        <source>The provider needs you to approve access.</source>
        <translation>Le fournisseur a besoin que vous approuviez l’accès.</translation>
    </message>
    <message>
        <source>{provider} did not say which account was connected, so nothing was saved. Please try connecting again.</source>
        <translation>{provider} n’a pas indiqué quel compte a été connecté; rien n’a donc été enregistré. Veuillez réessayer de vous connecter.</translation>
    </message>
    <message>
        <source>Loopgate could not confirm which {provider} account this is, so nothing was saved. Please try connecting again in a moment.</source>
        <translation>Loopgate n’a pas pu confirmer de quel compte {provider} il s’agit; rien n’a donc été enregistré. Veuillez réessayer de vous connecter dans un moment.</translation>
    </message>
    <message>
        <source>The sign-in named one {provider} account but the new access belongs to another, so nothing was saved. Please try connecting again.</source>
        <translation>La connexion indiquait un compte {provider}, mais le nouvel accès appartient à un autre; rien n’a donc été enregistré. Veuillez réessayer de vous connecter.</translation>
    </message>
    <message>
        <source>{provider} is connected as a public client (with PKCE), so Loopgate never sends it a client secret and none was stored. If your organisation&apos;s app registration really needs one, an administrator can add a provider profile that declares it (may_require_client_secret).</source>
        <translation>{provider} est connecté comme client public (avec PKCE); Loopgate ne lui envoie donc jamais de secret client et aucun n’a été conservé. Si l’inscription de l’application de votre organisation en exige vraiment un, un administrateur peut ajouter un profil de fournisseur qui le déclare (may_require_client_secret).</translation>
    </message>
    <message>
        <source>{provider} cannot be connected through its relay page: its settings name a port or path the page cannot forward to. Ask your administrator.</source>
        <translation>{provider} ne peut pas être connecté par sa page relais&#xa0;: ses paramètres indiquent un port ou un chemin vers lequel la page ne peut pas transmettre. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>That address is not the answer this sign-in is waiting for.</source>
        <translation>Cette adresse n’est pas la réponse qu’attend cette connexion.</translation>
    </message>
    <message>
        <source>That is not a web address. Copy the whole address from your browser&apos;s address bar (it starts with https:// or http://) and paste it here.</source>
        <translation>Ce n’est pas une adresse Web. Copiez l’adresse complète de la barre d’adresse de votre navigateur (elle commence par https:// ou http://) et collez-la ici.</translation>
    </message>
    <message>
        <source>That address is not where this sign-in sends your browser, so it was not used. The address to paste starts with {expected}</source>
        <translation>Cette adresse n’est pas celle vers laquelle cette connexion envoie votre navigateur; elle n’a donc pas été utilisée. L’adresse à coller commence par {expected}</translation>
    </message>
    <message>
        <source>That address has no answer for Loopgate in it. Copy the whole address, including everything after the “?”, and paste it again.</source>
        <translation>Cette adresse ne contient aucune réponse pour Loopgate. Copiez l’adresse complète, y compris tout ce qui suit le «&#xa0;?&#xa0;», et collez-la de nouveau.</translation>
    </message>
    <message>
        <source>That address belongs to a different sign-in (an older browser tab, or another attempt), so it was not used. Still waiting: approve Loopgate in the page that opened for this attempt, then paste the address it ends on.</source>
        <translation>Cette adresse appartient à une autre connexion (un ancien onglet du navigateur ou une autre tentative); elle n’a donc pas été utilisée. L’attente se poursuit&#xa0;: approuvez Loopgate dans la page ouverte pour cette tentative, puis collez l’adresse sur laquelle elle se termine.</translation>
    </message>
    <message>
        <source>That address has no sign-in code in it, so it was not used. Still waiting: approve Loopgate in your browser first, then paste the address it ends on.</source>
        <translation>Cette adresse ne contient aucun code de connexion; elle n’a donc pas été utilisée. L’attente se poursuit&#xa0;: approuvez d’abord Loopgate dans votre navigateur, puis collez l’adresse sur laquelle il se termine.</translation>
    </message>
    <message>
        <source>That address carries its answer twice, so it was not used.</source>
        <translation>Cette adresse contient sa réponse deux fois; elle n’a donc pas été utilisée.</translation>
    </message>
    <message>
        <source>This sign-in is no longer waiting for an answer. Start again with Connect.</source>
        <translation>Cette connexion n’attend plus de réponse. Recommencez avec Connecter.</translation>
    </message>
    <message>
        <source>This sign-in already has its answer.</source>
        <translation>Cette connexion a déjà sa réponse.</translation>
    </message>
    <message>
        <source>Loopgate is not waiting for a sign-in yet. Wait for the browser page to open.</source>
        <translation>Loopgate n’attend pas encore de connexion. Attendez que la page s’ouvre dans le navigateur.</translation>
    </message>
    <message>
        <source>Could not reach the provider ({host}). Check your internet connection.</source>
        <translation>Impossible de joindre le fournisseur ({host}). Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <source>The provider did not answer in time ({host}). Check your connection and try again.</source>
        <translation>Le fournisseur n’a pas répondu à temps ({host}). Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The provider&apos;s token address redirected elsewhere; Loopgate does not follow redirects when sending secrets.</source>
        <translation>L’adresse des jetons du fournisseur a redirigé ailleurs; Loopgate ne suit pas les redirections lorsqu’il envoie des secrets.</translation>
    </message>
    <message>
        <source>The provider answered with something that is not JSON (perhaps a web page), so no tokens were saved.</source>
        <translation>Le fournisseur a répondu avec autre chose que du JSON (peut-être une page Web); aucun jeton n’a donc été enregistré.</translation>
    </message>
    <message>
        <source>The provider&apos;s token answer was not a JSON object.</source>
        <translation>La réponse de jetons du fournisseur n’était pas un objet JSON.</translation>
    </message>
    <message>
        <source>The provider is limiting requests (HTTP 429).</source>
        <translation>Le fournisseur limite les requêtes (HTTP 429).</translation>
    </message>
    <message>
        <source>The provider had a problem (HTTP {status}). Try again in a few minutes.</source>
        <translation>Le fournisseur a éprouvé un problème (HTTP {status}). Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The provider refused the request (HTTP {status}).</source>
        <translation>Le fournisseur a refusé la requête (HTTP {status}).</translation>
    </message>
    <message>
        <source>The provider said: “{words}”</source>
        <translation>Le fournisseur a répondu&#xa0;: «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <source>The sign-in code was rejected or has expired. Please connect again.</source>
        <translation>Le code de connexion a été refusé ou est expiré. Veuillez vous connecter de nouveau.</translation>
    </message>
    <message>
        <source>The provider did not recognise Loopgate&apos;s client ID, or requires a client secret. Desktop apps cannot keep a secret (RFC 8252 §8.5): ask the provider to register Loopgate as a public (PKCE) client, or ask your administrator for the settings.</source>
        <translation>Le fournisseur n’a pas reconnu l’identifiant client de Loopgate, ou exige un secret client. Les applications de bureau ne peuvent pas garder un secret (RFC 8252 §8.5)&#xa0;: demandez au fournisseur d’inscrire Loopgate comme client public (PKCE), ou demandez les paramètres à votre administrateur.</translation>
    </message>
    <message>
        <source>This app registration is not allowed to connect this way. Ask your administrator to enable the authorization-code flow with PKCE for it.</source>
        <translation>Cette inscription d’application n’est pas autorisée à se connecter de cette façon. Demandez à votre administrateur d’y activer le flux de code d’autorisation avec PKCE.</translation>
    </message>
    <message>
        <source>The provider did not accept Loopgate&apos;s client ID.</source>
        <translation>Le fournisseur n’a pas accepté l’identifiant client de Loopgate.</translation>
    </message>
    <message>
        <source>{provider} did not accept the client ID “{client_id}” that was typed in. Check it with your administrator, who registers Loopgate at the provider as a public (PKCE) client.</source>
        <translation>{provider} n’a pas accepté l’identifiant client «&#xa0;{client_id}&#xa0;» qui a été saisi. Vérifiez-le auprès de votre administrateur, qui inscrit Loopgate chez le fournisseur comme client public (PKCE).</translation>
    </message>
    <message>
        <source>{provider} did not accept the client ID “{client_id}”. It is set in the provider profile “{profile}” ({where}): ask your administrator to correct it there, and to register Loopgate at the provider as a public (PKCE) client.</source>
        <translation>{provider} n’a pas accepté l’identifiant client «&#xa0;{client_id}&#xa0;». Il est défini dans le profil de fournisseur «&#xa0;{profile}&#xa0;» ({where})&#xa0;: demandez à votre administrateur de le corriger à cet endroit et d’inscrire Loopgate chez le fournisseur comme client public (PKCE).</translation>
    </message>
    <message>
        <source>The provider said the request was malformed.</source>
        <translation>Le fournisseur indique que la requête était mal formée.</translation>
    </message>
    <message>
        <source>The provider sent an unreadable {field}.</source>
        <translation>Le fournisseur a envoyé une valeur illisible pour {field}.</translation>
    </message>
    <message>
        <source>The provider sent an impossible token lifetime.</source>
        <translation>Le fournisseur a envoyé une durée de validité de jeton impossible.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not contain an access token.</source>
        <translation>La réponse du fournisseur ne contenait pas de jeton d’accès.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not say what kind of token it is.</source>
        <translation>La réponse du fournisseur n’indiquait pas de quel type de jeton il s’agit.</translation>
    </message>
    <message>
        <source>The provider issued a kind of token Loopgate cannot use.</source>
        <translation>Le fournisseur a émis un type de jeton que Loopgate ne peut pas utiliser.</translation>
    </message>
    <message>
        <source>This connection cannot be renewed without signing in again.</source>
        <translation>Cette connexion ne peut pas être renouvelée sans vous connecter de nouveau.</translation>
    </message>
    <message>
        <source>Could not fetch the provider&apos;s signing keys.</source>
        <translation>Impossible d’obtenir les clés de signature du fournisseur.</translation>
    </message>
    <message>
        <source>The provider&apos;s signing keys are malformed.</source>
        <translation>Les clés de signature du fournisseur sont mal formées.</translation>
    </message>
    <message>
        <source>The provider&apos;s signing keys are unusable.</source>
        <translation>Les clés de signature du fournisseur sont inutilisables.</translation>
    </message>
    <message>
        <source>The sign-in token did not belong to this attempt.</source>
        <translation>Le jeton de connexion ne correspondait pas à cette tentative.</translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in token failed verification.</source>
        <translation>Le jeton de connexion du fournisseur n’a pas passé la vérification.</translation>
    </message>
    <message>
        <source>The provider sent a malformed sign-in token (id_token), so it was not trusted.</source>
        <translation>Le fournisseur a envoyé un jeton de connexion (id_token) mal formé; il n’a donc pas été jugé fiable.</translation>
    </message>
    <message>
        <source>The sign-in token was signed with a key the provider does not publish.</source>
        <translation>Le jeton de connexion a été signé avec une clé que le fournisseur ne publie pas.</translation>
    </message>
    <message>
        <source>The sign-in token was issued for several apps without naming this one.</source>
        <translation>Le jeton de connexion a été émis pour plusieurs applications sans nommer celle-ci.</translation>
    </message>
    <message>
        <source>The sign-in token was issued for another app.</source>
        <translation>Le jeton de connexion a été émis pour une autre application.</translation>
    </message>
    <message>
        <source>The renewed sign-in token names a different account than this one, so the renewal was not used. Reconnect the account if this keeps happening.</source>
        <translation>Le jeton de connexion renouvelé désigne un autre compte que celui-ci; le renouvellement n’a donc pas été utilisé. Connectez le compte de nouveau si le problème persiste.</translation>
    </message>
    <message>
        <source>The renewed sign-in token did not belong to this account&apos;s sign-in.</source>
        <translation>Le jeton de connexion renouvelé ne correspondait pas à la connexion de ce compte.</translation>
    </message>
    <message>
        <source>The issuer URL cannot be used: {problem}.</source>
        <translation>L’URL de l’émetteur ne peut pas être utilisée&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>The authorization endpoint cannot be used: {problem}.</source>
        <translation>Le point de terminaison d’autorisation ne peut pas être utilisé&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>The token endpoint cannot be used: {problem}.</source>
        <translation>Le point de terminaison des jetons ne peut pas être utilisé&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>it must start with https:// (plain http:// only for this computer: 127.0.0.1 or [::1])</source>
        <translation>elle doit commencer par https:// (http:// simple seulement pour cet ordinateur&#xa0;: 127.0.0.1 ou [::1])</translation>
    </message>
    <message>
        <source>Could not reach {url}.</source>
        <translation>Impossible de joindre {url}.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration is not JSON.</source>
        <translation>La configuration du fournisseur n’est pas du JSON.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration could not be found at its issuer address. Check the address, or enter the endpoints by hand.</source>
        <translation>La configuration du fournisseur est introuvable à l’adresse de son émetteur. Vérifiez l’adresse ou entrez les points de terminaison à la main.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration is not a JSON object.</source>
        <translation>La configuration du fournisseur n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration names a different issuer, so it was not trusted.</source>
        <translation>La configuration du fournisseur désigne un autre émetteur; elle n’a donc pas été jugée fiable.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration lacks {key}.</source>
        <translation>Il manque {key} dans la configuration du fournisseur.</translation>
    </message>
    <message>
        <source>This provider does not support PKCE with S256, which Loopgate requires.</source>
        <translation>Ce fournisseur ne prend pas en charge PKCE avec S256, que Loopgate exige.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration gives an unsafe {key}: {problem}.</source>
        <translation>La configuration du fournisseur donne une valeur non sécuritaire pour {key}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>No tokens are stored for this account. Please reconnect it.</source>
        <translation>Aucun jeton n’est conservé pour ce compte. Veuillez le connecter de nouveau.</translation>
    </message>
    <message>
        <source>Another Loopgate window or command is renewing this account; try again.</source>
        <translation>Une autre fenêtre ou commande Loopgate renouvelle ce compte; réessayez.</translation>
    </message>
    <message>
        <source>The connection expired and cannot be renewed.</source>
        <translation>La connexion est expirée et ne peut pas être renouvelée.</translation>
    </message>
    <message>
        <source>The provider&apos;s renewed sign-in did not check out ({reason}). Please reconnect this account.</source>
        <translation>La connexion renouvelée par le fournisseur n’a pas passé la vérification ({reason}). Veuillez connecter ce compte de nouveau.</translation>
    </message>
    <message>
        <source>This provider&apos;s settings changed since the account was connected ({change}), so its tokens were not sent there. Reconnect the account to use the new settings.</source>
        <translation>Les paramètres de ce fournisseur ont changé depuis la connexion du compte ({change}); ses jetons n’y ont donc pas été envoyés. Connectez le compte de nouveau pour utiliser les nouveaux paramètres.</translation>
    </message>
    <message>
        <source>This account&apos;s tokens were kept for one session only and were forgotten when Loopgate closed. Reconnect to use it again.</source>
        <translation>Les jetons de ce compte n’étaient conservés que pour une session et ont été oubliés à la fermeture de Loopgate. Connectez-le de nouveau pour l’utiliser.</translation>
    </message>
    <message>
        <source>{provider} is a custom provider: not allowed by your organisation.</source>
        <translation>{provider} est un fournisseur personnalisé&#xa0;: non autorisé par votre organisation.</translation>
    </message>
    <message>
        <source>The demo is not allowed by your organisation.</source>
        <translation>La démonstration n’est pas autorisée par votre organisation.</translation>
    </message>
    <message>
        <source>{provider} is not allowed by your organisation.</source>
        <translation>{provider} n’est pas autorisé par votre organisation.</translation>
    </message>
    <message>
        <source>{reason} Its accounts can only be disconnected.</source>
        <translation>{reason} Ses comptes peuvent seulement être déconnectés.</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Défini par votre organisation</translation>
    </message>
    <message>
        <source>No system keychain was found, so Loopgate cannot store tokens safely. On Linux, install and unlock a Secret Service keychain (GNOME Keyring or KWallet), or use session-only mode (tokens are forgotten when you quit).</source>
        <translation>Aucun trousseau du système n’a été trouvé; Loopgate ne peut donc pas conserver les jetons en sécurité. Sous Linux, installez et déverrouillez un trousseau Secret Service (GNOME Keyring ou KWallet), ou utilisez le mode session seulement (les jetons sont oubliés quand vous quittez).</translation>
    </message>
    <message>
        <source>The configured keychain stores secrets as plain files, which Loopgate refuses.</source>
        <translation>Le trousseau configuré conserve les secrets dans des fichiers en clair, ce que Loopgate refuse.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>Le trousseau du système est verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain refused the request. It may be locked or unavailable.</source>
        <translation>Le trousseau du système a refusé la demande. Il est peut-être verrouillé ou indisponible.</translation>
    </message>
    <message>
        <source>The stored tokens for account {account} are damaged. Please reconnect it.</source>
        <translation>Les jetons conservés du compte {account} sont endommagés. Veuillez le connecter de nouveau.</translation>
    </message>
    <message>
        <source>Part of the tokens for account {account} is missing from the keychain. Please reconnect it.</source>
        <translation>Une partie des jetons du compte {account} manque dans le trousseau. Veuillez le connecter de nouveau.</translation>
    </message>
    <message>
        <source>These tokens are too large to keep in the system keychain.</source>
        <translation>Ces jetons sont trop volumineux pour le trousseau du système.</translation>
    </message>
    <message>
        <source>Another Loopgate window or command is busy with the account list.</source>
        <translation>Une autre fenêtre ou commande Loopgate utilise la liste de comptes.</translation>
    </message>
    <message>
        <source>The account list was written by a newer Loopgate. Please update Loopgate.</source>
        <translation>La liste de comptes a été écrite par une version plus récente de Loopgate. Veuillez mettre Loopgate à jour.</translation>
    </message>
    <message>
        <source>Loopgate&apos;s file {file} is missing or damaged. Reinstall Loopgate.</source>
        <translation>Le fichier {file} de Loopgate est manquant ou endommagé. Réinstallez Loopgate.</translation>
    </message>
    <message>
        <source>Loopgate&apos;s bundled files are missing: {path} was not found. Reinstall Loopgate.</source>
        <translation>Des fichiers fournis avec Loopgate sont manquants&#xa0;: {path} est introuvable. Réinstallez Loopgate.</translation>
    </message>
    <message>
        <source>revoked at the provider</source>
        <translation>accès révoqué chez le fournisseur</translation>
    </message>
    <message>
        <source>the provider offers no way to revoke access, so it was removed from this computer only</source>
        <translation>le fournisseur n’offre aucun moyen de révoquer l’accès; le compte a donc été retiré de cet ordinateur seulement</translation>
    </message>
    <message>
        <source>removed from this computer only; the provider was not asked to revoke access</source>
        <translation>retiré de cet ordinateur seulement; le fournisseur n’a pas été invité à révoquer l’accès</translation>
    </message>
    <message>
        <source>no tokens were stored on this computer, so there was nothing to revoke</source>
        <translation>aucun jeton n’était conservé sur cet ordinateur; il n’y avait donc rien à révoquer</translation>
    </message>
    <message>
        <source>Loopgate could not revoke access at the provider: {reason} Nothing was removed: try again, or remove the account from this computer only.</source>
        <translation>Loopgate n’a pas pu révoquer l’accès chez le fournisseur&#xa0;: {reason} Rien n’a été retiré&#xa0;: réessayez, ou retirez le compte de cet ordinateur seulement.</translation>
    </message>
    <message>
        <source>Loopgate could not revoke access: {reason} Nothing was removed: try again, or remove the account from this computer only.</source>
        <translation>Loopgate n’a pas pu révoquer l’accès&#xa0;: {reason} Rien n’a été retiré&#xa0;: réessayez, ou retirez le compte de cet ordinateur seulement.</translation>
    </message>
    <message>
        <source>Loopgate could not revoke access: this provider needs a valid access token to revoke, and this one has expired and cannot be renewed. Nothing was removed: try again, or remove the account from this computer only.</source>
        <translation>Loopgate n’a pas pu révoquer l’accès&#xa0;: ce fournisseur exige un jeton d’accès valide pour révoquer, et celui-ci est expiré et ne peut pas être renouvelé. Rien n’a été retiré&#xa0;: réessayez, ou retirez le compte de cet ordinateur seulement.</translation>
    </message>
    <message>
        <source>The provider&apos;s revocation address redirected elsewhere; Loopgate does not follow redirects when sending tokens.</source>
        <translation>L’adresse de révocation du fournisseur a redirigé ailleurs; Loopgate ne suit pas les redirections lorsqu’il envoie des jetons.</translation>
    </message>
    <message>
        <source>The API did not answer in time.</source>
        <translation>L’API n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The response is larger than 200 MB and was not kept.</source>
        <translation>La réponse dépasse 200 Mo et n’a pas été conservée.</translation>
    </message>
    <message>
        <source>The response was cut off.</source>
        <translation>La réponse a été interrompue.</translation>
    </message>
    <message>
        <source>This address cannot be used: {problem}. The account&apos;s token was not sent.</source>
        <translation>Cette adresse ne peut pas être utilisée&#xa0;: {problem}. Le jeton du compte n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>Tokens are only sent over https.</source>
        <translation>Les jetons sont envoyés seulement par https.</translation>
    </message>
    <message>
        <source>{origin} is not one of this provider&apos;s addresses, so the account&apos;s token was not sent there.</source>
        <translation>{origin} ne fait pas partie des adresses de ce fournisseur; le jeton du compte n’y a donc pas été envoyé.</translation>
    </message>
    <message>
        <source>The address needs {field}, which this account does not have.</source>
        <translation>L’adresse a besoin de {field}, que ce compte n’a pas.</translation>
    </message>
    <message>
        <source>The token was renewed before sending.</source>
        <translation>Le jeton a été renouvelé avant l’envoi.</translation>
    </message>
    <message>
        <source>The provider rejected the token (401), so Loopgate renewed it and resent.</source>
        <translation>Le fournisseur a refusé le jeton (401); Loopgate l’a donc renouvelé et a renvoyé la requête.</translation>
    </message>
    <message>
        <source>The token cannot be renewed: reconnect the account.</source>
        <translation>Le jeton ne peut pas être renouvelé&#xa0;: connectez le compte de nouveau.</translation>
    </message>
    <message>
        <source>Renewing the token failed: {reason}</source>
        <translation>Le renouvellement du jeton a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Rate limited: the provider did not say when to retry; wait a while.</source>
        <translation>Limite de requêtes atteinte&#xa0;: le fournisseur n’a pas indiqué quand réessayer; patientez un peu.</translation>
    </message>
    <message>
        <source>Rate limited, retry in {seconds} s.</source>
        <translation>Limite de requêtes atteinte; réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <source>The account&apos;s access does not cover this request (insufficient_scope); reconnect with the needed permissions.</source>
        <translation>L’accès du compte ne couvre pas cette requête (insufficient_scope); connectez-le de nouveau avec les autorisations nécessaires.</translation>
    </message>
    <message>
        <source>The provider refused this request (HTTP 403).</source>
        <translation>Le fournisseur a refusé cette requête (HTTP 403).</translation>
    </message>
    <message>
        <source>The provider refused the token (HTTP 401).</source>
        <translation>Le fournisseur a refusé le jeton (HTTP 401).</translation>
    </message>
    <message>
        <source>The provider refused the token (HTTP 401: {error}).</source>
        <translation>Le fournisseur a refusé le jeton (HTTP 401&#xa0;: {error}).</translation>
    </message>
    <message>
        <source>The provider had a problem (HTTP {status}).</source>
        <translation>Le fournisseur a éprouvé un problème (HTTP {status}).</translation>
    </message>
    <message>
        <source>Retry in {seconds} s.</source>
        <translation>Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <source>It said: “{words}”</source>
        <translation>Réponse&#xa0;: «&#xa0;{words}&#xa0;»</translation>
    </message>
    <message>
        <source>The JSON viewer stopped; send the request again.</source>
        <translation>Le visualiseur JSON s’est arrêté; envoyez la requête de nouveau.</translation>
    </message>
    <message>
        <source>Decoded, signature not verified (access tokens are meant for the API, not for Loopgate).</source>
        <translation>Décodé, signature non vérifiée (les jetons d’accès sont destinés à l’API, pas à Loopgate).</translation>
    </message>
    <message>
        <source>Not a JWT: this token is opaque, so only the provider can read it.</source>
        <translation>Pas un JWT&#xa0;: ce jeton est opaque; seul le fournisseur peut donc le lire.</translation>
    </message>
    <message>
        <source>This sign-in token is malformed: it is not a readable JWT.</source>
        <translation>Ce jeton de connexion est mal formé&#xa0;: ce n’est pas un JWT lisible.</translation>
    </message>
    <message>
        <source>Signature NOT verified: {reason} ({detail})</source>
        <translation>Signature NON vérifiée&#xa0;: {reason} ({detail})</translation>
    </message>
    <message>
        <source>Checks failed: {reason} ({detail})</source>
        <translation>Échec des vérifications&#xa0;: {reason} ({detail})</translation>
    </message>
    <message>
        <source>Decoded, signature not verified: {reason}; this token has expired.</source>
        <translation>Décodé, signature non vérifiée&#xa0;: {reason}; ce jeton est expiré.</translation>
    </message>
    <message>
        <source>Decoded, signature not verified: {reason}; issuer, audience and expiry checked.</source>
        <translation>Décodé, signature non vérifiée&#xa0;: {reason}; émetteur, audience et expiration vérifiés.</translation>
    </message>
    <message>
        <source>Signature verified with key {key}, but this token has expired.</source>
        <translation>Signature vérifiée avec la clé {key}, mais ce jeton est expiré.</translation>
    </message>
    <message>
        <source>Signature verified with the provider&apos;s key {key} ({algorithm}); issuer, audience and expiry checked.</source>
        <translation>Signature vérifiée avec la clé {key} du fournisseur ({algorithm}); émetteur, audience et expiration vérifiés.</translation>
    </message>
    <message>
        <source>Signature verified with the provider&apos;s key {key} (access tokens are meant for the API; this one also verifies against the sign-in keys).</source>
        <translation>Signature vérifiée avec la clé {key} du fournisseur (les jetons d’accès sont destinés à l’API; celui-ci se vérifie aussi avec les clés de connexion).</translation>
    </message>
    <message>
        <source>Decoded, signature not verified: {reason}.</source>
        <translation>Décodé, signature non vérifiée&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Decoded, signature not verified.</source>
        <translation>Décodé, signature non vérifiée.</translation>
    </message>
    <message>
        <source>the provider publishes no signing keys (no jwks_uri)</source>
        <translation>le fournisseur ne publie aucune clé de signature (pas de jwks_uri)</translation>
    </message>
    <message>
        <source>{reason} ({detail})</source>
        <translation>{reason} ({detail})</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Vérification de la signature…</translation>
    </message>
    <message>
        <source>The provider publishes no signing keys, so the sign-in token&apos;s signature was not verified (its issuer, audience, expiry and nonce were).</source>
        <translation>Le fournisseur ne publie aucune clé de signature; la signature du jeton de connexion n’a donc pas été vérifiée (son émetteur, son audience, son expiration et son nonce l’ont été).</translation>
    </message>
    <message>
        <source>This provider did not allow Loopgate to renew access by itself: when it stops accepting this connection, you will be asked to sign in again.</source>
        <translation>Ce fournisseur n’a pas permis à Loopgate de renouveler l’accès par lui-même&#xa0;: quand il n’acceptera plus cette connexion, on vous demandera de vous connecter de nouveau.</translation>
    </message>
    <message>
        <source>This provider asks you to sign in again {every}: it did not allow Loopgate to renew access by itself.</source>
        <translation>Ce fournisseur vous demande de vous connecter de nouveau {every}&#xa0;: il n’a pas permis à Loopgate de renouveler l’accès par lui-même.</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>chaque minute</translation>
    </message>
    <message>
        <source>every {count} minutes</source>
        <translation>toutes les {count} minutes</translation>
    </message>
    <message>
        <source>every {count} hours</source>
        <translation>toutes les {count} heures</translation>
    </message>
    <message>
        <source>every {count} days</source>
        <translation>tous les {count} jours</translation>
    </message>
</context>
<context>
    <name>CurlTools</name>
    <message>
        <source>Copy as curl result</source>
        <translation>Résultat de la copie en commande curl</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en commande curl</translation>
    </message>
    <message>
        <source>Include the real token</source>
        <translation>Inclure le vrai jeton</translation>
    </message>
    <message>
        <source>Include the real token in the curl command</source>
        <translation>Inclure le vrai jeton dans la commande curl</translation>
    </message>
    <message>
        <source>Copied with the real token; it clears from the clipboard in {seconds} s.</source>
        <translation>Copié avec le vrai jeton; il sera effacé du presse-papiers dans {seconds} s.</translation>
    </message>
    <message>
        <source>Copied with $TOKEN in place of the token.</source>
        <translation>Copié avec $TOKEN à la place du jeton.</translation>
    </message>
    <message>
        <source>Could not copy: {reason}</source>
        <translation>Impossible de copier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Include the real token?</source>
        <translation>Inclure le vrai jeton?</translation>
    </message>
    <message>
        <source>The copied command will contain this account&apos;s live access token. Anyone who sees it can act as this account until the token expires. Include it?</source>
        <translation>La commande copiée contiendra le jeton d’accès valide de ce compte. Quiconque le voit peut agir au nom de ce compte jusqu’à l’expiration du jeton. L’inclure?</translation>
    </message>
</context>
<context>
    <name>CustomProviderDialog</name>
    <message>
        <source>Add a custom provider</source>
        <translation>Ajouter un fournisseur personnalisé</translation>
    </message>
    <message>
        <source>How to find the provider</source>
        <translation>Comment trouver le fournisseur</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>URL de l’émetteur</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>URL de l’&amp;émetteur&#xa0;:</translation>
    </message>
    <message>
        <source>Loopgate reads the provider&apos;s OpenID configuration from it.</source>
        <translation>Loopgate y lit la configuration OpenID du fournisseur.</translation>
    </message>
    <message>
        <source>Authorization endpoint</source>
        <translation>Point de terminaison d’autorisation</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Point de terminaison des jetons</translation>
    </message>
    <message>
        <source>&amp;Authorization endpoint:</source>
        <translation>Point de terminaison d’&amp;autorisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token endpoint:</source>
        <translation>Point de terminaison des &amp;jetons&#xa0;:</translation>
    </message>
    <message>
        <source>From an issuer URL</source>
        <translation>À partir d’une URL d’émetteur</translation>
    </message>
    <message>
        <source>Type the endpoints</source>
        <translation>Entrer les points de terminaison</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nom du fournisseur</translation>
    </message>
    <message>
        <source>e.g. Acme Login</source>
        <translation>p. ex. Acme Login</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Not a secret</source>
        <translation>Pas un secret</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>Identifiant &amp;client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Portées&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save custom provider</source>
        <translation>Enregistrer le fournisseur personnalisé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the client ID your administrator gave you.</source>
        <translation>Entrez l’identifiant client que votre administrateur vous a fourni.</translation>
    </message>
    <message>
        <source>Reading the provider&apos;s configuration…</source>
        <translation>Lecture de la configuration du fournisseur…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>“{provider}” is built into Loopgate and cannot be replaced.</source>
        <translation>«&#xa0;{provider}&#xa0;» est intégré à Loopgate et ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Nothing was saved: the existing provider was kept.</source>
        <translation>Rien n’a été enregistré&#xa0;: le fournisseur existant a été conservé.</translation>
    </message>
    <message>
        <source>Replace this provider?</source>
        <translation>Remplacer ce fournisseur?</translation>
    </message>
    <message>
        <source>A provider for this address is already saved as “{provider}” ({id}). Replacing it changes where its accounts sign in; an account whose addresses change will ask to be reconnected. Replace it?</source>
        <translation>Un fournisseur pour cette adresse est déjà enregistré sous le nom «&#xa0;{provider}&#xa0;» ({id}). Le remplacer change l’endroit où ses comptes se connectent; un compte dont les adresses changent demandera à être reconnecté. Le remplacer?</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Token inspector</source>
        <translation>Inspecteur de jetons</translation>
    </message>
    <message>
        <source>API explorer</source>
        <translation>Explorateur d’API</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Select an account to see its details here.</source>
        <translation>Sélectionnez un compte pour en voir les détails ici.</translation>
    </message>
</context>
<context>
    <name>DisconnectDialogs</name>
    <message>
        <source>Disconnect account</source>
        <translation>Déconnecter le compte</translation>
    </message>
    <message>
        <source>Disconnect {account}?</source>
        <translation>Déconnecter {account}?</translation>
    </message>
    <message>
        <source>Loopgate tells the provider to revoke access where it can, then forgets the tokens on this computer. You can connect again at any time.</source>
        <translation>Loopgate demande au fournisseur de révoquer l’accès lorsque c’est possible, puis oublie les jetons sur cet ordinateur. Vous pourrez le connecter de nouveau en tout temps.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Access was not revoked</source>
        <translation>L’accès n’a pas été révoqué</translation>
    </message>
    <message>
        <source>{account} is still connected at the provider.</source>
        <translation>{account} est toujours connecté chez le fournisseur.</translation>
    </message>
    <message>
        <source>{reason}

Removing it from this computer only forgets the tokens here; the provider keeps the access until it expires or is revoked from its website.</source>
        <translation>{reason}

Le retirer de cet ordinateur seulement oublie les jetons ici; le fournisseur conserve l’accès jusqu’à son expiration ou sa révocation à partir de son site Web.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Remove from this computer only</source>
        <translation>Retirer de cet ordinateur seulement</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{s} s</source>
        <comment>compact seconds</comment>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <comment>compact minutes</comment>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <comment>compact hours</comment>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{m} min</source>
        <comment>compact whole minutes</comment>
        <translation>{m} min</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>{larger} {smaller}</source>
        <comment>two units of one span</comment>
        <translation>{larger} et {smaller}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No accounts yet</source>
        <translation>Aucun compte pour l’instant</translation>
    </message>
    <message>
        <source>Connect your first account</source>
        <translation>Connectez votre premier compte</translation>
    </message>
    <message>
        <source>Loopgate links your accounts at services like Clover and Clio to this computer, keeps their access fresh in the background, and warns you before anything stops working. You approve each connection in your own browser; Loopgate never sees your password.</source>
        <translation>Loopgate relie à cet ordinateur vos comptes de services comme Clover et Clio, garde leur accès valide en arrière-plan et vous avertit avant que quoi que ce soit cesse de fonctionner. Vous approuvez chaque connexion dans votre propre navigateur; Loopgate ne voit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démonstration</translation>
    </message>
    <message>
        <source>The demo runs a practice provider on this computer: no account or internet needed.</source>
        <translation>La démonstration utilise un fournisseur d’essai sur cet ordinateur&#xa0;: aucun compte ni accès Internet requis.</translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>The account was not connected</source>
        <translation>Le compte n’a pas été connecté</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try connecting again</source>
        <translation>Réessayer la connexion</translation>
    </message>
    <message>
        <source>Use session-only mode</source>
        <translation>Utiliser le mode session seulement</translation>
    </message>
    <message>
        <source>Use session-only mode: keep tokens in memory until you quit</source>
        <translation>Utiliser le mode session seulement&#xa0;: garder les jetons en mémoire jusqu’à ce que vous quittiez</translation>
    </message>
    <message>
        <source>Keeps this connection&apos;s tokens in memory only: it works until you quit Loopgate.</source>
        <translation>Garde les jetons de cette connexion en mémoire seulement&#xa0;: elle fonctionne jusqu’à ce que vous quittiez Loopgate.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Error message</source>
        <translation>Message d’erreur</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copier les détails de l’erreur</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. The details were written to the log.</source>
        <translation>Un problème inattendu est survenu. Les détails ont été écrits dans le journal.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Loopgate kept running; the details were written to its log.</source>
        <translation>Un problème inattendu est survenu. Loopgate fonctionne toujours; les détails ont été écrits dans son journal.</translation>
    </message>
</context>
<context>
    <name>HealthMonitor</name>
    <message>
        <source>Connection ending soon</source>
        <translation>Une connexion prendra fin bientôt</translation>
    </message>
    <message>
        <source>{account} will disconnect in {countdown} and cannot renew itself. Reconnect it to keep it working.</source>
        <translation>{account} sera déconnecté dans {countdown} et ne peut pas se renouveler seul. Connectez-le de nouveau pour qu’il continue de fonctionner.</translation>
    </message>
    <message>
        <source>An account</source>
        <translation>Un compte</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Une erreur inattendue s’est produite.</translation>
    </message>
    <message>
        <source>{account}: {message}</source>
        <comment>a notification&apos;s text</comment>
        <translation>{account}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Reconnexion requise</translation>
    </message>
    <message>
        <source>Could not renew a connection</source>
        <translation>Impossible de renouveler une connexion</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>cancelled</source>
        <comment>a request</comment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a request</comment>
        <translation>échouée</translation>
    </message>
    <message>
        <source>Earlier requests for this account</source>
        <translation>Requêtes précédentes de ce compte</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Aucune requête pour l’instant.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Merchant id {value}</source>
        <translation>N° de marchand {value}</translation>
    </message>
    <message>
        <source>Employee id {value}</source>
        <translation>N° d’employé {value}</translation>
    </message>
</context>
<context>
    <name>InspectorTimes</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>in {span}</source>
        <translation>dans {span}</translation>
    </message>
    <message>
        <source>{span} ago</source>
        <translation>il y a {span}</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>range</source>
        <comment>a range of array elements</comment>
        <translation>plage</translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln clé</numerusform>
            <numerusform>%Ln clés</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <comment>JSON type</comment>
        <translation>objet</translation>
    </message>
    <message>
        <source>array</source>
        <comment>JSON type</comment>
        <translation>tableau</translation>
    </message>
    <message>
        <source>string</source>
        <comment>JSON type</comment>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>number</source>
        <comment>JSON type</comment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>JSON type</comment>
        <translation>booléen</translation>
    </message>
    <message>
        <source>null</source>
        <comment>JSON type</comment>
        <translation>nul</translation>
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
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>(root)</source>
        <comment>the JSON document itself</comment>
        <translation>(racine)</translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message>
        <source>{count}+ matches</source>
        <translation>{count}+ résultats</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Response body as a collapsible JSON tree</source>
        <translation>Corps de la réponse en arborescence JSON repliable</translation>
    </message>
    <message>
        <source>Search keys and values</source>
        <translation>Rechercher des clés et des valeurs</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Path of the selected entry</source>
        <translation>Chemin de l’entrée sélectionnée</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>La recherche a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>{current} of {matches}</source>
        <translation>{current} sur {matches}</translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add a row to {table}</source>
        <translation>Ajouter une ligne aux {table}</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Remove the selected row from {table}</source>
        <translation>Retirer la ligne sélectionnée des {table}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading your accounts…</source>
        <translation>Chargement de vos comptes…</translation>
    </message>
    <message>
        <source>{reason} Tokens will not be saved until this is fixed.</source>
        <translation>{reason} Les jetons ne seront pas enregistrés tant que ce problème ne sera pas réglé.</translation>
    </message>
    <message>
        <source>Use session-only mode</source>
        <translation>Utiliser le mode session seulement</translation>
    </message>
    <message>
        <source>Some provider files could not be read: {problems}</source>
        <translation>Certains fichiers de fournisseurs n’ont pas pu être lus&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>Part of your organisation&apos;s policy was ignored: {problems}</source>
        <translation>Une partie de la politique de votre organisation a été ignorée&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>Loopgate could not start: {reason}</source>
        <translation>Loopgate n’a pas pu démarrer&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Session-only mode: tokens are kept in memory and forgotten when you quit.</source>
        <translation>Mode session seulement&#xa0;: les jetons sont gardés en mémoire et oubliés quand vous quittez.</translation>
    </message>
    <message>
        <source>The renewal failed.</source>
        <translation>Le renouvellement a échoué.</translation>
    </message>
    <message>
        <source>Could not renew {account}: {reason}</source>
        <translation>Impossible de renouveler {account}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Renewed {account}; access now expires in {countdown}.</source>
        <translation>{account} a été renouvelé; l’accès expire maintenant dans {countdown}.</translation>
    </message>
    <message>
        <source>Renewed {account}; access was renewed.</source>
        <translation>{account} a été renouvelé; l’accès a été renouvelé.</translation>
    </message>
    <message>
        <source>Your browser answered; finishing the connection.</source>
        <translation>Votre navigateur a répondu; finalisation de la connexion.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Not allowed by your organisation: this account can only be disconnected.</source>
        <translation>Non autorisé par votre organisation&#xa0;: ce compte peut seulement être déconnecté.</translation>
    </message>
    <message>
        <source>Needs reconnecting: the connection has ended.</source>
        <translation>Reconnexion requise&#xa0;: la connexion a pris fin.</translation>
    </message>
    <message>
        <source>Needs reconnecting: {reason}</source>
        <translation>Reconnexion requise&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Access has expired; renewing it now…</source>
        <translation>L’accès est expiré; renouvellement en cours…</translation>
    </message>
    <message>
        <source>Renewing access now…</source>
        <translation>Renouvellement de l’accès en cours…</translation>
    </message>
    <message>
        <source>Ending soon: access ends in {countdown} and cannot renew itself. Reconnect to keep it working.</source>
        <translation>Fin prochaine&#xa0;: l’accès prend fin dans {countdown} et ne peut pas se renouveler seul. Connectez le compte de nouveau pour qu’il continue de fonctionner.</translation>
    </message>
    <message>
        <source>Provider problem: renewing failed, but the connection was kept. {reason} {next_try}</source>
        <translation>Problème du fournisseur&#xa0;: le renouvellement a échoué, mais la connexion a été conservée. {reason} {next_try}</translation>
    </message>
    <message>
        <source>Could not renew last time: {reason} {next_try}</source>
        <translation>Le dernier renouvellement a échoué&#xa0;: {reason} {next_try}</translation>
    </message>
    <message>
        <source>Access has expired. Loopgate renews it the next time it is used.</source>
        <translation>L’accès est expiré. Loopgate le renouvellera à sa prochaine utilisation.</translation>
    </message>
    <message>
        <source>Connected. The provider did not say when access expires; Loopgate renews it when the provider asks.</source>
        <translation>Connecté. Le fournisseur n’a pas précisé quand l’accès expire; Loopgate le renouvelle quand le fournisseur le demande.</translation>
    </message>
    <message>
        <source>Connected. This connection cannot renew itself: reconnect it when it ends.</source>
        <translation>Connecté. Cette connexion ne peut pas se renouveler seule&#xa0;: reconnectez-la quand elle prendra fin.</translation>
    </message>
    <message>
        <source>Connected. Automatic renewal is off: use Refresh now before access expires.</source>
        <translation>Connecté. Le renouvellement automatique est désactivé&#xa0;: utilisez Renouveler maintenant avant l’expiration de l’accès.</translation>
    </message>
    <message>
        <source>Connected. Loopgate renews access automatically {lead} before it expires.</source>
        <translation>Connecté. Loopgate renouvelle l’accès automatiquement {lead} avant son expiration.</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>aujourd’hui à {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>hier à {time}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>le {day} à {time}</translation>
    </message>
    <message>
        <source>Last renewed {when}.</source>
        <translation>Dernier renouvellement {when}.</translation>
    </message>
    <message>
        <source>Not renewed yet; connected {when}.</source>
        <translation>Pas encore renouvelé; connecté {when}.</translation>
    </message>
    <message>
        <source>Not renewed yet.</source>
        <translation>Pas encore renouvelé.</translation>
    </message>
    <message>
        <source>Account overview</source>
        <translation>Aperçu du compte</translation>
    </message>
    <message>
        <source>Select an account above to see how it is doing.</source>
        <translation>Sélectionnez un compte ci-dessus pour voir son état.</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Connecté en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Access ends in:</source>
        <translation>Fin de l’accès dans&#xa0;:</translation>
    </message>
    <message>
        <source>Renewal:</source>
        <translation>Renouvellement&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Renouveler maintenant</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>{provider} ({environment})</source>
        <translation>{provider} ({environment})</translation>
    </message>
    <message>
        <source>Not stated by the provider</source>
        <translation>Non précisé par le fournisseur</translation>
    </message>
    <message>
        <source>Access has ended.</source>
        <translation>L’accès a pris fin.</translation>
    </message>
    <message>
        <source>Not stated by the provider.</source>
        <translation>Non précisé par le fournisseur.</translation>
    </message>
</context>
<context>
    <name>ProviderData</name>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Amérique du Nord</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>Latin America</source>
        <translation>Amérique latine</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>A built-in practice provider: no account or internet needed</source>
        <translation>Un fournisseur d’essai intégré&#xa0;: aucun compte ni accès Internet requis</translation>
    </message>
    <message>
        <source>Point-of-sale merchant account</source>
        <translation>Compte marchand de point de vente</translation>
    </message>
    <message>
        <source>Legal practice management (Clio Manage)</source>
        <translation>Gestion de cabinet juridique (Clio Manage)</translation>
    </message>
    <message>
        <source>Team coaching (OpenID Connect)</source>
        <translation>Coaching d’équipe (OpenID Connect)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Items (page 1)</source>
        <translation>Éléments (page 1)</translation>
    </message>
    <message>
        <source>Large document (10 MB)</source>
        <translation>Document volumineux (10 Mo)</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Who am I</source>
        <translation>Qui suis-je</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Daily coaching</source>
        <translation>Coaching quotidien</translation>
    </message>
    <message>
        <source>Custom OAuth 2.0 provider at {host}</source>
        <translation>Fournisseur OAuth 2.0 personnalisé à {host}</translation>
    </message>
    <message>
        <source>Custom OpenID Connect provider at {host}</source>
        <translation>Fournisseur OpenID Connect personnalisé à {host}</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <source>Optional, e.g. “Main store”</source>
        <translation>Facultatif, p. ex. «&#xa0;Magasin principal&#xa0;»</translation>
    </message>
    <message>
        <source>Optional, e.g. “Downtown office”</source>
        <translation>Facultatif, p. ex. «&#xa0;Bureau du centre-ville&#xa0;»</translation>
    </message>
    <message>
        <source>Optional, e.g. “Practice”</source>
        <translation>Facultatif, p. ex. «&#xa0;Essai&#xa0;»</translation>
    </message>
    <message>
        <source>Optional, e.g. “Main office”</source>
        <translation>Facultatif, p. ex. «&#xa0;Bureau principal&#xa0;»</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Environment or region</source>
        <translation>Environnement ou région</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Account name (optional)</source>
        <translation>Nom du compte (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RawBodyView</name>
    <message>
        <source>Response body as text</source>
        <translation>Corps de la réponse en texte</translation>
    </message>
    <message>
        <source>How much of the body is shown</source>
        <translation>Portion du corps affichée</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>Show the next megabyte of the body</source>
        <translation>Afficher le mégaoctet suivant du corps</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Save the whole response body to a file</source>
        <translation>Enregistrer tout le corps de la réponse dans un fichier</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} (long lines are broken for display). Save to file for all of it.</source>
        <translation>Affichage des premiers {shown} sur {total} (les longues lignes sont coupées à l’affichage). Enregistrez dans un fichier pour tout voir.</translation>
    </message>
    <message>
        <source>Save response body</source>
        <translation>Enregistrer le corps de la réponse</translation>
    </message>
    <message>
        <source>Saved {size} to {path}.</source>
        <translation>{size} enregistrés dans {path}.</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Impossible d’enregistrer&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Sandbox (for developers)</source>
        <translation>Bac à sable (pour les développeurs)</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Choose a ready-made request…</source>
        <translation>Choisissez une requête prédéfinie…</translation>
    </message>
    <message>
        <source>Custom request</source>
        <translation>Requête personnalisée</translation>
    </message>
    <message>
        <source>Ready-made requests for this provider</source>
        <translation>Requêtes prédéfinies pour ce fournisseur</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Méthode HTTP</translation>
    </message>
    <message>
        <source>Request address</source>
        <translation>Adresse de la requête</translation>
    </message>
    <message>
        <source>https://… or a path such as /api/me</source>
        <translation>https://… ou un chemin comme /api/me</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Paramètres de requête</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de requête</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Request body (for POST, PUT and PATCH)</source>
        <translation>Corps de la requête (pour POST, PUT et PATCH)</translation>
    </message>
    <message>
        <source>Request parts</source>
        <translation>Parties de la requête</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Prédéfinie&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ResponsePane</name>
    <message>
        <source>Shown as received: a JSON body this large is not indented.</source>
        <translation>Affiché tel que reçu&#xa0;: un corps JSON aussi volumineux n’est pas indenté.</translation>
    </message>
    <message>
        <source>No response yet. Choose a request and press Send.</source>
        <translation>Aucune réponse pour l’instant. Choisissez une requête et appuyez sur Envoyer.</translation>
    </message>
    <message>
        <source>Response status, time and size</source>
        <translation>État, durée et taille de la réponse</translation>
    </message>
    <message>
        <source>Note about the response</source>
        <translation>Note sur la réponse</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui n’a pas fonctionné</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show the technical details of the error</source>
        <translation>Afficher les détails techniques de l’erreur</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Response body views</source>
        <translation>Vues du corps de la réponse</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>Arborescence JSON</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Connect another account</source>
        <translation>Connecter un autre compte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>SendControls</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Envoyer la requête</translation>
    </message>
    <message>
        <source>Send the request ({keys})</source>
        <translation>Envoyer la requête ({keys})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <source>Cancel the request ({keys})</source>
        <translation>Annuler la requête ({keys})</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Requête en cours</translation>
    </message>
    <message>
        <source>Time waited for the answer</source>
        <translation>Temps d’attente de la réponse</translation>
    </message>
    <message>
        <source>Waiting… {seconds} s</source>
        <translation>Attente… {seconds} s</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>The body is not valid JSON ({reason}).</source>
        <translation>Le corps n’est pas du JSON valide ({reason}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
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
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Detailed, for support</source>
        <translation>Détaillé, pour le soutien technique</translation>
    </message>
    <message>
        <source>Warnings and errors only</source>
        <translation>Avertissements et erreurs seulement</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <source>Automatic: 5 minutes or 10% of the token&apos;s lifetime, whichever is larger — at most half of it.</source>
        <translation>Automatique&#xa0;: 5 minutes ou 10 % de la durée de validité du jeton, selon la plus longue — au plus la moitié de celle-ci.</translation>
    </message>
    <message>
        <source>A new language shows the next time Loopgate starts.</source>
        <translation>Une nouvelle langue s’affiche au prochain démarrage de Loopgate.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Renew access automatically before it expires</source>
        <translation>Renouveler l’accès automatiquement avant son expiration</translation>
    </message>
    <message>
        <source>Renew access automatically</source>
        <translation>Renouveler l’accès automatiquement</translation>
    </message>
    <message>
        <source>Renewal lead time in minutes</source>
        <translation>Délai de renouvellement en minutes</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message numerus="yes">
        <source> minute(s) before expiry</source>
        <translation>
            <numerusform> minute avant l’expiration</numerusform>
            <numerusform> minutes avant l’expiration</numerusform>
        </translation>
    </message>
    <message>
        <source>How much Loopgate writes to its log</source>
        <translation>Quantité d’information que Loopgate écrit dans son journal</translation>
    </message>
    <message>
        <source>Logs never hold a token, at any level.</source>
        <translation>Les journaux ne contiennent jamais de jeton, quel que soit le niveau.</translation>
    </message>
    <message>
        <source>Connect timeout in minutes</source>
        <translation>Délai de connexion en minutes</translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>How long Connect waits for you to approve in the browser.</source>
        <translation>Durée pendant laquelle Connecter attend votre approbation dans le navigateur.</translation>
    </message>
    <message>
        <source>System default browser</source>
        <translation>Navigateur par défaut du système</translation>
    </message>
    <message>
        <source>Use the system default browser</source>
        <translation>Utiliser le navigateur par défaut du système</translation>
    </message>
    <message>
        <source>Run this command:</source>
        <translation>Exécuter cette commande&#xa0;:</translation>
    </message>
    <message>
        <source>Use a browser command</source>
        <translation>Utiliser une commande de navigateur</translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation>Commande du navigateur</translation>
    </message>
    <message>
        <source>e.g. firefox -P work %s</source>
        <translation>p. ex. firefox -P travail %s</translation>
    </message>
    <message>
        <source>Start minimised to the system tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuer dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Loopgate keeps renewing your connections in the background. Quit it from the File menu or the tray icon&apos;s menu.</source>
        <translation>Loopgate continue de renouveler vos connexions en arrière-plan. Quittez-le à partir du menu Fichier ou du menu de l’icône de la zone de notification.</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Jeu de couleurs</translation>
    </message>
    <message>
        <source>%s in the command is replaced by the link; otherwise it is appended.</source>
        <translation>%s dans la commande est remplacé par le lien; sinon, le lien est ajouté à la fin.</translation>
    </message>
    <message>
        <source>Renew &amp;lead time:</source>
        <translation>&amp;Délai de renouvellement&#xa0;:</translation>
    </message>
    <message>
        <source>Wait for the browser &amp;up to:</source>
        <translation>Attendre le navigateur &amp;jusqu’à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browser:</source>
        <translation>&amp;Navigateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;ogs:</source>
        <translation>J&amp;ournaux&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Automatique (la langue du système)</translation>
    </message>
</context>
<context>
    <name>SetupMissing</name>
    <message>
        <source>Copy a note for your administrator</source>
        <translation>Copier une note pour votre administrateur</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Move to the next control.</source>
        <translation>Passer au contrôle suivant.</translation>
    </message>
    <message>
        <source>Move to the previous control.</source>
        <translation>Revenir au contrôle précédent.</translation>
    </message>
    <message>
        <source>Choose another account in the accounts table.</source>
        <translation>Choisir un autre compte dans le tableau des comptes.</translation>
    </message>
    <message>
        <source>Show the next tab (Overview, Token inspector, API explorer).</source>
        <translation>Afficher l’onglet suivant (Aperçu, Inspecteur de jetons, Explorateur d’API).</translation>
    </message>
    <message>
        <source>Show the previous tab.</source>
        <translation>Afficher l’onglet précédent.</translation>
    </message>
    <message>
        <source>Press the focused button or tick the focused box.</source>
        <translation>Appuyer sur le bouton actif ou cocher la case active.</translation>
    </message>
    <message>
        <source>Open the menus with the underlined letter.</source>
        <translation>Ouvrir les menus avec la lettre soulignée.</translation>
    </message>
    <message>
        <source>{action} (with an account selected in the table).</source>
        <translation>{action} (avec un compte sélectionné dans le tableau).</translation>
    </message>
    <message>
        <source>{action}.</source>
        <translation>{action}.</translation>
    </message>
    <message>
        <source>Send the request (in the API explorer).</source>
        <translation>Envoyer la requête (dans l’Explorateur d’API).</translation>
    </message>
    <message>
        <source>Cancel the request while it is being sent.</source>
        <translation>Annuler la requête pendant son envoi.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>These keys work anywhere in the Loopgate window unless noted.</source>
        <translation>Ces touches fonctionnent partout dans la fenêtre de Loopgate, sauf indication contraire.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>{keys}: {action}</source>
        <translation>{keys}&#xa0;: {action}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} kB</source>
        <translation>{amount} ko</translation>
    </message>
    <message>
        <source>{amount} MB</source>
        <translation>{amount} Mo</translation>
    </message>
</context>
<context>
    <name>StateIcons</name>
    <message>
        <source>Working</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Expired — renewing…</source>
        <translation>Expiré — renouvellement…</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Reconnexion requise</translation>
    </message>
    <message>
        <source>Provider problem</source>
        <translation>Problème du fournisseur</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Not allowed by your organisation</source>
        <translation>Non autorisé par votre organisation</translation>
    </message>
    <message>
        <source>Your organisation no longer allows this provider. You can only disconnect it.</source>
        <translation>Votre organisation n’autorise plus ce fournisseur. Vous pouvez seulement déconnecter ce compte.</translation>
    </message>
    <message>
        <source>The connection ended. Reconnect to keep using it.</source>
        <translation>La connexion a pris fin. Connectez de nouveau le compte pour continuer à l’utiliser.</translation>
    </message>
    <message>
        <source>This connection will end soon and cannot renew itself. Reconnect to keep it.</source>
        <translation>Cette connexion prendra fin bientôt et ne peut pas se renouveler seule. Connectez de nouveau le compte pour la garder.</translation>
    </message>
    <message>
        <source>The last renewal failed: {reason} {next_try}</source>
        <translation>Le dernier renouvellement a échoué&#xa0;: {reason} {next_try}</translation>
    </message>
    <message>
        <source>Renewing the access token…</source>
        <translation>Renouvellement du jeton d’accès…</translation>
    </message>
    <message>
        <source>The access token has expired; Loopgate renews it on the next use.</source>
        <translation>Le jeton d’accès est expiré; Loopgate le renouvellera à sa prochaine utilisation.</translation>
    </message>
    <message>
        <source>Working. Loopgate renews the access token before it expires.</source>
        <translation>Fonctionne. Loopgate renouvelle le jeton d’accès avant son expiration.</translation>
    </message>
    <message>
        <source>Loopgate will try again.</source>
        <translation>Loopgate réessaiera.</translation>
    </message>
    <message>
        <source>Loopgate will try again at {time} (in {countdown}).</source>
        <translation>Loopgate réessaiera à {time} (dans {countdown}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>time left</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>time left</comment>
        <translation>expiré</translation>
    </message>
</context>
<context>
    <name>SupportExport</name>
    <message>
        <source>Export support bundle</source>
        <translation>Exporter une archive pour le soutien technique</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Support bundle saved to {path} (tokens and secrets removed).</source>
        <translation>Archive pour le soutien technique enregistrée dans {path} (sans jetons ni secrets).</translation>
    </message>
    <message>
        <source>Saving the support bundle…</source>
        <translation>Enregistrement de l’archive pour le soutien technique…</translation>
    </message>
</context>
<context>
    <name>Times</name>
    <message>
        <source>{time} {zone}</source>
        <comment>a time of day and its zone</comment>
        <translation>{time} {zone}</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date with year (QLocale pattern)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date without year (QLocale pattern)</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <comment>a day, then a time</comment>
        <translation>{day}, {time}</translation>
    </message>
</context>
<context>
    <name>TokenFacts</name>
    <message>
        <source>Token type</source>
        <translation>Type de jeton</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Expiration du jeton d’accès</translation>
    </message>
    <message>
        <source>Refresh token expires</source>
        <translation>Expiration du jeton d’actualisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>{title}:</source>
        <comment>a form row&apos;s label</comment>
        <translation>{title}&#xa0;:</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Reconnexion requise</translation>
    </message>
    <message>
        <source>{status} — {reason}</source>
        <translation>{status} — {reason}</translation>
    </message>
    <message>
        <source>none granted or not reported</source>
        <translation>aucune accordée ou non indiquée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>unknown (the provider did not say; renewed on 401)</source>
        <translation>inconnu (le fournisseur ne l’a pas précisé; renouvelé sur réponse 401)</translation>
    </message>
    <message>
        <source>not stated by the provider</source>
        <translation>non précisé par le fournisseur</translation>
    </message>
    <message>
        <source>no refresh token</source>
        <translation>aucun jeton d’actualisation</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>No tokens are stored for this account — it needs to be reconnected.</source>
        <translation>Aucun jeton n’est conservé pour ce compte — il doit être reconnecté.</translation>
    </message>
    <message>
        <source>Token inspector</source>
        <translation>Inspecteur de jetons</translation>
    </message>
    <message>
        <source>Inspector status</source>
        <translation>État de l’inspecteur</translation>
    </message>
    <message>
        <source>Signature checks</source>
        <translation>Vérifications de signature</translation>
    </message>
    <message>
        <source>Raw token response, redacted</source>
        <translation>Réponse de jetons brute, masquée</translation>
    </message>
    <message>
        <source>Diagnostics of the last connect</source>
        <translation>Diagnostic de la dernière connexion</translation>
    </message>
    <message>
        <source>Copy for a support ticket</source>
        <translation>Copier pour une demande de soutien</translation>
    </message>
    <message>
        <source>Copy the diagnostics for a support ticket</source>
        <translation>Copier le diagnostic pour une demande de soutien</translation>
    </message>
    <message>
        <source>Last connect or refresh, secrets removed:</source>
        <translation>Dernière connexion ou actualisation, sans secrets&#xa0;:</translation>
    </message>
    <message>
        <source>Inspector sections</source>
        <translation>Sections de l’inspecteur</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Claims (JWT)</source>
        <translation>Revendications (JWT)</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Réponse brute</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Select an account to inspect its tokens.</source>
        <translation>Sélectionnez un compte pour examiner ses jetons.</translation>
    </message>
    <message>
        <source>No steps recorded yet.</source>
        <translation>Aucune étape enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Reading the tokens from the keychain…</source>
        <translation>Lecture des jetons dans le trousseau…</translation>
    </message>
    <message>
        <source>Checking signatures against the provider&apos;s published keys…</source>
        <translation>Vérification des signatures avec les clés publiées par le fournisseur…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{token}&lt;/b&gt;: {statement}</source>
        <translation>&lt;b&gt;{token}&lt;/b&gt;&#xa0;: {statement}</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).</source>
        <translation>Un problème est survenu ({kind}).</translation>
    </message>
    <message>
        <source>Could not check the signatures: {reason}</source>
        <translation>Impossible de vérifier les signatures&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Could not read the tokens: {reason}</source>
        <translation>Impossible de lire les jetons&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>TokenRow</name>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d’actualisation</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>Jeton d’identité</translation>
    </message>
    <message>
        <source>No access token</source>
        <translation>Aucun jeton d’accès</translation>
    </message>
    <message>
        <source>No refresh token</source>
        <translation>Aucun jeton d’actualisation</translation>
    </message>
    <message>
        <source>No ID token</source>
        <translation>Aucun jeton d’identité</translation>
    </message>
    <message>
        <source>access token</source>
        <comment>inside a sentence</comment>
        <translation>jeton d’accès</translation>
    </message>
    <message>
        <source>refresh token</source>
        <comment>inside a sentence</comment>
        <translation>jeton d’actualisation</translation>
    </message>
    <message>
        <source>ID token</source>
        <comment>inside a sentence</comment>
        <translation>jeton d’identité</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln character(s), hidden)</source>
        <translation>
            <numerusform>(%Ln caractère, masqué)</numerusform>
            <numerusform>(%Ln caractères, masqués)</numerusform>
        </translation>
    </message>
    <message>
        <source>{token} (masked until revealed)</source>
        <translation>{token} (masqué jusqu’à l’affichage)</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Reveal the {token}</source>
        <translation>Afficher le {token}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the {token}</source>
        <translation>Copier le {token}</translation>
    </message>
    <message>
        <source>Copy header</source>
        <translation>Copier l’en-tête</translation>
    </message>
    <message>
        <source>Copy as an Authorization: Bearer header</source>
        <translation>Copier comme en-tête Authorization: Bearer</translation>
    </message>
    <message>
        <source>{token}: time left before it is hidden again</source>
        <translation>{token}&#xa0;: temps restant avant qu’il soit masqué de nouveau</translation>
    </message>
    <message>
        <source>{token}: copy result</source>
        <translation>{token}&#xa0;: résultat de la copie</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>hides in {seconds} s</source>
        <translation>masqué dans {seconds} s</translation>
    </message>
    <message>
        <source>copied; clears in {seconds} s</source>
        <translation>copié; effacé dans {seconds} s</translation>
    </message>
    <message>
        <source>header copied; clears in {seconds} s</source>
        <translation>en-tête copié; effacé dans {seconds} s</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>{account}: {status}</source>
        <translation>{account}&#xa0;: {status}</translation>
    </message>
    <message numerus="yes">
        <source>Loopgate: %n account(s) need attention</source>
        <translation>
            <numerusform>Loopgate&#xa0;: %n compte requiert votre attention</numerusform>
            <numerusform>Loopgate&#xa0;: %n comptes requièrent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Loopgate: all healthy</source>
        <translation>Loopgate&#xa0;: tout fonctionne bien</translation>
    </message>
    <message>
        <source>Show Loopgate</source>
        <translation>Afficher Loopgate</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiert votre attention</translation>
    </message>
    <message>
        <source>All accounts are healthy</source>
        <translation>Tous les comptes fonctionnent bien</translation>
    </message>
    <message>
        <source>Quit Loopgate</source>
        <translation>Quitter Loopgate</translation>
    </message>
</context>
<context>
    <name>TrayWindow</name>
    <message>
        <source>Loopgate is still running</source>
        <translation>Loopgate fonctionne toujours</translation>
    </message>
    <message>
        <source>Loopgate keeps renewing your connections in the background. To quit, choose Quit from the tray icon&apos;s menu.</source>
        <translation>Loopgate continue de renouveler vos connexions en arrière-plan. Pour quitter, choisissez Quitter dans le menu de l’icône de la zone de notification.</translation>
    </message>
    <message>
        <source>{message} Click here to reconnect.</source>
        <translation>{message} Cliquez ici pour reconnecter le compte.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>{label} is connected and ready to use.</source>
        <translation>{label} est connecté et prêt à utiliser.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Waiting for you to approve in your browser…</source>
        <translation>En attente de votre approbation dans votre navigateur…</translation>
    </message>
    <message>
        <source>Contacting the provider…</source>
        <translation>Communication avec le fournisseur…</translation>
    </message>
    <message>
        <source>Approve Loopgate in the {provider} page that opened in your browser, then come back here. If no page opened, use “Open the page again” or copy the link into your browser.</source>
        <translation>Approuvez Loopgate dans la page de {provider} ouverte dans votre navigateur, puis revenez ici. Si aucune page ne s’est ouverte, utilisez «&#xa0;Rouvrir la page&#xa0;» ou copiez le lien dans votre navigateur.</translation>
    </message>
    <message>
        <source>Approve Loopgate in the page that opened in your browser, then come back here. If no page opened, use “Open the page again” or copy the link into your browser.</source>
        <translation>Approuvez Loopgate dans la page ouverte dans votre navigateur, puis revenez ici. Si aucune page ne s’est ouverte, utilisez «&#xa0;Rouvrir la page&#xa0;» ou copiez le lien dans votre navigateur.</translation>
    </message>
    <message>
        <source>Link copied. Paste it into your browser&apos;s address bar, then approve Loopgate there.</source>
        <translation>Lien copié. Collez-le dans la barre d’adresse de votre navigateur, puis approuvez Loopgate.</translation>
    </message>
    <message>
        <source>Paste the address your browser ended on:</source>
        <translation>Collez l’adresse sur laquelle votre navigateur s’est arrêté&#xa0;:</translation>
    </message>
    <message>
        <source>Only needed if your browser shows a page asking you to paste an address into Loopgate, or says it cannot reach Loopgate.</source>
        <translation>Nécessaire seulement si votre navigateur affiche une page qui vous demande de coller une adresse dans Loopgate, ou indique qu’il ne peut pas joindre Loopgate.</translation>
    </message>
    <message>
        <source>The link stays valid for {minutes}:{seconds}.</source>
        <translation>Le lien reste valide pendant {minutes}:{seconds}.</translation>
    </message>
    <message>
        <source>Open the page again</source>
        <translation>Rouvrir la page</translation>
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation>Rouvrir la page de connexion</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy sign-in link</source>
        <translation>Copier le lien de connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel connecting</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>The address your browser ended on</source>
        <translation>L’adresse sur laquelle votre navigateur s’est arrêté</translation>
    </message>
    <message>
        <source>https://… or http://127.0.0.1:…</source>
        <translation>https://… ou http://127.0.0.1:…</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>Utiliser cette adresse</translation>
    </message>
    <message>
        <source>Use the pasted address</source>
        <translation>Utiliser l’adresse collée</translation>
    </message>
</context>
</TS>
