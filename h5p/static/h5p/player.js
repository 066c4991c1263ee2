// Runs inside the sandboxed player frame (an opaque origin). It starts h5p-standalone and passes to the
// lesson page only what the lesson needs: the frame's height and the meaningful xAPI statements.
(function () {
  "use strict";
  var MEANINGFUL = { completed: true, answered: true, passed: true, failed: true };

  // The sandbox gives this page no storage and no cookies, and reading them throws. H5P core reads
  // localStorage (its clipboard) and cookies; it gets a store that lives as long as the page.
  function memoryStorage() {
    var items = {};
    return {
      getItem: function (key) { return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null; },
      setItem: function (key, value) { items[key] = String(value); },
      removeItem: function (key) { delete items[key]; },
      clear: function () { items = {}; },
      key: function (index) { return Object.keys(items)[index] || null; },
      get length() { return Object.keys(items).length; },
    };
  }
  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      window[name].getItem("h5p");
    } catch (error) {
      Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
    }
  });
  try {
    void document.cookie;
  } catch (error) {
    Object.defineProperty(document, "cookie", { get: function () { return ""; }, set: function () {}, configurable: true });
  }

  var config = JSON.parse(document.getElementById("h5p-config").textContent);
  var container = document.getElementById("h5p-container");

  function send(message) {
    message.source = "sinergi-h5p";
    window.parent.postMessage(message, "*");
  }

  function verbOf(statement) {
    var id = statement && statement.verb && statement.verb.id;
    return typeof id === "string" ? id.split("/").pop() : "";
  }

  function isTopLevel(statement) {
    // A question inside a larger activity reports with a parent; only the activity as a whole counts.
    var activities = statement.context && statement.context.contextActivities;
    return !(activities && activities.parent && activities.parent.length);
  }

  function reportHeight() {
    send({ type: "height", value: Math.ceil(container.getBoundingClientRect().height) });
  }

  var lastState = null;

  function reportState() {
    var instance = window.H5P && H5P.instances && H5P.instances[0];
    if (!instance || typeof instance.getCurrentState !== "function") {
      return;
    }
    var state;
    try {
      state = JSON.stringify(instance.getCurrentState() || {});
    } catch (error) {
      return;
    }
    if (state !== lastState) {
      lastState = state;
      send({ type: "state", value: state });
    }
  }

  function watchState() {
    // Saved every 30 seconds, after each statement and when the participant leaves the page.
    window.setInterval(reportState, 30000);
    H5P.externalDispatcher.on("xAPI", function () {
      window.setTimeout(reportState, 0);
    });
    window.addEventListener("pagehide", reportState);
    document.addEventListener("visibilitychange", reportState);
  }

  if (window.ResizeObserver) {
    new ResizeObserver(reportHeight).observe(container);
  }
  window.addEventListener("load", reportHeight);

  new H5PStandalone.H5P(container, config)
    .then(function () {
      H5P.externalDispatcher.on("xAPI", function (event) {
        var statement = event.data && event.data.statement;
        var verb = verbOf(statement);
        if (!MEANINGFUL[verb] || !isTopLevel(statement)) {
          return;
        }
        send({ type: "xapi", statement: statement });
      });
      send({ type: "ready" });
      reportHeight();
      watchState();
    })
    .catch(function (error) {
      send({ type: "error", message: String(error) });
    });
})();
