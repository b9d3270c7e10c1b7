"""What the CLI prints is text for a terminal, never commands to it.

Titles, names and ids come from articles and stores anyone may have written; an ESC sequence
in one would recolour, retitle or rewrite the user's terminal (or hide lines) when ``query``
prints a table or CSV. ``safe_for_terminal`` removes escape sequences whole and turns any other
control character into U+FFFD; tabs and line breaks stay, since tables and CSV need them.

``show_notices`` routes the warnings of the reading code (``extract.*`` loggers: an article
kept without prose, bytes replaced in a UTF-8 file) to stderr as ``newsgraph: notice: ...``
lines.

>>> safe_for_terminal("\\x1b[31mred\\x1b[0m and \\x1b]0;title\\x07 bell\\x07")
'red and  bell\\ufffd'
"""

from __future__ import annotations

import logging
import re

from rich.console import Console

__all__ = ["safe_for_terminal", "show_notices"]

# CSI (ESC [ ... final), OSC / DCS / APC / PM strings (ESC ] ... BEL or ST), then any other
# two-byte ESC sequence; the 8-bit C1 forms (CSI U+009B, OSC U+009D) too.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def safe_for_terminal(text: str) -> str:
    """``text`` without terminal escape sequences and with other controls shown as U+FFFD.

    >>> safe_for_terminal("plain\\ttext\\nline two")
    'plain\\ttext\\nline two'
    """
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub("\ufffd", _ESCAPE_SEQUENCE.sub("", text))


class _NoticeHandler(logging.Handler):
    def __init__(self, console: Console) -> None:
        super().__init__(level=logging.WARNING)
        self.console = console

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = safe_for_terminal(record.getMessage())
            self.console.print(
                f"newsgraph: notice: {line}", markup=False, highlight=False, soft_wrap=True
            )
        except Exception:  # a notice must never stop a build
            self.handleError(record)


def show_notices(console: Console) -> None:
    """Print warnings of the ``extract`` loggers on ``console`` (once, however often called)."""
    logger = logging.getLogger("extract")
    for handler in logger.handlers:
        if isinstance(handler, _NoticeHandler):
            handler.console = console
            return
    # Propagation stays on: with no root handler nothing prints twice (a handler found here
    # keeps Python's last-resort printer quiet), and callers' own logging still sees these.
    logger.addHandler(_NoticeHandler(console))
