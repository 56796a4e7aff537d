/**
 * The page side of live reload, served as /__lectern/live.js. It runs in the
 * browser, so it is self-contained: the server sends its source text.
 *
 * It listens to the server's events: after a good rebuild that changed this
 * page (or a file it loaded), it reloads the page and comes back to the slide and
 * fragment it was showing (or the scroll position of a course page); while
 * the course has errors, it shows them over the page. The speaker view keeps
 * working: reveal.js's notes plugin reconnects to a reloaded deck, and its
 * slide previews reload and come back to their slides like any page.
 */
export function liveClient(): void {
  interface Problem {
    where: string;
    message: string;
    hint?: string;
  }
  interface LiveEvent {
    version: number;
    ok: boolean;
    files?: string[];
    errors: Problem[];
  }
  interface RevealApi {
    getState(): unknown;
    setState(state: unknown): void;
  }
  const page = window as unknown as { Reveal?: RevealApi; lecternReady?: Promise<unknown> };
  const script = document.currentScript as HTMLScriptElement | null;
  let version = Number(script?.dataset.version ?? 0);
  const key = `lectern:live:${location.pathname}${location.search}`;
  const path = decodeURIComponent(location.pathname).replace(/^\//, '');
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;

  const saved = sessionStorage.getItem(key);
  if (saved) {
    sessionStorage.removeItem(key);
    const state = JSON.parse(saved) as { reveal?: unknown; scroll?: number };
    if (state.reveal !== undefined && page.Reveal) {
      void Promise.resolve(page.lecternReady).then(() => page.Reveal!.setState(state.reveal));
    } else if (state.scroll !== undefined) {
      const y = state.scroll;
      if (document.readyState === 'complete') scrollTo(0, y);
      else addEventListener('load', () => scrollTo(0, y));
    }
  }

  // Set once the page reloads: the events that follow (a rebuild's course pages come after its decks) are the reloaded page's to hear.
  let reloading = false;
  function reload(): void {
    if (reloading) return;
    reloading = true;
    const state = page.Reveal && page.lecternReady ? { reveal: page.Reveal.getState() } : { scroll: scrollY };
    sessionStorage.setItem(key, JSON.stringify(state));
    location.reload();
  }

  function showErrors(errors: Problem[]): void {
    let box = document.getElementById('lectern-overlay');
    if (!errors.length) {
      box?.remove();
      return;
    }
    if (!box) {
      box = document.createElement('div');
      box.id = 'lectern-overlay';
      box.setAttribute('role', 'alert');
      box.style.cssText = [
        'position:fixed', 'inset:0', 'z-index:2147483647', 'overflow:auto', 'padding:2em', 'margin:0',
        'background:rgba(24,8,8,.93)', 'color:#fde8e8', 'font:15px/1.5 ui-monospace,Menlo,Consolas,monospace', 'text-align:left',
      ].join(';');
      box.title = 'click to hide until the next rebuild';
      box.addEventListener('click', () => box!.remove());
      document.body.appendChild(box);
    }
    const title = document.createElement('h2');
    title.style.cssText = 'margin:0 0 1em;font:bold 18px/1.3 system-ui,sans-serif;color:#ff9b9b';
    title.textContent = `The course has ${errors.length} error${errors.length === 1 ? '' : 's'}; the page shows the last good build.`;
    const items = errors.map((e) => {
      const item = document.createElement('pre');
      item.style.cssText = 'margin:0 0 1em;white-space:pre-wrap';
      item.textContent = `${e.where} ${e.message}${e.hint ? `\n  hint: ${e.hint}` : ''}`;
      return item;
    });
    box.replaceChildren(title, ...items);
  }

  /**
   * Whether an output file is this page or a file it loaded (a stylesheet,
   * a script, an image, the search index): the browser's list of what the
   * page loaded says, unless it is full (then every file but a page counts).
   */
  function loaded(f: string): boolean {
    if (f === file) return true;
    if (f.endsWith('.html')) return false;
    const entries = performance.getEntriesByType('resource');
    return entries.length >= 250 || entries.some((e) => decodeURIComponent(new URL(e.name).pathname).replace(/^\//, '') === f);
  }

  /** Catches up with an event of the output: reloads when it changed this page or what it loaded, or when versions were missed. */
  function follow(event: LiveEvent): void {
    showErrors(event.errors);
    if (!event.ok || event.version === version) return;
    const mine = (event.files ?? []).some(loaded);
    if (mine || event.version > version + 1) reload();
    else version = event.version;
  }

  const events = new EventSource('/__lectern/events');
  // On (re)connecting: the last event, with the state of the course now; a page older than the output reloads, unless the one version it missed did not change it.
  events.addEventListener('status', (e) => follow(JSON.parse((e as MessageEvent<string>).data) as LiveEvent));
  events.addEventListener('build', (e) => follow(JSON.parse((e as MessageEvent<string>).data) as LiveEvent));
}

/** The script as the server sends it. */
export function liveClientScript(): string {
  return `(${liveClient.toString()})();\n`;
}
