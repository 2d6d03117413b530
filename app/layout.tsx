// Root layout: French document, skip link, header, main landmark (#contenu) and footer on every page.
// Rendered per request (the CSP nonce set by proxy.ts needs dynamic rendering).
import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { SkipLink } from '@/components/ui/skip-link';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { getCurrentSession } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import { frenchSpacing } from '@/lib/format/french';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { SITE_NAME, APP_URL } = env();
  return {
    metadataBase: new URL(APP_URL),
    title: { default: `${SITE_NAME} · l’annuaire des auto-entrepreneurs vérifiés`, template: `%s · ${SITE_NAME}` },
    description: frenchSpacing(
      'Trouvez un auto-entrepreneur près de chez vous : SIRET vérifié, avis déposés par de vrais clients avec un code à usage unique, aucun classement payant.',
    ),
    applicationName: SITE_NAME,
    icons: { icon: [{ url: '/favicon.svg', type: 'image/svg+xml' }] },
    openGraph: { siteName: SITE_NAME, locale: 'fr_FR', type: 'website' },
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  themeColor: '#1f4f8f',
  width: 'device-width',
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  const { SITE_NAME, COMPANY_NAME } = env();
  const session = await getCurrentSession();
  const account = session
    ? session.user.role === 'ADMIN'
      ? { href: '/admin', label: 'Back-office' }
      : { href: '/espace/compte', label: 'Mon espace' }
    : null;
  return (
    <html lang="fr">
      <body className="flex min-h-dvh flex-col">
        <SkipLink />
        <SiteHeader siteName={SITE_NAME} account={account} />
        <main id="contenu" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter siteName={SITE_NAME} companyName={COMPANY_NAME} />
      </body>
    </html>
  );
}
