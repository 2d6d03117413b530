'use client';
// The back-office navigation: a row of links on mobile, a column on desktop; the link of the current
// section carries aria-current="page" (a record page belongs to « Annonceurs »).
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cx } from '@/components/ui/cx';

const LINKS = [
  { href: '/admin', label: 'Tableau de bord' },
  { href: '/admin/annonceurs', label: 'Annonceurs' },
  { href: '/admin/avis', label: 'Avis' },
  { href: '/admin/signalements', label: 'Signalements' },
  { href: '/admin/oppositions', label: 'Oppositions' },
  { href: '/admin/newsletters', label: 'Newsletters' },
  { href: '/admin/journal', label: 'Journal d’audit' },
  { href: '/admin/charte', label: 'Charte' },
  { href: '/admin/conservation', label: 'Conservation' },
  { href: '/admin/requetes-legales', label: 'Requêtes légales' },
  { href: '/admin/sondages', label: 'Sondages' },
  { href: '/admin/audience', label: 'Audience' },
  { href: '/admin/promotions', label: 'Promotions' },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  return href === '/admin' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Administration">
      <ul className="flex flex-wrap gap-1 lg:flex-col">
        {LINKS.map(({ href, label }) => {
          const current = isCurrent(pathname, href);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={cx(
                  'flex min-h-11 items-center rounded-control px-3 text-sm font-semibold',
                  current ? 'bg-brand-700 text-white' : 'text-brand-800 hover:bg-brand-50',
                )}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
