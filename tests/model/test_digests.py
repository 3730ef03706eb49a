"""A digest is SHA-256 whichever implementation makes it (Python's own or OpenSSL's)."""

from __future__ import annotations

import hashlib

import pytest

from timelineapp.model.digests import SMALL, _builtin_sha256, sha256_hex


@pytest.mark.parametrize("size", [0, 1, 31_516, SMALL, SMALL + 1, 3 * SMALL])
def test_the_digest_is_hashlib_s_at_any_size(size: int) -> None:
    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
    assert sha256_hex(memoryview(data)) == hashlib.sha256(data).hexdigest()


def test_small_data_do_not_need_openssl() -> None:
    # This interpreter has Python's own SHA-256 (the start digests its example with it).
    assert _builtin_sha256() is not None
