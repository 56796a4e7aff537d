/* Starts a Lectern deck: reveal.js with the settings the page carries, and the speaker notes plugin. */
(function () {
  var root = document.querySelector('.reveal');
  var config = JSON.parse(root.getAttribute('data-config') || '{}');
  var params = new URLSearchParams(window.location.search);
  if (params.get('fragments') === 'separate') config.pdfSeparateFragments = true;
  config.plugins = [window.RevealNotes].filter(Boolean);
  // A reader who asks for less motion gets no slide transitions (see deck-site.css for the rest).
  if (window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
    config.transition = 'none';
    config.backgroundTransition = 'none';
    config.autoAnimate = false;
    root.querySelectorAll('[data-transition]').forEach(function (section) {
      section.setAttribute('data-transition', 'none');
    });
  }
  root.querySelectorAll('.slides > section').forEach(function (section, index) {
    section.setAttribute('data-slide-index', String(index));
  });
  window.lecternPdfReady = new Promise(function (resolve) {
    root.addEventListener('pdf-ready', resolve, { once: true });
  });
  window.lecternReady = Reveal.initialize(config);
})();
