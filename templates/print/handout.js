/*
 * Lays a deck, already in reveal.js's print view (?print-pdf), out as a
 * handout: a cover, then the slides scaled down as vector content, with the
 * speaker notes (lecturer) or ruled space (student) beside or beneath them,
 * and the lecture's sources at the end. Options: perPage (1, 3 or 6), notes
 * (true for the lecturer's variant), width and height (of the printable
 * area, in CSS units). Returns the number of slides laid out.
 */
window.lecternHandout = function (options) {
  var perPage = options.perPage;
  var slides = document.querySelector('.reveal .slides');
  var pages = Array.prototype.slice.call(slides.querySelectorAll(':scope > .pdf-page'));
  var first = pages[0];
  var pageWidth = first ? first.offsetWidth : 1344;

  document.documentElement.classList.add('lectern-handout');
  document.body.style.width = '';
  document.body.style.height = '';

  var handout = document.createElement('div');
  handout.className = 'handout per-page-' + perPage + (options.notes ? ' lecturer' : ' student');
  // The printable width, so that slides are scaled here as they will be on paper.
  handout.style.width = options.width;
  handout.style.setProperty('--page-height', options.height);

  var cover = document.createElement('div');
  cover.className = 'handout-cover';
  var titleSlide = document.querySelector('section.title-slide');
  if (titleSlide) {
    Array.prototype.forEach.call(titleSlide.children, function (child) {
      if (child.tagName !== 'ASIDE') cover.appendChild(child.cloneNode(true));
    });
  }
  handout.appendChild(cover);
  var sources = document.createElement('div');
  sources.className = 'handout-sources';

  var grid = document.createElement('div');
  grid.className = 'handout-grid';
  handout.appendChild(grid);

  var items = [];
  pages.forEach(function (page, index) {
    var section = page.querySelector('section');
    if (!section || section.id === 'sources' || section.classList.contains('title-slide')) {
      if (section && section.id === 'sources') {
        Array.prototype.forEach.call(section.children, function (child) {
          if (child.tagName !== 'ASIDE') sources.appendChild(child.cloneNode(true));
        });
      }
      page.remove();
      return;
    }
    var notes = section.querySelector('aside.notes');
    var item = document.createElement('div');
    item.className = 'handout-item';
    item.setAttribute('data-slide', String(index));

    var frame = document.createElement('div');
    frame.className = 'handout-slide';
    var scaler = document.createElement('div');
    scaler.className = 'handout-scaler';
    scaler.appendChild(page);
    frame.appendChild(scaler);
    var number = document.createElement('div');
    number.className = 'handout-number';
    number.textContent = String(index + 1);
    frame.appendChild(number);
    item.appendChild(frame);

    var side = document.createElement('div');
    if (options.notes) {
      side.className = 'handout-notes';
      side.innerHTML = notes ? notes.innerHTML : '';
    } else if (perPage !== 6) {
      side.className = 'handout-lines';
    }
    if (side.className) item.appendChild(side);
    grid.appendChild(item);
    items.push({ frame: frame, scaler: scaler });
  });

  handout.appendChild(sources);
  slides.appendChild(handout);

  // zoom, unlike a transform, scales the layout box too, so that page breaks see the slide's real size.
  items.forEach(function (item) {
    item.scaler.style.width = pageWidth + 'px';
    item.scaler.style.zoom = String(item.frame.clientWidth / pageWidth);
  });
  return items.length;
};
