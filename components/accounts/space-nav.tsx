'use client';
// Navigation of the advertiser's space, with the current page marked for assistive technologies and
// the count of unread inquiries next to « Demandes », polled so that it changes without a reload.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import { UnreadInquiriesBadge } from '@/components/inquiries/unread-inquiries-badge';
import { cx } from '@/components/ui/cx';

const INBOX_HREF = '/espace/demandes';

const LINKS = [
  { href: '/espace/annonce', label: 'Mon annonce' },
  { href: INBOX_HREF, label: 'Demandes' },
  { href: '/espace/avis', label: 'Avis' },
  { href: '/espace/codes', label: 'Codes d’évaluation' },
  { href: '/espace/statistiques', label: 'Statistiques' },
  { href: '/espace/abonnement', label: 'Abonnement' },
  { href: '/espace/compte', label: 'Mon compte' },
];

export function SpaceNav({ unreadInquiries }: { unreadInquiries: number }) {
  const pathname = usePathname();
  // The app has no global provider: the space's one polling query gets its own client, like the search box.
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <QueryClientProvider client={client}>
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
                    'inline-flex min-h-10 items-center gap-2 rounded-control px-3 text-sm font-semibold',
                    current ? 'bg-brand-50 text-brand-900' : 'text-ink-700 hover:bg-ink-100',
                  )}
                >
                  {link.label}
                  {link.href === INBOX_HREF && <UnreadInquiriesBadge initialCount={unreadInquiries} pathname={pathname} />}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </QueryClientProvider>
  );
}
