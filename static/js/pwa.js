/* The installable app, on the page's side (the service worker is static/js/sw/sinergi-sw.js).

   - Registers the service worker (/sw.js).
   - "Available offline" (courses/includes/offline_control.html): stores an enrolled course's pages, with the
     images, styles and scripts they use, in a cache of its own ("sinergi-course-<id>") that the service worker
     reads when there is no connection; shows what is stored and its size; updates and removes it.
   - A module confirmed offline ("I have read this module") is kept in IndexedDB and sent when the connection is
     back (the `online` event, each page load, and a backoff), and the participant is told it is waiting.
   - Stored courses and waiting confirmations belong to the participant who made them: a page of someone else,
     or of nobody (logged out), removes them. Logging out also clears everything by the server's
     Clear-Site-Data header; the logout page warns first when something would be lost.
   Text comes from the templates' data-text-* attributes (translated there), so this file needs no catalogue. */
(function () {
    "use strict";

    var COURSE_PREFIX = "sinergi-course-";
    var META_PATH = "/__sinergi-offline__/course-";
    var OWNER_KEY = "sinergi-offline-owner";
    var DB_NAME = "sinergi-pwa";
    var STORE = "completions";
    var hasCaches = "caches" in window;
    var hasWorker = "serviceWorker" in navigator;

    function format(text, values) {
        return text.replace(/%\((\w+)\)s/g, function (match, name) {
            return name in values ? String(values[name]) : match;
        });
    }

    function formatSize(bytes) {
        var language = document.documentElement.lang || "id";
        var number = new Intl.NumberFormat(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
        if (bytes < 1024 * 1024) return number.format(Math.max(bytes, 1) / 1024) + " KB";
        return number.format(bytes / (1024 * 1024)) + " MB";
    }

    function csrfToken() {
        var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
        return match ? decodeURIComponent(match[1]) : "";
    }

    /* ---------- stored courses (Cache Storage) ---------- */

    function metaUrl(courseId) {
        return new URL(META_PATH + courseId, location.origin).href;
    }

    // The caches that hold stored courses, one per course.
    async function courseCacheNames() {
        return (await caches.keys()).filter(function (name) { return name.indexOf(COURSE_PREFIX) === 0; });
    }

    async function storedCourses() {
        if (!hasCaches) return [];
        var names = await courseCacheNames();
        var found = [];
        for (var i = 0; i < names.length; i++) {
            var cache = await caches.open(names[i]);
            var meta = await cache.match(metaUrl(names[i].slice(COURSE_PREFIX.length)));
            if (meta) found.push(await meta.json());
        }
        return found;
    }

    // A stored page stored again as the server shows it now (a module just completed), if it is stored.
    async function refreshStored(url) {
        if (!hasCaches) return;
        var names = await courseCacheNames();
        for (var i = 0; i < names.length; i++) {
            var cache = await caches.open(names[i]);
            if (!(await cache.match(url))) continue;
            try {
                var response = await fetch(url, {
                    credentials: "same-origin", headers: { "X-Sinergi-Offline-Copy": "1" }
                });
                if (response.ok && !response.redirected) await cache.put(url, response);
            } catch (error) { /* stays as it was */ }
        }
    }

    async function removeCourse(courseId) {
        await caches.delete(COURSE_PREFIX + courseId);
    }

    async function removeAllCourses() {
        if (!hasCaches) return;
        var names = await courseCacheNames();
        await Promise.all(names.map(function (name) { return caches.delete(name); }));
    }

    // What a stored page uses: images (every candidate of a srcset, so that whichever the phone picks offline
    // is there), styles, scripts and video posters.
    function assetsOf(html, pageUrl) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var urls = [];
        function add(value) {
            if (!value) return;
            try {
                var url = new URL(value, pageUrl);
                if (url.protocol === "http:" || url.protocol === "https:") urls.push(url.href.split("#")[0]);
            } catch (error) { /* not an address */ }
        }
        doc.querySelectorAll("img[src], script[src], video[poster]").forEach(function (el) {
            add(el.getAttribute("src") || el.getAttribute("poster"));
        });
        doc.querySelectorAll("link[rel~=stylesheet][href], link[rel~=icon][href]").forEach(function (el) {
            add(el.getAttribute("href"));
        });
        doc.querySelectorAll("img[srcset], source[srcset]").forEach(function (el) {
            el.getAttribute("srcset").split(",").forEach(function (candidate) {
                add(candidate.trim().split(/\s+/)[0]);
            });
        });
        return urls;
    }

    async function fetchAsset(url) {
        var sameOrigin = new URL(url).origin === location.origin;
        if (sameOrigin) return fetch(url, { credentials: "same-origin" });
        try {
            return await fetch(url, { mode: "cors", credentials: "omit" });
        } catch (error) {
            // Media on a bucket without CORS: stored as it is (its size cannot be read).
            return fetch(url, { mode: "no-cors", credentials: "omit" });
        }
    }

    async function sizeOf(response) {
        if (response.type === "opaque") return 0;
        return (await response.clone().blob()).size;
    }

    // Stores the course afresh; with `previous` (what is stored), adds only the pages not stored yet (modules
    // opened since) and what they use.
    async function storeCourse(control, progress, previous) {
        var listing = await fetch(control.dataset.offlinePages, {
            credentials: "same-origin", headers: { Accept: "application/json" }
        });
        if (!listing.ok) throw new Error("listing " + listing.status);
        var data = await listing.json();
        var cacheName = COURSE_PREFIX + data.course.id;
        var cache = await caches.open(cacheName);
        var kept = {};
        var bytes = previous ? previous.bytes : 0;
        var assets = [];
        var total = data.pages.length;
        var done = 0;
        progress(done, total);
        for (var i = 0; i < data.pages.length; i++) {
            var pageUrl = new URL(data.pages[i], location.origin).href;
            if (previous && await cache.match(pageUrl)) {
                progress(++done, total + assets.length);
                continue;
            }
            // The header keeps the server from showing (and using up) the participant's messages in the copy.
            var response = await fetch(pageUrl, {
                credentials: "same-origin", headers: { "X-Sinergi-Offline-Copy": "1" }
            });
            if (!response.ok || response.redirected) throw new Error("page " + response.status);
            var html = await response.clone().text();
            await cache.put(pageUrl, response);
            kept[pageUrl] = true;
            bytes += new Blob([html]).size;
            assetsOf(html, pageUrl).forEach(function (url) {
                if (assets.indexOf(url) < 0) assets.push(url);
            });
            progress(++done, total + assets.length);
        }
        total += assets.length;
        for (var j = 0; j < assets.length; j++) {
            if (previous && await cache.match(assets[j])) {
                progress(++done, total);
                continue;
            }
            var asset = await fetchAsset(assets[j]);
            if (asset.ok || asset.type === "opaque") {
                bytes += await sizeOf(asset);
                await cache.put(assets[j], asset);
                kept[assets[j]] = true;
            }
            progress(++done, total);
        }
        // An update: what the course no longer uses goes.
        var keys = previous ? [] : await cache.keys();
        for (var k = 0; k < keys.length; k++) {
            if (!kept[keys[k].url] && keys[k].url !== metaUrl(data.course.id)) await cache.delete(keys[k]);
        }
        var meta = {
            id: data.course.id,
            title: data.course.title,
            url: data.course.url,
            modules: data.pages.length - 1,
            total_modules: data.total_modules,
            bytes: bytes,
            saved_at: new Date().toISOString(),
            owner: userOf()
        };
        await cache.put(metaUrl(data.course.id), new Response(JSON.stringify(meta), {
            headers: { "Content-Type": "application/json" }
        }));
        try { localStorage.setItem(OWNER_KEY, userOf()); } catch (error) { /* private mode */ }
        return meta;
    }

    function showCourse(control, meta) {
        var status = control.querySelector("[data-offline-status]");
        var detail = control.querySelector("[data-offline-detail]");
        control.querySelector("[data-offline-save]").hidden = Boolean(meta);
        control.querySelector("[data-offline-update]").hidden = !meta;
        control.querySelector("[data-offline-remove]").hidden = !meta;
        if (!meta) {
            status.textContent = control.dataset.textNone;
            detail.hidden = true;
            return;
        }
        status.textContent = format(control.dataset.textSaved, { size: formatSize(meta.bytes) });
        detail.hidden = meta.modules >= meta.total_modules;
        detail.textContent = format(control.dataset.textSavedPages, {
            count: meta.modules, total: meta.total_modules
        });
    }

    async function setUpControl(control, stored) {
        var id = Number(control.dataset.offlineCourse);
        var meta = stored.filter(function (each) { return each.id === id; })[0] || null;
        var status = control.querySelector("[data-offline-status]");
        var busy = false;
        showCourse(control, meta);
        control.hidden = false;

        async function store(event, previous) {
            if (busy) return;
            if (!navigator.onLine) {
                status.textContent = control.dataset.textOffline;
                return;
            }
            busy = true;
            control.setAttribute("aria-busy", "true");
            try {
                meta = await storeCourse(control, function (done, total) {
                    status.textContent = format(control.dataset.textSaving, { done: done, total: total });
                }, previous);
                showCourse(control, meta);
            } catch (error) {
                status.textContent = control.dataset.textFailed;
            } finally {
                busy = false;
                control.removeAttribute("aria-busy");
            }
        }
        control.querySelector("[data-offline-save]").addEventListener("click", store);
        control.querySelector("[data-offline-update]").addEventListener("click", store);
        // On the course page, modules that opened since the course was stored are added by themselves.
        if (meta && meta.modules < meta.total_modules && navigator.onLine && !control.closest(".course-card")) {
            store(null, meta);
        }
        control.querySelector("[data-offline-remove]").addEventListener("click", async function () {
            await removeCourse(id);
            meta = null;
            showCourse(control, null);
            status.textContent = control.dataset.textRemoved;
            control.querySelector("[data-offline-save]").focus();
        });
    }

    /* ---------- confirmations kept until the connection is back (IndexedDB) ---------- */

    function openDb() {
        return new Promise(function (resolve, reject) {
            var request = indexedDB.open(DB_NAME, 1);
            request.onupgradeneeded = function () {
                request.result.createObjectStore(STORE, { keyPath: "url" });
            };
            request.onsuccess = function () { resolve(request.result); };
            request.onerror = function () { reject(request.error); };
        });
    }

    async function withStore(mode, work) {
        var db = await openDb();
        try {
            return await new Promise(function (resolve, reject) {
                var transaction = db.transaction(STORE, mode);
                var result = work(transaction.objectStore(STORE));
                transaction.oncomplete = function () { resolve(result && "result" in result ? result.result : result); };
                transaction.onerror = function () { reject(transaction.error); };
            });
        } finally {
            db.close();
        }
    }

    function waitingConfirmations() {
        if (!("indexedDB" in window)) return Promise.resolve([]);
        return withStore("readonly", function (store) { return store.getAll(); });
    }

    // Quiz answers and submits that quizzes.js keeps until the server confirms them (a database of its own,
    // quizzes/static/quizzes/quizzes.js): counted, never created here.
    function waitingQuizItems() {
        if (!("indexedDB" in window)) return Promise.resolve(0);
        return new Promise(function (resolve) {
            var request = indexedDB.open("sinergi-quiz");
            request.onupgradeneeded = function () { request.transaction.abort(); }; // none on this phone
            request.onerror = function () { resolve(0); };
            request.onsuccess = function () {
                var db = request.result;
                var names = ["answers", "submits"].filter(function (name) { return db.objectStoreNames.contains(name); });
                if (!names.length) { db.close(); resolve(0); return; }
                var transaction = db.transaction(names);
                var counts = names.map(function (name) { return transaction.objectStore(name).count(); });
                transaction.oncomplete = function () {
                    db.close();
                    resolve(counts.reduce(function (sum, count) { return sum + count.result; }, 0));
                };
                transaction.onerror = transaction.onabort = function () { db.close(); resolve(0); };
            };
        });
    }

    function keep(entry) {
        return withStore("readwrite", function (store) { store.put(entry); });
    }

    function forget(url) {
        return withStore("readwrite", function (store) { store.delete(url); });
    }

    var pwa = document.querySelector("[data-pwa]");

    function userOf() {
        return pwa && pwa.dataset.pwaUser !== undefined ? pwa.dataset.pwaUser : null;
    }

    function say(text) {
        if (!pwa) return;
        var line = document.createElement("p");
        line.className = "message";
        line.textContent = text;
        pwa.replaceChildren(line);
    }

    function showQueuedForm(form) {
        if (form.hidden) return;
        var note = document.createElement("p");
        note.className = "completion__queued";
        note.setAttribute("data-offline-queued", "");
        note.textContent = form.dataset.textQueued;
        form.hidden = true;
        form.parentNode.insertBefore(note, form);
    }

    // On the module's own page: the server's word, and the way on.
    function showArrived(entry, data) {
        var form = document.querySelector("form[data-offline-queue][action='" + new URL(entry.url).pathname + "']");
        var note = form && form.previousElementSibling;
        if (!note || !note.matches("[data-offline-queued]")) return;
        note.textContent = data.message;
        if (data.url && data.url !== location.pathname) {
            var onward = document.createElement("a");
            onward.className = "button";
            onward.href = data.url;
            onward.textContent = form.dataset.textOnward;
            var line = document.createElement("p");
            line.appendChild(onward);
            note.parentNode.insertBefore(line, form);
        }
    }

    async function sendOne(entry, queued) {
        var body = new URLSearchParams(entry.body);
        // The token in the stored page may be older than the phone's cookie: the cookie's own value counts.
        body.delete("csrfmiddlewaretoken");
        var response = await fetch(entry.url, {
            method: "POST",
            credentials: "same-origin",
            headers: Object.assign(
                { Accept: "application/json", "X-CSRFToken": csrfToken() },
                queued ? { "X-Sinergi-Queued": "1" } : {}
            ),
            body: body
        });
        var type = response.headers.get("Content-Type") || "";
        // The module is gone (unpublished): nothing left to confirm.
        if (response.status === 404) return { kept: false, data: {} };
        if (type.indexOf("application/json") !== 0) return { kept: true, login: response.redirected };
        return { kept: false, data: await response.json() };
    }

    var retryDelay = 5000;
    var retryTimer = null;
    var flushing = false;

    async function flush() {
        if (flushing || !("indexedDB" in window)) return;
        flushing = true;
        try {
            var user = userOf();
            var entries = await waitingConfirmations();
            var waiting = 0;
            var needLogin = false;
            for (var i = 0; i < entries.length; i++) {
                var entry = entries[i];
                if (user !== null && user !== "" && entry.owner !== user) {
                    await forget(entry.url);  // someone else's, on a shared phone: never sent as this one's
                    continue;
                }
                if (!user || !navigator.onLine) {
                    waiting++;
                    needLogin = needLogin || user === "";
                    continue;
                }
                try {
                    var outcome = await sendOne(entry, true);
                    if (outcome.kept) {
                        waiting++;
                        needLogin = needLogin || outcome.login;
                        continue;
                    }
                    await forget(entry.url);
                    // The stored copy of the module first, so that it shows the module completed offline too.
                    if (entry.page) await refreshStored(entry.page);
                    if (!outcome.data.message) continue;
                    say(format(pwa.dataset.textSent, { title: entry.title }) + " " + outcome.data.message);
                    showArrived(entry, outcome.data);
                } catch (error) {
                    waiting++;  // the connection dropped again
                }
            }
            if (waiting) {
                say(format(needLogin ? pwa.dataset.textLogin : pwa.dataset.textWaiting, { count: waiting }));
                if (!needLogin) {
                    clearTimeout(retryTimer);
                    retryTimer = setTimeout(flush, retryDelay);
                    retryDelay = Math.min(retryDelay * 2, 5 * 60 * 1000);
                }
            } else {
                retryDelay = 5000;
            }
        } finally {
            flushing = false;
        }
    }

    function setUpCompletionForm(form) {
        form.addEventListener("submit", async function (event) {
            if (!("indexedDB" in window)) return;
            event.preventDefault();
            var entry = {
                url: new URL(form.action, location.href).href,
                body: new URLSearchParams(new FormData(form)).toString(),
                title: form.dataset.offlineQueue,
                page: location.href.split("#")[0],
                owner: userOf(),
                queued_at: new Date().toISOString()
            };
            if (navigator.onLine) {
                try {
                    var outcome = await sendOne(entry);
                    if (!outcome.kept) {
                        // The server recorded it (or refused it): its message shows on the next page.
                        location.assign(outcome.data.url || location.href);
                        return;
                    }
                    form.submit();  // a login or a refused token: the server's own pages explain it
                    return;
                } catch (error) { /* no connection after all: kept below */ }
            }
            await keep(entry);
            showQueuedForm(form);
            await flush();
        });
    }

    /* ---------- the page ---------- */

    async function start() {
        if (hasWorker && pwa) {
            navigator.serviceWorker.register(pwa.dataset.pwaSw, { scope: "/", updateViaCache: "none" })
                .catch(function () { /* no service worker (http, private mode): the site works as before */ });
        }
        var user = userOf();
        var stored = await storedCourses();
        var owner = null;
        try { owner = localStorage.getItem(OWNER_KEY); } catch (error) { /* private mode */ }
        if (user !== null && stored.length && (user === "" || stored.some(function (each) { return each.owner !== user; }))) {
            // Logged out, or another participant on this phone: nothing of the last one stays readable.
            await removeAllCourses();
            stored = [];
        } else if (user !== null && user !== "" && owner && owner !== user) {
            await removeAllCourses();
            stored = [];
        }

        document.querySelectorAll("[data-offline-course]").forEach(function (control) {
            if (hasCaches && hasWorker) setUpControl(control, stored);
        });

        var forms = document.querySelectorAll("form[data-offline-queue]");
        forms.forEach(setUpCompletionForm);
        if (forms.length) {
            var entries = await waitingConfirmations().catch(function () { return []; });
            forms.forEach(function (form) {
                var action = new URL(form.action, location.href).href;
                if (entries.some(function (entry) { return entry.url === action; })) showQueuedForm(form);
            });
        }

        var list = document.querySelector("[data-offline-list]");
        if (list && stored.length) {
            stored.forEach(function (meta) {
                var item = document.createElement("li");
                var link = document.createElement("a");
                link.className = "button button--quiet";
                link.href = meta.url;
                link.textContent = meta.title + " · " + formatSize(meta.bytes);
                item.appendChild(link);
                list.appendChild(item);
            });
            list.closest("[data-offline-stored]").hidden = false;
        }
        var retry = document.querySelector("[data-offline-retry]");
        if (retry) retry.addEventListener("click", function () { location.reload(); });

        var warning = document.querySelector("[data-logout-warning]");
        if (warning) {
            var waiting = await waitingConfirmations().catch(function () { return []; });
            var quizItems = await waitingQuizItems();
            warning.hidden = !(stored.length || waiting.length || quizItems);
            var form = warning.parentNode.querySelector("form");
            if (form) {
                form.addEventListener("submit", function () {
                    // The server's Clear-Site-Data does the same; this covers browsers that ignore it.
                    removeAllCourses();
                    try { localStorage.removeItem(OWNER_KEY); } catch (error) { /* private mode */ }
                });
            }
        }

        window.addEventListener("online", function () {
            retryDelay = 5000;
            flush();
        });
        await flush();
    }

    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
})();
