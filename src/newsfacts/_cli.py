"""The ``newsfacts`` command. ``newsfacts extract PATH... -o OUT`` runs a batch.

Exit status: 0 when every document was extracted, 1 when some failed (or ``--errors fail``
stopped the run), 2 for bad usage or an output that cannot be opened (nothing was done).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence

from . import __version__
from ._batch import (
    FORMATS,
    BatchConfig,
    JsonFields,
    MissingExtraError,
    RunSettings,
    SinkError,
    Summary,
    WorkerStartError,
    infer_format,
    open_sink,
    run_batch,
)
from ._options import Options
from ._stories import StoriesUnavailableError, require_datasketch

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfacts",
        description="Clean articles and numeric claims from scraped news pages.")
    parser.add_argument("--version", action="version", version=f"newsfacts {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract = commands.add_parser(
        "extract", help="extract articles and claims from files, folders, JSON Lines or WARC",
        description="Extract articles and claims. Folders are read recursively; *.jsonl[.gz] "
                    "and *.warc[.gz]/*.arc[.gz] files are read record by record; '-' is stdin.")
    inputs = extract.add_argument_group("input")
    inputs.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for stdin")
    inputs.add_argument("-i", "--input-file", metavar="FILE",
                        help="a file listing one input path a line")
    inputs.add_argument("--input-dir", metavar="DIR", action="append", default=[],
                        help="a folder to read recursively (repeatable)")
    inputs.add_argument("--html-field", default="html", help="JSON Lines key of the HTML")
    inputs.add_argument("--text-field", default="text",
                        help="JSON Lines key of plain text, used when the HTML key is absent")
    inputs.add_argument("--url-field", default="url", help="JSON Lines key of the page URL")
    inputs.add_argument("--date-field", default=None,
                        help="JSON Lines key of the publication date (ISO), if any")
    inputs.add_argument("--max-bytes", type=_positive_int, default=Options().max_bytes,
                        help="refuse documents larger than this, before or after gunzip")

    output = extract.add_argument_group("output")
    output.add_argument("-o", "--output", metavar="OUT",
                        help="file or postgresql:// URL; JSON Lines on stdout when absent")
    output.add_argument("--format", choices=FORMATS,
                        help="default: from the output name (.sqlite/.db, .duckdb, .parquet, "
                             ".csv, .jsonl, postgresql://)")
    output.add_argument("--errors", choices=("skip", "record", "fail"), default="record",
                        help="what a failed document does: nothing, an error row (default), "
                             "or stop the run")
    output.add_argument("--resume", action="store_true",
                        help="skip inputs that already have an article or error row")
    output.add_argument("--no-claims", action="store_true", help="skip claim extraction")
    output.add_argument("--templates", action=argparse.BooleanOptionalAction, default=True,
                        help="learn each site's recurring furniture from its pages in a first "
                             "pass and remove it as 'site-template' (default: on; off for "
                             "stdin, which cannot be read twice)")
    output.add_argument("--stories", action=argparse.BooleanOptionalAction, default=None,
                        help="group near-duplicate bodies into stories (story_id, the stories "
                             "and story_claims tables); default: on")

    running = extract.add_argument_group("running")
    running.add_argument("-j", "--parallel", type=_positive_int, default=_cpu_count(),
                         help="worker processes (default: the CPUs available)")
    running.add_argument("--timeout", type=_seconds, default=60.0,
                         help="seconds per document before its worker is killed (0: no limit)")
    running.add_argument("--worker-documents", type=_positive_int, default=1000,
                         help="replace each worker after this many documents")
    running.add_argument("--pipeline", choices=("auto", "blank", "en_core_web_sm"),
                         default="auto", help="the spaCy pipeline for claims")
    running.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                         help="a progress line on stderr (default: when stderr is a terminal)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 for --help/--version
        return int(exc.code or 0)
    return _extract(parser, args)


def _extract(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    try:
        paths = _input_paths(args)
    except OSError as exc:
        return _usage(parser, f"cannot read the input list: {exc}")
    if not paths:
        return _usage(parser, "no input: give PATH..., -i FILE or --input-dir DIR")
    missing = [p for p in paths if p != "-" and not os.path.exists(p)]
    if missing:
        return _usage(parser, f"no such file or folder: {missing[0]}")
    fmt = args.format or infer_format(args.output)
    if fmt is None:
        return _usage(parser, f"cannot tell the format from {args.output!r}: use --format")
    try:
        stories = _stories_wanted(args.stories)
    except StoriesUnavailableError as exc:
        return _usage(parser, str(exc))
    options = Options(claims=not args.no_claims, pipeline=args.pipeline,
                      max_bytes=args.max_bytes)
    config = BatchConfig(
        inputs=paths,
        settings=RunSettings(workers=args.parallel, timeout=args.timeout or None,
                             max_documents_per_worker=args.worker_documents, options=options),
        fields=JsonFields(html=args.html_field, text=args.text_field, url=args.url_field,
                          date=args.date_field),
        errors=args.errors,
        resume=args.resume,
        stories=stories,
        templates=args.templates and "-" not in paths,
    )
    try:
        sink = open_sink(args.output, fmt, resume=args.resume)
    except SinkError as exc:
        return _usage(parser, str(exc))
    show_progress = sys.stderr.isatty() if args.progress is None else args.progress
    progress = _Progress() if show_progress else None
    try:
        summary = run_batch(config, sink, progress)
    except (MissingExtraError, WorkerStartError) as exc:
        return _usage(parser, str(exc))
    except SinkError as exc:  # the output failed mid-run; what was committed stays
        print(f"{parser.prog}: error: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except KeyboardInterrupt:
        print("\nnewsfacts: interrupted; rerun with --resume to continue", file=sys.stderr)
        return 130
    finally:
        if progress is not None:
            progress.finish()
        sink.close()
    print(f"newsfacts: {summary.line()}", file=sys.stderr)
    return EXIT_SOME_FAILED if summary.errors else EXIT_OK


def _stories_wanted(flag: bool | None) -> bool:
    """``--stories`` needs datasketch (a clear error without it); by default stories are found
    when it is installed."""
    if flag is False:
        return False
    try:
        require_datasketch()
    except StoriesUnavailableError:
        if flag:
            raise
        return False
    return True


def _input_paths(args: argparse.Namespace) -> list[str]:
    paths = list(args.paths)
    if args.input_file:
        with open(args.input_file, encoding="utf-8") as listing:
            paths += [line.strip() for line in listing if line.strip()]
    return paths + list(args.input_dir)


def _usage(parser: argparse.ArgumentParser, message: str) -> int:
    print(f"{parser.prog}: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if not value >= 0:  # also refuses NaN
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or more seconds, not {text}")
    return value


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class _Progress:
    """A single self-overwriting status line, redrawn at most five times a second."""

    def __init__(self) -> None:
        self.last = 0.0
        self.drawn = False

    def __call__(self, summary: Summary) -> None:
        now = time.monotonic()
        if now - self.last < 0.2:
            return
        self.last = now
        self.drawn = True
        sys.stderr.write(f"\r{summary.documents} documents, {summary.errors} errors, "
                         f"{summary.rate:.1f}/s ")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.drawn:
            sys.stderr.write("\n")


if __name__ == "__main__":
    sys.exit(main())
