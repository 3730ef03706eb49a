"""A digest is SHA-256 whichever implementation makes it (Python's own or OpenSSL's)."""

from __future__ import annotations

import hashlib

import pytest

from timelineapp.model import digests
from timelineapp.model.digests import SMALL, _builtin_sha256, sha256_hex


@pytest.mark.parametrize("size", [0, 1, 31_516, SMALL, SMALL + 1, 3 * SMALL])
def test_the_digest_is_hashlib_s_at_any_size(size: int) -> None:
    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
    assert sha256_hex(memoryview(data)) == hashlib.sha256(data).hexdigest()


def test_small_data_do_not_need_openssl() -> None:
    # This interpreter has Python's own SHA-256 (the start digests its example with it).
    assert _builtin_sha256() is not None


def test_python_s_own_digests_a_bounded_amount_then_openssl(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A file with many small documents is digested by OpenSSL once the budget is spent.
    used: list[int] = []
    builtin = _builtin_sha256()
    assert builtin is not None

    def counted(data: bytes) -> object:
        used.append(len(data))
        return builtin(data)

    monkeypatch.setattr(digests, "_builtin_sha256", lambda: counted)
    monkeypatch.setattr(digests._Budget, "left", SMALL)
    texts = [bytes([n]) * 100_000 for n in range(5)]
    assert [sha256_hex(t) for t in texts] == [hashlib.sha256(t).hexdigest() for t in texts]
    assert used == [100_000, 100_000]  # the third would pass SMALL in all
