"""The support bundle: what a support engineer needs, with every secret removed."""
