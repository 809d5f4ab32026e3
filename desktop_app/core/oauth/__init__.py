"""The OAuth 2.0 / OpenID Connect protocol, vendor-free.

PKCE, the authorization request and response, the loopback receiver, token requests,
token sets, discovery and JWT checks. Vendor differences arrive as profile fields.
"""
