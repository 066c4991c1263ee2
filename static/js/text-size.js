/* Text size: the participant picks 100 %, 150 % or 200 %; the choice stays on this device (localStorage)
   and is applied before the page is drawn, as a class on <html> that scales every rem-based size. */
(function () {
    "use strict";
    var KEY = "sinergi-text-size";
    var SIZES = ["100", "150", "200"];
    var root = document.documentElement;

    function stored() {
        try {
            var value = window.localStorage.getItem(KEY);
            return SIZES.indexOf(value) >= 0 ? value : "100";
        } catch (error) {
            return "100";  // storage refused (private mode): the default size
        }
    }

    function apply(size) {
        SIZES.forEach(function (each) { root.classList.remove("text-" + each); });
        if (size !== "100") root.classList.add("text-" + size);
        document.querySelectorAll("[data-text-size-choice]").forEach(function (button) {
            button.setAttribute("aria-pressed", String(button.dataset.textSizeChoice === size));
        });
    }

    apply(stored());

    document.addEventListener("DOMContentLoaded", function () {
        var control = document.querySelector("[data-text-size]");
        if (!control) return;
        apply(stored());
        control.hidden = false;  // without JavaScript the control could do nothing, so it stays hidden
        control.addEventListener("click", function (event) {
            var button = event.target.closest("[data-text-size-choice]");
            if (!button) return;
            var size = button.dataset.textSizeChoice;
            try { window.localStorage.setItem(KEY, size); } catch (error) { /* applies to this page only */ }
            apply(size);
        });
    });
})();
