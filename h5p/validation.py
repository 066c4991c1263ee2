"""Checking and unpacking uploaded .h5p packages. Pure: no database, storage passed in.

An archive is hostile until proven otherwise. The central directory (the member headers) is checked first,
then every member is decompressed in small chunks with a running byte count, so a member is never read whole
and the sizes the archive declares are never trusted. Only a package that passed both is written out.
"""

import json
import posixpath
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO

from django.core.files import File
from django.utils.translation import gettext as _

from sinergi.errors import AppError

CHUNK = 64 * 1024
MB = 1024 * 1024

# H5P core's default allow-list of file extensions (content and libraries).
CONTENT_EXTENSIONS = frozenset(
    [
        "json",
        "png",
        "jpg",
        "jpeg",
        "gif",
        "bmp",
        "tif",
        "tiff",
        "svg",
        "eot",
        "ttf",
        "woff",
        "woff2",
        "otf",
        "webm",
        "mp4",
        "ogg",
        "mp3",
        "m4a",
        "wav",
        "txt",
        "pdf",
        "rtf",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "odt",
        "ods",
        "odp",
        "xml",
        "csv",
        "diff",
        "patch",
        "swf",
        "md",
        "textile",
        "vtt",
        "webvtt",
        "gltf",
        "glb",
    ]
)
# Libraries also carry their code and, in a few, HTML templates.
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css", "html", "htm"}
ARCHIVE_EXTENSIONS = frozenset(
    ["zip", "h5p", "jar", "rar", "7z", "tar", "gz", "tgz", "bz2", "xz", "zst", "cab", "iso"]
)
ARCHIVE_MAGIC = (b"PK\x03\x04", b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b", b"BZh", b"\xfd7zXZ")
OFFICE_EXTENSIONS = frozenset(["docx", "xlsx", "pptx", "odt", "ods", "odp"])  # zip containers by design
JSON_LIMIT = 16 * MB  # h5p.json and content/content.json are parsed in memory: keep them bounded


@dataclass(frozen=True)
class Limits:
    max_total_bytes: int = 100 * MB
    max_files: int = 5000
    max_file_bytes: int = 100 * MB
    max_ratio: int = 100
    # A tiny file of repeated bytes compresses far beyond any ratio; only members this large are judged alone.
    ratio_floor_bytes: int = MB


class PackageError(AppError):
    pass


@dataclass
class PackageInfo:
    title: str
    main_library: str
    dependencies: list[str]
    file_count: int = 0
    total_bytes: int = 0
    files: list[str] = field(default_factory=list)


def _refuse(code: str, message: str) -> PackageError:
    return PackageError(message, code=code)


def _extension(name: str) -> str:
    base = posixpath.basename(name)
    return base.rsplit(".", 1)[1].lower() if "." in base else ""


def _check_path(name: str) -> None:
    if any(ord(char) < 32 or ord(char) == 127 for char in name):
        raise _refuse("unsafe_path", _("The package contains a file name with control characters."))
    if "\\" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise _refuse("unsafe_path", _("The package contains an absolute path: %(name)s") % {"name": name})
    if ".." in name.split("/"):
        raise _refuse(
            "unsafe_path", _("The package contains a path leaving its folder: %(name)s") % {"name": name}
        )


def _is_ignored(name: str) -> bool:
    # H5P itself skips top-level entries starting with "." or "_" (e.g. __MACOSX/ from macOS's archiver).
    return name.split("/", 1)[0][:1] in {".", "_"}


def _check_type(name: str) -> None:
    extension = _extension(name)
    if extension in ARCHIVE_EXTENSIONS:
        raise _refuse("nested_archive", _("The package contains another archive: %(name)s") % {"name": name})
    in_library = "/" in name and name.split("/", 1)[0] != "content"
    allowed = LIBRARY_EXTENSIONS if in_library else CONTENT_EXTENSIONS
    if extension not in allowed:
        raise _refuse(
            "file_type", _("The package contains a file type H5P does not allow: %(name)s") % {"name": name}
        )


def _members(archive: zipfile.ZipFile, limits: Limits) -> list[zipfile.ZipInfo]:
    """The files to unpack, after checking every header. Raises on the first problem found."""
    infos = archive.infolist()
    if len(infos) > limits.max_files:
        raise _refuse(
            "too_many_files",
            _("The package has %(count)d files; at most %(limit)d are allowed.")
            % {"count": len(infos), "limit": limits.max_files},
        )
    seen: set[str] = set()
    members = []
    declared_total = 0
    for info in infos:
        name = info.filename
        # zipfile cuts a name at NUL (and turns "\\" into "/" on Windows): judge the name as stored too.
        _check_path(info.orig_filename)
        _check_path(name)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _refuse("symlink", _("The package contains a symbolic link: %(name)s") % {"name": name})
        key = name.rstrip("/").casefold()
        if key in seen:
            raise _refuse(
                "duplicate", _("The package contains the same file twice: %(name)s") % {"name": name}
            )
        seen.add(key)
        if info.flag_bits & 0x1:
            raise _refuse("damaged", _("The package is encrypted and cannot be read."))
        if info.is_dir() or _is_ignored(name):
            continue
        _check_type(name)
        if info.file_size > limits.max_file_bytes:
            raise _file_too_large(name, limits)
        declared_total += info.file_size
        if declared_total > limits.max_total_bytes:
            raise _too_large(limits)
        members.append(info)
    return members


def _file_too_large(name: str, limits: Limits) -> PackageError:
    return _refuse(
        "file_too_large",
        _("The file %(name)s is larger than %(limit)d MB.")
        % {"name": name, "limit": limits.max_file_bytes // MB},
    )


def _too_large(limits: Limits) -> PackageError:
    return _refuse(
        "too_large",
        _("The unpacked package is larger than %(limit)d MB.") % {"limit": limits.max_total_bytes // MB},
    )


def _ratio_refusal(name: str, limits: Limits) -> PackageError:
    return _refuse(
        "compression_ratio",
        _("The file %(name)s expands more than %(ratio)d times: the package looks like a zip bomb.")
        % {"name": name, "ratio": limits.max_ratio},
    )


class _Counter:
    """Running totals over the whole package while members are decompressed."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.total = 0

    def chunks(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
        limits = self.limits
        size = 0
        try:
            with archive.open(info) as member:
                while chunk := member.read(CHUNK):
                    if size == 0:
                        _check_magic(info.filename, chunk)
                    size += len(chunk)
                    self.total += len(chunk)
                    if size > limits.max_file_bytes:
                        raise _file_too_large(info.filename, limits)
                    if self.total > limits.max_total_bytes:
                        raise _too_large(limits)
                    if size > limits.ratio_floor_bytes and size > limits.max_ratio * max(
                        info.compress_size, 1
                    ):
                        raise _ratio_refusal(info.filename, limits)
                    yield chunk
        except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, ValueError) as error:
            # Includes a CRC mismatch at the end of a member and unsupported compression methods.
            raise _refuse(
                "damaged", _("The package is damaged (%(name)s cannot be read).") % {"name": info.filename}
            ) from error


def _check_magic(name: str, first: bytes) -> None:
    if _extension(name) not in OFFICE_EXTENSIONS and first.startswith(ARCHIVE_MAGIC):
        raise _refuse("nested_archive", _("The package contains another archive: %(name)s") % {"name": name})


def _read_json(archive, info, counter: _Counter, *, code: str, label: str):
    data = bytearray()
    for chunk in counter.chunks(archive, info):
        data += chunk
        if len(data) > JSON_LIMIT:
            raise _refuse(code, _("%(file)s is too large.") % {"file": label})
    try:
        return json.loads(bytes(data).decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise _refuse(code, _("%(file)s is not valid JSON.") % {"file": label}) from error


def _library_folder(dependency) -> str | None:
    if not isinstance(dependency, dict):
        return None
    name, major, minor = (dependency.get(key) for key in ("machineName", "majorVersion", "minorVersion"))
    if not isinstance(name, str) or not name or isinstance(major, bool) or isinstance(minor, bool):
        return None
    try:
        return f"{name}-{int(major)}.{int(minor)}"
    except (TypeError, ValueError):
        return None


def _describe(manifest, names: set[str]) -> PackageInfo:
    """Title, main library and dependencies from h5p.json, each library present in the package."""
    invalid = _refuse("invalid_h5p_json", _("h5p.json does not describe an H5P package."))
    if not isinstance(manifest, dict) or not isinstance(manifest.get("mainLibrary"), str):
        raise invalid
    title = manifest.get("title")
    if not isinstance(title, str) or not title.strip():
        raise _refuse("invalid_h5p_json", _("h5p.json has no title."))
    dependencies = manifest.get("preloadedDependencies")
    if not isinstance(dependencies, list) or not dependencies:
        raise _refuse("invalid_h5p_json", _("h5p.json lists no libraries."))
    folders = []
    main = None
    for dependency in dependencies:
        folder = _library_folder(dependency)
        if folder is None:
            raise invalid
        if f"{folder}/library.json" not in names:
            raise _refuse(
                "missing_library",
                _("The library %(library)s named in h5p.json is not in the package.") % {"library": folder},
            )
        folders.append(folder)
        if dependency["machineName"] == manifest["mainLibrary"]:
            main = folder
    if main is None:
        raise _refuse(
            "missing_library",
            _("The main library %(library)s is not among the package's libraries.")
            % {"library": manifest["mainLibrary"]},
        )
    return PackageInfo(title=title.strip()[:255], main_library=main, dependencies=folders)


def _open(fileobj: IO[bytes]) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(fileobj)
    except zipfile.BadZipFile as error:
        raise _refuse("not_zip", _("The file is not an H5P package (not a zip archive).")) from error
    except (OSError, EOFError, ValueError) as error:
        raise _refuse("damaged", _("The package is damaged and cannot be read.")) from error


def check_package(fileobj: IO[bytes], limits: Limits | None = None) -> PackageInfo:
    """Check an uploaded package completely, decompressing every member once without keeping it."""
    limits = limits or Limits()
    with _open(fileobj) as archive:
        members = _members(archive, limits)
        by_name = {info.filename: info for info in members}
        counter = _Counter(limits)
        for name, label, code in (
            ("h5p.json", "h5p.json", "h5p_json"),
            ("content/content.json", "content/content.json", "content_json"),
        ):
            if name not in by_name:
                raise _refuse(f"missing_{code}", _("The package has no %(file)s.") % {"file": label})
        manifest = _read_json(
            archive, by_name["h5p.json"], counter, code="invalid_h5p_json", label="h5p.json"
        )
        content = _read_json(
            archive,
            by_name["content/content.json"],
            counter,
            code="invalid_content_json",
            label="content.json",
        )
        if not isinstance(content, dict):
            raise _refuse("invalid_content_json", _("%(file)s is not valid JSON.") % {"file": "content.json"})
        info = _describe(manifest, set(by_name))
        for member in members:
            if member.filename not in {"h5p.json", "content/content.json"}:
                for _chunk in counter.chunks(archive, member):
                    pass
        compressed = sum(member.compress_size for member in members)
        if counter.total > limits.ratio_floor_bytes and counter.total > limits.max_ratio * max(compressed, 1):
            raise _ratio_refusal(_("(all files)"), limits)
        info.file_count = len(members)
        info.total_bytes = counter.total
        info.files = [member.filename for member in members]
        return info


class _StreamReader:
    """A file-like view of one member's checked chunks, for Storage.save (local disk or S3 alike)."""

    closed = False

    def __init__(self, chunks: Iterator[bytes]):
        self._chunks = chunks
        self._buffer = b""

    def seekable(self) -> bool:
        # Storages (S3's too) then stream it as it comes instead of rewinding it first.
        return False

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._buffer) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._buffer += chunk
        if size < 0:
            size = len(self._buffer)
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data


def unpack_package(fileobj: IO[bytes], *, storage, prefix: str, limits: Limits | None = None) -> PackageInfo:
    """Check the package, then write its files under `prefix` in `storage`. Nothing is written when it is
    refused; if writing fails part-way, what was written is removed again."""
    limits = limits or Limits()
    info = check_package(fileobj, limits)
    fileobj.seek(0)
    written: list[str] = []
    try:
        with _open(fileobj) as archive:
            members = _members(archive, limits)
            counter = _Counter(limits)
            for member in members:
                target = f"{prefix.rstrip('/')}/{member.filename}"
                saved = storage.save(
                    target, File(_StreamReader(counter.chunks(archive, member)), name=target)
                )
                written.append(saved)
                if saved != target:
                    raise _refuse(
                        "damaged", _("The package could not be stored (%(name)s).") % {"name": target}
                    )
    except BaseException:
        for name in written:
            storage.delete(name)
        raise
    return info
