import { readFileSync } from 'node:fs';
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
for (const file of process.argv.slice(2)) {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  let min = 99, sample = '', small = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    for (const it of (await page.getTextContent()).items) {
      if (!it.str || !it.str.trim()) continue;
      const s = Math.hypot(it.transform[2], it.transform[3]);
      if (s < 5.99) small++;
      if (s < min) { min = s; sample = `p${p} ${it.str.slice(0, 40)}`; }
    }
  }
  console.log(file.replace('/tmp/l14-out/', ''), doc.numPages, min.toFixed(2), small, sample);
  await doc.destroy();
}
