/* Starts a Lectern deck: reveal.js with the settings the page carries, and the speaker notes plugin. */
(function () {
  var root = document.querySelector('.reveal');
  var config = JSON.parse(root.getAttribute('data-config') || '{}');
  config.plugins = [window.RevealNotes].filter(Boolean);
  window.lecternReady = Reveal.initialize(config);
})();
