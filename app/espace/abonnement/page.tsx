// /espace/abonnement: the subscription's state, the next renewal, the invoices, « Gérer mon abonnement »
// (Stripe's Customer Portal), or the plans and « S'abonner » when there is nothing running.
import type { Metadata } from 'next';
import { InvoiceList } from '@/components/billing/invoice-list';
import { PlanCards } from '@/components/billing/plan-cards';
import { PortalForm } from '@/components/billing/portal-form';
import { SubscribeForm } from '@/components/billing/subscribe-form';
import { SubscriptionStatus } from '@/components/billing/subscription-status';
import { Card } from '@/components/ui/card';
import { requireAdvertiser } from '@/lib/auth/guards';
import { getBillingOverview } from '@/lib/billing/queries';
import { PLANS } from '@/lib/billing/plans';

export const metadata: Metadata = { title: 'Abonnement' };

export default async function BillingPage() {
  const { advertiserId, user } = await requireAdvertiser('/espace/abonnement');
  const overview = await getBillingOverview(advertiserId);
  const running = ['active', 'trialing', 'past_due', 'canceling'].includes(overview.state.kind);
  return (
    <>
      <header>
        <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Abonnement</h1>
        <p className="mt-1 text-ink-700">Votre annonce est visible du public tant que votre abonnement est actif.</p>
      </header>

      <Card as="section" aria-labelledby="etat-titre" className="p-5 sm:p-6">
        <h2 id="etat-titre" className="text-xl font-bold text-brand-900">
          État de votre abonnement
        </h2>
        <div className="mt-3">
          <SubscriptionStatus state={overview.state} plan={overview.plan} />
        </div>
        {overview.hasCustomer && (
          <div className="mt-5">
            <PortalForm />
            <p className="mt-2 text-sm text-ink-700">
              Moyen de paiement, changement de formule, factures et résiliation, sur la page sécurisée de Stripe.
            </p>
          </div>
        )}
      </Card>

      {!running && (
        <section aria-labelledby="formules-titre" className="flex flex-col gap-4">
          <h2 id="formules-titre" className="text-xl font-bold text-brand-900">
            Choisir une formule
          </h2>
          {user.emailVerifiedAt ? (
            <PlanCards action={(plan) => <SubscribeForm plan={plan} label={`S’abonner — ${PLANS[plan].name.toLowerCase()}`} />} />
          ) : (
            <p className="rounded-control bg-warning-50 px-3 py-2 text-sm text-warning-800">
              Confirmez d’abord votre adresse e-mail avec le lien reçu à l’inscription pour pouvoir vous abonner.
            </p>
          )}
          <p className="text-sm text-ink-700">
            Un code promotionnel&nbsp;? Vous le saisirez sur la page de paiement.
          </p>
        </section>
      )}

      <Card as="section" aria-labelledby="factures-titre" className="p-5 sm:p-6">
        <h2 id="factures-titre" className="text-xl font-bold text-brand-900">
          Factures
        </h2>
        <div className="mt-3">
          <InvoiceList invoices={overview.invoices} />
        </div>
      </Card>
    </>
  );
}
