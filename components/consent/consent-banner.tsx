'use client';
// The cookie banner, never a wall: on phones it sits in the page's flow above the header, so that it
// never covers a field or a button (WCAG 2.4.11); from 640 px on it is a compact bar fixed at the
// bottom of the screen, and the page keeps room to scroll above it. Shown until the visitor chooses (and again when
// the choice expires or the banner changes); « Gérer les cookies » reopens it on the purposes.
import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Container } from '@/components/ui/container';
import type { ConsentState } from '@/lib/consent/cookie';
import { BANNER_TEXT, BANNER_TITLE } from '@/lib/consent/texts';
import { ConsentForm } from './consent-form';
import { OPEN_CONSENT_EVENT } from './events';

export function ConsentBanner({ consent }: { consent: ConsentState }) {
  const [open, setOpen] = useState(!consent.chosen);
  const [customizing, setCustomizing] = useState(false);
  const region = useRef<HTMLElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const reopen = () => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOpen(true);
      setCustomizing(true);
      requestAnimationFrame(() => region.current?.focus());
    };
    window.addEventListener(OPEN_CONSENT_EVENT, reopen);
    return () => window.removeEventListener(OPEN_CONSENT_EVENT, reopen);
  }, []);

  // Room at the end of the page so that nothing stays hidden under the fixed bar.
  useEffect(() => {
    const element = region.current;
    if (!open || !element) return;
    const observer = new ResizeObserver(() => {
      const fixed = getComputedStyle(element).position === 'fixed';
      document.body.style.paddingBottom = fixed ? `${element.offsetHeight}px` : '';
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      document.body.style.paddingBottom = '';
    };
  }, [open]);

  const close = useCallback(() => {
    setOpen(false);
    setCustomizing(false);
    const target = opener.current ?? document.getElementById('contenu');
    opener.current = null;
    target?.focus();
  }, []);

  if (!open) return null;
  return (
    <section
      ref={region}
      tabIndex={-1}
      aria-labelledby="cookies-titre"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && consent.chosen) close();
      }}
      className="relative z-50 border-b-2 border-brand-700 bg-white text-ink-900 focus:outline-none sm:fixed sm:inset-x-0 sm:bottom-0 sm:max-h-[85dvh] sm:overflow-y-auto sm:border-t-2 sm:border-b-0 sm:shadow-[0_-4px_16px_rgba(0,0,0,0.15)]"
    >
      <Container className="py-3">
        <div className="flex items-start justify-between gap-3">
          <h2 id="cookies-titre" className="text-base font-semibold text-brand-950">
            {BANNER_TITLE}
          </h2>
          {consent.chosen && (
            <button
              type="button"
              onClick={close}
              className="min-h-9 rounded-control px-2 text-sm font-semibold text-brand-700 underline hover:bg-brand-50"
            >
              Fermer
            </button>
          )}
        </div>
        <p className="mt-1 text-[13px] leading-5 sm:text-sm">
          {BANNER_TEXT}{' '}
          <Link href="/cookies" className="font-semibold text-brand-700 underline">
            Liste des cookies
          </Link>
        </p>
        <ConsentForm
          idPrefix="bandeau"
          initial={consent}
          gpc={consent.gpc}
          customizing={customizing}
          onCustomize={() => {
            setCustomizing(true);
            // The button gives way to the purposes: focus goes to the first of them.
            requestAnimationFrame(() => document.getElementById('bandeau-preferences')?.focus());
          }}
          onSaved={close}
        />
      </Container>
    </section>
  );
}
