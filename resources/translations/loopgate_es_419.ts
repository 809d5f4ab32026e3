<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419">
<context>
    <name>About</name>
    <message>
        <source>Accounts and data:</source>
        <translation>Cuentas y datos:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Configuración:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Links your accounts at online services over OAuth 2.0 and OpenID Connect, keeps them renewed, and lets support engineers inspect every token.&lt;/p&gt;&lt;p&gt;Tokens are kept only in this computer&apos;s keychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Conecta sus cuentas de servicios en línea mediante OAuth 2.0 y OpenID Connect, las mantiene renovadas y permite que el personal de soporte inspeccione cada token.&lt;/p&gt;&lt;p&gt;Los tokens se guardan solo en el llavero de esta computadora.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Loopgate</source>
        <translation>Acerca de Loopgate</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>Loopgate is still starting; try again in a moment.</source>
        <translation>Loopgate todavía se está iniciando; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>{reason} You can only disconnect it.</source>
        <translation>{reason} Solo puede desconectarla.</translation>
    </message>
    <message>
        <source>Connected {account}.</source>
        <translation>{account} quedó conectada.</translation>
    </message>
    <message>
        <source>Renewing {account}…</source>
        <translation>Renovando {account}…</translation>
    </message>
    <message>
        <source>Already renewing {account}…</source>
        <translation>Ya se está renovando {account}…</translation>
    </message>
    <message>
        <source>Disconnecting {account}…</source>
        <translation>Desconectando {account}…</translation>
    </message>
    <message>
        <source>Disconnected {account}: {outcome}.</source>
        <translation>{account} quedó desconectada: {outcome}.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <source>Your account list was damaged and has been set aside as a backup file next to it; connect your accounts again or contact support.</source>
        <translation>Su lista de cuentas estaba dañada y se guardó aparte como una copia de respaldo junto a ella; vuelva a conectar sus cuentas o comuníquese con soporte.</translation>
    </message>
    <message>
        <source>Your account list was damaged and has been set aside as {file}; connect your accounts again or contact support.</source>
        <translation>Su lista de cuentas estaba dañada y se guardó aparte como {file}; vuelva a conectar sus cuentas o comuníquese con soporte.</translation>
    </message>
</context>
<context>
    <name>AccountsTable</name>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Access expires in</source>
        <translation>El acceso vence en</translation>
    </message>
    <message>
        <source>Refresh token expires</source>
        <translation>Vence el token de actualización</translation>
    </message>
    <message>
        <source>no refresh token</source>
        <translation>sin token de actualización</translation>
    </message>
    <message>
        <source>refused</source>
        <comment>refresh token</comment>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>not stated</source>
        <comment>expiry</comment>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Cuentas conectadas</translation>
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
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Renovar ahora</translation>
    </message>
    <message>
        <source>Renew the access token now</source>
        <translation>Renovar el token de acceso ahora</translation>
    </message>
    <message>
        <source>Re&amp;connect…</source>
        <translation>&amp;Volver a conectar…</translation>
    </message>
    <message>
        <source>Sign in again to this account</source>
        <translation>Volver a ingresar en esta cuenta</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Desconectar…</translation>
    </message>
    <message>
        <source>Disconnect and forget this account</source>
        <translation>Desconectar y olvidar esta cuenta</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>Change Loopgate&apos;s settings</source>
        <translation>Cambiar la configuración de Loopgate</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>List the keys that work in Loopgate</source>
        <translation>Ver las teclas que funcionan en Loopgate</translation>
    </message>
    <message>
        <source>&amp;About Loopgate</source>
        <translation>&amp;Acerca de Loopgate</translation>
    </message>
    <message>
        <source>Version and where data lives</source>
        <translation>Versión y dónde se guardan los datos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Loopgate</source>
        <translation>Salir de Loopgate</translation>
    </message>
    <message>
        <source>&amp;Export support bundle…</source>
        <translation>&amp;Exportar paquete para soporte…</translation>
    </message>
    <message>
        <source>Save a zip for support: versions, policy, accounts&apos; facts and the log, no secrets</source>
        <translation>Guardar un ZIP para soporte: versiones, política, datos de las cuentas y el registro, sin secretos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Renovar ahora</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Volver a conectar</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>AdminNote</name>
    <message>
        <source>{provider} is not set up on this computer yet</source>
        <translation>{provider} todavía no está configurado en esta computadora</translation>
    </message>
    <message>
        <source>Before you can connect, your IT administrator needs to register Loopgate with {provider} and add the result to Loopgate. Copy a note for them: it says exactly what to do.</source>
        <translation>Antes de que pueda conectar, su administrador de TI debe registrar Loopgate en {provider} y agregar el resultado a Loopgate. Copie una nota para esa persona: dice exactamente qué hacer.</translation>
    </message>
    <message>
        <source>Note copied. Paste it into an email or a ticket to your administrator.</source>
        <translation>Nota copiada. Péguela en un correo o en un ticket para su administrador.</translation>
    </message>
    <message>
        <source>Please set up Loopgate for {provider} on my computer.

Loopgate needs the client ID of an app registered for it at {provider}. Register Loopgate as a public client: no client secret, authorization code with PKCE (S256).

Redirect URI to register: {redirect_uri}
Scopes: {scopes}

Then give Loopgate the client ID with a system profile that extends &quot;{profile_id}&quot; (or the client_ids policy key). The steps for each provider are in Loopgate&apos;s administrator guide, {guide}: &quot;Register Loopgate at each provider&quot; and &quot;A system profile with your client ID&quot;.</source>
        <translation>Por favor, configure Loopgate para {provider} en mi computadora.

Loopgate necesita el ID de cliente de una aplicación registrada para él en {provider}. Registre Loopgate como cliente público: sin secreto de cliente, código de autorización con PKCE (S256).

URI de redirección que debe registrar: {redirect_uri}
Alcances: {scopes}

Luego entregue a Loopgate el ID de cliente con un perfil del sistema que extienda &quot;{profile_id}&quot; (o con la clave de política client_ids). Los pasos para cada proveedor están en la guía del administrador de Loopgate, {guide}: &quot;Register Loopgate at each provider&quot; y &quot;A system profile with your client ID&quot;.</translation>
    </message>
    <message>
        <source>{redirect_uri} (any port: RFC 8252 §7.3)</source>
        <translation>{redirect_uri} (cualquier puerto: RFC 8252 §7.3)</translation>
    </message>
    <message>
        <source>none (the app&apos;s permissions are chosen when it is registered)</source>
        <translation>ninguno (los permisos de la aplicación se eligen al registrarla)</translation>
    </message>
    <message>
        <source>If the provider will not issue tokens without a client secret, an administrator enters it once on this computer (it is kept only in the keychain).</source>
        <translation>Si el proveedor no emite tokens sin un secreto de cliente, un administrador lo ingresa una vez en esta computadora (se guarda solo en el llavero).</translation>
    </message>
</context>
<context>
    <name>AdminSection</name>
    <message>
        <source>For administrators</source>
        <translation>Para administradores</translation>
    </message>
    <message>
        <source>Loopgate is a &lt;i&gt;public client&lt;/i&gt;: like every app installed on a computer, it cannot keep a secret hidden from the people who use it (RFC 8252 §8.5), so it proves itself with PKCE (RFC 7636, S256) instead. The provider&apos;s answer comes back to &lt;b&gt;{redirect_uri}&lt;/b&gt; (RFC 8252 §7.3).</source>
        <translation>Loopgate es un &lt;i&gt;cliente público&lt;/i&gt;: como toda aplicación instalada en una computadora, no puede ocultar un secreto a quienes la usan (RFC 8252 §8.5), así que se identifica con PKCE (RFC 7636, S256). La respuesta del proveedor vuelve a &lt;b&gt;{redirect_uri}&lt;/b&gt; (RFC 8252 §7.3).</translation>
    </message>
    <message>
        <source>{redirect_uri} on any port</source>
        <translation>{redirect_uri} en cualquier puerto</translation>
    </message>
    <message>
        <source>If your organisation&apos;s app registration still requires a client secret, enter it here. It is stored only in this computer&apos;s keychain, never in a file.</source>
        <translation>Si el registro de la aplicación de su organización todavía exige un secreto de cliente, escríbalo aquí. Se guarda solo en el llavero de esta computadora, nunca en un archivo.</translation>
    </message>
    <message>
        <source>{client_id} (set by your administrator)</source>
        <translation>{client_id} (definido por su administrador)</translation>
    </message>
    <message>
        <source>Client ID and technical details</source>
        <translation>ID de cliente y detalles técnicos</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Not a secret</source>
        <translation>No es un secreto</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID de cliente:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Client secret, stored in the keychain only</source>
        <translation>Secreto de cliente, guardado solo en el llavero</translation>
    </message>
    <message>
        <source>Leave empty unless the provider requires one</source>
        <translation>Déjelo vacío salvo que el proveedor lo exija</translation>
    </message>
</context>
<context>
    <name>ApiExplorer</name>
    <message>
        <source>This account needs to be reconnected before it can call the API.</source>
        <translation>Hay que volver a conectar esta cuenta antes de que pueda llamar a la API.</translation>
    </message>
    <message>
        <source>API explorer</source>
        <translation>Explorador de API</translation>
    </message>
    <message>
        <source>Account used for the request</source>
        <translation>Cuenta usada para la solicitud</translation>
    </message>
    <message>
        <source>Select an account to call its API with the account&apos;s token.</source>
        <translation>Seleccione una cuenta para llamar a su API con el token de la cuenta.</translation>
    </message>
    <message>
        <source>No response yet. Choose a preset or type an address, then Send.</source>
        <translation>Aún no hay respuesta. Elija una solicitud predefinida o escriba una dirección y luego presione Enviar.</translation>
    </message>
    <message>
        <source>Calling &lt;b&gt;{provider}&lt;/b&gt; as &lt;b&gt;{account}&lt;/b&gt;</source>
        <translation>Llamando a &lt;b&gt;{provider}&lt;/b&gt; como &lt;b&gt;{account}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Calling &lt;b&gt;{provider}&lt;/b&gt; as &lt;b&gt;{account}&lt;/b&gt; — the account&apos;s token is added for you.</source>
        <translation>Llamando a &lt;b&gt;{provider}&lt;/b&gt; como &lt;b&gt;{account}&lt;/b&gt;: el token de la cuenta se agrega por usted.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was shown from that request.</source>
        <translation>Cancelada. No se mostró nada de esa solicitud.</translation>
    </message>
    <message>
        <source>The request did not complete.</source>
        <translation>La solicitud no se completó.</translation>
    </message>
    <message>
        <source>Something went wrong while sending the request.</source>
        <translation>Algo salió mal al enviar la solicitud.</translation>
    </message>
    <message>
        <source>An earlier request was loaded from the history. Send runs it again.</source>
        <translation>Se cargó una solicitud anterior del historial. Enviar la vuelve a ejecutar.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Banner action</source>
        <translation>Acción del aviso</translation>
    </message>
