/* The course search: MiniSearch over the index this language's search-index.js carries; results lead to the slide or the fact. */
(function () {
  var script = document.currentScript;
  var data = window.lecternSearchIndex;
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!data || !window.MiniSearch || !input) return;
  var index = MiniSearch.loadJS(data.index, data.options);

  function show(query) {
    list.textContent = '';
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    var results = index.search(query, { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { title: 2 } });
    status.textContent = results.length ? results.length + ' ' + script.getAttribute('data-results') : script.getAttribute('data-no-results');
    results.slice(0, 50).forEach(function (result) {
      var item = document.createElement('li');
      item.className = 'search-result search-' + result.kind;
      var link = document.createElement('a');
      link.href = result.href;
      link.textContent = result.title;
      item.appendChild(link);
      if (result.context) {
        var context = document.createElement('span');
        context.className = 'search-context';
        context.textContent = ' — ' + result.context;
        item.appendChild(context);
      }
      list.appendChild(item);
    });
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  show(query);
  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      show(input.value);
    }, 120);
  });
})();
