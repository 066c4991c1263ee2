// On the lesson page: start each H5P activity when it scrolls into view, in a sandboxed frame, and send
// the statements the frame reports to the server with the participant's session and CSRF token.
(function () {
  "use strict";
  if (window.sinergiH5P) {
    return;
  }
  window.sinergiH5P = true;
  var frames = [];

  function start(section) {
    if (section.dataset.started) {
      return;
    }
    section.dataset.started = "1";
    var stage = section.querySelector("[data-h5p-stage]");
    var frame = document.createElement("iframe");
    // No allow-same-origin: the package's code runs in an opaque origin, away from the site's pages.
    frame.setAttribute("sandbox", "allow-scripts allow-downloads");
    frame.setAttribute("title", stage.dataset.title || "H5P");
    frame.setAttribute("loading", "lazy");
    frame.src = section.dataset.playerUrl;
    stage.replaceChildren(frame);
    frames.push({ frame: frame, section: section });
  }

  function record(section, statement) {
    var result = section.querySelector("[data-h5p-result]");
    fetch(section.dataset.resultUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": section.dataset.csrf },
      body: JSON.stringify({ statement: statement }),
    })
      .then(function (response) {
        return response.json().then(function (data) {
          return { ok: response.ok, data: data };
        });
      })
      .then(function (answer) {
        result.classList.toggle("h5p-activity__result--error", !answer.ok);
        result.classList.toggle("h5p-activity__result--saved", answer.ok);
        if (!answer.ok) {
          result.textContent = answer.data.error || section.dataset.msgFailed;
          return;
        }
        result.textContent = answer.data.message;
        if (answer.data.module_completed) {
          result.textContent += " " + section.dataset.msgModuleDone;
        }
      })
      .catch(function () {
        result.classList.add("h5p-activity__result--error");
        result.textContent = section.dataset.msgFailed;
      });
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.source !== "sinergi-h5p") {
      return;
    }
    var entry = frames.find(function (item) {
      return item.frame.contentWindow === event.source;
    });
    if (!entry) {
      return;
    }
    if (data.type === "height" && data.value > 0) {
      entry.frame.style.height = Math.min(data.value + 4, 4000) + "px";
    } else if (data.type === "xapi") {
      record(entry.section, data.statement);
    } else if (data.type === "state" && typeof data.value === "string") {
      fetch(entry.section.dataset.stateUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": entry.section.dataset.csrf },
        body: JSON.stringify({ state: data.value }),
      }).catch(function () {});
    }
  });

  function init() {
    var sections = document.querySelectorAll("[data-h5p-activity]");
    if (!("IntersectionObserver" in window)) {
      sections.forEach(start);
      return;
    }
    var observer = new IntersectionObserver(
      function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) {
            observer.unobserve(entry.target);
            start(entry.target);
          }
        });
      },
      { rootMargin: "200px 0px" }
    );
    sections.forEach(function (section) {
      observer.observe(section);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
