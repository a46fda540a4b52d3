"""werkplan: keep a municipal Werkstattplan as YAML under git, check it and report on it."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("werkplan")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
