'use client';
// Audience measurement, rendered only with « Mesure d'audience » consent: one beacon per page shown,
// carrying the path alone (the server keeps only its template and a daily count).
import { usePathname } from 'next/navigation';
import { useEffect } from 'react';

export function AudienceBeacon() {
  const pathname = usePathname();
  useEffect(() => {
    // keepalive: the count is sent even when the visitor leaves the page at once.
    void fetch('/api/mesure', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: pathname }),
      keepalive: true,
    }).catch(() => undefined);
  }, [pathname]);
  return null;
}
