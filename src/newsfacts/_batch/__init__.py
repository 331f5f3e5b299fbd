"""Batch extraction: readers, the process pool and the sinks behind ``newsfacts extract``."""

from __future__ import annotations

from .batch import BatchConfig, ErrorPolicy, Summary, run_batch
from .outcomes import Document, Extracted, Failed, Outcome, Unreadable
from .readers import JsonFields, MissingExtraError, iter_documents
from .runner import RunSettings, WorkerStartError, run
from .sinks import FORMATS, Format, Sink, SinkError, infer_format, open_sink

__all__ = [
    "FORMATS",
    "BatchConfig",
    "Document",
    "ErrorPolicy",
    "Extracted",
    "Failed",
    "Format",
    "JsonFields",
    "MissingExtraError",
    "Outcome",
    "RunSettings",
    "Sink",
    "SinkError",
    "Summary",
    "Unreadable",
    "WorkerStartError",
    "infer_format",
    "iter_documents",
    "open_sink",
    "run",
    "run_batch",
]
