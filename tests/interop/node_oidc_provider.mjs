import Provider from 'oidc-provider';
const port = Number(process.env.PORT || 4555);
const issuer = `http://127.0.0.1:${port}`;
const provider = new Provider(issuer, {
  clients: [{
    client_id: 'loopgate-native',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    redirect_uris: ['http://127.0.0.1/callback'],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  }],
  pkce: { required: () => true },
  scopes: ['openid', 'offline_access', 'profile', 'email'],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  features: { devInteractions: { enabled: true }, revocation: { enabled: true }, userinfo: { enabled: true } },
  findAccount: async (ctx, id) => ({ accountId: id, claims: async () => ({ sub: id, email: `${id}@example.org`, email_verified: true, name: `User ${id}` }) }),
  ttl: { AccessToken: 120, IdToken: 3600, RefreshToken: 86400, Grant: 86400, Session: 86400, Interaction: 3600, AuthorizationCode: 60 },
  rotateRefreshToken: true,
});
provider.proxy = false;
provider.listen(port, () => console.log(`oidc-provider at ${issuer}`));
