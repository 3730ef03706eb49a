"""``timelineapp export`` (placeholder until the exporter lands)."""

from __future__ import annotations

import argparse


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file")
    parser.add_argument("-o", "--output", required=True)


def run_export(args: argparse.Namespace) -> int:
    print("export is not implemented yet")
    return 2
