'use client';
// The number of unread inquiries in the space's navigation: rendered by the server first, then asked
// again every 30 seconds and after each navigation (opening an inquiry marks it read).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { plural } from '@/lib/format/french';

const POLL_MS = 30_000;
const QUERY_KEY = ['inquiries', 'unread'] as const;

async function fetchUnread(signal: AbortSignal): Promise<number> {
  const response = await fetch('/api/espace/demandes/non-lues', { signal, cache: 'no-store' });
  if (!response.ok) throw new Error(`unread count: HTTP ${response.status}`);
  return ((await response.json()) as { unread: number }).unread;
}

export function UnreadInquiriesBadge({ initialCount, pathname }: { initialCount: number; pathname: string }) {
  const queryClient = useQueryClient();
  const { data: count } = useQuery({
    queryKey: QUERY_KEY,
    queryFn: ({ signal }) => fetchUnread(signal),
    initialData: initialCount,
    refetchInterval: POLL_MS,
  });

  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: QUERY_KEY });
  }, [pathname, queryClient]);

  if (count === 0) return null;
  return (
    <span className="inline-flex min-w-6 items-center justify-center rounded-pill bg-brand-700 px-1.5 text-xs font-bold text-white">
      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
      <span className="sr-only">{`, ${plural(count, 'demande')} ${count < 2 ? 'non lue' : 'non lues'}`}</span>
    </span>
  );
}
