"""Data exporters: event files written as what other tools read (no Qt)."""
