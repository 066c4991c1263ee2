"""Checking uploaded packages: the tiny library's package passes, every hostile archive is refused by code,
with nothing written to storage."""

import io
import json
import stat
import warnings
import zipfile

import pytest
from django.core.files.storage import InMemoryStorage
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from h5p.validation import Limits, PackageError, check_package, unpack_package

from .packages import LIBRARY, LIBRARY_FOLDER, build, package_files


def refusal(data: bytes, limits: Limits | None = None) -> PackageError:
    storage = InMemoryStorage()
    with pytest.raises(PackageError) as caught:
        unpack_package(io.BytesIO(data), storage=storage, prefix="h5p/1/abc", limits=limits)
    assert storage.listdir("")[0] == [] and storage.listdir("")[1] == []
    assert str(caught.value)  # a message for people, not only a code
    return caught.value


def test_the_tiny_library_package_is_accepted_and_unpacked():
    storage = InMemoryStorage()
    info = unpack_package(io.BytesIO(build()), storage=storage, prefix="h5p/1/abc")
    assert info.title == "Kenali tanda lowongan kerja palsu"
    assert info.main_library == LIBRARY_FOLDER
    assert info.file_count == 5
    assert info.total_bytes == sum(len(data) for data in package_files().values())
    with storage.open(f"h5p/1/abc/{LIBRARY_FOLDER}/library.json") as stored:
        assert json.load(stored)["machineName"] == LIBRARY
    with storage.open("h5p/1/abc/content/content.json") as stored:
        assert json.load(stored)["maxScore"] == 3


def test_macos_resource_folders_are_skipped_not_refused():
    info = check_package(io.BytesIO(build(extra={"__MACOSX/._h5p.json": b"\0\5\26\7"})))
    assert "__MACOSX/._h5p.json" not in info.files


def test_a_file_that_is_not_a_zip_is_refused():
    assert refusal(b"%PDF-1.4 not a package").code == "not_zip"


def test_a_damaged_member_is_refused():
    data = build(compression=zipfile.ZIP_STORED)
    damaged = data.replace(b"prototype.attach", b"prototype.ATTACH", 1)
    assert damaged != data
    assert refusal(damaged).code == "damaged"


@pytest.mark.parametrize(
    ("drop", "code"),
    [("h5p.json", "missing_h5p_json"), ("content/content.json", "missing_content_json")],
)
def test_missing_manifest_or_content_is_refused(drop, code):
    assert refusal(build(drop=[drop])).code == code


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("h5p.json", b"{not json", "invalid_h5p_json"),
        ("h5p.json", b"[1, 2]", "invalid_h5p_json"),
        ("h5p.json", json.dumps({"title": "x", "mainLibrary": LIBRARY}).encode(), "invalid_h5p_json"),
        ("content/content.json", b"\xff\xfe garbage", "invalid_content_json"),
        ("content/content.json", b'"just a string"', "invalid_content_json"),
    ],
)
def test_invalid_json_is_refused(name, data, code):
    assert refusal(build(extra={name: data})).code == code


def test_a_main_library_not_in_the_package_is_refused():
    error = refusal(build(drop=[f"{LIBRARY_FOLDER}/library.json"]))
    assert error.code == "missing_library"
    assert LIBRARY_FOLDER in str(error)


def test_a_dependency_not_in_the_package_is_refused():
    dependencies = [
        {"machineName": LIBRARY, "majorVersion": 1, "minorVersion": 0},
        {"machineName": "H5P.Question", "majorVersion": 1, "minorVersion": 5},
    ]
    error = refusal(build(preloadedDependencies=dependencies))
    assert error.code == "missing_library"
    assert "H5P.Question-1.5" in str(error)


def test_a_main_library_missing_from_the_dependencies_is_refused():
    assert refusal(build(mainLibrary="H5P.Other")).code == "missing_library"


@pytest.mark.parametrize(
    "name",
    [
        "/etc/passwd.json",
        "content/../../outside.json",
        "../up.json",
        "content/a\nb.json",
        "C:/windows.json",
        "content\\back.json",
    ],
)
def test_unsafe_paths_are_refused(name):
    assert refusal(build(extra={name: b"{}"})).code == "unsafe_path"


