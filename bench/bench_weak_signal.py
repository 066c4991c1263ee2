"""Participant pages on a phone with a weak signal, in Chromium (issue 14, "Speed").

The profile: 390×844 at device pixel ratio 2 (a mid-range Android phone), 1.6 Mbit/s down, 750 kbit/s up,
150 ms round trip (DevTools' Network.emulateNetworkConditions) and a 4× slower CPU
(Emulation.setCPUThrottlingRate), logged in as the demo participant.

The script starts its own server on 127.0.0.1: gunicorn with the production settings on a throw-away SQLite
file holding the demo content (`seed_demo`), static files from WhiteNoise as in production, uploaded images
as nginx serves them (bench/weak_signal_server.py); HTML is compressed by the app (sinergi.middleware). The
demo lessons have no pictures, so the first module gets what a trainer typically adds: two phone photos
(2000×1333 JPEG) and a video link with a poster, and the course a cover photo. The server is stopped at
the end, whatever happens.

For each page: largest contentful paint on a first visit (a new browser profile: empty cache) and on a
repeat visit in the same profile, with where the repeat visit's page came from (service worker, HTTP cache
or network). For the module page: the bytes transferred (compressed, headers included) on first load and
after scrolling through it so every lazy image loads. Medians of --runs runs. Targets are printed beside the
figures; a missed target does not fail the run, an error does.
"""

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from io import BytesIO, StringIO
from pathlib import Path

_tmp = Path(tempfile.mkdtemp(prefix="sinergi-weak-signal-"))
_port = None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


_port = _free_port()
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")
os.environ.setdefault("WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{_port}")
os.environ.setdefault("MEDIA_ROOT", str(_tmp / "media"))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{_tmp}/bench.sqlite3")

import common  # noqa: E402  (Django with the production settings, migrated, static files collected)
from django.core.files.images import ImageFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

BASE = f"http://127.0.0.1:{_port}"
PHONE = {"width": 390, "height": 844}
DEVICE_SCALE = 2
NETWORK = {
    "offline": False,
    "latency": 150,
    "downloadThroughput": 1.6e6 / 8,
    "uploadThroughput": 750e3 / 8,
}
CPU_SLOWDOWN = 4
LCP_FIRST_TARGET, LCP_REPEAT_TARGET, MODULE_BYTES_TARGET = 2500, 1000, 200 * 1024
VIDEO_URL = "https://www.youtube.com/watch?v=JMh7k3F5HSo"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# The page's largest contentful paint so far, in ms from the start of the navigation.
LCP = """() => new Promise((resolve) => {
    new PerformanceObserver((list) => {
        const last = list.getEntries().at(-1);
        const el = last.element;
        const name = el ? el.tagName.toLowerCase() + (el.classList.length ? '.' + el.classList[0] : '') : '?';
        resolve([last.startTime, name]);
    }).observe({type: 'largest-contentful-paint', buffered: true});
    setTimeout(() => resolve(null), 5000);
})"""
SCROLL_THROUGH = """async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 150));
    }
}"""
SERVICE_WORKER_READY = """() => 'serviceWorker' in navigator
    ? navigator.serviceWorker.getRegistrations().then((found) => found.length === 0 ? false
        : Promise.race([navigator.serviceWorker.ready.then(() => true),
                        new Promise((resolve) => setTimeout(() => resolve(false), 15000))]))
    : false"""


