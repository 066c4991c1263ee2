"""H5P packages built in memory for tests, around a tiny content type of our own (H5P.SinergiCheck).

The library follows the H5P library format: a folder `<machineName>-<major>.<minor>/` with `library.json`
naming its scripts. Its script shows a button; a tap emits an xAPI `completed` statement with a score.
"""

import io
import json
import zipfile

LIBRARY = "H5P.SinergiCheck"
LIBRARY_FOLDER = f"{LIBRARY}-1.0"

LIBRARY_JSON = {
    "title": "Sinergi check",
    "machineName": LIBRARY,
    "majorVersion": 1,
    "minorVersion": 0,
    "patchVersion": 0,
    "runnable": 1,
    "embedTypes": ["div"],
    "preloadedJs": [{"path": "check.js"}],
    "preloadedCss": [{"path": "check.css"}],
}

CHECK_JS = """
var H5P = H5P || {};
H5P.SinergiCheck = (function ($) {
  function SinergiCheck(params, contentId, extras) {
    H5P.EventDispatcher.call(this);
    this.params = params;
    this.contentId = contentId;
    this.done = Boolean(extras && extras.previousState && extras.previousState.done);
  }
  SinergiCheck.prototype = Object.create(H5P.EventDispatcher.prototype);
  SinergiCheck.prototype.constructor = SinergiCheck;
  SinergiCheck.prototype.getMaxScore = function () { return this.params.maxScore; };
  SinergiCheck.prototype.getCurrentState = function () { return { done: this.done }; };
  SinergiCheck.prototype.attach = function ($container) {
    var self = this;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sinergi-check';
    button.textContent = self.done ? self.params.done : self.params.label;
    button.addEventListener('click', function () {
      self.done = true;
      self.triggerXAPIScored(self.params.score, self.params.maxScore, 'completed');
      button.textContent = self.params.done;
    });
    $container.get(0).appendChild(button);
  };
  return SinergiCheck;
})(H5P.jQuery);
"""

CHECK_CSS = ".sinergi-check { font-size: 1.2rem; padding: .75rem 1rem; }"


def manifest(**overrides) -> dict:
    data = {
        "title": "Kenali tanda lowongan kerja palsu",
        "language": "id",
        "mainLibrary": LIBRARY,
        "embedTypes": ["div"],
        "license": "U",
        "preloadedDependencies": [{"machineName": LIBRARY, "majorVersion": 1, "minorVersion": 0}],
    }
    data.update(overrides)
    return data


def content(score: int = 3, max_score: int = 3) -> dict:
    return {"label": "Saya sudah paham", "done": "Terima kasih!", "score": score, "maxScore": max_score}


def package_files(**manifest_overrides) -> dict[str, bytes]:
    return {
        "h5p.json": json.dumps(manifest(**manifest_overrides)).encode(),
        "content/content.json": json.dumps(content()).encode(),
        f"{LIBRARY_FOLDER}/library.json": json.dumps(LIBRARY_JSON).encode(),
        f"{LIBRARY_FOLDER}/check.js": CHECK_JS.encode(),
        f"{LIBRARY_FOLDER}/check.css": CHECK_CSS.encode(),
    }


def build(
    files: dict | None = None,
    *,
    extra: dict | None = None,
    drop=(),
    compression=zipfile.ZIP_DEFLATED,
    **manifest_overrides,
) -> bytes:
    """A package as bytes: the tiny library's package, with files added (`extra`) or left out (`drop`).

    A value may be bytes or a (ZipInfo, bytes) pair, to set a member's header by hand.
    """
    files = dict(files if files is not None else package_files(**manifest_overrides))
    files.update(extra or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in files.items():
            if name in drop:
                continue
            if isinstance(data, tuple):
                archive.writestr(*data)
            else:
                archive.writestr(name, data)
    return buffer.getvalue()
