/*
 * A slide's picture in a handout: the deck's own page (reveal.js's print
 * view) scaled down with CSS zoom, so that it stays vector text. Type that
 * would print smaller than a floor (in points) is raised to it, citation
 * marks that would print under the floor are left out, and the slide says
 * whether its content still fits its box once raised.
 *
 * window.lecternThumbnail:
 *   fit(frame, page, slideWidth, minPt)
 *                                  zooms the picture (the deck's page, put into frame's empty scaler if it is
 *                                  not there yet) to frame's width and makes its type readable;
 *                                  returns {overflow, grow, undo}: whether the raised content overruns the
 *                                  slide, a function that lets the picture grow taller than the slide so
 *                                  that nothing is cut, and one that puts the slide back as it was
 */
(function () {
  /** Points per CSS pixel. */
  var PT = 0.75;

  /** The zoom the last picture got: most pictures of a handout share one. */
  var lastZoom = '';

  function fit(frame, page, slideWidth, minPt) {
    var scaler = frame.firstChild;
    // A new picture goes in at the last zoom, before the frame is measured: when that zoom is the frame's, as it
    // mostly is, the slide is styled and laid out once, at the size it prints.
    if (page.parentNode !== scaler.firstChild) {
      setZoom(scaler, lastZoom);
      scaler.firstChild.appendChild(page);
    }
    var zoom = frame.clientWidth / slideWidth;
    setZoom(scaler, (lastZoom = String(zoom)));
    var section = page.querySelector(':scope > section');
    var floor = minPt / PT / zoom;
    var changed = [];
    var set = function (e, prop, value) {
      changed.push([e, prop, e.style.getPropertyValue(prop), e.style.getPropertyPriority(prop)]);
      e.style.setProperty(prop, value, 'important');
    };
    var size = function (e) {
      return parseFloat(getComputedStyle(e).fontSize);
    };
    // Citation marks too small to read are left out: the handout's sources (and the lecturer's notes) carry them.
    section.querySelectorAll('.cite').forEach(function (c) {
      if (size(c) < floor - 0.01) set(c, 'display', 'none');
    });
    // Formulas are raised whole, keeping their own proportions.
    section.querySelectorAll('.katex').forEach(function (k) {
      if (size(k) < floor - 0.01) set(k, 'font-size', floor + 'px');
    });
    // Which texts print is read for all of them first: raising type never hides or shows one, and reading
    // boxes between the raises would lay the slide out again after each.
    var shown = [];
    var walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
      var e = n.parentElement;
      if (/\S/.test(n.data) && !e.closest('aside, .katex') && e.getClientRects().length) shown.push(e);
    }
    // In document order, each read after the raises before it: a parent raised first raises text sized relative to it.
    shown.forEach(function (e) {
      if (size(e) < floor - 0.01) set(e, 'font-size', floor + 'px');
    });
    return {
      overflow: section.scrollHeight > section.clientHeight + 1 || section.scrollWidth > section.clientWidth + 1,
      /** The slide as tall as its content, the page around it grown to match. */
      grow: function () {
        var extra = section.scrollHeight - section.clientHeight;
        if (extra <= 0) return;
        set(section, 'height', section.clientHeight + extra + 'px');
        set(page, 'height', page.offsetHeight + extra + 'px');
      },
      undo: function () {
        changed.reverse().forEach(function (c) {
          c[0].style.setProperty(c[1], c[2], c[3]);
        });
        changed = [];
      },
    };
  }

  /** Sets a zoom only when it changes: setting it again would have the picture styled again. */
  function setZoom(scaler, zoom) {
    if (zoom && scaler.lecternZoom !== zoom) scaler.style.zoom = scaler.lecternZoom = zoom;
  }

  window.lecternThumbnail = { fit: fit };
})();
