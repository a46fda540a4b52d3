from collections.abc import Callable

from werkplan.checker import CheckResult

# A reporter renders the whole result as one string in the result's language.
Reporter = Callable[[CheckResult], str]
