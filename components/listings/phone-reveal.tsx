'use client';
// « Afficher le numéro »: asks the server for the advertiser's number only when the visitor clicks
// (the number is never in the page's HTML), then shows it as a link that starts a call.
import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

type RevealState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'revealed'; phone: string; href: string }
  | { kind: 'error'; message: string };

type RevealResponse = { phone?: string; href?: string; error?: string };

function PhoneIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
      <path d="M2.5 3.6c0-.9.7-1.6 1.6-1.6h2.2c.7 0 1.3.5 1.5 1.2l.8 3c.1.5 0 1.1-.4 1.5L6.8 9.1a11.6 11.6 0 0 0 4.1 4.1l1.4-1.4c.4-.4 1-.5 1.5-.4l3 .8c.7.2 1.2.8 1.2 1.5v2.2c0 .9-.7 1.6-1.6 1.6h-1.1C8.7 17.5 2.5 11.3 2.5 4.7V3.6z" />
    </svg>
  );
}

export function PhoneReveal({ slug }: { slug: string }) {
  const [state, setState] = useState<RevealState>({ kind: 'idle' });
  const link = useRef<HTMLAnchorElement>(null);

  async function reveal() {
    if (state.kind === 'loading') return;
    setState({ kind: 'loading' });
    try {
      const response = await fetch(`/api/annonces/${encodeURIComponent(slug)}/telephone`, { method: 'POST' });
      const body = (await response.json()) as RevealResponse;
      if (response.ok && body.phone && body.href) {
        setState({ kind: 'revealed', phone: body.phone, href: body.href });
        // The button the keyboard was on disappears: keep the focus on what replaced it.
        requestAnimationFrame(() => link.current?.focus());
      } else {
        setState({ kind: 'error', message: body.error ?? 'Le numéro n’a pas pu être affiché. Réessayez.' });
      }
    } catch {
      setState({ kind: 'error', message: 'Connexion impossible. Vérifiez votre réseau et réessayez.' });
    }
  }

  if (state.kind === 'revealed') {
    return (
      <p className="flex flex-col gap-1">
        <span className="text-sm text-ink-700">Téléphone</span>
        <a
          ref={link}
          href={state.href}
          className="inline-flex min-h-11 items-center gap-2 text-xl font-bold whitespace-nowrap text-brand-800 underline hover:text-brand-950"
        >
          <PhoneIcon />
          {state.phone}
          <span className="sr-only"> (appeler)</span>
        </a>
      </p>
    );
  }

  return (
    <div className="flex flex-col gap-2">
      <Button
        variant="cta"
        size="lg"
        className="w-full"
        onClick={reveal}
        // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
        aria-disabled={state.kind === 'loading' || undefined}
      >
        <PhoneIcon />
        {state.kind === 'loading' ? 'Un instant…' : 'Afficher le numéro'}
      </Button>
      <p role="status" aria-live="polite" className="text-sm font-medium text-danger-700 empty:hidden">
        {state.kind === 'error' ? state.message : ''}
      </p>
    </div>
  );
}
