"""What each rule matches and what it deliberately leaves alone, in a paragraph per rule.

`python -m dechrome.docgen` puts these under the rule's name, reason, languages and example in
docs/rules.md. Keyed by the rule's name; tests/test_docs.py fails when a registered rule has
no note, or a note names a rule that no longer exists. Update a note with its rule.

The notes stand in three files by the rules' families (`block`, `credits`, `context`); the
order of `NOTES` is theirs.
"""

from __future__ import annotations

from dechrome.rule_notes.block import BLOCK_NOTES
from dechrome.rule_notes.context import CONTEXT_NOTES
from dechrome.rule_notes.credits import CREDIT_NOTES

NOTES: dict[str, str] = {**BLOCK_NOTES, **CREDIT_NOTES, **CONTEXT_NOTES}
