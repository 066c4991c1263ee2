// Quizzes: keep each answer on the device until the server confirms it, go from question to question without
// the network, submit once (queued while offline), count the time down.
// Progressive enhancement: without this file every question is its own page whose form posts, and the server
// enforces the time limit. The server's clock rules: picks that reach it after the deadline and its grace are
// refused, and the page says so.
(function () {
    "use strict";

    var KEEP_DAYS = 14; // picks never confirmed (an attempt abandoned on this phone) are forgotten after this
    var REQUEST_TIMEOUT = 20000;
    var RETRY_FIRST = 2000;
    var RETRY_MAX = 60000;

    function format(text, values) {
        return String(text || "").replace(/\{(\w+)\}/g, function (match, key) {
            return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match;
        });
    }

    function csrfToken(root) {
        var input = root.querySelector("input[name=csrfmiddlewaretoken]");
        return input ? input.value : "";
    }

    // --- The device store: IndexedDB, or memory where the browser has none (the page still works) ---------

    function memoryStore() {
        var answers = {};
        var submits = {};
        return {
            answers: function (attempt) {
                return Promise.resolve(Object.keys(answers).map(function (key) { return answers[key]; })
                    .filter(function (record) { return record.attempt === attempt; }));
            },
            putAnswer: function (record) {
                answers[record.attempt + ":" + record.question] = record;
                return Promise.resolve();
            },
            dropAnswer: function (attempt, question, revision) {
                var key = attempt + ":" + question;
                if (answers[key] && answers[key].revision <= revision) delete answers[key];
                return Promise.resolve();
            },
            submit: function (attempt) { return Promise.resolve(submits[attempt] || null); },
            putSubmit: function (record) { submits[record.attempt] = record; return Promise.resolve(); },
            dropSubmit: function (attempt) { delete submits[attempt]; return Promise.resolve(); },
        };
    }

    function idbStore(db) {
        // Every call settles, whatever happens to the database: what the page holds in memory still counts.
        function run(storeName, mode, work) {
            return new Promise(function (resolve) {
                var result = null;
                try {
                    var transaction = db.transaction(storeName, mode);
                    work(transaction.objectStore(storeName), function (value) { result = value; });
                    transaction.oncomplete = function () { resolve(result); };
                    transaction.onerror = transaction.onabort = function () { resolve(result); };
                } catch (error) {
                    resolve(result);
                }
            });
        }
        return {
            answers: function (attempt) {
                return run("answers", "readonly", function (store, done) {
                    var request = store.index("attempt").getAll(attempt);
                    request.onsuccess = function () { done(request.result || []); };
                }).then(function (records) { return records || []; });
            },
            putAnswer: function (record) {
                return run("answers", "readwrite", function (store) { store.put(record); });
            },
            dropAnswer: function (attempt, question, revision) {
                // Only the confirmed picks: newer ones made meanwhile stay until they are confirmed too.
                return run("answers", "readwrite", function (store) {
                    var request = store.get([attempt, question]);
                    request.onsuccess = function () {
                        if (request.result && request.result.revision <= revision) store.delete([attempt, question]);
                    };
                });
            },
            submit: function (attempt) {
                return run("submits", "readonly", function (store, done) {
                    var request = store.get(attempt);
                    request.onsuccess = function () { done(request.result || null); };
                });
            },
            putSubmit: function (record) {
                return run("submits", "readwrite", function (store) { store.put(record); });
            },
            dropSubmit: function (attempt) {
                return run("submits", "readwrite", function (store) { store.delete(attempt); });
            },
            prune: function () {
                var before = Date.now() - KEEP_DAYS * 24 * 3600 * 1000;
                ["answers", "submits"].forEach(function (name) {
                    run(name, "readwrite", function (store) {
                        var cursor = store.openCursor();
                        cursor.onsuccess = function () {
                            var current = cursor.result;
                            if (!current) return;
                            if (!(current.value.stored > before)) current.delete();
                            current.continue();
                        };
                    });
                });
            },
        };
    }

    function openStore() {
        return new Promise(function (resolve) {
            var settled = false;
            function settle(store) {
                if (settled) return;
                settled = true;
                resolve(store);
            }
            var request = null;
            try {
                request = window.indexedDB ? window.indexedDB.open("sinergi-quiz", 1) : null;
            } catch (error) {
                request = null;
            }
            if (!request) return settle(memoryStore());
            window.setTimeout(function () { settle(memoryStore()); }, 3000);
            request.onupgradeneeded = function () {
                var db = request.result;
                var answers = db.createObjectStore("answers", { keyPath: ["attempt", "question"] });
                answers.createIndex("attempt", "attempt");
                db.createObjectStore("submits", { keyPath: "attempt" });
            };
            request.onsuccess = function () {
                var db = request.result;
                db.onversionchange = function () { db.close(); };
                var store = idbStore(db);
                store.prune();
                settle(store);
            };
            request.onerror = function () { settle(memoryStore()); };
        });
    }

    // --- Sending: one request at a time, JSON back; a failed connection is a result, not an exception ------

    function currentToken(token) {
        // The cookie is fresher than the page after logging in again elsewhere (Django rotates the token then).
        var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
        return match ? decodeURIComponent(match[1]) : token;
    }

    function post(url, body, token) {
        var controller = window.AbortController ? new AbortController() : null;
        var timer = controller ? window.setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT) : null;
        return fetch(url, {
            method: "POST",
            body: body,
            credentials: "same-origin",
            headers: { "X-CSRFToken": currentToken(token), "Accept": "application/json" },
            signal: controller ? controller.signal : undefined,
        }).then(function (response) {
            var json = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
            if (!json || response.redirected) {
                // Not our endpoint's answer: a proxy's error page, or the login page (the session ended while
                // the phone was away). Nothing was saved; try again later.
                var signedOut = response.redirected && response.url.indexOf("/login") !== -1;
                return { network: true, signedOut: signedOut, status: response.status, body: {} };
            }
            return response.json().then(
                function (data) { return { ok: response.ok, status: response.status, body: data || {} }; },
                function () { return { network: true, status: response.status, body: {} }; }
            );
        }, function () {
            return { network: true, status: 0, body: {} };
        }).then(function (result) {
            if (timer) window.clearTimeout(timer);
            if (!result.network && result.status >= 500) result.network = true; // the server may do better later
            return result;
        });
    }

    // --- The attempt page ----------------------------------------------------------------------------------

    var timeUpHandler = null;

    function setupQuiz(root) {
        var data = root.dataset;
        var attempt = data.attempt;
        var total = parseInt(data.total, 10);
        var token = csrfToken(root);
        var stage = root.querySelector("[data-quiz-stage]");
        var jump = root.querySelector("[data-quiz-jump]");
        var sync = root.querySelector("[data-quiz-sync]");
        var cancelButton = root.querySelector("[data-quiz-cancel-submit]");
        var refusedBox = root.querySelector("[data-quiz-refused]");
        var progressBar = root.querySelector("[data-quiz-progress]");
        var finishTemplate = root.querySelector("template[data-finish-template]");

        var forms = {}; // position -> form element (built from its template on first visit, then kept)
        var templates = {};
        var questionAt = {}; // position -> question id
        var positionOf = {}; // question id -> position
        var answered = {}; // position -> the question has picks (on the server or waiting on this device)
        var pending = {}; // question id -> {attempt, question, position, choices, revision, stored}
        var refused = {}; // position -> true: not counted (arrived after the time limit)
        var errors = {}; // position -> the server's message for picks it refused (a damaged form)
        var confirmedPicks = {}; // question id -> the newest entry the server confirmed on this page
        var current = parseInt(data.position, 10);
        var finishNode = null;
        var store = null;
        var sending = null;
        var submitting = false;
        var submitQueued = null;
        var timeIsUp = false;
        var halted = false;
        var failures = 0;
        var signedOut = false; // the server sent its login page: the session ended
        var retryTimer = null;
        var lastRevision = 0;
        var lastStep = 0;

        var first = stage.querySelector("form[data-quiz-question]");
        forms[current] = first;
        root.querySelectorAll("template[data-question-template]").forEach(function (template) {
            var position = parseInt(template.dataset.questionTemplate, 10);
            templates[position] = template;
            var form = template.content.querySelector("form");
            questionAt[position] = parseInt(form.dataset.question, 10);
        });
        questionAt[current] = parseInt(first.dataset.question, 10);
        Object.keys(questionAt).forEach(function (position) { positionOf[questionAt[position]] = parseInt(position, 10); });
        jump.querySelectorAll("[data-position]").forEach(function (button) {
            answered[button.dataset.position] = button.classList.contains("is-answered");
        });

        function persist(work) {
            ready.then(function () { return work(store); });
        }

        function picksOf(form) {
            return Array.prototype.map.call(form.querySelectorAll("input[name=choice]:checked"), function (input) {
                return parseInt(input.value, 10);
            });
        }

        function applyPicks(form, choices) {
            form.querySelectorAll("input[name=choice]").forEach(function (input) {
                input.checked = choices.indexOf(parseInt(input.value, 10)) !== -1;
            });
        }

        // Picks made before this script ran (a slow phone) or without a change event: compared with what was
        // last recorded, or with what the server rendered.
        function recordIfChanged(form) {
            if (!form || !form.hasAttribute("data-quiz-question") || locked()) return;
            var question = parseInt(form.dataset.question, 10);
            var entry = pending[question] || confirmedPicks[question];
            var known = entry ? entry.choices.slice().sort().join() : Array.prototype.filter.call(
                form.querySelectorAll("input[name=choice]"), function (input) { return input.defaultChecked; }
            ).map(function (input) { return parseInt(input.value, 10); }).sort().join();
            if (picksOf(form).sort().join() !== known) record(form);
        }

        function locked() {
            return Boolean(submitQueued) || timeIsUp || halted;
        }

        function lockInputs(form) {
            form.querySelectorAll("input[name=choice]").forEach(function (input) { input.disabled = locked(); });
        }

        // -- Picks: kept in memory and on the device, sent until confirmed --

        function record(form) {
            var question = parseInt(form.dataset.question, 10);
            var position = parseInt(form.dataset.position, 10);
            lastRevision = Math.max(Date.now(), lastRevision + 1);
            var entry = {
                attempt: attempt,
                question: question,
                position: position,
                choices: picksOf(form),
                revision: lastRevision,
                stored: Date.now(),
            };
            pending[question] = entry;
            lastStep = 0; // picking in between makes the next step deliberate
            answered[position] = entry.choices.length > 0;
            delete errors[position];
            persist(function (s) { return s.putAnswer(entry); });
            refresh();
            pump();
        }

        function confirmed(entry) {
            if (!confirmedPicks[entry.question] || confirmedPicks[entry.question].revision < entry.revision) {
                confirmedPicks[entry.question] = entry;
            }
            if (pending[entry.question] && pending[entry.question].revision <= entry.revision) {
                delete pending[entry.question];
            }
            persist(function (s) { return s.dropAnswer(attempt, entry.question, entry.revision); });
        }

        function oldestPending() {
            var oldest = null;
            Object.keys(pending).forEach(function (question) {
                var entry = pending[question];
                if (!oldest || entry.revision < oldest.revision) oldest = entry;
            });
            return oldest;
        }

        function pendingCount() {
            return Object.keys(pending).length;
        }

        function retryLater(result) {
            failures += 1;
            signedOut = Boolean(result && result.signedOut);
            var delay = Math.min(RETRY_MAX, RETRY_FIRST * Math.pow(2, failures - 1)) * (0.75 + Math.random() * 0.5);
            if (retryTimer) window.clearTimeout(retryTimer);
            retryTimer = window.setTimeout(function () { retryTimer = null; pump(); }, delay);
            refresh();
        }

        function pump() {
            if (sending || submitting || halted || store === null) return;
            if (retryTimer) {
                window.clearTimeout(retryTimer);
                retryTimer = null;
            }
            var next = oldestPending();
            if (next) send(next);
            else if (submitQueued) sendSubmit();
            refresh();
        }

        function send(entry) {
            sending = entry;
            var body = new FormData();
            body.append("question", entry.question);
            entry.choices.forEach(function (choice) { body.append("choice", choice); });
            body.append("revision", entry.revision);
            post(data.saveUrl, body, token).then(function (result) {
                sending = null;
                var answer = result.body;
                if (result.ok && answer.saved) {
                    failures = 0;
                    signedOut = false;
                    confirmed(entry);
                    pump();
                } else if (result.network) {
                    retryLater(result);
                } else if (answer.code === "time_up") {
                    refuse(data.msgLate);
                } else if (answer.code === "attempt_closed" || result.status === 403) {
                    refuse(answer.error);
                } else if (result.status !== 400 || !answer.code) {
                    retryLater(result);
                } else {
                    // Picks the server cannot take (a damaged form): say so on the question, send the others.
                    errors[entry.position] = answer.error || "";
                    if (pending[entry.question] === entry) delete pending[entry.question];
                    persist(function (s) { return s.dropAnswer(attempt, entry.question, entry.revision); });
                    pump();
                }
                refresh();
            });
        }

        // -- Submitting: queued until every pick is confirmed and the connection is there --

        function queueSubmit(byTime) {
            if (halted) return;
            if (!submitQueued) {
                submitQueued = { attempt: attempt, stored: Date.now(), byTime: Boolean(byTime) };
                var entry = submitQueued;
                persist(function (s) { return s.putSubmit(entry); });
            }
            failures = 0;
            Object.keys(forms).forEach(function (position) { lockInputs(forms[position]); });
            refresh();
            // The button sits at the end of a long list: bring the "will be sent" message into view.
            if (!sync.hidden) sync.scrollIntoView({ block: "center" });
            pump();
        }

        function cancelSubmit() {
            if (!submitQueued || submitting || timeIsUp) return;
            submitQueued = null;
            persist(function (s) { return s.dropSubmit(attempt); });
            Object.keys(forms).forEach(function (position) { lockInputs(forms[position]); });
            refresh();
        }

        function sendSubmit() {
            submitting = true;
            var body = new FormData();
            post(data.submitUrl, body, token).then(function (result) {
                submitting = false;
                var answer = result.body;
                if (result.ok && answer.submitted) {
                    persist(function (s) { return s.dropSubmit(attempt); });
                    ready.then(function () { window.location.assign(answer.redirect || data.resultUrl); });
                    return;
                }
                if (result.network) retryLater(result);
                else refuse(answer.error);
            });
        }

        function refuse(message) {
            halted = true;
            Object.keys(pending).forEach(function (question) {
                var entry = pending[question];
                refused[entry.position] = true;
                persist(function (s) { return s.dropAnswer(attempt, entry.question, entry.revision); });
            });
            pending = {};
            submitQueued = null;
            persist(function (s) { return s.dropSubmit(attempt); });
            var numbers = Object.keys(refused).map(Number).sort(function (a, b) { return a - b; });
            var text = message || "";
            if (numbers.length) text += " " + format(data.msgRefusedList, { questions: numbers.join(", ") });
            refusedBox.querySelector("[data-quiz-refused-text]").textContent = text.trim();
            refusedBox.hidden = false;
            Object.keys(forms).forEach(function (position) { lockInputs(forms[position]); });
            var timer = root.querySelector("[data-quiz-timer]");
            if (timer) timer.dispatchEvent(new CustomEvent("quiz:stop"));
            refresh();
            refusedBox.scrollIntoView({ block: "center" });
        }

        function timeUp() {
            timeIsUp = true;
            queueSubmit(true);
        }

        // -- Showing one question (or the check-and-submit panel) at a time --

        function formFor(position) {
            if (forms[position]) return forms[position];
            var template = templates[position];
            if (!template) return null;
            var form = document.importNode(template.content, true).querySelector("form");
            var entry = pending[questionAt[position]];
            if (entry) applyPicks(form, entry.choices);
            lockInputs(form);
            forms[position] = form;
            return form;
        }

        function countAnswered() {
            var count = 0;
            for (var position = 1; position <= total; position += 1) {
                if (answered[position] && !refused[position]) count += 1;
            }
            return count;
        }

        function finishPanel() {
            if (!finishNode) {
                finishNode = document.importNode(finishTemplate.content, true).querySelector("section");
            }
            var count = countAnswered();
            finishNode.querySelector("[data-finish-answered]").textContent = format(data.msgAnswered, {
                answered: count, total: total,
            });
            var missing = finishNode.querySelector("[data-finish-unanswered]");
            missing.hidden = count >= total;
            missing.textContent = format(data.msgUnanswered, { count: total - count });
            finishNode.querySelectorAll("[data-finish-row]").forEach(function (row) {
                var position = parseInt(row.dataset.finishRow, 10);
                var state = stateOf(position);
                row.classList.toggle("is-answered", Boolean(answered[position]));
                var badge = row.querySelector("[data-finish-badge]");
                badge.classList.toggle("badge--ok", state === "saved");
                badge.classList.toggle("badge--warn", state === "waiting");
                badge.classList.toggle("badge--bad", state === "refused");
                badge.textContent = {
                    saved: data.msgBadgeAnswered,
                    waiting: data.msgBadgeWaiting,
                    refused: data.msgBadgeRefused,
                }[state] || data.msgBadgeUnanswered;
            });
            // Pressed once is enough: the submit waits for the connection; after a refusal there is nothing to send.
            finishNode.querySelector("[data-quiz-submit] button[type=submit]").disabled = Boolean(submitQueued);
            finishNode.querySelector("[data-quiz-submit]").hidden = halted;
            return finishNode;
        }

        function urlFor(target) {
            if (target === "finish") return data.finishUrl;
            return data.questionUrl.replace(/\/0\/$/, "/" + target + "/");
        }

        function go(target, fromHistory) {
            if (target !== "finish") target = Math.min(Math.max(parseInt(target, 10) || 1, 1), total);
            var node = target === "finish" ? finishPanel() : formFor(target);
            if (!node) return;
            stage.replaceChildren(node);
            current = target;
            jump.hidden = target === "finish";
            document.title = target === "finish"
                ? data.titleFinish
                : format(data.titleQuestion, { position: target, total: total });
            if (progressBar) {
                progressBar.style.width = Math.round(100 * (target === "finish" ? total : target) / total) + "%";
            }
            if (!fromHistory) window.history.pushState({ quizPosition: target }, "", urlFor(target));
            refresh();
            window.scrollTo(0, 0);
            var heading = node.querySelector(".quiz-question__count, h1");
            if (heading) heading.focus({ preventScroll: true });
        }

        function act(action) {
            if (current !== "finish") recordIfChanged(forms[current]);
            if (action === "next" || action === "prev") {
                // A double tap moves one question, not two (the second tap lands on the next question's button).
                if (Date.now() - lastStep < 400) return;
                lastStep = Date.now();
            }
            if (action === "finish") go("finish");
            else if (action === "prev") go(Math.max(current - 1, 1));
            else if (action && action.indexOf("goto-") === 0) go(parseInt(action.slice(5), 10));
            else go(current >= total ? "finish" : current + 1);
        }

        // -- What the participant sees of all this --

        function setStatus(form, text, kind) {
            var status = form.querySelector("[data-save-status]");
            if (!status) return;
            status.textContent = text;
            status.classList.toggle("is-error", kind === "error");
            status.classList.toggle("is-waiting", kind === "waiting");
        }

        function stateOf(position) {
            if (refused[position]) return "refused";
            var entry = pending[questionAt[position]];
            if (entry) return "waiting";
            return answered[position] ? "saved" : "";
        }

        function refresh() {
            var offline = navigator.onLine === false;
            var stuck = offline || failures > 0;
            jump.querySelectorAll("[data-position]").forEach(function (button) {
                var position = parseInt(button.dataset.position, 10);
                var state = stateOf(position);
                var isCurrent = position === current;
                button.classList.toggle("is-answered", Boolean(answered[position]));
                button.classList.toggle("is-waiting", state === "waiting");
                button.classList.toggle("is-refused", state === "refused");
                button.classList.toggle("is-current", isCurrent);
                if (isCurrent) button.setAttribute("aria-current", "step");
                else button.removeAttribute("aria-current");
                var label = button.querySelector("[data-state-label]");
                if (label) label.textContent = state ? ", " + data["msgState" + state.charAt(0).toUpperCase() + state.slice(1)] : "";
            });
            var answeredText = root.querySelector("[data-quiz-answered]");
            if (answeredText) answeredText.textContent = format(data.msgJumpAnswered, { answered: countAnswered(), total: total });

            if (current === "finish") {
                finishPanel();
            } else if (forms[current]) {
                var entry = pending[questionAt[current]];
                if (refused[current]) setStatus(forms[current], data.msgRefused, "error");
                else if (errors[current]) setStatus(forms[current], errors[current], "error");
                else if (entry && sending !== entry && stuck) setStatus(forms[current], offline ? data.msgWaiting : data.msgRetry, "waiting");
                else if (entry) setStatus(forms[current], data.msgSaving, "");
                else if (answered[current]) setStatus(forms[current], data.msgSaved, "");
                else setStatus(forms[current], "", "");
            }

            var text = "";
            if (halted) text = "";
            else if (submitting) text = data.msgSubmitting;
            else if (submitQueued) text = timeIsUp ? data.msgTimeUp : (stuck ? data.msgSubmitQueued : data.msgSubmitting);
            else if (pendingCount() && stuck) {
                text = (offline ? data.msgOffline : data.msgRetry) + " " + format(data.msgPending, { count: pendingCount() });
            }
            if (signedOut && !offline && !halted) text = data.msgSignedOut;
            sync.hidden = !text;
            sync.querySelector("[data-quiz-sync-text]").textContent = text;
            sync.classList.toggle("is-offline", offline);
            cancelButton.hidden = !(submitQueued && !submitting && !timeIsUp && stuck);
        }

        // -- Events --

        stage.addEventListener("change", function (event) {
            var form = event.target.form;
            if (event.target.name === "choice" && form && form.hasAttribute("data-quiz-question")) record(form);
        });
        stage.addEventListener("submit", function (event) {
            event.preventDefault();
            if (event.target.hasAttribute("data-quiz-submit")) {
                queueSubmit(false);
                return;
            }
            act(event.submitter ? event.submitter.value : "next");
        });
        stage.addEventListener("click", function (event) {
            var link = event.target.closest("a[data-goto]");
            if (!link) return;
            event.preventDefault();
            go(parseInt(link.dataset.goto, 10));
        });
        jump.addEventListener("click", function (event) {
            var button = event.target.closest("button[name=action]");
            if (!button) return;
            event.preventDefault();
            act(button.value);
        });
        cancelButton.addEventListener("click", cancelSubmit);
        window.addEventListener("popstate", function (event) {
            var target = event.state && event.state.quizPosition;
            if (target !== undefined && target !== null) go(target, true);
        });
        window.addEventListener("online", function () {
            failures = 0;
            pump();
        });
        window.addEventListener("offline", refresh);
        document.addEventListener("visibilitychange", function () {
            if (document.visibilityState === "visible" && failures > 0) pump();
        });
        window.history.replaceState({ quizPosition: current }, "", window.location.href);
        timeUpHandler = timeUp;

        // Images of the other questions, fetched now while there is a connection (not on a data saver): their
        // questions are built at once, outside the page, so the browser picks and loads each image's source.
        var saveData = navigator.connection && navigator.connection.saveData;
        if (!saveData) {
            Object.keys(templates).forEach(function (position) {
                if (templates[position].content.querySelector("img")) formFor(parseInt(position, 10));
            });
        }

        // Picks and a submit left waiting on this device (the page was closed before they were sent).
        var ready = openStore().then(function (opened) {
            return opened.answers(attempt).then(function (records) {
                records.forEach(function (entry) {
                    if (pending[entry.question] && pending[entry.question].revision >= entry.revision) return;
                    if (positionOf[entry.question] === undefined) return;
                    entry.position = positionOf[entry.question];
                    pending[entry.question] = entry;
                    lastRevision = Math.max(lastRevision, entry.revision);
                    answered[entry.position] = entry.choices.length > 0;
                    if (forms[entry.position]) applyPicks(forms[entry.position], entry.choices);
                });
                return opened.submit(attempt);
            }).then(function (queued) {
                if (queued && !submitQueued) submitQueued = queued;
                store = opened;
            });
        });
        ready.then(function () {
            recordIfChanged(first);
            if (submitQueued) queueSubmit(submitQueued.byTime);
            refresh();
            pump();
        });
        refresh();
    }

    function setupTimer(timer) {
        var out = timer.querySelector("[data-time]");
        var deadline = Date.now() + parseInt(timer.dataset.remaining, 10) * 1000;
        var handle = null;

        function pad(n) { return n < 10 ? "0" + n : String(n); }

        function tick() {
            var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
            var hours = Math.floor(left / 3600);
            var minutes = Math.floor((left % 3600) / 60);
            var seconds = left % 60;
            out.textContent = (hours ? hours + ":" + pad(minutes) : String(minutes)) + ":" + pad(seconds);
            timer.classList.toggle("is-urgent", left <= 60);
            if (left === 0) {
                window.clearInterval(handle);
                if (timeUpHandler) {
                    timeUpHandler(); // the attempt page sends what it holds, now or once the connection is back
                    return;
                }
                var timeout = document.getElementById("quiz-timeout-form");
                if (timeout) timeout.submit();
            }
        }

        timer.addEventListener("quiz:stop", function () { window.clearInterval(handle); });
        tick();
        handle = window.setInterval(tick, 1000);
    }

    function setupSubmitOnce(form) {
        form.addEventListener("submit", function () {
            form.querySelectorAll("button[type=submit]").forEach(function (button) {
                window.setTimeout(function () { button.disabled = true; }, 0);
            });
        });
    }

    document.querySelectorAll("[data-quiz]").forEach(setupQuiz);
    document.querySelectorAll("[data-quiz-timer]").forEach(setupTimer);
    document.querySelectorAll("[data-submit-once]").forEach(setupSubmitOnce);
})();
