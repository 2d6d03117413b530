// Where Stripe Checkout comes back when the advertiser gives up: nothing was charged.
import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button-link';
import { Card } from '@/components/ui/card';
import { requireAdvertiser } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Paiement abandonné' };

export default async function CheckoutCancelPage() {
  await requireAdvertiser('/espace/abonnement');
  return (
    <Card as="section" aria-labelledby="abandon-titre" className="p-5 sm:p-6">
      <h1 id="abandon-titre" className="text-2xl font-bold text-brand-950">
        Paiement abandonné
      </h1>
      <p className="mt-3 text-ink-800">
        Aucun montant n’a été prélevé et aucun abonnement n’a été créé. Vous pouvez reprendre quand vous voulez.
      </p>
      <ButtonLink href="/espace/abonnement" className="mt-5">
        Revenir aux formules
      </ButtonLink>
    </Card>
  );
}
