'use client';
// Navigation of the advertiser's space, with the current page marked for assistive technologies.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cx } from '@/components/ui/cx';

const LINKS = [
  { href: '/espace/annonce', label: 'Mon annonce' },
  { href: '/espace/statistiques', label: 'Statistiques' },
  { href: '/espace/compte', label: 'Mon compte' },
];

export function SpaceNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Mon espace">
      <ul className="flex flex-wrap gap-1">
        {LINKS.map((link) => {
          const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? 'page' : undefined}
                className={cx(
                  'inline-flex min-h-10 items-center rounded-control px-3 text-sm font-semibold',
                  current ? 'bg-brand-50 text-brand-900' : 'text-ink-700 hover:bg-ink-100',
                )}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
