"""werkplan: keep a municipal Werkstattplan as YAML under git, check it and report on it."""

# Nothing is imported here at start-up: the program's first lines install the signal
# handlers (werkplan.entry), and importlib.metadata alone takes tens of milliseconds.


def __getattr__(name: str) -> str:
    if name != "__version__":
        raise AttributeError(f"module 'werkplan' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("werkplan")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+unknown"
