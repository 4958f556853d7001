"""dechrome: clean scraped news text into an article body plus metadata.

    >>> import dechrome
    >>> doc = dechrome.clean("Headline here\\n\\nA first paragraph of the article that reads "
    ...                      "like running text, long enough to count.\\n\\nTeilen")
    >>> doc.title
    'Headline here'
    >>> doc.text.startswith("A first paragraph")
    True
"""

from dechrome.batch import clean_many
from dechrome.config import Config
from dechrome.model import Block, Document, Removal
from dechrome.normalize import normalise
from dechrome.pipeline import clean
from dechrome.profiles import SiteProfiles, Thresholds
from dechrome.reasons import Reason, Rule
from dechrome.warc import read_warc  # FastWARC itself loads on first use (extra `[warc]`)

__version__ = "0.1.0"

__all__ = ["Block", "Config", "Document", "Reason", "Removal", "Rule", "SiteProfiles", "Thresholds",
           "__version__", "clean", "clean_many", "normalise", "read_warc"]
