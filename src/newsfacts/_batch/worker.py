"""The code that runs inside each worker process: one Extractor, many documents.

The runner's fork server preloads this module, so every worker starts from a process that has
already imported newsfacts, lxml and spaCy.
"""

from __future__ import annotations

import dataclasses
import hashlib
import signal
import warnings
from collections.abc import Callable
from multiprocessing.connection import Connection

from .._errors import NewsfactsWarning
from .._extractor import Extractor
from .._options import Options
from .._records import Article
from .._stories import sign
from .._templates import host_of
from .inflate import inflate
from .outcomes import Document, Extracted, Failed, Outcome

READY = "ready"
_WARM_UP = "Warm-up\n\nExports rose 6.6% in December from a year earlier, data showed."


def extract_document(extractor: Extractor, document: Document) -> Outcome:
    """Extract one document; any exception becomes a :class:`Failed` outcome, never a crash.

    An all-boilerplate page is noted in ``article.warnings``; a printed warning would help nobody
    in a batch, and an error filter on warnings must not turn it into a failure.
    """
    try:
        payload = document.payload
        if isinstance(payload, bytes):
            payload = inflate(payload, max_bytes=extractor.options.max_bytes)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NewsfactsWarning)
            article = extractor.extract(payload, url=document.url,
                                        published=document.published, kind=document.kind,
                                        charset=document.charset)
    except Exception as exc:  # one bad page must not take the worker down with it
        return Failed(document.key, document.position, type(exc).__name__, str(exc) or repr(exc))
    return Extracted(document.key, document.position, keyed(article, document.key))


def keyed(article: Article, key: str) -> Article:
    """Give the article an id that is a hash of its input key alone.

    The library's id hashes URL, title and body. In a batch that would collapse two inputs with
    the same content (two all-boilerplate pages without a URL) into one row, and a re-run after
    an upgrade that changes the extracted text would add a second row for the same input
    instead of replacing the first. The input key is what a row stands for.
    """
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass"))
    return dataclasses.replace(article, id=digest.hexdigest()[:20])


def serve(connection: Connection, options: Options,
          factory: Callable[[Options], Extractor] = Extractor, signatures: bool = False) -> None:
    """Worker main loop: load the pipeline, say so, then answer one document at a time.

    ``factory`` builds the extractor (an Extractor subclass, say); it must be picklable, which
    a module-level class or function is. With ``signatures`` each article comes back with its
    body's MinHash signature, for stories.
    """
    # Ctrl-C goes to the whole process group; the parent decides what happens to workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    extractor = factory(options)
    # Load every lazy part (spaCy above all) now, outside the first document's time budget.
    extract_document(extractor, Document("warm-up", 0, _WARM_UP, kind="text"))
    if signatures:
        sign(_WARM_UP)  # imports datasketch and draws its permutations before the first page
    connection.send(READY)
    while True:
        try:
            document = connection.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if document is None:
            return
        outcome = extract_document(extractor, document)
        if signatures and isinstance(outcome, Extracted):
            article = outcome.article
            outcome = dataclasses.replace(outcome, signature=sign(article.text,
                                                                  host_of(article.url)))
        connection.send(outcome)
