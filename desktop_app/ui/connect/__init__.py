"""The Connect dialog: choosing a provider, waiting for the browser, custom providers."""
