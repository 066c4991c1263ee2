"""Load test and fault drill against `make stack` (the production topology on 127.0.0.1).

    make stack && make drill                     # both runs: quiet, then with faults
    .venv/bin/python bench/drill.py [--faults] [--participants 50] [--seconds 60]

Each simulated participant comes from its own client address (X-Forwarded-For from a load balancer in front of
nginx; see tests/browser/stack.py), logs in, enrols in a short drill course and, module by module, opens the
module, starts its quiz, opens each question, autosaves the right answer, submits and confirms the reading;
after the course it keeps opening "Sertifikat saya" until the time is up. A failed step (connection refused,
5xx) is retried after a second, as a participant would tap again. With --faults one gunicorn app server, one
db_worker and Redis are killed (SIGKILL) in turn during the load; the stack's supervisor starts each again,
and the drill measures how long each took to answer again.

Afterwards the database is checked: every submission that got a success answer is stored exactly once, every
completed course has exactly one certificate, rendered, with its PDF in the S3 bucket; and nobody was sent to
the login page while logged in (sessions are cached_db: a Redis restart must log nobody out).
Bounded: --seconds of load, at most --max-requests requests, 127.0.0.1 only. Results: bench/out/drill-*.json.
"""

import argparse
import asyncio
import contextlib
import json
import os
import re
import signal
import ssl
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def load_stack_env() -> Path:
    stack_dir = Path(os.environ.get("STACK_DIR", REPO / "var" / "stack")).resolve()
    env_file = stack_dir / "sinergi.env"
    if not env_file.exists():
        sys.exit(f"No stack in {stack_dir}: run `make stack` first.")
    for line in env_file.read_text().splitlines():
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            os.environ[key] = value
    return stack_dir


STACK_DIR = load_stack_env()
import django  # noqa: E402

django.setup()
import httpx  # noqa: E402
import redis  # noqa: E402
from drill_checks import check_database, seed_drill  # noqa: E402

URL = os.environ["STACK_URL"]
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class Stats:
    samples: list = field(default_factory=list)  # (started, seconds, kind, status)
    errors: dict = field(default_factory=lambda: defaultdict(int))
    logged_out: list = field(default_factory=list)
    acknowledged: list = field(default_factory=list)  # (email, attempt id) answered with success
    budget: int = 0

    def record(self, kind, started, status):
        self.samples.append((started, time.monotonic() - started, kind, status))