</context>
<context>
    <name>ClaimNames</name>
    <message>
        <source>Issuer: who created and signed this token.</source>
        <translation>Emisor: quién creó y firmó este token.</translation>
    </message>
    <message>
        <source>Subject: the user or client this token is about.</source>
        <translation>Sujeto: el usuario o cliente al que se refiere este token.</translation>
    </message>
    <message>
        <source>Audience: who this token is meant for.</source>
        <translation>Audiencia: para quién es este token.</translation>
    </message>
    <message>
        <source>Expiration time: the token must not be accepted after this.</source>
        <translation>Vencimiento: el token no debe aceptarse después de este momento.</translation>
    </message>
    <message>
        <source>Not before: the token must not be accepted before this.</source>
        <translation>No antes de: el token no debe aceptarse antes de este momento.</translation>
    </message>
    <message>
        <source>Issued at: when the token was created.</source>
        <translation>Emitido: cuándo se creó el token.</translation>
    </message>
    <message>
        <source>JWT ID: a unique identifier of this token.</source>
        <translation>ID del JWT: un identificador único de este token.</translation>
    </message>
    <message>
        <source>Authorized party: the client the token was issued to.</source>
        <translation>Parte autorizada: el cliente al que se emitió el token.</translation>
    </message>
    <message>
        <source>When the user last signed in.</source>
        <translation>Cuándo ingresó el usuario por última vez.</translation>
    </message>
    <message>
        <source>A value from the sign-in request, echoed back to stop replayed tokens.</source>
        <translation>Un valor de la solicitud de inicio de sesión, devuelto para impedir tokens reutilizados.</translation>
    </message>
    <message>
        <source>Authentication context class: how strongly the user was authenticated.</source>
        <translation>Clase de contexto de autenticación: con qué rigor se autenticó el usuario.</translation>
    </message>
    <message>
        <source>Authentication methods used, e.g. pwd (password), otp, mfa.</source>
        <translation>Métodos de autenticación usados, p. ej. pwd (contraseña), otp, mfa.</translation>
    </message>
    <message>
        <source>Access token hash: ties this ID token to the access token issued with it.</source>
        <translation>Hash del token de acceso: vincula este token de ID con el token de acceso emitido junto con él.</translation>
    </message>
    <message>
        <source>Code hash: ties this ID token to the authorization code.</source>
        <translation>Hash del código: vincula este token de ID con el código de autorización.</translation>
    </message>
    <message>
        <source>Session ID: the user&apos;s session at the provider.</source>
        <translation>ID de sesión: la sesión del usuario en el proveedor.</translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation>El nombre completo del usuario.</translation>
    </message>
    <message>
        <source>The user&apos;s given (first) name.</source>
        <translation>El nombre de pila del usuario.</translation>
    </message>
    <message>
        <source>The user&apos;s family (last) name.</source>
        <translation>El apellido del usuario.</translation>
    </message>
    <message>
        <source>The user&apos;s middle name.</source>
        <translation>El segundo nombre del usuario.</translation>
    </message>
    <message>
        <source>The user&apos;s casual name.</source>
        <translation>El nombre informal del usuario.</translation>
    </message>
    <message>
        <source>The name the user prefers to be known by (not necessarily unique).</source>
        <translation>El nombre con el que el usuario prefiere que lo conozcan (no necesariamente único).</translation>
    </message>
    <message>
        <source>Address of the user&apos;s profile page.</source>
        <translation>Dirección de la página de perfil del usuario.</translation>
    </message>
    <message>
        <source>Address of the user&apos;s picture.</source>
        <translation>Dirección de la foto del usuario.</translation>
    </message>
    <message>
        <source>Address of the user&apos;s web page.</source>
        <translation>Dirección de la página web del usuario.</translation>
    </message>
    <message>
        <source>The user&apos;s preferred email address.</source>
        <translation>El correo electrónico preferido del usuario.</translation>
    </message>
    <message>
        <source>Whether the provider has verified the email address.</source>
        <translation>Si el proveedor verificó el correo electrónico.</translation>
    </message>
    <message>
        <source>The user&apos;s gender.</source>
        <translation>El género del usuario.</translation>
    </message>
    <message>
        <source>The user&apos;s birthday.</source>
        <translation>La fecha de nacimiento del usuario.</translation>
    </message>
    <message>
        <source>The user&apos;s time zone, e.g. Europe/Paris.</source>
        <translation>La zona horaria del usuario, p. ej. America/Mexico_City.</translation>
    </message>
    <message>
        <source>The user&apos;s language and region, e.g. en-GB.</source>
        <translation>El idioma y la región del usuario, p. ej. es-MX.</translation>
    </message>
    <message>
        <source>The user&apos;s preferred telephone number.</source>
        <translation>El número de teléfono preferido del usuario.</translation>
    </message>
    <message>
        <source>Whether the provider has verified the telephone number.</source>
        <translation>Si el proveedor verificó el número de teléfono.</translation>
    </message>
    <message>
        <source>The user&apos;s postal address.</source>
        <translation>La dirección postal del usuario.</translation>
    </message>
    <message>
        <source>When the user&apos;s information was last updated.</source>
        <translation>Cuándo se actualizó por última vez la información del usuario.</translation>
    </message>
    <message>
        <source>The permissions (scopes) this token grants, separated by spaces.</source>
        <translation>Los permisos (alcances) que otorga este token, separados por espacios.</translation>
    </message>
    <message>
        <source>The permissions (scopes) this token grants, as a list (a common non-standard form).</source>
        <translation>Los permisos (alcances) que otorga este token, como lista (una forma común no estándar).</translation>
    </message>
    <message>
        <source>The client the token was issued to.</source>
        <translation>El cliente al que se emitió el token.</translation>
    </message>
    <message>
        <source>Actor: who is acting on the subject&apos;s behalf.</source>
        <translation>Actor: quién actúa en nombre del sujeto.</translation>
    </message>
    <message>
        <source>Who is allowed to act on the subject&apos;s behalf.</source>
        <translation>Quién puede actuar en nombre del sujeto.</translation>
    </message>
    <message>
        <source>The user&apos;s roles.</source>
        <translation>Los roles del usuario.</translation>
    </message>
    <message>
        <source>The groups the user belongs to.</source>
        <translation>Los grupos a los que pertenece el usuario.</translation>
    </message>
    <message>
        <source>The user&apos;s entitlements.</source>
        <translation>Los derechos de acceso del usuario.</translation>
    </message>
    <message>
        <source>Confirmation: the key the token is bound to.</source>
        <translation>Confirmación: la clave a la que está vinculado el token.</translation>
    </message>
    <message>
        <source>Algorithm used to sign the token, e.g. RS256.</source>
        <translation>Algoritmo usado para firmar el token, p. ej. RS256.</translation>
    </message>
    <message>
        <source>Key ID: which of the issuer&apos;s published keys signed it.</source>
        <translation>ID de clave: cuál de las claves publicadas por el emisor lo firmó.</translation>
    </message>
    <message>
        <source>Type of the token, e.g. JWT or at+jwt (an access token).</source>
        <translation>Tipo del token, p. ej. JWT o at+jwt (un token de acceso).</translation>
    </message>
    <message>
        <source>Content type of the payload.</source>
        <translation>Tipo de contenido de la carga útil.</translation>
    </message>
    <message>
        <source>Address of the key set that holds the signing key.</source>
        <translation>Dirección del conjunto de claves que contiene la clave de firma.</translation>
    </message>
    <message>
        <source>Thumbprint of the signing certificate.</source>
        <translation>Huella digital del certificado de firma.</translation>
    </message>
    <message>
        <source>The signing certificate chain.</source>
        <translation>La cadena de certificados de firma.</translation>
    </message>
    <message>
        <source>Extensions the reader must understand.</source>
        <translation>Extensiones que quien lo lee debe entender.</translation>
    </message>
    <message>
        <source>Not a registered claim name: this one is the provider&apos;s own.</source>
        <translation>No es un nombre de claim registrado: es propio del proveedor.</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Which token to decode</source>
        <translation>Qué token decodificar</translation>
    </message>
    <message>
        <source>Whether the signature was verified</source>
        <translation>Si se verificó la firma</translation>
    </message>
    <message>
        <source>JWT header</source>
        <translation>Encabezado del JWT</translation>
    </message>
    <message>
        <source>JWT claims</source>
        <translation>Claims del JWT</translation>
    </message>
    <message>
        <source>Copy header JSON</source>
        <translation>Copiar JSON del encabezado</translation>
    </message>
    <message>
        <source>Copy the decoded header as JSON</source>
        <translation>Copiar el encabezado decodificado como JSON</translation>
    </message>
    <message>
        <source>Copy payload JSON</source>
        <translation>Copiar JSON del contenido</translation>
    </message>
    <message>
        <source>Copy the decoded claims as JSON</source>
        <translation>Copiar los claims decodificados como JSON</translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>Resultado de la copia</translation>
    </message>
    <message>
        <source>How times are shown</source>
        <translation>Cómo se muestran las horas</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Header&lt;/b&gt;</source>
        <translation>&lt;b&gt;Encabezado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Claims&lt;/b&gt;</source>
        <translation>&lt;b&gt;Claims&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Times are in your time zone ({zone}); point at one for UTC.</source>
        <translation>Las horas están en su zona horaria ({zone}); apunte a una para ver UTC.</translation>
    </message>
    <message>
        <source>None of this account&apos;s tokens is a JWT, so there is nothing to decode.</source>
        <translation>Ninguno de los tokens de esta cuenta es un JWT, así que no hay nada que decodificar.</translation>
    </message>
    <message>
        <source>Header copied as JSON.</source>
        <translation>Encabezado copiado como JSON.</translation>
    </message>
    <message>
        <source>Payload copied as JSON.</source>
        <translation>Contenido copiado como JSON.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Paste the address from your browser&apos;s address bar first.</source>
        <translation>Primero pegue la dirección de la barra de direcciones de su navegador.</translation>
    </message>
    <message>
        <source>Address accepted. Finishing the connection…</source>
        <translation>Dirección aceptada. Terminando la conexión…</translation>
    </message>
    <message>
        <source>Reconnect {account}</source>
        <translation>Volver a conectar {account}</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <source>Your organisation chose the services listed here.</source>
        <translation>Su organización eligió los servicios de esta lista.</translation>
    </message>
    <message>
        <source>Choose where your account lives. Loopgate opens that service&apos;s sign-in page in your own browser; you approve there, and the connection appears here.</source>
        <translation>Elija dónde está su cuenta. Loopgate abre la página para ingresar de ese servicio en su propio navegador; usted aprueba allí y la conexión aparece aquí.</translation>
    </message>
    <message>
        <source>Add a custom provider…</source>
        <translation>Agregar un proveedor personalizado…</translation>
    </message>
    <message>
        <source>Add a custom provider</source>
        <translation>Agregar un proveedor personalizado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ConnectPages</name>
    <message>
        <source>Choose a service to connect to.</source>
        <translation>Elija un servicio al que conectarse.</translation>
    </message>
    <message>
        <source>Your administrator needs to set up {provider} first.</source>
        <translation>Primero su administrador debe configurar {provider}.</translation>
    </message>
    <message>
        <source>Opens the {provider} sign-in page in your browser.</source>
        <translation>Abre la página para ingresar a {provider} en su navegador.</translation>
    </message>
    <message>
        <source>Connected {label}.</source>
        <translation>{label} quedó conectada.</translation>
    </message>
    <message>
        <source>{provider} · {who}</source>
        <translation>{provider} · {who}</translation>
    </message>
    <message>
        <source>Loopgate keeps this connection renewed in the background.</source>
        <translation>Loopgate mantiene esta conexión renovada en segundo plano.</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>A provider profile is invalid.</source>
        <translation>Un perfil de proveedor no es válido.</translation>
    </message>
    <message>
        <source>Could not read the provider&apos;s OpenID configuration.</source>
        <translation>No se pudo leer la configuración OpenID del proveedor.</translation>
    </message>
    <message>
        <source>The provider did not authorize the connection.</source>
        <translation>El proveedor no autorizó la conexión.</translation>
    </message>
    <message>
        <source>You chose not to allow access, so nothing was connected.</source>
        <translation>Usted decidió no permitir el acceso, así que no se conectó nada.</translation>
    </message>
    <message>
        <source>The sign-in response did not belong to this connection attempt, so it was ignored. Please try connecting again.</source>
        <translation>La respuesta de inicio de sesión no correspondía a este intento de conexión, así que se ignoró. Intente conectar de nuevo.</translation>
    </message>
    <message>
        <source>The sign-in response came from a different provider than expected, so it was refused.</source>
        <translation>La respuesta de inicio de sesión vino de un proveedor distinto del esperado, así que se rechazó.</translation>
    </message>
    <message>
        <source>No answer arrived from the browser in time. Please try connecting again.</source>
        <translation>No llegó ninguna respuesta del navegador a tiempo. Intente conectar de nuevo.</translation>
    </message>
    <message>
        <source>The connection attempt was cancelled.</source>
        <translation>Se canceló el intento de conexión.</translation>
    </message>
    <message>
        <source>You signed in as a different person than this account belongs to.</source>
        <translation>Usted ingresó como una persona distinta de la dueña de esta cuenta.</translation>
    </message>
    <message>
        <source>Loopgate could not listen for the browser&apos;s answer.</source>
        <translation>Loopgate no pudo esperar la respuesta del navegador.</translation>
    </message>
    <message>
        <source>The provider sent an answer Loopgate could not use.</source>
        <translation>El proveedor envió una respuesta que Loopgate no pudo usar.</translation>
    </message>
    <message>
        <source>Could not reach the provider. Check your internet connection.</source>
        <translation>No se pudo contactar al proveedor. Revise su conexión a internet.</translation>
    </message>
    <message>
        <source>The provider refused to issue tokens.</source>
        <translation>El proveedor se negó a emitir tokens.</translation>
    </message>
    <message>
        <source>This connection has expired or was revoked. Please reconnect the account.</source>
        <translation>Esta conexión venció o fue revocada. Vuelva a conectar la cuenta.</translation>
    </message>
    <message>
        <source>Loopgate could not revoke access at the provider, so nothing was removed.</source>
        <translation>Loopgate no pudo revocar el acceso en el proveedor, así que no se quitó nada.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so tokens cannot be stored safely.</source>
        <translation>El llavero del sistema no está disponible, así que los tokens no se pueden guardar de forma segura.</translation>
    </message>
    <message>
        <source>Loopgate could not read or save its list of accounts.</source>
        <translation>Loopgate no pudo leer ni guardar su lista de cuentas.</translation>
    </message>
    <message>
        <source>Your organisation does not allow this.</source>
        <translation>Su organización no permite esto.</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>Esa cuenta no existe.</translation>
    </message>
    <message>
        <source>Loopgate&apos;s private key file is not private to you, so local Loopgate processes cannot prove who they are. Delete it and try again.</source>
        <translation>El archivo de clave privada de Loopgate no es privado para usted, así que los procesos locales de Loopgate no pueden demostrar quiénes son. Elimínelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Contacting the provider…</source>
        <translation>Contactando al proveedor…</translation>
    </message>
    <message>
        <source>Waiting for you to approve in your browser…</source>
        <translation>Esperando a que usted apruebe el acceso en su navegador…</translation>
    </message>
    <message>
        <source>Could not open a browser. Copy the link and open it yourself.</source>
        <translation>No se pudo abrir un navegador. Copie el enlace y ábralo usted mismo.</translation>
    </message>
    <message>
        <source>Ignored an unexpected answer ({why}); still waiting…</source>
        <translation>Se ignoró una respuesta inesperada ({why}); seguimos esperando…</translation>
    </message>
    <message>
        <source>Finishing the connection…</source>
        <translation>Terminando la conexión…</translation>
    </message>
    <message>
        <source>Connected {label}.</source>
        <translation>{label} quedó conectada.</translation>
    </message>
    <message>
        <source>The waiting time must be more than zero seconds.</source>
        <translation>El tiempo de espera debe ser mayor que cero segundos.</translation>
    </message>
    <message>
        <source>Port {port} on this computer is already in use by another program, so Loopgate cannot receive the provider&apos;s answer. Close the other program (or another Loopgate window that is connecting) and try again, or ask your administrator to set a different port for this provider.</source>
        <translation>Otro programa ya está usando el puerto {port} de esta computadora, así que Loopgate no puede recibir la respuesta del proveedor. Cierre el otro programa (u otra ventana de Loopgate que esté conectando) y vuelva a intentarlo, o pida a su administrador que configure otro puerto para este proveedor.</translation>
    </message>
    <message>
        <source>{port} is not a port number (use 1–65535, or 0 for any free port).</source>
        <translation>{port} no es un número de puerto (use 1–65535, o 0 para cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Browsers refuse to open port {port} (ERR_UNSAFE_PORT), so the answer could never arrive. Choose another port.</source>
        <translation>Los navegadores se niegan a abrir el puerto {port} (ERR_UNSAFE_PORT), así que la respuesta nunca podría llegar. Elija otro puerto.</translation>
    </message>
    <message>
        <source>The demo provider could not start: port {port} is used by another program. Close it, or set {variable} to a free port.</source>
        <translation>El proveedor de demostración no pudo iniciarse: otro programa usa el puerto {port}. Ciérrelo, o configure {variable} con un puerto libre.</translation>
    </message>
    <message>
        <source>The demo provider is not available in this copy of Loopgate.</source>
        <translation>El proveedor de demostración no está disponible en esta copia de Loopgate.</translation>
    </message>
    <message>
        <source>{provider} needs a client ID before you can connect. Ask your administrator for the app&apos;s client ID (it is not a secret).</source>
        <translation>{provider} necesita un ID de cliente antes de que pueda conectar. Pida a su administrador el ID de cliente de la aplicación (no es un secreto).</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not contain a sign-in code.</source>
        <translation>La respuesta del proveedor no traía un código de inicio de sesión.</translation>
    </message>
    <message>
        <source>The provider said the sign-in request was malformed.</source>
        <translation>El proveedor dijo que la solicitud de inicio de sesión estaba mal formada.</translation>
    </message>
    <message>
        <source>This app is not allowed to connect to the provider this way.</source>
        <translation>Esta aplicación no tiene permiso para conectarse al proveedor de esta forma.</translation>
    </message>
    <message>
        <source>The provider does not support this kind of sign-in.</source>
        <translation>El proveedor no admite este tipo de inicio de sesión.</translation>
    </message>
    <message>
        <source>The provider refused the requested permissions.</source>
        <translation>El proveedor rechazó los permisos solicitados.</translation>
    </message>
    <message>
        <source>The provider had a problem. Try again in a few minutes.</source>
        <translation>El proveedor tuvo un problema. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The provider is busy right now. Try again in a few minutes.</source>
        <translation>El proveedor está ocupado en este momento. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>You need to sign in at the provider first.</source>
        <translation>Primero debe ingresar en el proveedor.</translation>
    </message>
    <message>
        <source>The provider needs you to approve access.</source>
        <translation>El proveedor necesita que usted apruebe el acceso.</translation>
    </message>
    <message>
        <source>{provider} did not say which account was connected, so nothing was saved. Please try connecting again.</source>
        <translation>{provider} no indicó qué cuenta se conectó, así que no se guardó nada. Intente conectar de nuevo.</translation>
    </message>
    <message>
        <source>Loopgate could not confirm which {provider} account this is, so nothing was saved. Please try connecting again in a moment.</source>
        <translation>Loopgate no pudo confirmar qué cuenta de {provider} es esta, así que no se guardó nada. Intente conectar de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The sign-in named one {provider} account but the new access belongs to another, so nothing was saved. Please try connecting again.</source>
        <translation>El inicio de sesión indicó una cuenta de {provider}, pero el nuevo acceso pertenece a otra, así que no se guardó nada. Intente conectar de nuevo.</translation>
    </message>
    <message>
        <source>{provider} is connected as a public client (with PKCE), so Loopgate never sends it a client secret and none was stored. If your organisation&apos;s app registration really needs one, an administrator can add a provider profile that declares it (may_require_client_secret).</source>
        <translation>{provider} se conecta como cliente público (con PKCE), así que Loopgate nunca le envía un secreto de cliente y no se guardó ninguno. Si el registro de la aplicación de su organización de verdad lo necesita, un administrador puede agregar un perfil de proveedor que lo declare (may_require_client_secret).</translation>
    </message>
    <message>
        <source>{provider} cannot be connected through its relay page: its settings name a port or path the page cannot forward to. Ask your administrator.</source>
        <translation>No se puede conectar {provider} mediante su página de retransmisión: su configuración indica un puerto o una ruta a los que la página no puede reenviar. Consulte a su administrador.</translation>
    </message>
    <message>
        <source>That address is not the answer this sign-in is waiting for.</source>
        <translation>Esa dirección no es la respuesta que espera este inicio de sesión.</translation>
    </message>
    <message>
        <source>That is not a web address. Copy the whole address from your browser&apos;s address bar (it starts with https:// or http://) and paste it here.</source>
        <translation>Eso no es una dirección web. Copie la dirección completa de la barra de direcciones de su navegador (empieza con https:// o http://) y péguela aquí.</translation>
    </message>
    <message>
        <source>That address is not where this sign-in sends your browser, so it was not used. The address to paste starts with {expected}</source>
        <translation>Esa dirección no es a donde este inicio de sesión envía su navegador, así que no se usó. La dirección que debe pegar empieza con {expected}</translation>
    </message>
    <message>
        <source>That address has no answer for Loopgate in it. Copy the whole address, including everything after the “?”, and paste it again.</source>
        <translation>Esa dirección no trae ninguna respuesta para Loopgate. Copie la dirección completa, incluido todo lo que va después del “?”, y péguela de nuevo.</translation>
    </message>
    <message>
        <source>That address belongs to a different sign-in (an older browser tab, or another attempt), so it was not used. Still waiting: approve Loopgate in the page that opened for this attempt, then paste the address it ends on.</source>
        <translation>Esa dirección corresponde a otro inicio de sesión (una pestaña anterior del navegador u otro intento), así que no se usó. Seguimos esperando: apruebe Loopgate en la página que se abrió para este intento y luego pegue la dirección en la que termina.</translation>
    </message>
    <message>
        <source>That address has no sign-in code in it, so it was not used. Still waiting: approve Loopgate in your browser first, then paste the address it ends on.</source>
        <translation>Esa dirección no trae un código de inicio de sesión, así que no se usó. Seguimos esperando: primero apruebe Loopgate en su navegador y luego pegue la dirección en la que termina.</translation>
    </message>
    <message>
        <source>That address carries its answer twice, so it was not used.</source>
        <translation>Esa dirección trae su respuesta dos veces, así que no se usó.</translation>
    </message>
    <message>
        <source>This sign-in is no longer waiting for an answer. Start again with Connect.</source>
        <translation>Este inicio de sesión ya no espera una respuesta. Empiece de nuevo con Conectar.</translation>
    </message>
    <message>
        <source>This sign-in already has its answer.</source>
        <translation>Este inicio de sesión ya tiene su respuesta.</translation>
    </message>
    <message>
        <source>Loopgate is not waiting for a sign-in yet. Wait for the browser page to open.</source>
        <translation>Loopgate todavía no espera un inicio de sesión. Espere a que se abra la página en el navegador.</translation>
    </message>
    <message>
        <source>Could not reach the provider ({host}). Check your internet connection.</source>
        <translation>No se pudo contactar al proveedor ({host}). Revise su conexión a internet.</translation>
    </message>
    <message>
        <source>The provider did not answer in time ({host}). Check your connection and try again.</source>
        <translation>El proveedor no respondió a tiempo ({host}). Revise su conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The provider&apos;s token address redirected elsewhere; Loopgate does not follow redirects when sending secrets.</source>
        <translation>La dirección de tokens del proveedor redirigió a otro lugar; Loopgate no sigue redirecciones cuando envía secretos.</translation>
    </message>
    <message>
        <source>The provider answered with something that is not JSON (perhaps a web page), so no tokens were saved.</source>
        <translation>El proveedor respondió con algo que no es JSON (quizás una página web), así que no se guardaron tokens.</translation>
    </message>
    <message>
        <source>The provider&apos;s token answer was not a JSON object.</source>
        <translation>La respuesta de tokens del proveedor no era un objeto JSON.</translation>
    </message>
    <message>
        <source>The provider is limiting requests (HTTP 429).</source>
        <translation>El proveedor está limitando las solicitudes (HTTP 429).</translation>
    </message>
    <message>
        <source>The provider had a problem (HTTP {status}). Try again in a few minutes.</source>
        <translation>El proveedor tuvo un problema (HTTP {status}). Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The provider refused the request (HTTP {status}).</source>
        <translation>El proveedor rechazó la solicitud (HTTP {status}).</translation>
    </message>
    <message>
        <source>The provider said: “{words}”</source>
        <translation>El proveedor dijo: “{words}”</translation>
    </message>
    <message>
        <source>The sign-in code was rejected or has expired. Please connect again.</source>
        <translation>El código de inicio de sesión fue rechazado o venció. Vuelva a conectar.</translation>
    </message>
    <message>
        <source>The provider did not recognise Loopgate&apos;s client ID, or requires a client secret. Desktop apps cannot keep a secret (RFC 8252 §8.5): ask the provider to register Loopgate as a public (PKCE) client, or ask your administrator for the settings.</source>
        <translation>El proveedor no reconoció el ID de cliente de Loopgate, o exige un secreto de cliente. Las aplicaciones de escritorio no pueden guardar un secreto (RFC 8252 §8.5): pida al proveedor que registre Loopgate como cliente público (PKCE), o pida la configuración a su administrador.</translation>
    </message>
    <message>
        <source>This app registration is not allowed to connect this way. Ask your administrator to enable the authorization-code flow with PKCE for it.</source>
        <translation>Este registro de aplicación no tiene permiso para conectarse de esta forma. Pida a su administrador que habilite el flujo de código de autorización con PKCE.</translation>
    </message>
    <message>
        <source>The provider did not accept Loopgate&apos;s client ID.</source>
        <translation>El proveedor no aceptó el ID de cliente de Loopgate.</translation>
    </message>
    <message>
        <source>{provider} did not accept the client ID “{client_id}” that was typed in. Check it with your administrator, who registers Loopgate at the provider as a public (PKCE) client.</source>
        <translation>{provider} no aceptó el ID de cliente “{client_id}” que se escribió. Verifíquelo con su administrador, que es quien registra Loopgate en el proveedor como cliente público (PKCE).</translation>
    </message>
    <message>
        <source>{provider} did not accept the client ID “{client_id}”. It is set in the provider profile “{profile}” ({where}): ask your administrator to correct it there, and to register Loopgate at the provider as a public (PKCE) client.</source>
        <translation>{provider} no aceptó el ID de cliente “{client_id}”. Está configurado en el perfil de proveedor “{profile}” ({where}): pida a su administrador que lo corrija allí y que registre Loopgate en el proveedor como cliente público (PKCE).</translation>
    </message>
    <message>
        <source>The provider said the request was malformed.</source>
        <translation>El proveedor dijo que la solicitud estaba mal formada.</translation>
    </message>
    <message>
        <source>The provider sent an unreadable {field}.</source>
        <translation>El proveedor envió un valor ilegible en {field}.</translation>
    </message>
    <message>
        <source>The provider sent an impossible token lifetime.</source>
        <translation>El proveedor envió una vigencia de token imposible.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not contain an access token.</source>
        <translation>La respuesta del proveedor no traía un token de acceso.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not say what kind of token it is.</source>
        <translation>La respuesta del proveedor no indicaba qué tipo de token es.</translation>
    </message>
    <message>
        <source>The provider issued a kind of token Loopgate cannot use.</source>
        <translation>El proveedor emitió un tipo de token que Loopgate no puede usar.</translation>
    </message>
    <message>
        <source>This connection cannot be renewed without signing in again.</source>
        <translation>Esta conexión no se puede renovar sin volver a ingresar.</translation>
    </message>
    <message>
        <source>Could not fetch the provider&apos;s signing keys.</source>
        <translation>No se pudieron obtener las claves de firma del proveedor.</translation>
    </message>
    <message>
        <source>The provider&apos;s signing keys are malformed.</source>
        <translation>Las claves de firma del proveedor están mal formadas.</translation>
    </message>
    <message>
        <source>The provider&apos;s signing keys are unusable.</source>
        <translation>Las claves de firma del proveedor no se pueden usar.</translation>
    </message>
    <message>
        <source>The sign-in token did not belong to this attempt.</source>
        <translation>El token de inicio de sesión no correspondía a este intento.</translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in token failed verification.</source>
        <translation>El token de inicio de sesión del proveedor no pasó la verificación.</translation>
    </message>
    <message>
        <source>The provider sent a malformed sign-in token (id_token), so it was not trusted.</source>
        <translation>El proveedor envió un token de inicio de sesión (id_token) mal formado, así que no se confió en él.</translation>
    </message>
    <message>
        <source>The sign-in token was signed with a key the provider does not publish.</source>
        <translation>El token de inicio de sesión se firmó con una clave que el proveedor no publica.</translation>
    </message>
    <message>
        <source>The sign-in token was issued for several apps without naming this one.</source>
        <translation>El token de inicio de sesión se emitió para varias aplicaciones sin nombrar a esta.</translation>
    </message>
    <message>
        <source>The sign-in token was issued for another app.</source>
        <translation>El token de inicio de sesión se emitió para otra aplicación.</translation>
    </message>
    <message>
        <source>The renewed sign-in token names a different account than this one, so the renewal was not used. Reconnect the account if this keeps happening.</source>
        <translation>El token de inicio de sesión renovado nombra una cuenta distinta de esta, así que no se usó la renovación. Vuelva a conectar la cuenta si esto sigue pasando.</translation>
    </message>
    <message>
        <source>The renewed sign-in token did not belong to this account&apos;s sign-in.</source>
        <translation>El token de inicio de sesión renovado no correspondía al inicio de sesión de esta cuenta.</translation>
    </message>
    <message>
        <source>The issuer URL cannot be used: {problem}.</source>
        <translation>No se puede usar la URL del emisor: {problem}.</translation>
    </message>
    <message>
        <source>The authorization endpoint cannot be used: {problem}.</source>
        <translation>No se puede usar el endpoint de autorización: {problem}.</translation>
    </message>
    <message>
        <source>The token endpoint cannot be used: {problem}.</source>
        <translation>No se puede usar el endpoint de tokens: {problem}.</translation>
    </message>
    <message>
        <source>it must start with https:// (plain http:// only for this computer: 127.0.0.1 or [::1])</source>
        <translation>debe empezar con https:// (http:// simple solo para esta computadora: 127.0.0.1 o [::1])</translation>
    </message>
    <message>
        <source>Could not reach {url}.</source>
        <translation>No se pudo contactar {url}.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration is not JSON.</source>
        <translation>La configuración del proveedor no es JSON.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration could not be found at its issuer address. Check the address, or enter the endpoints by hand.</source>
        <translation>No se encontró la configuración del proveedor en la dirección de su emisor. Revise la dirección o escriba los endpoints a mano.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration is not a JSON object.</source>
        <translation>La configuración del proveedor no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration names a different issuer, so it was not trusted.</source>
        <translation>La configuración del proveedor nombra a otro emisor, así que no se confió en ella.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration lacks {key}.</source>
        <translation>A la configuración del proveedor le falta {key}.</translation>
    </message>
    <message>
        <source>This provider does not support PKCE with S256, which Loopgate requires.</source>
        <translation>Este proveedor no admite PKCE con S256, que Loopgate exige.</translation>
    </message>
    <message>
        <source>The provider&apos;s configuration gives an unsafe {key}: {problem}.</source>
        <translation>La configuración del proveedor da un valor inseguro en {key}: {problem}.</translation>
    </message>
    <message>
        <source>No tokens are stored for this account. Please reconnect it.</source>
        <translation>No hay tokens guardados para esta cuenta. Vuelva a conectarla.</translation>
    </message>
    <message>
        <source>Another Loopgate window or command is renewing this account; try again.</source>
        <translation>Otra ventana o comando de Loopgate está renovando esta cuenta; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The connection expired and cannot be renewed.</source>
        <translation>La conexión venció y no se puede renovar.</translation>
    </message>
    <message>
        <source>The provider&apos;s renewed sign-in did not check out ({reason}). Please reconnect this account.</source>
        <translation>El inicio de sesión renovado del proveedor no pasó la verificación ({reason}). Vuelva a conectar esta cuenta.</translation>
    </message>
    <message>
        <source>This provider&apos;s settings changed since the account was connected ({change}), so its tokens were not sent there. Reconnect the account to use the new settings.</source>
        <translation>La configuración de este proveedor cambió desde que se conectó la cuenta ({change}), así que sus tokens no se enviaron allí. Vuelva a conectar la cuenta para usar la nueva configuración.</translation>
    </message>
    <message>
        <source>This account&apos;s tokens were kept for one session only and were forgotten when Loopgate closed. Reconnect to use it again.</source>
        <translation>Los tokens de esta cuenta se guardaron solo durante una sesión y se olvidaron al cerrar Loopgate. Vuelva a conectarla para usarla de nuevo.</translation>
    </message>
    <message>
        <source>{provider} is a custom provider: not allowed by your organisation.</source>
        <translation>{provider} es un proveedor personalizado: su organización no lo permite.</translation>
    </message>
    <message>
        <source>The demo is not allowed by your organisation.</source>
        <translation>Su organización no permite la demostración.</translation>
    </message>
    <message>
        <source>{provider} is not allowed by your organisation.</source>
        <translation>Su organización no permite {provider}.</translation>
    </message>
    <message>
        <source>{reason} Its accounts can only be disconnected.</source>
        <translation>{reason} Sus cuentas solo se pueden desconectar.</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Definido por su organización</translation>
    </message>
    <message>
        <source>No system keychain was found, so Loopgate cannot store tokens safely. On Linux, install and unlock a Secret Service keychain (GNOME Keyring or KWallet), or use session-only mode (tokens are forgotten when you quit).</source>
        <translation>No se encontró un llavero del sistema, así que Loopgate no puede guardar tokens de forma segura. En Linux, instale y desbloquee un llavero Secret Service (GNOME Keyring o KWallet), o use el modo solo para esta sesión (los tokens se olvidan al salir).</translation>
    </message>
    <message>
        <source>The configured keychain stores secrets as plain files, which Loopgate refuses.</source>
        <translation>El llavero configurado guarda los secretos como archivos de texto simple, y Loopgate no lo acepta.</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>El llavero del sistema está bloqueado. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain refused the request. It may be locked or unavailable.</source>
        <translation>El llavero del sistema rechazó la solicitud. Puede estar bloqueado o no disponible.</translation>
    </message>
    <message>
        <source>The stored tokens for account {account} are damaged. Please reconnect it.</source>
        <translation>Los tokens guardados de la cuenta {account} están dañados. Vuelva a conectarla.</translation>
    </message>
    <message>
        <source>Part of the tokens for account {account} is missing from the keychain. Please reconnect it.</source>
        <translation>Falta en el llavero una parte de los tokens de la cuenta {account}. Vuelva a conectarla.</translation>
    </message>
    <message>
        <source>These tokens are too large to keep in the system keychain.</source>
        <translation>Estos tokens son demasiado grandes para guardarlos en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Another Loopgate window or command is busy with the account list.</source>
        <translation>Otra ventana o comando de Loopgate está usando la lista de cuentas.</translation>
    </message>
    <message>
        <source>The account list was written by a newer Loopgate. Please update Loopgate.</source>
        <translation>La lista de cuentas fue escrita por una versión más nueva de Loopgate. Actualice Loopgate.</translation>
    </message>
    <message>
        <source>Loopgate&apos;s file {file} is missing or damaged. Reinstall Loopgate.</source>
        <translation>Falta el archivo {file} de Loopgate o está dañado. Vuelva a instalar Loopgate.</translation>
    </message>
    <message>
        <source>Loopgate&apos;s bundled files are missing: {path} was not found. Reinstall Loopgate.</source>
        <translation>Faltan archivos incluidos con Loopgate: no se encontró {path}. Vuelva a instalar Loopgate.</translation>
    </message>
    <message>
        <source>revoked at the provider</source>
        <translation>acceso revocado en el proveedor</translation>
    </message>
    <message>
        <source>the provider offers no way to revoke access, so it was removed from this computer only</source>
        <translation>el proveedor no ofrece forma de revocar el acceso, así que se quitó solo de esta computadora</translation>
    </message>
    <message>
        <source>removed from this computer only; the provider was not asked to revoke access</source>
        <translation>se quitó solo de esta computadora; no se le pidió al proveedor que revocara el acceso</translation>
    </message>
    <message>
        <source>no tokens were stored on this computer, so there was nothing to revoke</source>
        <translation>no había tokens guardados en esta computadora, así que no había nada que revocar</translation>
    </message>
    <message>
        <source>Loopgate could not revoke access at the provider: {reason} Nothing was removed: try again, or remove the account from this computer only.</source>
        <translation>Loopgate no pudo revocar el acceso en el proveedor: {reason} No se quitó nada: vuelva a intentarlo o quite la cuenta solo de esta computadora.</translation>
    </message>
    <message>
        <source>Loopgate could not revoke access: {reason} Nothing was removed: try again, or remove the account from this computer only.</source>
        <translation>Loopgate no pudo revocar el acceso: {reason} No se quitó nada: vuelva a intentarlo o quite la cuenta solo de esta computadora.</translation>
    </message>
    <message>
        <source>Loopgate could not revoke access: this provider needs a valid access token to revoke, and this one has expired and cannot be renewed. Nothing was removed: try again, or remove the account from this computer only.</source>
        <translation>Loopgate no pudo revocar el acceso: este proveedor necesita un token de acceso válido para revocarlo, y este venció y no se puede renovar. No se quitó nada: vuelva a intentarlo o quite la cuenta solo de esta computadora.</translation>
    </message>
    <message>
        <source>The provider&apos;s revocation address redirected elsewhere; Loopgate does not follow redirects when sending tokens.</source>
        <translation>La dirección de revocación del proveedor redirigió a otro lugar; Loopgate no sigue redirecciones cuando envía tokens.</translation>
    </message>
    <message>
        <source>The API did not answer in time.</source>
        <translation>La API no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The response is larger than 200 MB and was not kept.</source>
        <translation>La respuesta pesa más de 200 MB y no se conservó.</translation>
    </message>
    <message>
        <source>The response was cut off.</source>
        <translation>La respuesta llegó incompleta.</translation>
    </message>
    <message>
        <source>This address cannot be used: {problem}. The account&apos;s token was not sent.</source>
        <translation>No se puede usar esta dirección: {problem}. No se envió el token de la cuenta.</translation>
    </message>
    <message>
        <source>Tokens are only sent over https.</source>
        <translation>Los tokens solo se envían por https.</translation>
    </message>
    <message>
        <source>{origin} is not one of this provider&apos;s addresses, so the account&apos;s token was not sent there.</source>
        <translation>{origin} no es una de las direcciones de este proveedor, así que el token de la cuenta no se envió allí.</translation>
    </message>
    <message>
        <source>The address needs {field}, which this account does not have.</source>
        <translation>La dirección necesita {field}, que esta cuenta no tiene.</translation>
    </message>
    <message>
        <source>The token was renewed before sending.</source>
        <translation>El token se renovó antes del envío.</translation>
    </message>
    <message>
        <source>The provider rejected the token (401), so Loopgate renewed it and resent.</source>
        <translation>El proveedor rechazó el token (401), así que Loopgate lo renovó y reenvió la solicitud.</translation>
    </message>
    <message>
        <source>The token cannot be renewed: reconnect the account.</source>
        <translation>El token no se puede renovar: vuelva a conectar la cuenta.</translation>
    </message>
    <message>
        <source>Renewing the token failed: {reason}</source>
        <translation>No se pudo renovar el token: {reason}</translation>
    </message>
    <message>
        <source>Rate limited: the provider did not say when to retry; wait a while.</source>
        <translation>Límite de solicitudes: el proveedor no indicó cuándo reintentar; espere un rato.</translation>
    </message>
    <message>
        <source>Rate limited, retry in {seconds} s.</source>
        <translation>Límite de solicitudes; reintente en {seconds} s.</translation>
    </message>
    <message>
        <source>The account&apos;s access does not cover this request (insufficient_scope); reconnect with the needed permissions.</source>
        <translation>El acceso de la cuenta no cubre esta solicitud (insufficient_scope); vuelva a conectarla con los permisos necesarios.</translation>
    </message>
    <message>
        <source>The provider refused this request (HTTP 403).</source>
        <translation>El proveedor rechazó esta solicitud (HTTP 403).</translation>
    </message>
    <message>
        <source>The provider refused the token (HTTP 401).</source>
        <translation>El proveedor rechazó el token (HTTP 401).</translation>
    </message>
    <message>
        <source>The provider refused the token (HTTP 401: {error}).</source>
        <translation>El proveedor rechazó el token (HTTP 401: {error}).</translation>
    </message>
    <message>
        <source>The provider had a problem (HTTP {status}).</source>
        <translation>El proveedor tuvo un problema (HTTP {status}).</translation>
    </message>
    <message>
        <source>Retry in {seconds} s.</source>
        <translation>Reintente en {seconds} s.</translation>
    </message>
    <message>
        <source>It said: “{words}”</source>
        <translation>Dijo: “{words}”</translation>
    </message>
    <message>
        <source>The JSON viewer stopped; send the request again.</source>
        <translation>El visor de JSON se detuvo; envíe la solicitud de nuevo.</translation>
    </message>
    <message>
        <source>Decoded, signature not verified (access tokens are meant for the API, not for Loopgate).</source>
        <translation>Decodificado, firma no verificada (los tokens de acceso son para la API, no para Loopgate).</translation>
    </message>
    <message>
        <source>Not a JWT: this token is opaque, so only the provider can read it.</source>
        <translation>No es un JWT: este token es opaco, así que solo el proveedor puede leerlo.</translation>
    </message>
    <message>
        <source>This sign-in token is malformed: it is not a readable JWT.</source>
        <translation>Este token de inicio de sesión está mal formado: no es un JWT legible.</translation>
    </message>
    <message>
        <source>Signature NOT verified: {reason} ({detail})</source>
        <translation>Firma NO verificada: {reason} ({detail})</translation>
    </message>
    <message>
        <source>Checks failed: {reason} ({detail})</source>
        <translation>Las verificaciones fallaron: {reason} ({detail})</translation>
    </message>
    <message>
        <source>Decoded, signature not verified: {reason}; this token has expired.</source>
        <translation>Decodificado, firma no verificada: {reason}; este token venció.</translation>
    </message>
    <message>
        <source>Decoded, signature not verified: {reason}; issuer, audience and expiry checked.</source>
        <translation>Decodificado, firma no verificada: {reason}; se verificaron el emisor, la audiencia y el vencimiento.</translation>
    </message>
    <message>
        <source>Signature verified with key {key}, but this token has expired.</source>
        <translation>Firma verificada con la clave {key}, pero este token venció.</translation>
    </message>
    <message>
        <source>Signature verified with the provider&apos;s key {key} ({algorithm}); issuer, audience and expiry checked.</source>
        <translation>Firma verificada con la clave {key} del proveedor ({algorithm}); se verificaron el emisor, la audiencia y el vencimiento.</translation>
    </message>
    <message>
        <source>Signature verified with the provider&apos;s key {key} (access tokens are meant for the API; this one also verifies against the sign-in keys).</source>
        <translation>Firma verificada con la clave {key} del proveedor (los tokens de acceso son para la API; este también se verifica con las claves de inicio de sesión).</translation>
    </message>
    <message>
        <source>Decoded, signature not verified: {reason}.</source>
        <translation>Decodificado, firma no verificada: {reason}.</translation>
    </message>
    <message>
        <source>Decoded, signature not verified.</source>
        <translation>Decodificado, firma no verificada.</translation>
    </message>
    <message>
        <source>the provider publishes no signing keys (no jwks_uri)</source>
        <translation>el proveedor no publica claves de firma (no hay jwks_uri)</translation>
    </message>
    <message>
        <source>{reason} ({detail})</source>
        <translation>{reason} ({detail})</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Verificando la firma…</translation>
    </message>
    <message>
        <source>The provider publishes no signing keys, so the sign-in token&apos;s signature was not verified (its issuer, audience, expiry and nonce were).</source>
        <translation>El proveedor no publica claves de firma, así que no se verificó la firma del token de inicio de sesión (sí se verificaron su emisor, audiencia, vencimiento y nonce).</translation>
    </message>
    <message>
        <source>This provider did not allow Loopgate to renew access by itself: when it stops accepting this connection, you will be asked to sign in again.</source>
        <translation>Este proveedor no permitió que Loopgate renueve el acceso por sí solo: cuando deje de aceptar esta conexión, se le pedirá que vuelva a ingresar.</translation>
    </message>
    <message>
        <source>This provider asks you to sign in again {every}: it did not allow Loopgate to renew access by itself.</source>
        <translation>Este proveedor le pide volver a ingresar {every}: no permitió que Loopgate renueve el acceso por sí solo.</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>cada minuto</translation>
    </message>
    <message>
        <source>every {count} minutes</source>
        <translation>cada {count} minutos</translation>
    </message>
    <message>
        <source>every {count} hours</source>
        <translation>cada {count} horas</translation>
    </message>
    <message>
        <source>every {count} days</source>
        <translation>cada {count} días</translation>
    </message>
</context>
<context>
    <name>CurlTools</name>
    <message>
        <source>Copy as curl result</source>
        <translation>Resultado de copiar como curl</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Include the real token</source>
        <translation>Incluir el token real</translation>
    </message>
    <message>
        <source>Include the real token in the curl command</source>
        <translation>Incluir el token real en el comando curl</translation>
    </message>
    <message>
        <source>Copied with the real token; it clears from the clipboard in {seconds} s.</source>
        <translation>Copiado con el token real; se borrará del portapapeles en {seconds} s.</translation>
    </message>
    <message>
        <source>Copied with $TOKEN in place of the token.</source>
        <translation>Copiado con $TOKEN en lugar del token.</translation>
    </message>
    <message>
        <source>Could not copy: {reason}</source>
        <translation>No se pudo copiar: {reason}</translation>
    </message>
    <message>
        <source>Include the real token?</source>
        <translation>¿Incluir el token real?</translation>
    </message>
    <message>
        <source>The copied command will contain this account&apos;s live access token. Anyone who sees it can act as this account until the token expires. Include it?</source>
        <translation>El comando copiado contendrá el token de acceso vigente de esta cuenta. Cualquier persona que lo vea podrá actuar como esta cuenta hasta que el token venza. ¿Desea incluirlo?</translation>
    </message>
</context>
<context>
    <name>CustomProviderDialog</name>
    <message>
        <source>Add a custom provider</source>
        <translation>Agregar un proveedor personalizado</translation>
    </message>
    <message>
        <source>How to find the provider</source>
        <translation>Cómo encontrar al proveedor</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>URL del emisor</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>URL del &amp;emisor:</translation>
    </message>
    <message>
        <source>Loopgate reads the provider&apos;s OpenID configuration from it.</source>
        <translation>Loopgate lee desde ahí la configuración OpenID del proveedor.</translation>
    </message>
    <message>
        <source>Authorization endpoint</source>
        <translation>Endpoint de autorización</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Endpoint de tokens</translation>
    </message>
    <message>
        <source>&amp;Authorization endpoint:</source>
        <translation>Endpoint de &amp;autorización:</translation>
    </message>
    <message>
        <source>&amp;Token endpoint:</source>
        <translation>Endpoint de &amp;tokens:</translation>
    </message>
    <message>
        <source>From an issuer URL</source>
        <translation>Desde una URL de emisor</translation>
    </message>
    <message>
        <source>Type the endpoints</source>
        <translation>Escribir los endpoints</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nombre del proveedor</translation>
    </message>
    <message>
        <source>e.g. Acme Login</source>
        <translation>p. ej., Acme Login</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Not a secret</source>
        <translation>No es un secreto</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Alcances</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID de &amp;cliente:</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>Al&amp;cances:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save custom provider</source>
        <translation>Guardar el proveedor personalizado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter the client ID your administrator gave you.</source>
        <translation>Escriba el ID de cliente que le dio su administrador.</translation>
    </message>
    <message>
        <source>Reading the provider&apos;s configuration…</source>
        <translation>Leyendo la configuración del proveedor…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>“{provider}” is built into Loopgate and cannot be replaced.</source>
        <translation>“{provider}” viene incluido en Loopgate y no se puede reemplazar.</translation>
    </message>
    <message>
        <source>Nothing was saved: the existing provider was kept.</source>
        <translation>No se guardó nada: se conservó el proveedor existente.</translation>
    </message>
    <message>
        <source>Replace this provider?</source>
        <translation>¿Reemplazar este proveedor?</translation>
    </message>
    <message>
        <source>A provider for this address is already saved as “{provider}” ({id}). Replacing it changes where its accounts sign in; an account whose addresses change will ask to be reconnected. Replace it?</source>
        <translation>Ya hay un proveedor guardado para esta dirección como “{provider}” ({id}). Reemplazarlo cambia dónde ingresan sus cuentas; una cuenta cuyas direcciones cambien pedirá que la vuelva a conectar. ¿Desea reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Token inspector</source>
        <translation>Inspector de tokens</translation>
    </message>
    <message>
        <source>API explorer</source>
        <translation>Explorador de API</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Detalles de la cuenta</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Select an account to see its details here.</source>
        <translation>Seleccione una cuenta para ver aquí sus detalles.</translation>
    </message>
</context>
<context>
    <name>DisconnectDialogs</name>
    <message>
        <source>Disconnect account</source>
        <translation>Desconectar la cuenta</translation>
    </message>
    <message>
        <source>Disconnect {account}?</source>
        <translation>¿Desconectar {account}?</translation>
    </message>
    <message>
        <source>Loopgate tells the provider to revoke access where it can, then forgets the tokens on this computer. You can connect again at any time.</source>
        <translation>Loopgate le pide al proveedor que revoque el acceso cuando es posible y luego olvida los tokens en esta computadora. Puede volver a conectarla cuando quiera.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Access was not revoked</source>
        <translation>No se revocó el acceso</translation>
    </message>
    <message>
        <source>{account} is still connected at the provider.</source>
        <translation>{account} sigue conectada en el proveedor.</translation>
    </message>
    <message>
        <source>{reason}

Removing it from this computer only forgets the tokens here; the provider keeps the access until it expires or is revoked from its website.</source>
        <translation>{reason}

Quitarla solo de esta computadora olvida los tokens aquí; el proveedor mantiene el acceso hasta que venza o se revoque desde su sitio web.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <source>Remove from this computer only</source>
        <translation>Quitar solo de esta computadora</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
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
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>{larger} {smaller}</source>
        <comment>two units of one span</comment>
        <translation>{larger} y {smaller}</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No accounts yet</source>
        <translation>Todavía no hay cuentas</translation>
    </message>
    <message>
        <source>Connect your first account</source>
        <translation>Conecte su primera cuenta</translation>
    </message>
    <message>
        <source>Loopgate links your accounts at services like Clover and Clio to this computer, keeps their access fresh in the background, and warns you before anything stops working. You approve each connection in your own browser; Loopgate never sees your password.</source>
        <translation>Loopgate vincula a esta computadora sus cuentas de servicios como Clover y Clio, mantiene su acceso vigente en segundo plano y le avisa antes de que algo deje de funcionar. Usted aprueba cada conexión en su propio navegador; Loopgate nunca ve su contraseña.</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <source>The demo runs a practice provider on this computer: no account or internet needed.</source>
        <translation>La demostración usa un proveedor de práctica en esta computadora: no necesita cuenta ni internet.</translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>The account was not connected</source>
        <translation>La cuenta no se conectó</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <source>Try connecting again</source>
        <translation>Volver a intentar la conexión</translation>
    </message>
    <message>
        <source>Use session-only mode</source>
        <translation>Usar el modo solo para esta sesión</translation>
    </message>
    <message>
        <source>Use session-only mode: keep tokens in memory until you quit</source>
        <translation>Usar el modo solo para esta sesión: los tokens quedan en memoria hasta que salga</translation>
    </message>
    <message>
        <source>Keeps this connection&apos;s tokens in memory only: it works until you quit Loopgate.</source>
        <translation>Guarda los tokens de esta conexión solo en memoria: funciona hasta que salga de Loopgate.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar los detalles técnicos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copiar los detalles del error</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. The details were written to the log.</source>
        <translation>Ocurrió algo inesperado. Los detalles se guardaron en el registro.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Loopgate kept running; the details were written to its log.</source>
        <translation>Ocurrió algo inesperado. Loopgate siguió funcionando; los detalles se guardaron en su registro.</translation>
    </message>
</context>
<context>
    <name>HealthMonitor</name>
    <message>
        <source>Connection ending soon</source>
        <translation>Una conexión terminará pronto</translation>
    </message>
    <message>
        <source>{account} will disconnect in {countdown} and cannot renew itself. Reconnect it to keep it working.</source>
        <translation>{account} se desconectará en {countdown} y no puede renovarse sola. Vuelva a conectarla para que siga funcionando.</translation>
    </message>
    <message>
        <source>An account</source>
        <translation>Una cuenta</translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation>Ocurrió un error inesperado.</translation>
    </message>
    <message>
        <source>{account}: {message}</source>
        <comment>a notification&apos;s text</comment>
        <translation>{account}: {message}</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Hay que volver a conectar</translation>
    </message>
    <message>
        <source>Could not renew a connection</source>
        <translation>No se pudo renovar una conexión</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>cancelled</source>
        <comment>a request</comment>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a request</comment>
        <translation>falló</translation>
    </message>
    <message>
        <source>Earlier requests for this account</source>
        <translation>Solicitudes anteriores de esta cuenta</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historial&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Todavía no hay solicitudes.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Merchant id {value}</source>
        <translation>ID de comercio {value}</translation>
    </message>
    <message>
        <source>Employee id {value}</source>
        <translation>ID de empleado {value}</translation>
    </message>
</context>
<context>
    <name>InspectorTimes</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>in {span}</source>
        <translation>en {span}</translation>
    </message>
    <message>
        <source>{span} ago</source>
        <translation>hace {span}</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>range</source>
        <comment>a range of array elements</comment>
        <translation>rango</translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation>
            <numerusform>%Ln clave</numerusform>
            <numerusform>%Ln claves</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <comment>JSON type</comment>
        <translation>objeto</translation>
    </message>
    <message>
        <source>array</source>
        <comment>JSON type</comment>
        <translation>arreglo</translation>
    </message>
    <message>
        <source>string</source>
        <comment>JSON type</comment>
        <translation>cadena</translation>
    </message>
    <message>
        <source>number</source>
        <comment>JSON type</comment>
        <translation>número</translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>JSON type</comment>
        <translation>booleano</translation>
    </message>
    <message>
        <source>null</source>
        <comment>JSON type</comment>
        <translation>nulo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>(root)</source>
        <comment>the JSON document itself</comment>
        <translation>(raíz)</translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message>
        <source>{count}+ matches</source>
        <translation>{count}+ coincidencias</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Response body as a collapsible JSON tree</source>
        <translation>Cuerpo de la respuesta como árbol JSON plegable</translation>
    </message>
    <message>
        <source>Search keys and values</source>
        <translation>Buscar claves y valores</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Path of the selected entry</source>
        <translation>Ruta de la entrada seleccionada</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>La búsqueda falló: {reason}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>{current} of {matches}</source>
        <translation>{current} de {matches}</translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Agregar fila</translation>
    </message>
    <message>
        <source>Add a row to {table}</source>
        <translation>Agregar una fila a {table}</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <source>Remove the selected row from {table}</source>
        <translation>Quitar la fila seleccionada de {table}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading your accounts…</source>
        <translation>Cargando sus cuentas…</translation>
    </message>
    <message>
        <source>{reason} Tokens will not be saved until this is fixed.</source>
        <translation>{reason} Los tokens no se guardarán hasta que esto se resuelva.</translation>
    </message>
    <message>
        <source>Use session-only mode</source>
        <translation>Usar el modo solo para esta sesión</translation>
    </message>
    <message>
        <source>Some provider files could not be read: {problems}</source>
        <translation>No se pudieron leer algunos archivos de proveedores: {problems}</translation>
    </message>
    <message>
        <source>Part of your organisation&apos;s policy was ignored: {problems}</source>
        <translation>Se ignoró parte de la política de su organización: {problems}</translation>
    </message>
    <message>
        <source>Loopgate could not start: {reason}</source>
        <translation>Loopgate no pudo iniciarse: {reason}</translation>
    </message>
    <message>
        <source>Session-only mode: tokens are kept in memory and forgotten when you quit.</source>
        <translation>Modo solo para esta sesión: los tokens se guardan en memoria y se olvidan al salir.</translation>
    </message>
    <message>
        <source>The renewal failed.</source>
        <translation>La renovación falló.</translation>
    </message>
    <message>
        <source>Could not renew {account}: {reason}</source>
        <translation>No se pudo renovar {account}: {reason}</translation>
    </message>
    <message>
        <source>Renewed {account}; access now expires in {countdown}.</source>
        <translation>{account} quedó renovada; el acceso ahora vence en {countdown}.</translation>
    </message>
    <message>
        <source>Renewed {account}; access was renewed.</source>
        <translation>{account} quedó renovada; se renovó el acceso.</translation>
    </message>
    <message>
        <source>Your browser answered; finishing the connection.</source>
        <translation>Su navegador respondió; terminando la conexión.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Not allowed by your organisation: this account can only be disconnected.</source>
        <translation>Su organización no lo permite: esta cuenta solo se puede desconectar.</translation>
    </message>
    <message>
        <source>Needs reconnecting: the connection has ended.</source>
        <translation>Hay que volver a conectarla: la conexión terminó.</translation>
    </message>
    <message>
        <source>Needs reconnecting: {reason}</source>
        <translation>Hay que volver a conectarla: {reason}</translation>
    </message>
    <message>
        <source>Access has expired; renewing it now…</source>
        <translation>El acceso venció; renovándolo ahora…</translation>
    </message>
    <message>
        <source>Renewing access now…</source>
        <translation>Renovando el acceso ahora…</translation>
    </message>
    <message>
        <source>Ending soon: access ends in {countdown} and cannot renew itself. Reconnect to keep it working.</source>
        <translation>Termina pronto: el acceso termina en {countdown} y no puede renovarse solo. Vuelva a conectarla para que siga funcionando.</translation>
    </message>
    <message>
        <source>Provider problem: renewing failed, but the connection was kept. {reason} {next_try}</source>
        <translation>Problema del proveedor: la renovación falló, pero se conservó la conexión. {reason} {next_try}</translation>
    </message>
    <message>
        <source>Could not renew last time: {reason} {next_try}</source>
        <translation>No se pudo renovar la última vez: {reason} {next_try}</translation>
    </message>
    <message>
        <source>Access has expired. Loopgate renews it the next time it is used.</source>
        <translation>El acceso venció. Loopgate lo renovará la próxima vez que se use.</translation>
    </message>
    <message>
        <source>Connected. The provider did not say when access expires; Loopgate renews it when the provider asks.</source>
        <translation>Conectada. El proveedor no indicó cuándo vence el acceso; Loopgate lo renueva cuando el proveedor lo pide.</translation>
    </message>
    <message>
        <source>Connected. This connection cannot renew itself: reconnect it when it ends.</source>
        <translation>Conectada. Esta conexión no puede renovarse sola: vuelva a conectarla cuando termine.</translation>
    </message>
    <message>
        <source>Connected. Automatic renewal is off: use Refresh now before access expires.</source>
        <translation>Conectada. La renovación automática está desactivada: use Renovar ahora antes de que venza el acceso.</translation>
    </message>
    <message>
        <source>Connected. Loopgate renews access automatically {lead} before it expires.</source>
        <translation>Conectada. Loopgate renueva el acceso automáticamente {lead} antes de que venza.</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>hoy, {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ayer, {time}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>el {day}, {time}</translation>
    </message>
    <message>
        <source>Last renewed {when}.</source>
        <translation>Última renovación: {when}.</translation>
    </message>
    <message>
        <source>Not renewed yet; connected {when}.</source>
        <translation>Todavía no se renovó; se conectó {when}.</translation>
    </message>
    <message>
        <source>Not renewed yet.</source>
        <translation>Todavía no se renovó.</translation>
    </message>
    <message>
        <source>Account overview</source>
        <translation>Resumen de la cuenta</translation>
    </message>
    <message>
        <source>Select an account above to see how it is doing.</source>
        <translation>Seleccione una cuenta arriba para ver cómo está.</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Ingresó como:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Access ends in:</source>
        <translation>El acceso termina en:</translation>
    </message>
    <message>
        <source>Renewal:</source>
        <translation>Renovación:</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Renovar ahora</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Volver a conectar</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>{provider} ({environment})</source>
        <translation>{provider} ({environment})</translation>
    </message>
    <message>
        <source>Not stated by the provider</source>
        <translation>El proveedor no lo indicó</translation>
    </message>
    <message>
        <source>Access has ended.</source>
        <translation>El acceso terminó.</translation>
    </message>
    <message>
        <source>Not stated by the provider.</source>
        <translation>El proveedor no lo indicó.</translation>
    </message>
</context>
<context>
    <name>ProviderData</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Norteamérica</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Latin America</source>
        <translation>Latinoamérica</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>A built-in practice provider: no account or internet needed</source>
        <translation>Un proveedor de práctica incluido: no necesita cuenta ni internet</translation>
    </message>
    <message>
        <source>Point-of-sale merchant account</source>
        <translation>Cuenta de comercio del punto de venta</translation>
    </message>
    <message>
        <source>Legal practice management (Clio Manage)</source>
        <translation>Gestión de despachos jurídicos (Clio Manage)</translation>
    </message>
    <message>
        <source>Team coaching (OpenID Connect)</source>
        <translation>Coaching de equipos (OpenID Connect)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Items (page 1)</source>
        <translation>Elementos (página 1)</translation>
    </message>
    <message>
        <source>Large document (10 MB)</source>
        <translation>Documento grande (10 MB)</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Who am I</source>
        <translation>Quién soy</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Asuntos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Daily coaching</source>
        <translation>Coaching diario</translation>
    </message>
    <message>
        <source>Custom OAuth 2.0 provider at {host}</source>
        <translation>Proveedor OAuth 2.0 personalizado en {host}</translation>
    </message>
    <message>
        <source>Custom OpenID Connect provider at {host}</source>
        <translation>Proveedor OpenID Connect personalizado en {host}</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <source>Optional, e.g. “Main store”</source>
        <translation>Opcional, p. ej., “Tienda principal”</translation>
    </message>
    <message>
        <source>Optional, e.g. “Downtown office”</source>
        <translation>Opcional, p. ej., “Oficina del centro”</translation>
    </message>
    <message>
        <source>Optional, e.g. “Practice”</source>
        <translation>Opcional, p. ej., “Práctica”</translation>
    </message>
    <message>
        <source>Optional, e.g. “Main office”</source>
        <translation>Opcional, p. ej., “Oficina principal”</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Environment or region</source>
        <translation>Entorno o región</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>Account name (optional)</source>
        <translation>Nombre de la cuenta (opcional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
</context>
<context>
    <name>RawBodyView</name>
    <message>
        <source>Response body as text</source>
        <translation>Cuerpo de la respuesta como texto</translation>
    </message>
    <message>
        <source>How much of the body is shown</source>
        <translation>Cuánto del cuerpo se muestra</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Show the next megabyte of the body</source>
        <translation>Mostrar el siguiente megabyte del cuerpo</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Guardar en un archivo…</translation>
    </message>
    <message>
        <source>Save the whole response body to a file</source>
        <translation>Guardar todo el cuerpo de la respuesta en un archivo</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} (long lines are broken for display). Save to file for all of it.</source>
        <translation>Se muestran los primeros {shown} de {total} (las líneas largas se cortan para mostrarlas). Guárdelo en un archivo para verlo completo.</translation>
    </message>
    <message>
        <source>Save response body</source>
        <translation>Guardar el cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Saved {size} to {path}.</source>
        <translation>Se guardaron {size} en {path}.</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>No se pudo guardar: {reason}</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Sandbox (for developers)</source>
        <translation>Sandbox (para desarrolladores)</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Choose a ready-made request…</source>
        <translation>Elija una solicitud predefinida…</translation>
    </message>
    <message>
        <source>Custom request</source>
        <translation>Solicitud personalizada</translation>
    </message>
    <message>
        <source>Ready-made requests for this provider</source>
        <translation>Solicitudes predefinidas para este proveedor</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Método HTTP</translation>
    </message>
    <message>
        <source>Request address</source>
        <translation>Dirección de la solicitud</translation>
    </message>
    <message>
        <source>https://… or a path such as /api/me</source>
        <translation>https://… o una ruta como /api/me</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Parámetros de consulta</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Encabezados de la solicitud</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Request body (for POST, PUT and PATCH)</source>
        <translation>Cuerpo de la solicitud (para POST, PUT y PATCH)</translation>
    </message>
    <message>
        <source>Request parts</source>
        <translation>Partes de la solicitud</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Predefinida:</translation>
    </message>
</context>
<context>
    <name>ResponsePane</name>
    <message>
        <source>Shown as received: a JSON body this large is not indented.</source>
        <translation>Se muestra tal como llegó: un cuerpo JSON tan grande no se indenta.</translation>
    </message>
    <message>
        <source>No response yet. Choose a request and press Send.</source>
        <translation>Aún no hay respuesta. Elija una solicitud y presione Enviar.</translation>
    </message>
    <message>
        <source>Response status, time and size</source>
        <translation>Estado, tiempo y tamaño de la respuesta</translation>
    </message>
    <message>
        <source>Note about the response</source>
        <translation>Nota sobre la respuesta</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show the technical details of the error</source>
        <translation>Mostrar los detalles técnicos del error</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Encabezados de la respuesta</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Response body views</source>
        <translation>Vistas del cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>Árbol JSON</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>sin tipo de contenido</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Connect another account</source>
        <translation>Conectar otra cuenta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>SendControls</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Enviar la solicitud</translation>
    </message>
    <message>
        <source>Send the request ({keys})</source>
        <translation>Enviar la solicitud ({keys})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancelar la solicitud</translation>
    </message>
    <message>
        <source>Cancel the request ({keys})</source>
        <translation>Cancelar la solicitud ({keys})</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Solicitud en curso</translation>
    </message>
    <message>
        <source>Time waited for the answer</source>
        <translation>Tiempo de espera de la respuesta</translation>
    </message>
    <message>
        <source>Waiting… {seconds} s</source>
        <translation>Esperando… {seconds} s</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>The body is not valid JSON ({reason}).</source>
        <translation>El cuerpo no es JSON válido ({reason}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Detailed, for support</source>
        <translation>Detallado, para soporte</translation>
    </message>
    <message>
        <source>Warnings and errors only</source>
        <translation>Solo advertencias y errores</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Automatic: 5 minutes or 10% of the token&apos;s lifetime, whichever is larger — at most half of it.</source>
        <translation>Automático: 5 minutos o el 10 % de la vigencia del token, lo que sea mayor, y como máximo la mitad de ella.</translation>
    </message>
    <message>
        <source>A new language shows the next time Loopgate starts.</source>
        <translation>El nuevo idioma se verá la próxima vez que se inicie Loopgate.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Renew access automatically before it expires</source>
        <translation>Renovar el acceso automáticamente antes de que venza</translation>
    </message>
    <message>
        <source>Renew access automatically</source>
        <translation>Renovar el acceso automáticamente</translation>
    </message>
    <message>
        <source>Renewal lead time in minutes</source>
        <translation>Anticipación de la renovación en minutos</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message numerus="yes">
        <source> minute(s) before expiry</source>
        <translation>
            <numerusform> minuto antes del vencimiento</numerusform>
            <numerusform> minutos antes del vencimiento</numerusform>
        </translation>
    </message>
    <message>
        <source>How much Loopgate writes to its log</source>
        <translation>Cuánto escribe Loopgate en su registro</translation>
    </message>
    <message>
        <source>Logs never hold a token, at any level.</source>
        <translation>Los registros nunca contienen tokens, en ningún nivel.</translation>
    </message>
    <message>
        <source>Connect timeout in minutes</source>
        <translation>Tiempo de espera para conectar, en minutos</translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>How long Connect waits for you to approve in the browser.</source>
        <translation>Cuánto espera Conectar a que usted apruebe en el navegador.</translation>
    </message>
    <message>
        <source>System default browser</source>
        <translation>Navegador predeterminado del sistema</translation>
    </message>
    <message>
        <source>Use the system default browser</source>
        <translation>Usar el navegador predeterminado del sistema</translation>
    </message>
    <message>
        <source>Run this command:</source>
        <translation>Ejecutar este comando:</translation>
    </message>
    <message>
        <source>Use a browser command</source>
        <translation>Usar un comando de navegador</translation>
    </message>
    <message>
        <source>Browser command</source>
        <translation>Comando del navegador</translation>
    </message>
    <message>
        <source>e.g. firefox -P work %s</source>
        <translation>p. ej., firefox -P trabajo %s</translation>
    </message>
    <message>
        <source>Start minimised to the system tray</source>
        <translation>Iniciar minimizado en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Seguir en la bandeja al cerrar la ventana</translation>
    </message>
    <message>
        <source>Loopgate keeps renewing your connections in the background. Quit it from the File menu or the tray icon&apos;s menu.</source>
        <translation>Loopgate sigue renovando sus conexiones en segundo plano. Salga desde el menú Archivo o desde el menú del ícono de la bandeja.</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Combinación de colores</translation>
    </message>
    <message>
        <source>%s in the command is replaced by the link; otherwise it is appended.</source>
        <translation>%s en el comando se reemplaza por el enlace; si no está, el enlace se agrega al final.</translation>
    </message>
    <message>
        <source>Renew &amp;lead time:</source>
        <translation>&amp;Anticipación de renovación:</translation>
    </message>
    <message>
        <source>Wait for the browser &amp;up to:</source>
        <translation>Esperar al navegador &amp;hasta:</translation>
    </message>
    <message>
        <source>&amp;Browser:</source>
        <translation>&amp;Navegador:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>A&amp;pariencia:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>L&amp;ogs:</source>
        <translation>&amp;Registros:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Automático (el idioma del sistema)</translation>
    </message>
</context>
<context>
    <name>SetupMissing</name>
    <message>
        <source>Copy a note for your administrator</source>
        <translation>Copiar una nota para su administrador</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Move to the next control.</source>
        <translation>Pasar al siguiente control.</translation>
    </message>
    <message>
        <source>Move to the previous control.</source>
        <translation>Volver al control anterior.</translation>
    </message>
    <message>
        <source>Choose another account in the accounts table.</source>
        <translation>Elegir otra cuenta en la tabla de cuentas.</translation>
    </message>
    <message>
        <source>Show the next tab (Overview, Token inspector, API explorer).</source>
        <translation>Mostrar la pestaña siguiente (Resumen, Inspector de tokens, Explorador de API).</translation>
    </message>
    <message>
        <source>Show the previous tab.</source>
        <translation>Mostrar la pestaña anterior.</translation>
    </message>
    <message>
        <source>Press the focused button or tick the focused box.</source>
        <translation>Presionar el botón enfocado o marcar la casilla enfocada.</translation>
    </message>
    <message>
        <source>Open the menus with the underlined letter.</source>
        <translation>Abrir los menús con la letra subrayada.</translation>
    </message>
    <message>
        <source>{action} (with an account selected in the table).</source>
        <translation>{action} (con una cuenta seleccionada en la tabla).</translation>
    </message>
    <message>
        <source>{action}.</source>
        <translation>{action}.</translation>
    </message>
    <message>
        <source>Send the request (in the API explorer).</source>
        <translation>Enviar la solicitud (en el Explorador de API).</translation>
    </message>
    <message>
        <source>Cancel the request while it is being sent.</source>
        <translation>Cancelar la solicitud mientras se envía.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>These keys work anywhere in the Loopgate window unless noted.</source>
        <translation>Estas teclas funcionan en cualquier parte de la ventana de Loopgate, salvo que se indique lo contrario.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>{keys}: {action}</source>
        <translation>{keys}: {action}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} kB</source>
        <translation>{amount} kB</translation>
    </message>
    <message>
        <source>{amount} MB</source>
        <translation>{amount} MB</translation>
    </message>
</context>
<context>
    <name>StateIcons</name>
    <message>
        <source>Working</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>Renovando</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Renovando</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Expired — renewing…</source>
        <translation>Vencida — renovando…</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Hay que volver a conectar</translation>
    </message>
    <message>
        <source>Provider problem</source>
        <translation>Problema del proveedor</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Not allowed by your organisation</source>
        <translation>No permitida por su organización</translation>
    </message>
    <message>
        <source>Your organisation no longer allows this provider. You can only disconnect it.</source>
        <translation>Su organización ya no permite este proveedor. Solo puede desconectar la cuenta.</translation>
    </message>
    <message>
        <source>The connection ended. Reconnect to keep using it.</source>
        <translation>La conexión terminó. Vuelva a conectarla para seguir usándola.</translation>
    </message>
    <message>
        <source>This connection will end soon and cannot renew itself. Reconnect to keep it.</source>
        <translation>Esta conexión terminará pronto y no puede renovarse sola. Vuelva a conectarla para conservarla.</translation>
    </message>
    <message>
        <source>The last renewal failed: {reason} {next_try}</source>
        <translation>La última renovación falló: {reason} {next_try}</translation>
    </message>
    <message>
        <source>Renewing the access token…</source>
        <translation>Renovando el token de acceso…</translation>
    </message>
    <message>
        <source>The access token has expired; Loopgate renews it on the next use.</source>
        <translation>El token de acceso venció; Loopgate lo renovará la próxima vez que se use.</translation>
    </message>
    <message>
        <source>Working. Loopgate renews the access token before it expires.</source>
        <translation>Funciona. Loopgate renueva el token de acceso antes de que venza.</translation>
    </message>
    <message>
        <source>Loopgate will try again.</source>
        <translation>Loopgate volverá a intentarlo.</translation>
    </message>
    <message>
        <source>Loopgate will try again at {time} (in {countdown}).</source>
        <translation>Loopgate volverá a intentarlo: {time} (en {countdown}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>time left</comment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>time left</comment>
        <translation>vencido</translation>
    </message>
</context>
<context>
    <name>SupportExport</name>
    <message>
        <source>Export support bundle</source>
        <translation>Exportar paquete para soporte</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Support bundle saved to {path} (tokens and secrets removed).</source>
        <translation>Paquete para soporte guardado en {path} (sin tokens ni secretos).</translation>
    </message>
    <message>
        <source>Saving the support bundle…</source>
        <translation>Guardando el paquete para soporte…</translation>
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
        <translation>Tipo de token</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Alcances</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Vence el token de acceso</translation>
    </message>
    <message>
        <source>Refresh token expires</source>
        <translation>Vence el token de actualización</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{title}:</source>
        <comment>a form row&apos;s label</comment>
        <translation>{title}:</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Hay que volver a conectar</translation>
    </message>
    <message>
        <source>{status} — {reason}</source>
        <translation>{status} — {reason}</translation>
    </message>
    <message>
        <source>none granted or not reported</source>
        <translation>ninguno otorgado o no informado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>unknown (the provider did not say; renewed on 401)</source>
        <translation>desconocido (el proveedor no lo indicó; se renueva ante un 401)</translation>
    </message>
    <message>
        <source>not stated by the provider</source>
        <translation>el proveedor no lo indicó</translation>
    </message>
    <message>
        <source>no refresh token</source>
        <translation>sin token de actualización</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>No tokens are stored for this account — it needs to be reconnected.</source>
        <translation>No hay tokens guardados para esta cuenta: hay que volver a conectarla.</translation>
    </message>
    <message>
        <source>Token inspector</source>
        <translation>Inspector de tokens</translation>
    </message>
    <message>
        <source>Inspector status</source>
        <translation>Estado del inspector</translation>
    </message>
    <message>
        <source>Signature checks</source>
        <translation>Verificaciones de firma</translation>
    </message>
    <message>
        <source>Raw token response, redacted</source>
        <translation>Respuesta de tokens sin procesar, con datos ocultos</translation>
    </message>
    <message>
        <source>Diagnostics of the last connect</source>
        <translation>Diagnóstico de la última conexión</translation>
    </message>
    <message>
        <source>Copy for a support ticket</source>
        <translation>Copiar para un ticket de soporte</translation>
    </message>
    <message>
        <source>Copy the diagnostics for a support ticket</source>
        <translation>Copiar el diagnóstico para un ticket de soporte</translation>
    </message>
    <message>
        <source>Last connect or refresh, secrets removed:</source>
        <translation>Última conexión o renovación, sin secretos:</translation>
    </message>
    <message>
        <source>Inspector sections</source>
        <translation>Secciones del inspector</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Claims (JWT)</source>
        <translation>Claims (JWT)</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>Respuesta sin procesar</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Select an account to inspect its tokens.</source>
        <translation>Seleccione una cuenta para inspeccionar sus tokens.</translation>
    </message>
    <message>
        <source>No steps recorded yet.</source>
        <translation>Todavía no hay pasos registrados.</translation>
    </message>
    <message>
        <source>Reading the tokens from the keychain…</source>
        <translation>Leyendo los tokens del llavero…</translation>
    </message>
    <message>
        <source>Checking signatures against the provider&apos;s published keys…</source>
        <translation>Verificando las firmas con las claves que publica el proveedor…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{token}&lt;/b&gt;: {statement}</source>
        <translation>&lt;b&gt;{token}&lt;/b&gt;: {statement}</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).</source>
        <translation>Algo salió mal ({kind}).</translation>
    </message>
    <message>
        <source>Could not check the signatures: {reason}</source>
        <translation>No se pudieron verificar las firmas: {reason}</translation>
    </message>
    <message>
        <source>Could not read the tokens: {reason}</source>
        <translation>No se pudieron leer los tokens: {reason}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>TokenRow</name>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>Token de ID</translation>
    </message>
    <message>
        <source>No access token</source>
        <translation>Sin token de acceso</translation>
    </message>
    <message>
        <source>No refresh token</source>
        <translation>Sin token de actualización</translation>
    </message>
    <message>
        <source>No ID token</source>
        <translation>Sin token de ID</translation>
    </message>
    <message>
        <source>access token</source>
        <comment>inside a sentence</comment>
        <translation>token de acceso</translation>
    </message>
    <message>
        <source>refresh token</source>
        <comment>inside a sentence</comment>
        <translation>token de actualización</translation>
    </message>
    <message>
        <source>ID token</source>
        <comment>inside a sentence</comment>
        <translation>token de ID</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln character(s), hidden)</source>
        <translation>
            <numerusform>(%Ln carácter, oculto)</numerusform>
            <numerusform>(%Ln caracteres, ocultos)</numerusform>
        </translation>
    </message>
    <message>
        <source>{token} (masked until revealed)</source>
        <translation>{token} (oculto hasta que se muestre)</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Reveal the {token}</source>
        <translation>Mostrar el {token}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the {token}</source>
        <translation>Copiar el {token}</translation>
    </message>
    <message>
        <source>Copy header</source>
        <translation>Copiar encabezado</translation>
    </message>
    <message>
        <source>Copy as an Authorization: Bearer header</source>
        <translation>Copiar como encabezado Authorization: Bearer</translation>
    </message>
    <message>
        <source>{token}: time left before it is hidden again</source>
        <translation>{token}: tiempo que falta para volver a ocultarlo</translation>
    </message>
    <message>
        <source>{token}: copy result</source>
        <translation>{token}: resultado de la copia</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>hides in {seconds} s</source>
        <translation>se oculta en {seconds} s</translation>
    </message>
    <message>
        <source>copied; clears in {seconds} s</source>
        <translation>copiado; se borra en {seconds} s</translation>
    </message>
    <message>
        <source>header copied; clears in {seconds} s</source>
        <translation>encabezado copiado; se borra en {seconds} s</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>{account}: {status}</source>
        <translation>{account}: {status}</translation>
    </message>
    <message numerus="yes">
        <source>Loopgate: %n account(s) need attention</source>
        <translation>
            <numerusform>Loopgate: %n cuenta necesita atención</numerusform>
            <numerusform>Loopgate: %n cuentas necesitan atención</numerusform>
        </translation>
    </message>
    <message>
        <source>Loopgate: all healthy</source>
        <translation>Loopgate: todo funciona bien</translation>
    </message>
    <message>
        <source>Show Loopgate</source>
        <translation>Mostrar Loopgate</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Necesitan atención</translation>
    </message>
    <message>
        <source>All accounts are healthy</source>
        <translation>Todas las cuentas funcionan bien</translation>
    </message>
    <message>
        <source>Quit Loopgate</source>
        <translation>Salir de Loopgate</translation>
    </message>
</context>
<context>
    <name>TrayWindow</name>
    <message>
        <source>Loopgate is still running</source>
        <translation>Loopgate sigue funcionando</translation>
    </message>
    <message>
        <source>Loopgate keeps renewing your connections in the background. To quit, choose Quit from the tray icon&apos;s menu.</source>
        <translation>Loopgate sigue renovando sus conexiones en segundo plano. Para salir, elija Salir en el menú del ícono de la bandeja.</translation>
    </message>
    <message>
        <source>{message} Click here to reconnect.</source>
        <translation>{message} Haga clic aquí para volver a conectar.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>{label} is connected and ready to use.</source>
        <translation>{label} está conectada y lista para usar.</translation>
    </message>
    <message>
        <source>{title}: {message}</source>
        <translation>{title}: {message}</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Waiting for you to approve in your browser…</source>
        <translation>Esperando a que usted apruebe el acceso en su navegador…</translation>
    </message>
    <message>
        <source>Contacting the provider…</source>
        <translation>Contactando al proveedor…</translation>
    </message>
    <message>
        <source>Approve Loopgate in the {provider} page that opened in your browser, then come back here. If no page opened, use “Open the page again” or copy the link into your browser.</source>
        <translation>Apruebe Loopgate en la página de {provider} que se abrió en su navegador y luego vuelva aquí. Si no se abrió ninguna página, use “Abrir la página de nuevo” o copie el enlace en su navegador.</translation>
    </message>
    <message>
        <source>Approve Loopgate in the page that opened in your browser, then come back here. If no page opened, use “Open the page again” or copy the link into your browser.</source>
        <translation>Apruebe Loopgate en la página que se abrió en su navegador y luego vuelva aquí. Si no se abrió ninguna página, use “Abrir la página de nuevo” o copie el enlace en su navegador.</translation>
    </message>
    <message>
        <source>Link copied. Paste it into your browser&apos;s address bar, then approve Loopgate there.</source>
        <translation>Enlace copiado. Péguelo en la barra de direcciones de su navegador y apruebe Loopgate allí.</translation>
    </message>
    <message>
        <source>Paste the address your browser ended on:</source>
        <translation>Pegue la dirección en la que terminó su navegador:</translation>
    </message>
    <message>
        <source>Only needed if your browser shows a page asking you to paste an address into Loopgate, or says it cannot reach Loopgate.</source>
        <translation>Solo hace falta si su navegador muestra una página que le pide pegar una dirección en Loopgate, o dice que no puede comunicarse con Loopgate.</translation>
    </message>
    <message>
        <source>The link stays valid for {minutes}:{seconds}.</source>
        <translation>El enlace sigue siendo válido durante {minutes}:{seconds}.</translation>
    </message>
    <message>
        <source>Open the page again</source>
        <translation>Abrir la página de nuevo</translation>
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation>Abrir de nuevo la página para ingresar</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy sign-in link</source>
        <translation>Copiar el enlace para ingresar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel connecting</source>
        <translation>Cancelar la conexión</translation>
    </message>
    <message>
        <source>The address your browser ended on</source>
        <translation>La dirección en la que terminó su navegador</translation>
    </message>
    <message>
        <source>https://… or http://127.0.0.1:…</source>
        <translation>https://… o http://127.0.0.1:…</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>Usar esta dirección</translation>
    </message>
    <message>
        <source>Use the pasted address</source>
        <translation>Usar la dirección pegada</translation>
    </message>
</context>
</TS>
