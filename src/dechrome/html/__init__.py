"""HTML mode: `dechrome.clean` on an HTML page (see `dechrome.html.mode`).

Only the cheap sniff is imported with the package; the extractor loads on first use.
"""

from dechrome.html.detect import decode_html, looks_like_html

__all__ = ["decode_html", "looks_like_html"]
