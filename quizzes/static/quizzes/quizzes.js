// Quizzes: save each answer as it changes, count the time down, submit a form once.
// Progressive enhancement: without this file every form still posts and the server enforces the time limit.
(function () {
    "use strict";

    function csrfToken(form) {
        var input = form.querySelector("input[name=csrfmiddlewaretoken]");
        return input ? input.value : "";
    }

    function setupAutosave(form) {
        var status = form.querySelector("[data-save-status]");

        function show(text, isError) {
            if (!status) return;
            status.textContent = text;
            status.classList.toggle("is-error", Boolean(isError));
        }

        // One request at a time, always sending the latest picks: answers can never arrive out of order.
        // The form's own buttons wait for a save in flight too: otherwise that older save could reach the
        // server (another app server) after the form's newer picks and overwrite them.
        var inFlight = false;
        var pending = false;
        var heldSubmit = null;

        function finished() {
            inFlight = false;
            if (heldSubmit) {
                var submitter = heldSubmit.submitter;
                heldSubmit = null;
                pending = false; // the form carries the latest picks itself
                if (form.requestSubmit) form.requestSubmit(submitter || undefined);
                else form.submit();
                return;
            }
            if (pending) save();
        }

        form.addEventListener("submit", function (event) {
            if (!inFlight) return;
            event.preventDefault();
            heldSubmit = { submitter: event.submitter };
            show(form.dataset.msgSaving);
        });

        function save() {
            if (inFlight) {
                pending = true;
                return;
            }
            inFlight = true;
            pending = false;
            var data = new FormData(form);
            data.delete("action");
            show(form.dataset.msgSaving);
            fetch(form.dataset.saveUrl, {
                method: "POST",
                body: data,
                credentials: "same-origin",
                headers: { "X-CSRFToken": csrfToken(form), "Accept": "application/json" },
            })
                .then(function (response) {
                    return response.json().then(
                        function (body) { return { ok: response.ok, body: body }; },
                        function () { return { ok: false, body: {} }; }
                    );
                })
                .then(function (result) {
                    if (result.body.redirect) {
                        window.location.assign(result.body.redirect);
                        return;
                    }
                    if (pending) return; // a newer change is about to be sent
                    if (result.ok && result.body.saved) {
                        show(form.dataset.msgSaved);
                        var current = form.querySelector(".quiz-jump__item.is-current");
                        var picked = form.querySelector("input[name=choice]:checked");
                        if (current) current.classList.toggle("is-answered", Boolean(picked));
                    } else {
                        show(result.body.error || form.dataset.msgError, true);
                    }
                })
                .catch(function () {
                    if (!pending) show(form.dataset.msgError, true);
                })
                .then(finished);
        }

        form.addEventListener("change", function (event) {
            if (event.target.name === "choice") save();
        });
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
                var timeout = document.getElementById("quiz-timeout-form");
                if (timeout) timeout.submit();
            }
        }

        tick();
        handle = window.setInterval(tick, 1000);
    }

    function setupSubmitOnce(form) {
        form.addEventListener("submit", function (event) {
            if (event.defaultPrevented) return; // held until a save in flight has finished
            form.querySelectorAll("button[type=submit]").forEach(function (button) {
                window.setTimeout(function () { button.disabled = true; }, 0);
            });
        });
    }

    document.querySelectorAll("[data-quiz-form]").forEach(setupAutosave);
    document.querySelectorAll("[data-quiz-timer]").forEach(setupTimer);
    document.querySelectorAll("[data-submit-once]").forEach(setupSubmitOnce);
})();
