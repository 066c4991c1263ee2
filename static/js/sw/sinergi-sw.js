/* Sinergi's service worker, loaded by /sw.js (sinergi/views.py: service_worker), which sets self.SINERGI_SW and
   loads Workbox's loader from our own static files. What it stores, and for whom:
   - for everyone, while installing: the offline page (fetched without cookies: it names nobody) and the
     site's own styles, scripts and logo; later, the static files pages use (never the admin's, never H5P's);
   - pages and their images only in the "sinergi-course-<id>" caches, which only the participant's own
     "available offline" control fills (static/js/pwa.js). This worker never writes a page into a cache.
   Offline, a page comes from those caches, or else the offline page; nothing else is answered from storage.
   Logging out empties all of it (Clear-Site-Data from the server). */
/* global workbox */
(function () {
    "use strict";

    var config = self.SINERGI_SW;
    workbox.setConfig({ modulePathPrefix: config.workboxPath, debug: false });
    // Every module is loaded now: a service worker may only import scripts while it is first evaluated.
    var core = workbox.core;
    var routing = workbox.routing;
    var strategies = workbox.strategies;
    var expiration = workbox.expiration;
    var cacheableResponse = workbox.cacheableResponse;
    var navigationPreload = workbox.navigationPreload;

    var SHELL = "sinergi-shell-" + config.version;
    var STATIC = "sinergi-static";
    // A stored page is used when the network has not answered in this long: a weak signal that never gives up.
    var SLOW_NETWORK_MS = 6000;

    self.addEventListener("install", function (event) {
        event.waitUntil(
            Promise.all([
                caches.open(SHELL).then(function (cache) {
                    return fetch(config.offlineUrl, { credentials: "omit" }).then(function (response) {
                        if (!response.ok) throw new Error("offline page " + response.status);
                        return cache.put(config.offlineUrl, response);
                    });
                }),
                caches.open(STATIC).then(function (cache) { return cache.addAll(config.shell); })
            ]).then(function () { return self.skipWaiting(); })
        );
    });

    self.addEventListener("activate", function (event) {
        event.waitUntil(
            caches.keys().then(function (names) {
                return Promise.all(names.filter(function (name) {
                    return name.indexOf("sinergi-shell-") === 0 && name !== SHELL;
                }).map(function (name) { return caches.delete(name); }));
            })
        );
    });
    core.clientsClaim();
    navigationPreload.enable();

    function isCourseCache(name) {
        return name.indexOf(config.courseCachePrefix) === 0;
    }

    // The stored course that holds this page or image, if any.
    async function storedIn(request) {
        var names = (await caches.keys()).filter(isCourseCache);
        for (var i = 0; i < names.length; i++) {
            var cache = await caches.open(names[i]);
            var hit = await cache.match(request, { ignoreVary: true });
            if (hit) return { cache: cache, response: hit };
        }
        return null;
    }

    async function fromStoredCourses(request) {
        var found = await storedIn(request);
        return found ? found.response : undefined;
    }

    // A stored page the participant opens online is stored again as they see it now (a module completed
    // since, a corrected lesson), unless it shows their messages. Only pages already stored: the worker
    // never adds one.
    function keepCurrent(found, request, response) {
        if (!found || !response.ok || response.redirected || response.type !== "basic") return;
        if (response.headers.get("X-Sinergi-Messages")) return;
        return found.cache.put(request.url, response.clone());
    }

    function later(ms, value) {
        return new Promise(function (resolve) { setTimeout(function () { resolve(value); }, ms); });
    }

    async function navigation(options) {
        var event = options.event;
        var request = options.request;
        var network = Promise.resolve(event.preloadResponse).then(function (preloaded) {
            return preloaded || fetch(request);
        });
        var found = await storedIn(request);
        var stored = found && found.response;
        try {
            if (!stored) return await network;
            event.waitUntil(network.then(function (response) {
                return keepCurrent(found, request, response);
            }).catch(function () { /* answered from storage below */ }));
            var first = await Promise.race([network, later(SLOW_NETWORK_MS, null)]);
            return first || stored;
        } catch (error) {
            if (stored) return stored;
            var offline = await caches.match(config.offlineUrl, { cacheName: SHELL });
            return offline || Response.error();
        }
    }

    var sameOrigin = function (url) { return url.origin === self.location.origin; };

    routing.registerRoute(function (options) {
        return options.request.mode === "navigate" && sameOrigin(options.url);
    }, navigation);

    // A form sent with no connection (a module's confirmation is kept by the page script instead): the
    // offline page rather than the browser's error.
    routing.registerRoute(function (options) {
        return options.request.mode === "navigate" && sameOrigin(options.url)
            && options.url.pathname.indexOf("/admin/") !== 0;
    }, async function (options) {
        try {
            return await fetch(options.request);
        } catch (error) {
            var offline = await caches.match(config.offlineUrl, { cacheName: SHELL });
            return offline || Response.error();
        }
    }, "POST");

    // The site's own static files: answered at once from storage and refreshed behind (names are hashed in
    // production; in development the next page load has the new file). Not the admin's, not the H5P player.
    routing.registerRoute(function (options) {
        var path = options.url.pathname;
        return sameOrigin(options.url) && path.indexOf(config.staticUrl) === 0
            && !/^(wagtail|vendor\/h5p)/.test(path.slice(config.staticUrl.length));
    }, new strategies.StaleWhileRevalidate({
        cacheName: STATIC,
        plugins: [
            new cacheableResponse.CacheableResponsePlugin({ statuses: [200] }),
            new expiration.ExpirationPlugin({ maxEntries: 80, purgeOnQuotaError: true }),
            { handlerDidError: function (options) { return fromStoredCourses(options.request); } }
        ]
    }));

    // Images (lesson pictures, covers; on the site or on the media bucket): the network, else a stored copy.
    routing.registerRoute(function (options) {
        return options.request.destination === "image" && options.url.pathname.indexOf("/admin/") !== 0;
    }, async function (options) {
        try {
            return await fetch(options.request);
        } catch (error) {
            var stored = await fromStoredCourses(options.request);
            if (stored) return stored;
            throw error;
        }
    });
})();
