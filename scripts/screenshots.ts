// npm run screenshots -- [baseUrl]   (default http://localhost:3000, a demo server from `npm start`)
// Photographs the main pages at 360 px and 1280 px into docs/screenshots/, signing in with the demo
// accounts for the advertiser's space and the back-office. The first shot shows the cookie banner of a
// first visit; the others are taken as a visitor who already answered it (« Tout refuser »).
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '@/e2e/browser';
import { CONSENT_BANNER_VERSION, CONSENT_COOKIE, encodeConsent, NO_PURPOSE } from '@/lib/consent/cookie';
import { DEMO_ADMIN, DEMO_ADVERTISER } from '@/lib/seed/demo-accounts';

type Shot = { name: string; path: string; as?: 'advertiser' | 'admin' | 'first-visit' };

const SHOTS: Shot[] = [
  { name: 'home-first-visit', path: '/', as: 'first-visit' },
  { name: 'home', path: '/' },
  { name: 'search', path: '/recherche?q=plombier&lieu=Colmar' },
  { name: 'listing', path: '/annonce/plomberie-camille-martin-colmar' },
  { name: 'landing', path: '/plombier/colmar' },
  { name: 'annonceurs', path: '/annonceurs' },
  { name: 'connexion', path: '/connexion' },
  { name: 'inscription', path: '/inscription' },
  { name: 'mot-de-passe-oublie', path: '/mot-de-passe-oublie' },
  { name: 'mentions-legales', path: '/mentions-legales' },
  { name: 'tarifs', path: '/tarifs' },
  { name: 'avis', path: '/avis' },
  { name: 'avis-verifies', path: '/avis-verifies' },
  { name: 'confidentialite', path: '/confidentialite' },
  { name: 'cookies', path: '/cookies' },
  { name: 'mes-donnees', path: '/mes-donnees' },
  { name: 'signaler', path: '/signaler' },
  { name: 'contact', path: '/contact' },
  { name: 'newsletter', path: '/newsletter' },
  { name: 'sondage', path: '/sondages/votre-avis-sur-jauto-entreprends' },
  { name: '404', path: '/cette-page-n-existe-pas' },
  { name: 'espace-annonce', path: '/espace/annonce', as: 'advertiser' },
  { name: 'espace-photos', path: '/espace/annonce/photos', as: 'advertiser' },
  { name: 'espace-apercu', path: '/espace/annonce/apercu', as: 'advertiser' },
  { name: 'espace-statistiques', path: '/espace/statistiques', as: 'advertiser' },
  { name: 'espace-demandes', path: '/espace/demandes', as: 'advertiser' },
  { name: 'espace-compte', path: '/espace/compte', as: 'advertiser' },
  { name: 'espace-abonnement', path: '/espace/abonnement', as: 'advertiser' },
  { name: 'espace-codes', path: '/espace/codes', as: 'advertiser' },
  { name: 'espace-avis', path: '/espace/avis', as: 'advertiser' },
  { name: 'admin', path: '/admin', as: 'admin' },
  { name: 'admin-annonceurs', path: '/admin/annonceurs', as: 'admin' },
  { name: 'admin-journal', path: '/admin/journal', as: 'admin' },
  { name: 'admin-avis', path: '/admin/avis', as: 'admin' },
  { name: 'admin-signalements', path: '/admin/signalements', as: 'admin' },
  { name: 'admin-promotions', path: '/admin/promotions', as: 'admin' },
  { name: 'admin-charte', path: '/admin/charte', as: 'admin' },
  { name: 'admin-conservation', path: '/admin/conservation', as: 'admin' },
  { name: 'admin-requetes-legales', path: '/admin/requetes-legales', as: 'admin' },
  { name: 'admin-oppositions', path: '/admin/oppositions', as: 'admin' },
  { name: 'admin-newsletters', path: '/admin/newsletters', as: 'admin' },
  { name: 'admin-sondages', path: '/admin/sondages', as: 'admin' },
  { name: 'admin-audience', path: '/admin/audience', as: 'admin' },
];

const WIDTHS = [360, 1280];
const OUTPUT = path.join(process.cwd(), 'docs', 'screenshots');

async function signIn(page: Page, baseUrl: string, who: 'advertiser' | 'admin') {
  const account = who === 'admin' ? DEMO_ADMIN : DEMO_ADVERTISER;
  await page.goto(`${baseUrl}/connexion`);
  await page.getByLabel('E-mail', { exact: true }).fill(account.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

async function photograph(browser: Browser, baseUrl: string, width: number) {
  const contexts = new Map<string, Page>();
  for (const shot of SHOTS) {
    const key = shot.as ?? 'visitor';
    let page = contexts.get(key);
    if (!page) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1, locale: 'fr-FR' });
      if (shot.as !== 'first-visit') {
        const decided = encodeConsent({ ...NO_PURPOSE, bannerVersion: CONSENT_BANNER_VERSION, id: 'screenshots-refused-0001', decidedAt: new Date() });
        await context.addCookies([{ name: CONSENT_COOKIE, value: decided, url: baseUrl }]);
      }
      page = await context.newPage();
      if (shot.as === 'advertiser' || shot.as === 'admin') await signIn(page, baseUrl, shot.as);
      contexts.set(key, page);
    }
    await page.goto(`${baseUrl}${shot.path}`, { waitUntil: 'networkidle' });
    const file = path.join(OUTPUT, `${shot.name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    // A page wider than the screen scrolls sideways on a phone: say so next to its picture.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log(`${path.relative(process.cwd(), file)}${overflow > 0 ? `  ⚠ ${overflow} px wider than the screen` : ''}`);
  }
}

async function main() {
  const baseUrl = (process.argv[2] ?? 'http://localhost:3000').replace(/\/$/, '');
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const width of WIDTHS) await photograph(browser, baseUrl, width);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
