"""A cleaned document as a Markdown article: YAML front matter, the title as heading, the body.

The front matter holds the metadata fields the document carries (empty ones are left out).
Each string is written as a JSON string, which is also a valid YAML double-quoted scalar, so
no YAML library is needed and no value can break the front matter.
"""

from __future__ import annotations

import json

from dechrome.model import Document

FRONT_MATTER_FIELDS = ("title", "date", "authors", "sitename", "section", "language", "url",
                       "hashtags", "summary")


def to_markdown(document: Document) -> str:
    """Front matter, `# title` and the body's paragraphs, ending with one newline."""
    parts = [front_matter(document)]
    if document.title:
        parts.append(f"# {document.title}\n")
    if document.paragraphs:
        parts.append(document.text + "\n")
    return "\n".join(parts)


def front_matter(document: Document) -> str:
    """The `---` block with every non-empty metadata field."""
    lines = ["---"]
    for name in FRONT_MATTER_FIELDS:
        value = getattr(document, name)
        if not value:
            continue
        if isinstance(value, str):
            lines.append(f"{name}: {_scalar(value)}")
        else:
            lines.append(f"{name}:")
            lines.extend(f"  - {_scalar(str(item))}" for item in value)
    lines.append("---")
    return "\n".join(lines) + "\n"


def _scalar(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)
