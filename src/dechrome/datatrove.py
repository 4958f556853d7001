"""A datatrove extraction step (extra `[datatrove]`; its WarcReader needs datatrove's `io` extra).

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from dechrome.datatrove import DechromeExtractor

    LocalPipelineExecutor(pipeline=[WarcReader("crawl/"), DechromeExtractor(),
                                    JsonlWriter("clean/")], tasks=4).run()

`DechromeExtractor` stands where datatrove's `Trafilatura` step stands: each document's text
(an HTML page) becomes its clean body, cleaned in HTML mode with `metadata["url"]` as the URL,
in datatrove's sandbox process with its per-document timeout. The metadata gains
`dechrome_title`, `dechrome_date`, `dechrome_authors`, `dechrome_language`,
`dechrome_sitename` and `dechrome_removals` (removals per rule family, e.g. `{"dedup": 3}`);
the names are prefixed because WarcReader's `date` is the crawl date and datatrove's language
filter writes `language`. A page dechrome rejects (no article text, binary, too large) is
dropped and counted in the step's statistics as `dropped` and `rejected`.

`DechromeWarcReader` is a drop-in for datatrove's `WarcReader` that reads as `dechrome clean
--warc` does (FastWARC): the charset from the HTTP header, truncated or unreadable records
counted as `error` (and logged with their file, record number and offset) instead of passed on
cut short, and the records it skips counted by kind (`skipped request`, `skipped image/png`).
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from collections import Counter
from collections.abc import Mapping
from typing import Any

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
from datatrove.pipeline.readers.base import BaseDiskReader
from datatrove.utils.logging import logger
from datatrove.utils.typeshelper import StatHints

import dechrome.context
import dechrome.html
import dechrome.rules
from dechrome.batch import Task, clean_task, is_error
from dechrome.config import Config
from dechrome.html.detect import decode_html
from dechrome.model import Document
from dechrome.warc import file_pages

# A page cleaned before the sandbox process starts, so that it is forked with HTML mode, its
# patterns and language data loaded: otherwise the first real page pays ~2 s for them against
# its timeout.
_WARMUP = ("<html><head><title>Warm-up</title></head><body><nav><a href='/'>Home</a></nav>"
           "<article><h1>A warm-up page</h1><p>The first paragraph of an article that reads "
           "like running text, long enough to count as prose.</p><p>A second paragraph, "
           "written the same way, ends the article.</p></article></body></html>", None)


def rule_families() -> dict[str, str]:
    """Each registered rule's family: the module that defines it (`subscribe`, `dedup`,
    ...), or `html` for HTML mode's own rules, as in docs/rules.md."""
    families = {}
    for package in (dechrome.rules, dechrome.context, dechrome.html):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            family = "html" if package is dechrome.html else info.name
            for spec in getattr(module, "RULES", ()):
                families[str(spec.name)] = family
    return families


class DechromeExtractor(BaseExtractor):
    """datatrove's extractor step with dechrome's HTML mode (see the module docstring).

    Args:
        config: dechrome's Config (its `input` is set to "html").
        timeout: seconds per document, as for datatrove's own extractors.
    """

    name = "🧹 dechrome"

    def __init__(self, config: Config | None = None, timeout: float = 5.0) -> None:
        super().__init__(timeout)
        self.config = dataclasses.replace(config or Config(), input="html")
        self.families = rule_families()

    def extract(self, text: str) -> str:
        """The clean body of one HTML page ("" when dechrome rejects it)."""
        return self.clean(text, None).text

    def clean(self, html: str, url: str | None) -> Document:
        return clean_task(Task(html, url), self.config)

    def _extract_fields(self, html: str, url: str | None) -> dict[str, Any]:
        """What the sandbox process sends back: the body and the metadata, or why not (an
        exception would end the sandbox process, which datatrove then starts anew)."""
        document = self.clean(html, url)
        return {"text": document.text, "rejected": document.rejected,
                "error": is_error(document), "metadata": self.metadata(document)}

    def metadata(self, document: Document) -> dict[str, Any]:
        families = Counter(self.families.get(str(removal.rule), "other")
                           for removal in document.removals)
        return {"dechrome_title": document.title, "dechrome_date": document.date,
                "dechrome_authors": list(document.authors),
                "dechrome_language": document.language,
                "dechrome_sitename": document.sitename,
                "dechrome_page_kind": document.page_kind,
                "dechrome_removals": dict(sorted(families.items()))}

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """As `BaseExtractor.run`, with the URL sent along and the metadata brought back."""
        self.clean(*_WARMUP)
        with ExtractorSandbox(timeout=self.timeout, warmup_text=_WARMUP) as sandbox:
            for doc in data or ():
                self.stat_update(StatHints.total)
                with self.track_time():
                    fields = self._sandboxed(sandbox, doc.text, doc.metadata)
                if fields is None:
                    continue
                if fields["error"]:
                    self.stat_update("clean_error")
                    continue
                if fields["rejected"] is not None or not fields["text"]:
                    self.stat_update(StatHints.dropped, "rejected")
                    continue
                doc.text = fields["text"]
                doc.metadata.update(fields["metadata"])
                self.stat_update(StatHints.forwarded)
                self.update_doc_stats(doc)
                yield doc

    def _sandboxed(self, sandbox: ExtractorSandbox, html: str,
                   metadata: Mapping[str, Any]) -> dict[str, Any] | None:
        """The fields of one page, None (counted as datatrove counts it) when it fails."""
        url = metadata.get("url")
        try:
            return sandbox.process_document((html, url if isinstance(url, str) else None),
                                            self._extract_fields)
        except TimeoutError:
            self.stat_update("timeout")
        except EOFError:  # the sandbox process died (out of memory): a new one is started
            self.stat_update("broken_process")
        except Exception:  # one broken page must not end the pipeline
            self.stat_update("clean_error")
        return None


class DechromeWarcReader(BaseDiskReader):
    """datatrove's WARC reader step, reading as `dechrome clean --warc` does (see the module
    docstring); its arguments are `BaseDiskReader`'s (`data_folder`, `glob_pattern`, ...).
    Documents carry `url`, `date` (the WARC date) and `warc_offset` in their metadata."""

    name = "🕷 dechrome WARC"
    _requires_dependencies = ("fastwarc",)

    def read_file(self, filepath: str) -> DocumentsPipeline:
        skipped: Counter[str] = Counter()
        with self.data_folder.open(filepath, "rb") as stream:
            for page in file_pages(filepath, stream, skipped):
                with self.track_time():
                    raw = page.task.raw
                    html = decode_html(raw) if raw is not None else None
                    if html is None:
                        self.stat_update("error")
                        logger.warning(page.task.error or f"{page.where}: undecodable")
                        continue
                    data = {"text": html, "id": page.record_id, "url": page.uri,
                            "date": page.date, "warc_offset": page.offset}
                    document = self.get_document_from_dict(data, filepath, page.number)
                if document is not None:
                    yield document
        for kind, count in skipped.items():
            self.stat_update(f"skipped {kind}", value=count)