class Participant:
    def __init__(self, email, password, address, stats, deadline):
        trust = ssl.create_default_context(cafile=os.environ["STACK_CA_FILE"])
        self.client = httpx.AsyncClient(
            base_url=URL, verify=trust, timeout=30, headers={"X-Forwarded-For": address, "Origin": URL}
        )
        self.email, self.password, self.stats, self.deadline = email, password, stats, deadline
        self.logged_in = False

    def csrf(self):
        return self.client.cookies.get("csrftoken", "")

    async def request(self, kind, method, path, **kwargs):
        """One step, tried again after a second when the stack fails it (as a participant taps again)."""
        for _ in range(5):
            if self.stats.budget <= 0 or time.monotonic() > self.deadline + 30:
                raise TimeoutError("out of time or requests")
            self.stats.budget -= 1
            started = time.monotonic()
            try:
                response = await self.client.request(method, path, **kwargs)
            except httpx.HTTPError as error:
                self.stats.record(kind, started, 0)
                self.stats.errors[f"{kind}: {type(error).__name__}"] += 1
                await asyncio.sleep(1)
                continue
            self.stats.record(kind, started, response.status_code)
            location = response.headers.get("location", "")
            if self.logged_in and "/akun/login/" in location:
                self.stats.logged_out.append((time.time(), self.email, kind))
            if response.status_code >= 500 or response.status_code in (403, 429):
                self.stats.errors[f"{kind}: HTTP {response.status_code}"] += 1
                await asyncio.sleep(1)
                continue
            return response
        raise RuntimeError(f"{kind} failed five times")

    async def log_in(self):
        page = await self.request("login form", "GET", "/akun/login/")
        token = CSRF.search(page.text).group(1)
        data = {"csrfmiddlewaretoken": token, "login": self.email, "password": self.password}
        answer = await self.request("log in", "POST", "/akun/login/", data=data)
        if answer.status_code != 302:
            raise RuntimeError(f"log in answered {answer.status_code}")
        self.logged_in = True

    async def take_module(self, course, module):
        page = await self.request("module", "GET", module["url"], follow_redirects=True)
        intro_path = unescape(re.search(r'href="(/kuis/\d+/\?[^"]+)"', page.text).group(1))
        intro = await self.request("quiz intro", "GET", intro_path)
        form = re.search(r'<form[^>]+action="(/kuis/\d+/mulai/)"(.*?)</form>', intro.text, re.S)
        fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form.group(2)))
        started = await self.request(
            "start quiz", "POST", form.group(1), data={k: unescape(v) for k, v in fields.items()}
        )
        attempt_id = re.search(r"/kuis/percobaan/([0-9a-f-]+)/", started.headers["location"]).group(1)
        for position in range(1, module["questions"] + 1):
            sheet = await self.request("question", "GET", f"/kuis/percobaan/{attempt_id}/soal/{position}/")
            question_id = int(re.search(r'name="question" value="(\d+)"', sheet.text).group(1))
            data = {"question": question_id, "choice": course["right"][question_id]}
            saved = await self.request(
                "autosave",
                "POST",
                f"/kuis/percobaan/{attempt_id}/jawab/",
                data=data,
                headers={"X-CSRFToken": self.csrf()},
            )
            if not saved.json().get("saved"):
                raise RuntimeError(f"autosave refused: {saved.text[:80]}")
        finished = await self.request(
            "submit quiz",
            "POST",
            f"/kuis/percobaan/{attempt_id}/selesai/",
            data={"csrfmiddlewaretoken": self.csrf()},
        )
        if "/hasil/" in finished.headers.get("location", ""):
            self.stats.acknowledged.append((self.email, attempt_id))
        await self.request("result", "GET", finished.headers["location"])
        # "Saya sudah membaca modul ini sampai selesai": with the quiz passed, the module is complete.
        data = {"csrfmiddlewaretoken": self.csrf(), "confirm_read": "1"}
        await self.request("complete module", "POST", module["complete"], data=data)

    async def run(self, course):
        try:
            await self.log_in()
            await self.request("course", "GET", course["url"])
            await self.request("enrol", "POST", course["enrol"], data={"csrfmiddlewaretoken": self.csrf()})
            for module in course["modules"]:
                if time.monotonic() > self.deadline:
                    return
                await self.take_module(course, module)
            while time.monotonic() < self.deadline:
                await self.request("my certificates", "GET", "/sertifikat/")
                await asyncio.sleep(1)
        except (TimeoutError, RuntimeError, AttributeError, KeyError, ValueError) as error:
            self.stats.errors[f"gave up: {type(error).__name__}: {str(error)[:80]}"] += 1
        finally:
            await self.client.aclose()


# Faults ------------------------------------------------------------------------------------------------


def pid_of(name):
    try:
        return int((STACK_DIR / "pids" / f"{name}.pid").read_text())
    except (FileNotFoundError, ValueError):
        return None


