// Click-to-load videos (courses/blocks.py VideoBlock): the lesson holds only the player's address; the
// YouTube or Vimeo player, and every request it makes, starts when the participant taps play.
// Without JavaScript the play button is a plain link to the video on its own site.
(function () {
  "use strict";
  if (document.documentElement.hasAttribute("data-video-embed-ready")) return; // one listener per page
  document.documentElement.setAttribute("data-video-embed-ready", "");

  function play(frame) {
    var src = frame.getAttribute("data-src");
    var iframe = document.createElement("iframe");
    iframe.src = src + (src.indexOf("?") === -1 ? "?" : "&") + "autoplay=1";
    iframe.title = frame.getAttribute("data-title");
    iframe.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
    iframe.allowFullscreen = true;
    iframe.referrerPolicy = "strict-origin-when-cross-origin";
    frame.replaceChildren(iframe);
    iframe.focus();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-video-play]");
    if (!button) return;
    var frame = button.closest("[data-video-player]");
    if (!frame) return;
    event.preventDefault();
    play(frame);
  });
})();
