// Root layout: French document, skip link, header, main landmark (#contenu) and footer on every page.
// Rendered per request (the CSP nonce set by proxy.ts needs dynamic rendering).
import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { SkipLink } from '@/components/ui/skip-link';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { VisitorSurveyInvitation } from '@/components/surveys/survey-invitations';
import { AudienceBeacon } from '@/components/consent/audience-beacon';
import { ConsentBanner } from '@/components/consent/consent-banner';
import { getConsent } from '@/lib/consent/server';
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
  const [session, consent] = await Promise.all([getCurrentSession(), getConsent()]);
  const account = session
    ? session.user.role === 'ADMIN'
      ? { href: '/admin', label: 'Back-office' }
      : { href: '/espace/compte', label: 'Mon espace' }
    : null;
  return (
    <html lang="fr">
      <body className="flex min-h-dvh flex-col">
        <SkipLink />
        {/* Early in the tab order; remounted when the choice changes. */}
        <ConsentBanner
          key={`${consent.chosen}-${consent.preferences}-${consent.audience}-${consent.advertising}`}
          consent={consent}
        />
        {consent.audience && <AudienceBeacon />}
        <SiteHeader siteName={SITE_NAME} account={account} />
        {/* In the page's flow under the header, never over the cookie banner. */}
        <VisitorSurveyInvitation />
        <main id="contenu" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter siteName={SITE_NAME} companyName={COMPANY_NAME} />
      </body>
    </html>
  );
}
