// "Insert" beside a release's editor: puts the cited figure (Markdown with its link) at the cursor in the body.
document.querySelectorAll("[data-cite]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () {
    var body = document.getElementById("id_body");
    var text = button.dataset.cite;
    if (!body) { return; }
    var start = body.selectionStart || body.value.length, end = body.selectionEnd || start;
    body.value = body.value.slice(0, start) + text + body.value.slice(end);
    body.focus();
    body.selectionStart = body.selectionEnd = start + text.length;
    button.parentNode.querySelector("[data-cited]").hidden = false;
  });
});