def test_a_name_with_nul_is_refused():
    # zipfile will not write a NUL into a name, so the stored bytes are patched (local and central headers).
    data = build(extra={"content/aQQb.json": b"{}"}).replace(b"aQQb", b"a\0.b")
    assert refusal(data).code == "unsafe_path"


def test_symlinks_are_refused():
    link = zipfile.ZipInfo("content/images/link.png")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    assert refusal(build(extra={"link": (link, b"/etc/passwd")})).code == "symlink"


def test_duplicate_entries_are_refused():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns about the duplicate we make on purpose
        first = zipfile.ZipInfo("content/content.json")
        assert refusal(build(extra={"dup": (first, b'{"evil": true}')})).code == "duplicate"


@pytest.mark.parametrize("name", ["content/inner.zip", "content/inner.h5p", "content/inner.tar.gz"])
def test_nested_archives_are_refused(name):
    assert refusal(build(extra={name: build()})).code == "nested_archive"


def test_an_archive_renamed_as_an_image_is_refused():
    assert refusal(build(extra={"content/images/photo.png": build()})).code == "nested_archive"


@pytest.mark.parametrize(
    "name",
    [
        "content/shell.php",
        "content/setup.exe",
        "content/page.html",
        "content/run.js",
        "h5p.php",
        "evil.sh",
        f"{LIBRARY_FOLDER}/backdoor.php",
        "content/noextension",
    ],
)
def test_file_types_outside_the_allow_list_are_refused(name):
    error = refusal(build(extra={name: b"<?php system($_GET['c']);"}))
    assert error.code == "file_type"
    assert name in str(error)


def test_html_and_scripts_are_allowed_inside_libraries():
    extra = {f"{LIBRARY_FOLDER}/template.html": b"<p>x</p>", f"{LIBRARY_FOLDER}/more.js": b"1;"}
    assert check_package(io.BytesIO(build(extra=extra))).file_count == 7


def test_too_many_files_are_refused_before_anything_is_read():
    extra = {f"content/images/{n}.png": b"" for n in range(10_000)}
    assert refusal(build(extra=extra)).code == "too_many_files"


def test_a_file_over_the_per_file_limit_is_refused():
    limits = Limits(max_file_bytes=1000)
    assert refusal(build(extra={"content/big.txt": b"x" * 1001}), limits).code == "file_too_large"


def test_a_package_over_the_total_limit_is_refused():
    limits = Limits(max_total_bytes=5000)
    extra = {f"content/{n}.txt": bytes(range(256)) * 4 for n in range(6)}
    assert refusal(build(extra=extra), limits).code == "too_large"


def test_a_zip_bomb_with_a_small_compressed_size_is_refused():
    bomb = build(extra={"content/video.mp4": b"\0" * (20 * 1024 * 1024)})
    assert len(bomb) < 100_000
    assert refusal(bomb).code == "compression_ratio"


def test_a_member_longer_than_its_header_says_is_refused_by_the_running_count():
    # The header claims a 10-byte file; the data inflates far beyond. The count is kept on what comes out.
    data = build(extra={"content/lie.txt": b"y" * 50_000}, compression=zipfile.ZIP_STORED)
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo("content/lie.txt")
    assert info.file_size == 50_000
    lied = bytearray(data)
    # Patch the declared sizes in the central directory entry of that member.
    central = data.rindex(b"PK\x01\x02", 0, data.index(b"content/lie.txt", data.index(b"PK\x01\x02")) + 1)
    lied[central + 24 : central + 28] = (10).to_bytes(4, "little")
    error = refusal(bytes(lied))
    assert error.code == "damaged"


def test_limits_are_configurable():
    assert check_package(io.BytesIO(build()), Limits(max_files=5)).file_count == 5
    assert refusal(build(), Limits(max_files=4)).code == "too_many_files"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_are_refused_with_a_package_error(data):
    with pytest.raises(PackageError):
        check_package(io.BytesIO(data))


@settings(max_examples=80, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_any_member_name_is_either_safe_or_refused(name):
    try:
        info = check_package(io.BytesIO(build(extra={f"content/{name}": b"{}"})))
    except PackageError as error:
        assert error.code in {"unsafe_path", "file_type", "duplicate", "nested_archive", "symlink"}
        return
    for member in info.files:
        assert not member.startswith("/")
        assert ".." not in member.split("/")
        assert all(ord(char) >= 32 for char in member)
