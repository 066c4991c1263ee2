/* The lesson's sticky bar (courses/includes/lesson_bar.html): names the section being read and marks it in the
   contents, fills the reading bar, and closes the contents after a jump or a tap elsewhere. Without this
   script the bar is still the lesson's contents and its next step; every section stays on the one page. */
(function () {
    "use strict";

    document.addEventListener("DOMContentLoaded", function () {
        var bar = document.querySelector("[data-lesson-bar]");
        var body = document.querySelector("[data-lesson-body]");
        if (!bar || !body) return;
        var menu = bar.querySelector("[data-lesson-menu]");
        var where = bar.querySelector("[data-lesson-where]");
        var reading = bar.querySelector("[data-lesson-reading]");
        var links = Array.prototype.slice.call(bar.querySelectorAll("[data-section-link]"));
        var targets = links.map(function (link) {
            return document.getElementById(decodeURIComponent(link.hash.slice(1)));
        });
        var current = -1;
        var scheduled = false;
        reading.hidden = false;

        function currentSection(line) {
            // The last section whose start has gone under the bar (the first one until then).
            var found = 0;
            targets.forEach(function (target, index) {
                if (target && target.getBoundingClientRect().top <= line) found = index;
            });
            return found;
        }

        function update() {
            scheduled = false;
            var line = bar.getBoundingClientRect().bottom + 16;
            if (links.length) {
                var index = currentSection(line);
                if (index !== current) {
                    if (current >= 0) links[current].removeAttribute("aria-current");
                    links[index].setAttribute("aria-current", "location");
                    where.textContent = links[index].dataset.where + ": " + links[index].textContent.trim();
                    current = index;
                }
            }
            // How much of the lesson has come into view: 100 once its end is on the screen.
            var box = body.getBoundingClientRect();
            var seen = (window.innerHeight - box.top) / Math.max(box.height, 1);
            reading.value = Math.round(Math.min(1, Math.max(0, seen)) * 100);
        }

        function schedule() {
            if (scheduled) return;
            scheduled = true;
            window.requestAnimationFrame(update);
        }

        window.addEventListener("scroll", schedule, { passive: true });
        window.addEventListener("resize", schedule);
        bar.addEventListener("click", function (event) {
            if (event.target.closest("[data-section-link]")) menu.open = false;
        });
        document.addEventListener("click", function (event) {
            if (menu.open && !bar.contains(event.target)) menu.open = false;
        });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && menu.open) {
                menu.open = false;
                menu.querySelector("summary").focus();
            }
        });
        update();
    });
})();
