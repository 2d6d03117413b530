// Where Stripe Checkout comes back after a payment. The subscription itself is recorded from Stripe's
// webhook, which may arrive a moment later: the page says so rather than guessing.
import type { Metadata } from 'next';
import { SubscriptionStatus } from '@/components/billing/subscription-status';
import { ButtonLink } from '@/components/ui/button-link';
import { Card } from '@/components/ui/card';
import { requireAdvertiser } from '@/lib/auth/guards';
import { getBillingOverview } from '@/lib/billing/queries';

export const metadata: Metadata = { title: 'Abonnement confirmé' };

export default async function CheckoutSuccessPage() {
  const { advertiserId } = await requireAdvertiser('/espace/abonnement');
  const overview = await getBillingOverview(advertiserId);
  const recorded = overview.state.kind !== 'none' && overview.state.kind !== 'ended';
  return (
    <Card as="section" aria-labelledby="merci-titre" className="p-5 sm:p-6">
      <h1 id="merci-titre" className="text-2xl font-bold text-brand-950">
        Merci, votre paiement est accepté
      </h1>
      <div className="mt-4">
        {recorded ? (
          <SubscriptionStatus state={overview.state} plan={overview.plan} />
        ) : (
          <p className="text-ink-800">
            Stripe nous confirme votre abonnement dans quelques instants&nbsp;; rechargez la page si son état
            n’apparaît pas encore.
          </p>
        )}
      </div>
      <div className="mt-5 flex flex-col gap-3 sm:flex-row">
        <ButtonLink href="/espace/abonnement">Voir mon abonnement</ButtonLink>
        <ButtonLink href="/espace/annonce" variant="secondary">
          Mon annonce
        </ButtonLink>
      </div>
    </Card>
  );
}
