"""A ZIP written while it is sent: one stored PDF at a time, so memory stays flat however many there are."""

import time
import zipfile
from collections.abc import Callable, Iterable, Iterator


class _Sink:
    """A write-only stream: zipfile writes into it, the generator takes the bytes out after every file.

    It has no seek(), so zipfile streams (sizes go in a data descriptor after each file)."""

    def __init__(self):
        self._chunks: list[bytes] = []

    def write(self, data: bytes) -> int:
        self._chunks.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def drain(self) -> bytes:
        data, self._chunks = b"".join(self._chunks), []
        return data


def stream_zip(
    files: Iterable[tuple[str, Callable[[], bytes]]],
    *,
    on_progress: Callable[[int], None] | None = None,
) -> Iterator[bytes]:
    """Yield a ZIP of `files`: (name in the archive, function returning the content). PDFs are already
    compressed, so they are stored as they are: deflating them again costs time and saves nothing."""
    sink = _Sink()
    when = time.localtime()[:6]
    with zipfile.ZipFile(sink, mode="w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive:
        for count, (name, read) in enumerate(files, start=1):
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_STORED
            archive.writestr(info, read())
            chunk = sink.drain()
            if on_progress:
                on_progress(count)
            if chunk:
                yield chunk
    tail = sink.drain()
    if tail:
        yield tail
