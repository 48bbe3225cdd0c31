"""tqa: translation QA for Arabic-English news."""

from tqa import generated_code

__version__ = "0.1.0"

generated_code.install()  # before any of tqa's dataclasses is made
