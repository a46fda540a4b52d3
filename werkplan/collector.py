"""Python's cyclic garbage collector, paused while a plan is read or a report is built.

Reading a plan allocates hundreds of thousands of objects that stay alive until the command
ends: located trees, then the model. Each time enough of them have piled up, the collector
walks all of them again looking for reference cycles, and finds none: trees, model and report
views are plain nested records. On the synthetic plan of 10,000 measures that walking was a
quarter to a third of `werkplan check` (README, "Laufzeit"). Paused, reference counting still
frees every object as before; only garbage in cycles waits until the collector runs again.

When the pause ends, what was made meanwhile goes straight to the oldest generation: left
young, the next young collection would walk all of it once more, and later ones again on its
way up. In the oldest generation it is walked only by a full collection, which Python runs
rarely once that generation is large; cycles among these objects are still found there.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic collection inside the block; the collector's state as before after it
    (blocks may nest, and a caller that switched it off keeps it off)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # freeze() then unfreeze() moves every tracked object to the oldest generation
        # without walking it (werkplan freezes nothing else that this would release).
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()
