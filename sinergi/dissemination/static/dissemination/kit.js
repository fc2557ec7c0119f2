// The share kit: a live character count under each caption (X counts a link as 23 characters), and
// "Bagikan", which hands the caption and an image to the phone's share sheet where the browser can.
(function () {
  "use strict";
  function length(platform, text) {
    return platform === "x" ? text.replace(/https?:\/\/\S+/g, "x".repeat(23)).length : text.length;
  }
  document.querySelectorAll("textarea[data-limit]:not([readonly])").forEach(function (area) {
    var out = document.createElement("p");
    out.className = "hint";
    out.setAttribute("aria-live", "polite");
    area.insertAdjacentElement("afterend", out);
    function update() {
      var used = length(area.dataset.platform, area.value), limit = Number(area.dataset.limit);
      out.textContent = used + " / " + limit + (used > limit ? " — " + area.dataset.over : "");
      out.classList.toggle("field-error", used > limit);
    }
    area.addEventListener("input", update);
    update();
  });
  document.querySelectorAll("button[data-share]").forEach(function (button) {
    if (!navigator.share) { return; }  // the download links stay the way
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = document.getElementById(button.dataset.caption).value;
      fetch(button.dataset.image, { credentials: "same-origin" }).then(function (response) {
        return response.blob();
      }).then(function (blob) {
        var file = new File([blob], "gambar.jpg", { type: "image/jpeg" });
        var data = { text: text, files: [file] };
        return navigator.canShare && navigator.canShare(data) ? navigator.share(data) : navigator.share({ text: text });
      }).catch(function () {});
    });
  });
})();
