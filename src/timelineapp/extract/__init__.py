"""Drafting event files from articles and other formats (no Qt). Nothing here yet."""
