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
                    var was = row.classList.contains("roster__row--present");
                    if (counter && was !== data.present) {
                        // The count covers the whole session, not only the rows a search shows.
                        counter.textContent = (parseInt(counter.textContent, 10) || 0) + (data.present ? 1 : -1);
                    }
                    row.classList.toggle("roster__row--present", data.present);
                    row.querySelector(".roster__box").textContent = data.present ? "✓" : "";
                    button.setAttribute("aria-pressed", data.present ? "true" : "false");
                    field.value = data.present ? "0" : "1";
                })
                .catch(function () { form.submit(); })
                .finally(function () { button.disabled = false; });
        });
    });
}());
