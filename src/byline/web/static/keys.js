// "/" puts the cursor in the search box, Escape leaves it; nothing else runs here.
document.addEventListener("keydown", function (event) {
  var box = document.getElementById("q");
  if (!box) return;
  var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
  if (event.key === "/" && !typing) {
    event.preventDefault();
    box.focus();
    box.select();
  } else if (event.key === "Escape" && document.activeElement === box) {
    box.blur();
  }
});
