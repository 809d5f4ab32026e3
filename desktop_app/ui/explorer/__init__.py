"""The API explorer: call a provider's API with an account's token and read the answer."""

from .widget import ApiExplorer

__all__ = ["ApiExplorer"]
