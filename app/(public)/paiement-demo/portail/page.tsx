// Demo mode's stand-in for Stripe's Customer Portal, clearly marked: cancel at period end, resume,
// change plan, and a simulated failed payment (and its recovery) to show the grace period. Each
// operation goes through the local Stripe stand-in and comes back as signed webhook events.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DemoBanner } from '@/components/billing/demo-banner';
import { DemoPortalButton } from '@/components/billing/demo-portal-actions';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { requireAdvertiser } from '@/lib/auth/guards';
import { getDemoPortal } from '@/lib/billing/demo';
import { isSimulatedStripe } from '@/lib/billing/stripe';

export const metadata: Metadata = { title: 'Gérer mon abonnement (démo)', robots: { index: false } };

export default async function DemoPortalPage({ searchParams }: { searchParams: Promise<{ session?: string | string[] }> }) {
  if (!isSimulatedStripe()) notFound();
  const { session } = await searchParams;
  const sessionId = typeof session === 'string' ? session : '';
  const { advertiserId } = await requireAdvertiser(`/paiement-demo/portail?session=${encodeURIComponent(sessionId)}`);
  const portal = sessionId ? await getDemoPortal(sessionId, advertiserId) : null;
  if (!portal) notFound();
  const subscription = portal.subscription;
  const running = subscription && subscription.status !== 'canceled';
  return (
    <Container width="medium" className="flex flex-col gap-6 py-10">
      <DemoBanner />
      <Card as="section" aria-labelledby="portail-titre" className="p-5 sm:p-6">
        <h1 id="portail-titre" className="text-2xl font-bold text-brand-950">
          Gérer mon abonnement
        </h1>
        <p className="mt-2 text-sm text-ink-700">
          En production, ces opérations se font sur le portail sécurisé de Stripe (carte, factures, formule,
          résiliation).
        </p>
        {!running ? (
          <p className="mt-4 text-ink-800">Aucun abonnement en cours.</p>
        ) : (
          <div className="mt-5 flex flex-col gap-5">
            <p className="text-ink-800">
              Formule actuelle&nbsp;: <strong>{subscription.plan?.name ?? '—'}</strong>
              {subscription.cancelAtPeriodEnd && ' — résiliée à la fin de la période payée'}
            </p>
            {subscription.cancelAtPeriodEnd ? (
              <DemoPortalButton sessionId={portal.id} action="resume" label="Reprendre mon abonnement" variant="primary" />
            ) : (
              <DemoPortalButton sessionId={portal.id} action="cancel" label="Résilier mon abonnement" variant="danger" />
            )}
            {subscription.plan?.id === 'monthly' ? (
              <DemoPortalButton sessionId={portal.id} action="change_plan" plan="yearly" label="Passer à la formule annuelle" />
            ) : (
              <DemoPortalButton sessionId={portal.id} action="change_plan" plan="monthly" label="Passer à la formule mensuelle" />
            )}
            {subscription.status === 'past_due' ? (
              <DemoPortalButton sessionId={portal.id} action="recover_payment" label="Mettre à jour ma carte et payer (simulation)" />
            ) : (
              <DemoPortalButton sessionId={portal.id} action="fail_payment" label="Simuler un paiement refusé" variant="ghost" />
            )}
          </div>
        )}
        <p className="mt-6 text-sm">
          <Link href={portal.returnUrl} className="font-semibold text-brand-700 underline hover:text-brand-900">
            Revenir à mon abonnement
          </Link>
        </p>
      </Card>
    </Container>
  );
}
