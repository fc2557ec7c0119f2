// "Copy link" on a release page: a file, not an inline script, so the Content-Security-Policy stays strict.
document.querySelectorAll("[data-copy]").forEach(function (button) {
  button.addEventListener("click", function () {
    var done = function () { button.parentNode.querySelector("[data-copied]").hidden = false; };
    if (navigator.clipboard) { navigator.clipboard.writeText(button.dataset.copy).then(done); }
    else { window.prompt("", button.dataset.copy); }
  });
});
