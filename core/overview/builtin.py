"""The charts and search kinds of what the program holds today: member units, contacts, notices.

A later module registers its own in its package and adds one import line below.
"""

from core.overview import members, notices  # noqa: F401  (each registers its charts and search kinds)
from core.overview import meetings  # noqa: F401  (meetings and action items)
from core.overview import calls  # noqa: F401  (nominations, the expert pool, the standards roster)
