"""The errors claimcheck raises.

Every error is a ``ClaimcheckError``; the CLI turns one into a single line on
stderr and exit code 2. User mistakes are kept apart from internal failures::

    ClaimcheckError
    ├── InputError            a document cannot be read or understood
    │   ├── MissingPathError      the path does not exist
    │   ├── EmptyInputError       nothing to check (empty file, empty directory)
    │   ├── EncodingError         not text: binary data or undecodable bytes
    │   ├── TooLargeError         over the size limit
    │   ├── FrontMatterError      malformed YAML front matter
    │   ├── DateError             a publication date that is not a date
    │   └── MissingExtraError     an optional extra (html, docx) is not installed
    ├── ConfigError           bad [tool.claimcheck] settings, facts file or CLI option
    ├── SuiteError            a user rule suite that cannot be loaded
    └── InternalError         a bug in claimcheck itself
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Root of every error claimcheck raises on purpose."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(ClaimcheckError):
    """A document cannot be read or understood."""


class MissingPathError(InputError):
    """The path does not exist."""


class EmptyInputError(InputError):
    """There is nothing to check."""


class EncodingError(InputError):
    """The file is not text in a supported encoding."""


class TooLargeError(InputError):
    """The file is over the size limit."""


class FrontMatterError(InputError):
    """The YAML front matter is malformed."""


class DateError(InputError):
    """A publication date that cannot be read as a date."""


class MissingExtraError(InputError):
    """An optional dependency is not installed."""


class ConfigError(ClaimcheckError):
    """Bad configuration, facts file or command-line option."""


class SuiteError(ClaimcheckError):
    """A user rule suite that cannot be loaded."""


class InternalError(ClaimcheckError):
    """A bug in claimcheck: please report it."""
