"""Facts out of articles on customs cooperation: legal acts, organisations, countries, dates,
figures and directions of cooperation, as article records and HTML reports."""

from .analysis import analyze
from .record import Article
from .serialize import from_dict, to_dict, to_json
from .version import __version__

__all__ = ["Article", "__version__", "analyze", "from_dict", "to_dict", "to_json"]
