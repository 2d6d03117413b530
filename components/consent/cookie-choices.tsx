'use client';
// The consent form of the cookies page: the purposes shown at once, ticked as currently chosen.
import { useState } from 'react';
import type { ConsentState } from '@/lib/consent/cookie';
import { ConsentForm } from './consent-form';

export function CookieChoices({ consent }: { consent: ConsentState }) {
  const [saved, setSaved] = useState(false);
  return (
    <div className="rounded-card border border-ink-200 bg-ink-50 p-4">
      <ConsentForm idPrefix="page-cookies" initial={consent} gpc={consent.gpc} customizing onSaved={() => setSaved(true)} />
      <p role="status" className="mt-3 text-sm font-semibold text-success-700">
        {saved ? 'Vos choix sont enregistrés.' : ''}
      </p>
    </div>
  );
}
