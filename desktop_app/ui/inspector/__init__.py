"""The token inspector: masked tokens, JWT header and claims, lifetimes."""
