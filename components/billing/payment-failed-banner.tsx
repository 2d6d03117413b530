// Shown on every page of the space while a payment has failed: the listing stays public until the end
// of the grace period, and the way out is one click away.
import Link from 'next/link';
import { formatDate } from '@/lib/format/french';

export function PaymentFailedBanner({ graceEnd }: { graceEnd: Date }) {
  return (
    <section aria-labelledby="paiement-refuse-titre" className="rounded-card border border-danger-600 bg-danger-50 p-4 sm:p-5">
      <h2 id="paiement-refuse-titre" className="font-bold text-danger-800">
        Paiement refusé
      </h2>
      <p className="mt-1 text-sm text-ink-800">
        Le dernier paiement de votre abonnement n’a pas abouti. Votre annonce reste visible jusqu’au{' '}
        <strong>{formatDate(graceEnd)}</strong>&nbsp;: mettez à jour votre carte avant cette date.{' '}
        <Link href="/espace/abonnement" className="font-semibold text-brand-700 underline hover:text-brand-900">
          Mettre à jour mon moyen de paiement
        </Link>
      </p>
    </section>
  );
}
