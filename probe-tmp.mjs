import puppeteer from 'puppeteer';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const [w, h] of [[390, 844], [1280, 720]]) {
    await page.setViewport({ width: w, height: h });
    await page.goto(`file:///tmp/l15out/en/01-show-trials/index.html?x=${w}#/3`, { waitUntil: 'load' });
    await page.evaluate(async () => { await window.lecternReady; await document.fonts.ready; });
    console.log(await page.evaluate(() => {
      const info = (sel) => { const e = document.querySelector(sel); if (!e) return 'none'; const r = e.getBoundingClientRect(); const cs = getComputedStyle(e); return `${sel} display=${cs.display} op=${cs.opacity} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)} fs=${cs.fontSize}`; };
      return [info('.slide-number'), info('.controls'), info('.controls .navigate-right'), document.querySelector('.reveal').className, getComputedStyle(document.querySelector('.reveal-viewport') ?? document.body).getPropertyValue('--slide-scale')].join('\n');
    }));
  }
} finally { await browser.close(); }