def kill_hard(pid):
    """SIGKILL the process and its children (a gunicorn master and its workers), as a crash would."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except FileNotFoundError:
        children = []
    for victim in [pid, *map(int, children)]:
        with contextlib.suppress(ProcessLookupError):
            os.kill(victim, signal.SIGKILL)


async def healed(check, timeout=90):
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if await asyncio.to_thread(check):
            return round(time.monotonic() - started, 2)
        await asyncio.sleep(0.1)
    return None


def app_answers(port):
    try:
        return httpx.get(
            f"http://127.0.0.1:{port}/", headers={"X-Forwarded-Proto": "https"}, timeout=2
        ).is_success
    except httpx.HTTPError:
        return False


def redis_answers():
    try:
        return redis.Redis.from_url(os.environ["REDIS_URL"], socket_timeout=1).ping()
    except redis.RedisError:
        return False


def worker_back(old_pid):
    pid = pid_of("worker1")
    return pid is not None and pid != old_pid and Path(f"/proc/{pid}").exists()


def worker_busy():
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(status="RUNNING", worker_ids__icontains="stack-1").exists()


async def at(start, when):
    await asyncio.sleep(max(0, start + when - time.monotonic()))


async def kill_app_server(start, seconds, log):
    await at(start, seconds * 0.25)
    port = int(os.environ["STACK_URL"].rsplit(":", 1)[1]) + 1
    entry = {
        "fault": "gunicorn app server 1 (master and workers) SIGKILL",
        "at_s": round(time.monotonic() - start, 1),
    }
    kill_hard(pid_of("app1"))
    entry["healed_after_s"] = await healed(lambda: app_answers(port))
    log.append(entry)


async def kill_worker(start, seconds, log):
    await at(start, seconds * 0.4)
    deadline = time.monotonic() + seconds * 0.2  # kill it while it renders a certificate, if one comes
    while time.monotonic() < deadline and not await asyncio.to_thread(worker_busy):
        await asyncio.sleep(0.02)
    busy = await asyncio.to_thread(worker_busy)
    victim = pid_of("worker1")
    entry = {
        "fault": "db_worker 1 SIGKILL" + (" while rendering a certificate" if busy else " (idle)"),
        "at_s": round(time.monotonic() - start, 1),
    }
    kill_hard(victim)
    entry["healed_after_s"] = await healed(lambda: worker_back(victim))
    log.append(entry)


async def kill_redis(start, seconds, log):
    await at(start, seconds * 0.7)
    entry = {
        "fault": "Redis SIGKILL (nothing saved: its data is lost)",
        "at_s": round(time.monotonic() - start, 1),
    }
    kill_hard(pid_of("redis"))
    await asyncio.sleep(0.05)
    entry["healed_after_s"] = await healed(redis_answers)
    log.append(entry)


async def faults(start, seconds, log):
    await asyncio.gather(
        kill_app_server(start, seconds, log),
        kill_worker(start, seconds, log),
        kill_redis(start, seconds, log),
    )


# Report ------------------------------------------------------------------------------------------------


def summarize(stats, seconds, fault_log, checks, args):
    times = sorted(s[1] for s in stats.samples)
    kinds = defaultdict(list)
    for _, took, kind, _ in stats.samples:
        kinds[kind].append(took)

    def p95(values):
        return sorted(values)[max(0, int(len(values) * 0.95) - 1)] if values else None

    return {
        "participants": args.participants,
        "seconds": round(seconds, 1),
        "faults": fault_log,
        "requests": len(times),
        "requests_per_second": round(len(times) / seconds, 1),
        "median_ms": round(statistics.median(times) * 1000) if times else None,
        "p95_ms": round(p95(times) * 1000) if times else None,
        "per_kind_ms": {
            k: {"n": len(v), "median": round(statistics.median(v) * 1000), "p95": round(p95(v) * 1000)}
            for k, v in sorted(kinds.items())
        },
        "errors": dict(stats.errors),
        "sent_to_login_while_logged_in": len(stats.logged_out),
        "checks": checks,
    }


async def main_async(args):
    course, users, password = await asyncio.to_thread(seed_drill, args.participants)
    stats = Stats(budget=args.max_requests)
    start = time.monotonic()
    deadline = start + args.seconds
    people = [
        Participant(email, password, f"198.51.100.{n + 1}", stats, deadline) for n, email in enumerate(users)
    ]
    fault_log = []
    tasks = [asyncio.create_task(p.run(course)) for p in people]
    if args.faults:
        tasks.append(asyncio.create_task(faults(start, args.seconds, fault_log)))
    await asyncio.gather(*tasks)
    seconds = time.monotonic() - start
    checks = await asyncio.to_thread(check_database, course, users, stats.acknowledged)
    return summarize(stats, seconds, fault_log, checks, args)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--faults", action="store_true")
    parser.add_argument("--participants", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--max-requests", type=int, default=20000)
    args = parser.parse_args()
    report = asyncio.run(main_async(args))
    out = REPO / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    name = out / f"drill-{'faults' if args.faults else 'load'}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    name.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(json.dumps(report, indent=2, ensure_ascii=False))
    print(f"written to {name}")
    sys.exit(0 if report["checks"]["ok"] else 1)


if __name__ == "__main__":
    main()
