// One tap marks a person present (or undoes it) without reloading the list or losing the search.
(function () {
    "use strict";
    var counter = document.querySelector("[data-present-count]");
    document.querySelectorAll("form[data-mark]").forEach(function (form) {
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            var row = form.closest(".roster__row");
            var button = form.querySelector("button");
            var field = form.querySelector("input[name=present]");
            button.disabled = true;
            fetch(form.action, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" }, credentials: "same-origin" })
                .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
                .then(function (data) {
                    row.classList.toggle("roster__row--present", data.present);
                    row.querySelector(".roster__box").textContent = data.present ? "✓" : "";
                    button.setAttribute("aria-pressed", data.present ? "true" : "false");
                    field.value = data.present ? "0" : "1";
                    if (counter) { counter.textContent = document.querySelectorAll(".roster__row--present").length; }
                })
                .catch(function () { form.submit(); })
                .finally(function () { button.disabled = false; });
        });
    });
}());
