// The organiser's QR screen: fetch the new code when the current one is about to change.
(function () {
    "use strict";
    var root = document.querySelector("[data-qr]");
    if (!root) { return; }
    var image = root.querySelector("[data-qr-image]");
    var countdown = root.querySelector("[data-qr-countdown]");
    var present = root.querySelector("[data-qr-present]");
    var link = root.querySelector("[data-qr-link]");
    var left = parseInt(root.dataset.secondsLeft, 10) || 1;

    function refresh() {
        fetch(root.dataset.codeUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
            .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
            .then(function (data) {
                image.innerHTML = data.svg;
                link.href = data.url;
                present.textContent = data.present;
                left = data.seconds_left;
            })
            .catch(function () { left = 3; });
    }

    setInterval(function () {
        left -= 1;
        if (left <= 0) { refresh(); left = 2; }
        countdown.textContent = Math.max(left, 0);
    }, 1000);
    // Keep the count of people present fresh between code changes too.
    setInterval(function () { if (left > 3) { refresh(); } }, 10000);
}());
