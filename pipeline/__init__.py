"""Facts out of articles on customs cooperation: legal acts, organisations, countries, dates,
figures and directions of cooperation, as article records and HTML reports."""

__version__ = "0.2.0"

from .analysis import analyze  # noqa: E402
from .record import Article  # noqa: E402
from .serialize import from_dict, to_dict, to_json  # noqa: E402

__all__ = ["Article", "__version__", "analyze", "from_dict", "to_dict", "to_json"]
