<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>AccountList</name>
    <message>
        <source>Your account list was damaged and has been set aside as a backup file next to it; connect your accounts again or contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account list was damaged and has been set aside as {file}; connect your accounts again or contact support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider profile is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the provider&apos;s OpenID configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not authorize the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose not to allow access, so nothing was connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in response did not belong to this connection attempt, so it was ignored. Please try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in response came from a different provider than expected, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer arrived from the browser in time. Please try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection attempt was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in as a different person than this account belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopgate could not listen for the browser&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent an answer Loopgate could not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the provider. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused to issue tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection has expired or was revoked. Please reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopgate could not revoke access at the provider, so nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so tokens cannot be stored safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopgate could not read or save its list of accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting the provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to approve in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a browser. Copy the link and open it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored an unexpected answer ({why}); still waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting time must be more than zero seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} on this computer is already in use by another program, so Loopgate cannot receive the provider&apos;s answer. Close the other program (or another Loopgate window that is connecting) and try again, or ask your administrator to set a different port for this provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{port} is not a port number (use 1–65535, or 0 for any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers refuse to open port {port} (ERR_UNSAFE_PORT), so the answer could never arrive. Choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo provider could not start: port {port} is used by another program. Close it, or set {variable} to a free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo provider is not available in this copy of Loopgate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} needs a client ID before you can connect. Ask your administrator for the app&apos;s client ID (it is not a secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not contain a sign-in code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider said the sign-in request was malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not allowed to connect to the provider this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not support this kind of sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the requested permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider had a problem. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is busy right now. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need to sign in at the provider first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider needs you to approve access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} did not say which account was connected, so nothing was saved. Please try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopgate could not confirm which {provider} account this is, so nothing was saved. Please try connecting again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in named one {provider} account but the new access belongs to another, so nothing was saved. Please try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} is connected as a public client (with PKCE), so Loopgate never sends it a client secret and none was stored. If your organisation&apos;s app registration really needs one, an administrator can add a provider profile that declares it (may_require_client_secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the provider ({host}). Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not answer in time ({host}). Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s token address redirected elsewhere; Loopgate does not follow redirects when sending secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered with something that is not JSON (perhaps a web page), so no tokens were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s token answer was not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is limiting requests (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider had a problem (HTTP {status}). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the request (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider said: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code was rejected or has expired. Please connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not recognise Loopgate&apos;s client ID, or requires a client secret. Desktop apps cannot keep a secret (RFC 8252 §8.5): ask the provider to register Loopgate as a public (PKCE) client, or ask your administrator for the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app registration is not allowed to connect this way. Ask your administrator to enable the authorization-code flow with PKCE for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider said the request was malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent an unreadable {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent an impossible token lifetime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not contain an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not say what kind of token it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider issued a kind of token Loopgate cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot be renewed without signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch the provider&apos;s signing keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s signing keys are malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s signing keys are unusable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token did not belong to this attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s sign-in token failed verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent a malformed sign-in token (id_token), so it was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token was signed with a key the provider does not publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token was issued for several apps without naming this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in token was issued for another app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed sign-in token names a different account than this one, so the renewal was not used. Reconnect the account if this keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed sign-in token did not belong to this account&apos;s sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer URL cannot be used: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization endpoint cannot be used: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint cannot be used: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must start with https:// (plain http:// only for this computer: 127.0.0.1 or [::1])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s configuration is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s configuration could not be found at its issuer address. Check the address, or enter the endpoints by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s configuration is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s configuration names a different issuer, so it was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s configuration lacks {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider does not support PKCE with S256, which Loopgate requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s configuration gives an unsafe {key}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens are stored for this account. Please reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Loopgate window or command is renewing this account; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection expired and cannot be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s renewed sign-in did not check out ({reason}). Please reconnect this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider&apos;s settings changed since the account was connected ({change}), so its tokens were not sent there. Reconnect the account to use the new settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s tokens were kept for one session only and were forgotten when Loopgate closed. Reconnect to use it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} is a custom provider: not allowed by your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo is not allowed by your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} is not allowed by your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Its accounts can only be disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain was found, so Loopgate cannot store tokens safely. On Linux, install and unlock a Secret Service keychain (GNOME Keyring or KWallet), or use session-only mode (tokens are forgotten when you quit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configured keychain stores secrets as plain files, which Loopgate refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused the request. It may be locked or unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored tokens for account {account} are damaged. Please reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the tokens for account {account} is missing from the keychain. Please reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These tokens are too large to keep in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Loopgate window or command is busy with the account list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account list was written by a newer Loopgate. Please update Loopgate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopgate&apos;s file {file} is missing or damaged. Reinstall Loopgate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopgate&apos;s bundled files are missing: {path} was not found. Reinstall Loopgate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider offers no way to revoke access, so it was removed from this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed from this computer only; the provider was not asked to revoke access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tokens were stored on this computer, so there was nothing to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopgate could not revoke access at the provider: {reason} Nothing was removed: try again, or remove the account from this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopgate could not revoke access: {reason} Nothing was removed: try again, or remove the account from this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopgate could not revoke access: this provider needs a valid access token to revoke, and this one has expired and cannot be renewed. Nothing was removed: try again, or remove the account from this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s revocation address redirected elsewhere; Loopgate does not follow redirects when sending tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is larger than 200 MB and was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address cannot be used: {problem}. The account&apos;s token was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are only sent over https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{origin} is not one of this provider&apos;s addresses, so the account&apos;s token was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address needs {field}, which this account does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was renewed before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider rejected the token (401), so Loopgate renewed it and resent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token cannot be renewed: reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing the token failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited: the provider did not say when to retry; wait a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited, retry in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s access does not cover this request (insufficient_scope); reconnect with the needed permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused this request (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the token (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the token (HTTP 401: {error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider had a problem (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON viewer stopped; send the request again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded, signature not verified (access tokens are meant for the API, not for Loopgate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JWT: this token is opaque, so only the provider can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in token is malformed: it is not a readable JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature NOT verified: {reason} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks failed: {reason} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded, signature not verified: {reason}; this token has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded, signature not verified: {reason}; issuer, audience and expiry checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified with key {key}, but this token has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified with the provider&apos;s key {key} ({algorithm}); issuer, audience and expiry checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified with the provider&apos;s key {key} (access tokens are meant for the API; this one also verifies against the sign-in keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded, signature not verified: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded, signature not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider publishes no signing keys (no jwks_uri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider publishes no signing keys, so the sign-in token&apos;s signature was not verified (its issuer, audience, expiry and nonce were).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider did not allow Loopgate to renew access by itself: when it stops accepting this connection, you will be asked to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlTools</name>
    <message>
        <source>Copy as curl result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the real token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the real token in the curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied with the real token; it clears from the clipboard in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied with $TOKEN in place of the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the real token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied command will contain this account&apos;s live access token. Anyone who sees it can act as this account until the token expires. Include it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisconnectDialogs</name>
    <message>
        <source>Disconnect account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect {account}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopgate tells the provider to revoke access where it can, then forgets the tokens on this computer. You can connect again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account} is still connected at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}

Removing it from this computer only forgets the tokens here; the provider keeps the access until it expires or is revoked from its website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from this computer only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{s} s</source>
        <comment>compact seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <comment>compact minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <comment>compact hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{larger} {smaller}</source>
        <comment>two units of one span</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthMonitor</name>
    <message>
        <source>Connection ending soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account} will disconnect in {countdown} and cannot renew itself. Reconnect it to keep it working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account}: {message}</source>
        <comment>a notification&apos;s text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not renew a connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>range</source>
        <comment>a range of array elements</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(root)</source>
        <comment>the JSON document itself</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired — renewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation no longer allows this provider. You can only disconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended. Reconnect to keep using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection will end soon and cannot renew itself. Reconnect to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last renewal failed: {reason} {next_try}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing the access token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token has expired; Loopgate renews it on the next use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working. Loopgate renews the access token before it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopgate will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopgate will try again at {time} (in {countdown}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>time left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <comment>time left</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportExport</name>
    <message>
        <source>Export support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundle saved to {path} (tokens and secrets removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the support bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
