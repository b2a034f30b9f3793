/* Kommunpodd subscribe block: the "copy the feed address" button.
   The address is also printed beside it, so nothing is lost without this script. */
(function () {
  "use strict";
  var buttons = document.querySelectorAll("button.copy-feed[data-copy]");
  Array.prototype.forEach.call(buttons, function (button) {
    var status = button.parentNode.nextElementSibling;
    button.classList.add("ready");
    button.addEventListener("click", function () {
      var address = button.getAttribute("data-copy");
      function say(key) {
        if (status) status.textContent = (button.getAttribute(key) || "") + " " + address;
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(address).then(function () { say("data-done"); },
          function () { say("data-failed"); });
      } else {
        say("data-failed");
      }
    });
  });
})();