def photo(width: int, height: int, seed: int) -> ImageFile:
    """A picture that compresses like a phone photo, as a JPEG: noise at several scales (detail from large
    areas down to texture) with some sharp edges. Its 800 px AVIF rendition is about as big as that of a real
    photograph of the same size (checked against the landscape photos in Wagtail's own tests)."""
    import random

    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)  # noqa: S311 (a picture, not a secret)
    channels = []
    for channel in range(3):
        layer = Image.new("L", (width, height), 128)
        for scale, weight in ((64, 0.5), (16, 0.35), (4, 0.25), (1, 0.12)):
            noise = Image.effect_noise((max(2, width // scale), max(2, height // scale)), 60 + 10 * channel)
            layer = Image.blend(layer, noise.resize((width, height), Image.BICUBIC), weight)
        channels.append(layer)
    image = Image.merge("RGB", channels)
    draw = ImageDraw.Draw(image)
    for _ in range(25):
        x, y = rng.randrange(width), rng.randrange(height)
        size = rng.randrange(width // 30, width // 6)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.rectangle((x, y, x + size, y + size * rng.uniform(0.3, 2)), fill=colour)
    image = image.filter(ImageFilter.GaussianBlur(0.8))
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=88)
    return ImageFile(buffer, name=f"foto-{seed}.jpg")


def seed() -> dict:
    """The demo content and logins, the demo participant enrolled with a quiz attempt open, and the first
    module's pictures and video. Returns the pages to measure."""
    from wagtail.embeds.embeds import get_embed_hash
    from wagtail.embeds.models import Embed
    from wagtail.images import get_image_model

    from courses import services as course_services
    from courses.models import CoursePage, ModuleQuiz
    from people.models import User
    from quizzes import services as quiz_services

    call_command("seed_demo", allow_without_debug=True, verbosity=0, stdout=StringIO())
    participant = User.objects.get(email="peserta@sinergi.test")
    course = CoursePage.objects.live().first()
    course_services.enrol(user=participant, course=course)
    module = course.modules().live().first()

    images = get_image_model().objects
    course.cover_image = images.create(title="Guru dan siswa", file=photo(1600, 900, 1))
    course.save_revision().publish()
    # A stored oEmbed answer, as Wagtail keeps it after the trainer pastes the link: nobody calls YouTube.
    Embed.objects.get_or_create(
        hash=get_embed_hash(VIDEO_URL),
        defaults={
            "url": VIDEO_URL,
            "type": "video",
            "html": '<iframe src="https://www.youtube.com/embed/JMh7k3F5HSo" title="Video"></iframe>',
            "title": "Modus perekrutan pekerja migran",
            "provider_name": "YouTube",
            "width": 640,
            "height": 360,
        },
    )
    body = list(module.body.raw_data)

    def figure(title: str, seed: int, alt: str, caption: str = "") -> dict:
        image = images.create(title=title, file=photo(2000, 1333, seed))
        return {"type": "image", "value": {"image": image.pk, "alt_text": alt, "caption": caption}}

    poster = images.create(title="Sampul video", file=photo(1280, 720, 3))
    clip = {"embed": VIDEO_URL, "file": None, "duration": "3:20", "poster": poster.pk, "caption": "Modus"}
    additions = [
        (2, figure("Sosialisasi di sekolah", 2, "Sosialisasi pencegahan TPPO di sekolah")),
        (5, {"type": "video", "value": {**clip, "transcript": ""}}),
        (9, figure("Poster kampanye", 4, "Poster kampanye Stop TPPO", "Poster kampanye")),
    ]
    for position, block in reversed(additions):
        body.insert(min(position, len(body)), block)
    module.body = body
    module.save_revision().publish()

    quiz = ModuleQuiz.objects.filter(module=module).first().quiz
    attempt = quiz_services.start_attempt(user=participant, quiz=quiz)
    return {
        "participant": participant,
        "pages": {
            "home": "/",
            "my learning": reverse("courses:my_learning"),
            "course": course.url,
            "module": module.url,
            "quiz intro": reverse("quizzes:intro", args=[quiz.pk]),
            "quiz question": reverse("quizzes:question", args=[attempt.pk, 1]),
            "certificates": reverse("certificates:mine"),
            "profile": reverse("people:profile"),
        },
    }


def start_server() -> subprocess.Popen:
    (_tmp / "media" / "images").mkdir(parents=True, exist_ok=True)
    (_tmp / "media" / "original_images").mkdir(parents=True, exist_ok=True)
    log = open(_tmp / "gunicorn.log", "w")  # noqa: SIM115 (closed with the process)
    server = subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
        [
            sys.executable, "-m", "gunicorn", "-c", str(common.ROOT / "deploy" / "gunicorn.conf.py"),
            "--bind", f"127.0.0.1:{_port}", "--chdir", str(common.ROOT / "bench"),
            "--pythonpath", str(common.ROOT), "weak_signal_server:application",
        ],
        env={**os.environ, "WEB_CONCURRENCY": "2"},
        stdout=log,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn stopped: see {_tmp / 'gunicorn.log'}")
        try:
            with urllib.request.urlopen(BASE + "/", timeout=2) as response:  # noqa: S310 (our own server)
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    stop_server(server)
    raise SystemExit("gunicorn did not answer within 60 s")


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def warm_up(session: str, pages: dict) -> dict:
    """Each page once, unthrottled, before measuring: "first visit" means the phone's empty cache, not the
    server's first render after publishing (which makes the image renditions, AVIF being slow to encode).
    Returns each page's HTML size as sent plain and as sent gzipped."""
    sizes = {}
    for name, path in pages.items():
        sizes[name] = []
        for encoding in ("identity", "gzip"):
            headers = {"Cookie": f"sessionid={session}", "Accept-Encoding": encoding}
            request = urllib.request.Request(BASE + path, headers=headers)  # noqa: S310 (our own server)
            with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310 (our own server)
                sizes[name].append(len(response.read()))
    return sizes


class Visit:
    """One browser profile on the throttled phone, counting what crosses the network."""

    def __init__(self, browser, session_cookie: str, service_workers: str = "allow"):
        self.context = browser.new_context(
            viewport=PHONE, device_scale_factor=DEVICE_SCALE, locale="id-ID", service_workers=service_workers
        )
        self.context.add_cookies([{"name": "sessionid", "value": session_cookie, "url": BASE}])
        self.page = self.context.new_page()
        self.cdp = self.context.new_cdp_session(self.page)
        self.cdp.send("Network.enable")
        self.cdp.send("Network.emulateNetworkConditions", NETWORK)
        self.cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        self.sizes, self.kinds, self.sources = {}, {}, {}
        self.cdp.on("Network.responseReceived", self._received)
        self.cdp.on("Network.loadingFinished", self._finished)

    def _received(self, event):
        response = event["response"]
        self.kinds[event["requestId"]] = event.get("type", "Other")
        if event.get("type") == "Document":
            if response.get("fromServiceWorker"):
                source = "service worker"
            elif response.get("fromDiskCache") or response.get("fromPrefetchCache"):
                source = "HTTP cache"
            else:
                source = "network"
            self.sources["document"] = source

    def _finished(self, event):
        self.sizes[event["requestId"]] = event["encodedDataLength"]

    def reset(self):
        self.sizes.clear()
        self.kinds.clear()
        self.sources.clear()

    def load(self, path: str) -> float:
        response = self.page.goto(BASE + path, wait_until="load")
        if response is None or not response.ok or not self.page.url.startswith(BASE + path.split("?")[0]):
            raise SystemExit(f"{path} answered {response and response.status}, ended at {self.page.url}")
        self.page.wait_for_load_state("networkidle")
        lcp = self.page.evaluate(LCP)
        if lcp is None:
            raise SystemExit(f"{path}: the browser reported no largest contentful paint")
        self.lcp_element = lcp[1]
        return lcp[0]

    def transferred(self, kind: str | None = None) -> int:
        return sum(size for rid, size in self.sizes.items() if kind is None or self.kinds.get(rid) == kind)

    def close(self):
        self.context.close()


def count_module_bytes(browser, session: str, path: str, module_bytes: dict) -> None:
    """What a first visit to the module page moves over the network, its lazy images included. Counted with
    the service worker blocked: once the worker claims the page, the images it fetches for the page show in
    the page's own log as answered by the worker, with next to no bytes, which would hide them."""
    visit = Visit(browser, session, service_workers="block")
    try:
        visit.load(path)
        module_bytes["load"].append(visit.transferred())
        visit.page.evaluate(SCROLL_THROUGH)
        visit.page.wait_for_load_state("networkidle")
        module_bytes["all"].append(visit.transferred())
        for kind in ("Document", "Image"):
            module_bytes[kind].append(visit.transferred(kind))
        module_bytes["css+js"].append(visit.transferred("Stylesheet") + visit.transferred("Script"))
    finally:
        visit.close()


def measure(browser, session: str, pages: dict, runs: int) -> tuple[dict, dict]:
    figures, module_bytes = {}, {"load": [], "all": [], "Document": [], "Image": [], "css+js": []}
    for name, path in pages.items():
        first, repeat, sources, elements = [], [], set(), set()
        for _ in range(runs):
            visit = Visit(browser, session)
            try:
                first.append(visit.load(path))
                elements.add(visit.lcp_element)
                visit.page.evaluate(SERVICE_WORKER_READY)
                visit.page.goto("about:blank")
                visit.reset()
                repeat.append(visit.load(path))
                sources.add(visit.sources.get("document", "?"))
            finally:
                visit.close()
        if name == "module":
            for _ in range(runs):
                count_module_bytes(browser, session, path, module_bytes)
        figures[name] = (
            statistics.median(first),
            statistics.median(repeat),
            ", ".join(sorted(sources)),
            ", ".join(sorted(elements)),
        )
    return figures, {kind: statistics.median(values) for kind, values in module_bytes.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="visits per page (median), default 3")
    args = parser.parse_args()

    content = seed()
    client = Client()
    client.force_login(content["participant"])
    session = client.cookies["sessionid"].value
    server = start_server()
    try:
        html_sizes = warm_up(session, content["pages"])
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            try:
                figures, module_bytes = measure(browser, session, content["pages"], args.runs)
            finally:
                browser.close()
    finally:
        stop_server(server)

    print(
        f"weak signal: {PHONE['width']}x{PHONE['height']} @{DEVICE_SCALE}x, 1.6 Mbit/s down, 150 ms RTT, "
        f"{CPU_SLOWDOWN}x CPU; median of {args.runs} runs"
    )
    print(
        f"{'page':<16}{'LCP first':>11}{'target':>8}{'LCP repeat':>12}{'target':>8}  "
        f"{'repeat visit from':<18}largest paint"
    )
    for name, (first, repeat, source, element) in figures.items():
        ok_first = "ok" if first < LCP_FIRST_TARGET else "MISS"
        ok_repeat = "ok" if repeat < LCP_REPEAT_TARGET else "MISS"
        print(
            f"{name:<16}{first:>8.0f} ms{ok_first:>8}{repeat:>9.0f} ms{ok_repeat:>8}  {source:<18}{element}"
        )
    print(
        f"targets: LCP < {LCP_FIRST_TARGET} ms first, < {LCP_REPEAT_TARGET} ms repeat (from a service worker)"
    )
    for name, (first, repeat, _source, _element) in figures.items():
        key = name.replace(" ", "_")
        common.report(f"weak_signal_{key}_lcp_first", first, "ms")
        common.report(f"weak_signal_{key}_lcp_repeat", repeat, "ms")
    plain, packed = html_sizes["module"]
    common.report("weak_signal_module_html_plain", plain / 1024, "KB")
    common.report("weak_signal_module_html_gzipped", packed / 1024, "KB")
    verdict = "ok" if module_bytes["all"] < MODULE_BYTES_TARGET else "MISS"
    common.report("weak_signal_module_bytes_on_load", module_bytes["load"] / 1024, "KB")
    common.report("weak_signal_module_html_bytes", module_bytes["Document"] / 1024, "KB")
    common.report("weak_signal_module_css_js_bytes", module_bytes["css+js"] / 1024, "KB")
    common.report("weak_signal_module_image_bytes", module_bytes["Image"] / 1024, "KB")
    print(
        f"weak_signal_module_bytes_with_images: {module_bytes['all'] / 1024:.2f} KB "
        f"(target < {MODULE_BYTES_TARGET // 1024} KB: {verdict})"
    )


if __name__ == "__main__":
    main()
