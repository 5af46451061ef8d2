"""``python -m analysis columns``: every output column with its definition and unit."""
from __future__ import annotations

from ._common import add_format_argument, write_frames


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "columns",
        help="describe every column of the articles, evidence and sentences tables",
        description="List the columns the analyze command writes, with definitions and units.",
    )
    parser.add_argument("--table", choices=("articles", "evidence", "sentences"), help="only this table")
    add_format_argument(parser, choices=("text", "csv", "jsonl"), default="text")
    parser.set_defaults(func=run)


def run(args) -> int:
    from ..schema import column_docs

    docs = column_docs()
    if args.table:
        docs = docs[docs["table"] == args.table]
    if args.format == "text":
        from ._common import atomic_output

        lines = []
        for table, group in docs.groupby("table", sort=False):
            lines.append(f"{table}:")
            width = max(len(c) for c in group["column"])
            lines += [f"  {c:<{width}}  {d}" for c, d in zip(group["column"], group["description"])]
            lines.append("")
        text = "\n".join(lines)
        if args.output:
            with atomic_output(args.output) as handle:
                handle.write(text)
        else:
            print(text, end="")
        return 0
    write_frames([docs], args.format, args.output)
    return 0
