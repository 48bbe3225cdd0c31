"""tqa: translation QA for Arabic-English news."""

__version__ = "0.1.0"
