// A dashboard card: a titled list of counts, each one a link to the list it counts.
import Link from 'next/link';
import { useId } from 'react';
import { Card } from '@/components/ui/card';
import { formatNumber } from '@/lib/format/french';

export type CountItem = { label: string; count: number; href: string };

export function CountCard({ title, items }: { title: string; items: CountItem[] }) {
  const headingId = `${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-titre`;
  return (
    <Card as="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="text-lg font-semibold text-ink-950">
        {title}
      </h2>
      <ul className="mt-3 divide-y divide-ink-200">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className="flex min-h-11 items-center justify-between gap-4 rounded-control px-2 text-brand-800 hover:bg-brand-50"
            >
              <span className="underline underline-offset-2">{item.label}</span>
              <span className="font-semibold text-ink-900 tabular-nums">{formatNumber(item.count)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
