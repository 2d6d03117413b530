import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const c = await b.newContext({ viewport: { width: 360, height: 780 } });
const p = await c.newPage();
await p.goto('http://127.0.0.1:3100/connexion');
await p.getByLabel('E-mail', { exact: true }).fill(process.argv[3]);
await p.getByLabel('Mot de passe', { exact: true }).fill(process.argv[4]);
await p.getByRole('button', { name: 'Se connecter' }).click();
await p.waitForURL((u) => !u.pathname.startsWith('/connexion'));
await p.goto('http://127.0.0.1:3100' + process.argv[2]);
const wide = await p.evaluate(() => {
  const out = [];
  for (const e of document.querySelectorAll('body *')) {
    const r = e.getBoundingClientRect();
    if (r.right > 362 && r.width > 0) out.push(e.tagName + '.' + (e.className?.toString?.() ?? '').slice(0, 80) + ' w=' + Math.round(r.width) + ' right=' + Math.round(r.right));
  }
  return [document.documentElement.scrollWidth, out.slice(0, 12)];
});
console.log(JSON.stringify(wide, null, 1));
await b.close();
