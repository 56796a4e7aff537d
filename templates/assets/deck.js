/*
 * Starts a Lectern deck: mermaid diagrams drawn first (so that layout and
 * print see them), then reveal.js with the settings the page carries and the
 * plugins it loaded: speaker notes, zoom (Alt+click), chalkboard and menu
 * when the deck asks for them. R toggles the scroll view. Fitted text
 * (.r-fit-text) stays within the slide's height too, and displayed formulas
 * within their box's width. In print, a range of
 * slides can be asked for (see skipSlidesOutside).
 */
(function () {
  var root = document.querySelector('.reveal');
  var config = JSON.parse(root.getAttribute('data-config') || '{}');
  var params = new URLSearchParams(window.location.search);
  var element = document.currentScript;
  var script = element && element.src;
  var assets = script ? script.slice(0, script.lastIndexOf('/') + 1) : '';
  if (params.get('fragments') === 'separate') config.pdfSeparateFragments = true;
  var printing = /print-pdf/.test(window.location.search);
  var designed = { width: config.width || 960, height: config.height || 700 };
  var narrow = window.matchMedia && !printing ? window.matchMedia('(max-width: 599px) and (orientation: portrait)') : null;
  /* The slide size for the screen: as designed, or on a phone the width a phone reads at ease and the screen's own proportions. */
  function slideSize() {
    if (!narrow || !narrow.matches) return designed;
    var width = Math.min(designed.width, 640);
    return { width: width, height: Math.round((width * window.innerHeight) / window.innerWidth) };
  }
  Object.assign(config, slideSize());
  // Paged, not the scroll view reveal.js turns to on narrow screens: the paged view keeps the slide number and arrows.
  if (!printing && config.view !== 'scroll') config.scrollActivationWidth = null;
  // The theme lays each slide out as a column with its foot at the bottom; reveal.js's own centring (center: true)
  // would move the whole slide, foot and footer too, and differently in print: the theme centres the body instead.
  if (config.center) root.classList.add('center-slides');
  config.center = false;
  config.plugins = [window.RevealNotes, window.RevealZoom].filter(Boolean);
  if (window.RevealChalkboard) {
    config.plugins.push(window.RevealChalkboard);
    config.chalkboard = Object.assign({ storage: 'lectern-chalkboard:' + window.location.pathname }, config.chalkboard || {});
  }
  if (window.RevealMenu) {
    config.plugins.push(window.RevealMenu);
    config.menu = Object.assign({ path: assets + 'plugins/menu/', themes: false, transitions: false, numbers: true }, config.menu || {});
  }
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
  skipSlidesOutside(printing && params.get('slides'));
  /* reveal.js fits .r-fit-text to the slide's width a frame after it lays a slide out (and after pdf-ready): wait for that, when there is any. */
  function afterFrames() {
    return new Promise(function (resolve) {
      requestAnimationFrame(function () {
        requestAnimationFrame(resolve);
      });
    });
  }
  window.lecternPdfReady = new Promise(function (resolve) {
    root.addEventListener('pdf-ready', resolve, { once: true });
  }).then(function () {
    hideSkippedPages();
    fitSmallerSlides();
    // Formulas are measured in KaTeX's own fonts, which load as the slides show them.
    return document.fonts ? document.fonts.ready : undefined;
  }).then(function () {
    fitAllFormulas();
    return root.querySelector('.r-fit-text') ? afterFrames() : undefined;
  });

  /*
   * A long deck is printed by several tabs at once, each given a range of
   * slides ("slides=100-199", or "slides=200-" to the end). The slides
   * outside it keep their places, so that numbers and links stay right, but
   * are emptied before anything lays them out, and their pages are hidden.
   */
  function skipSlidesOutside(range) {
    var bounds = /^(\d+)-(\d*)$/.exec(range || '');
    if (!bounds) return;
    var from = Number(bounds[1]);
    var to = bounds[2] ? Number(bounds[2]) : Infinity;
    root.querySelectorAll('.slides > section').forEach(function (section, index) {
      if (index >= from && index <= to) return;
      var stack = section.querySelectorAll(':scope > section');
      (stack.length ? Array.prototype.slice.call(stack) : [section]).forEach(function (slide) {
        slide.replaceChildren();
        Array.prototype.slice.call(slide.attributes).forEach(function (attribute) {
          if (/^data-background/.test(attribute.name)) slide.removeAttribute(attribute.name);
        });
        slide.setAttribute('data-print-skip', '');
      });
    });
  }
  function hideSkippedPages() {
    var skipped = root.querySelectorAll('.pdf-page > section[data-print-skip]');
    if (!skipped.length) return;
    skipped.forEach(function (section) {
      section.parentElement.classList.add('pdf-skipped');
      section.parentElement.style.display = 'none';
    });
    // The range's last page ends the document: no blank page after it.
    var shown = root.querySelectorAll('.slides .pdf-page:not(.pdf-skipped)');
    if (shown.length) shown[shown.length - 1].style.breakAfter = 'auto';
  }

  /* Text fitted to the slide's width is made smaller where it would push the slide's other content off the slide. */
  function fitHeight(event) {
    var element = event.target;
    var section = element.closest('section');
    var over = section ? section.scrollHeight - section.clientHeight : 0;
    if (over <= 0 || !element.offsetHeight) return;
    var size = parseFloat(element.style.fontSize) || parseFloat(getComputedStyle(element).fontSize);
    element.style.fontSize = Math.max(12, Math.floor(size * Math.max(0, element.offsetHeight - over) / element.offsetHeight)) + 'px';
  }
  root.querySelectorAll('.r-fit-text').forEach(function (element) {
    element.addEventListener('fit', fitHeight);
  });

  /*
   * A .smaller slide is set a little smaller, and smaller still, down to three
   * quarters, only as far as its content needs to fit the slide with every
   * fragment shown. A slide that is not laid out yet is fitted when shown.
   */
  var SMALLER = [0.9, 0.85, 0.8, 0.75];
  function fitSmaller(section) {
    if (!section || !section.classList.contains('smaller') || !section.offsetHeight) return;
    var height = Reveal.getConfig().height;
    for (var i = 0; i < SMALLER.length; i++) {
      section.style.setProperty('--smaller', String(SMALLER[i]));
      if (section.scrollHeight <= height + 4) return;
    }
  }
  function fitSmallerSlides() {
    root.querySelectorAll('.slides section.smaller').forEach(fitSmaller);
  }

  /*
   * A displayed formula wider than its box (the slide, a column) is set
   * smaller, as far as it needs to fit, down to half its size; one wider
   * still scrolls sideways (see the theme), and pre-flight reports it for
   * print. A slide that is not laid out yet is fitted when shown.
   */
  var FORMULA_MIN = 0.5;
  function fitFormulas(scope) {
    if (!scope || !scope.offsetHeight) return;
    scope.querySelectorAll('.katex-display').forEach(function (display) {
      display.style.fontSize = '';
      for (var scale = 1; display.scrollWidth > display.clientWidth + 1 && scale > FORMULA_MIN; ) {
        scale = Math.max(FORMULA_MIN, Math.floor(Math.min(scale - 0.01, (scale * display.clientWidth) / display.scrollWidth) * 100) / 100);
        display.style.fontSize = scale + 'em';
      }
    });
  }
  function fitAllFormulas() {
    root.querySelectorAll('.slides section').forEach(function (section) {
      if (!section.querySelector('section')) fitFormulas(section);
    });
  }

  /* Each diagram is drawn into a visible scratch element by mermaid.render, then put in place of its source. */
  function drawDiagrams() {
    var sources = Array.prototype.slice.call(root.querySelectorAll('pre.mermaid'));
    if (!sources.length || !window.mermaid) return Promise.resolve();
    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', fontFamily: getComputedStyle(root).fontFamily });
    return sources.reduce(function (done, pre, i) {
      return done.then(function () {
        return window.mermaid.render('mermaid-diagram-' + i, pre.textContent).then(
          function (result) {
            var figure = document.createElement('div');
            figure.className = 'mermaid-diagram';
            figure.innerHTML = result.svg;
            pre.replaceWith(figure);
          },
          function (error) {
            pre.setAttribute('data-error', String((error && error.message) || error));
          },
        );
      });
    }, Promise.resolve());
  }

  window.lecternReady = drawDiagrams().then(function () {
    return Reveal.initialize(config);
  }).then(function () {
    // The arrows named in the deck's language.
    ['left', 'right', 'up', 'down'].forEach(function (way) {
      var name = element && element.getAttribute('data-arrow-' + way);
      root.querySelectorAll('.controls .navigate-' + way).forEach(function (button) {
        if (name) button.setAttribute('aria-label', name);
      });
    });
    fitSmallerSlides();
    fitFormulas(Reveal.getCurrentSlide());
    if (document.fonts) {
      document.fonts.ready.then(function () {
        fitFormulas(Reveal.getCurrentSlide());
      });
    }
    Reveal.on('slidechanged', function (event) {
      fitSmaller(event.currentSlide);
      fitFormulas(event.currentSlide);
    });
    Reveal.addKeyBinding({ keyCode: 82, key: 'R', description: 'Toggle scroll view' }, function () {
      Reveal.toggleScrollView();
    });
    if (narrow) {
      window.addEventListener('resize', function () {
        var size = slideSize();
        var now = Reveal.getConfig();
        if (size.width === now.width && size.height === now.height) return;
        Reveal.configure(size);
        fitFormulas(Reveal.getCurrentSlide());
      });
    }
    return Reveal;
  });

  /* A tab chosen with the mouse gives the keyboard back to the slides. */
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('.panel-tabset > input')) event.target.blur();
  });
})();
