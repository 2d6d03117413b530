// Site footer: legal and help links, the company's identity. Dark surface: uses the on-dark focus ring.
import Link from 'next/link';
import { ManageCookiesLink } from '@/components/consent/manage-cookies-link';
import { Container } from '@/components/ui/container';
import { Wordmark } from './wordmark';

const LEGAL_LINKS = [
  { href: '/confidentialite', label: 'Charte de confidentialité' },
  { href: '/cookies', label: 'Cookies' },
  { href: '/mentions-legales', label: 'Mentions légales' },
  { href: '/cgu', label: 'CGU' },
  { href: '/mes-donnees', label: 'Mes données' },
  { href: '/signaler', label: 'Signaler un contenu' },
  { href: '/contact', label: 'Contact' },
] as const;

const SITE_LINKS = [
  { href: '/recherche', label: 'Rechercher un professionnel' },
  { href: '/annonceurs', label: 'Publier une annonce' },
  { href: '/tarifs', label: 'Tarifs' },
  { href: '/newsletter', label: 'Newsletter «\u00a0Clients\u00a0»' },
  { href: '/avis-verifies', label: 'Nos avis vérifiés' },
] as const;

const linkClass = 'text-brand-100 underline-offset-4 hover:text-white hover:underline';

export function SiteFooter({ siteName, companyName }: { siteName: string; companyName: string }) {
  const year = new Date().getFullYear();
  return (
    <footer className="on-dark bg-brand-950 text-brand-100">
      <Container className="grid gap-10 py-12 md:grid-cols-[2fr_1fr_1fr]">
        <div className="max-w-sm">
          <Wordmark siteName={siteName} inverted />
          <p className="mt-4 text-sm leading-6">
            L’annuaire des auto-entrepreneurs au SIRET vérifié. Adresse personnelle jamais publiée,
            aucun classement payant, avis déposés uniquement par de vrais clients.
          </p>
        </div>
        <nav aria-labelledby="pied-site">
          <h2 id="pied-site" className="text-sm font-semibold tracking-wide text-white uppercase">
            Le site
          </h2>
          <ul className="mt-3 space-y-2 text-sm">
            {SITE_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={linkClass}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-labelledby="pied-infos">
          <h2 id="pied-infos" className="text-sm font-semibold tracking-wide text-white uppercase">
            Informations
          </h2>
          <ul className="mt-3 space-y-2 text-sm">
            {LEGAL_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={linkClass}>
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              <ManageCookiesLink className={linkClass} />
            </li>
          </ul>
        </nav>
      </Container>
      <div className="border-t border-brand-900">
        <Container className="py-4 text-xs text-brand-200">
          © {year} {companyName}
        </Container>
      </div>
    </footer>
  );
}
