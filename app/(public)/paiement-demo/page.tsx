// Demo mode's stand-in for Stripe Checkout, clearly marked: it asks for no card number, accepts a demo
// promotion code, and completes the session at the local Stripe stand-in, which then sends the same
// signed events as Stripe to the site's webhook. Absent (404) when a real Stripe account is configured.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DemoBanner } from '@/components/billing/demo-banner';
import { DemoCheckoutForm } from '@/components/billing/demo-checkout-form';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { requireAdvertiser } from '@/lib/auth/guards';
import { getDemoCheckout } from '@/lib/billing/demo';
import { amountInclTax, formatEuros } from '@/lib/billing/plans';
import { isSimulatedStripe } from '@/lib/billing/stripe';

export const metadata: Metadata = { title: 'Paiement (démo)', robots: { index: false } };

export default async function DemoCheckoutPage({ searchParams }: { searchParams: Promise<{ session?: string | string[] }> }) {
  if (!isSimulatedStripe()) notFound();
  const { session } = await searchParams;
  const sessionId = typeof session === 'string' ? session : '';
  const { advertiserId } = await requireAdvertiser(`/paiement-demo?session=${encodeURIComponent(sessionId)}`);
  const checkout = sessionId ? await getDemoCheckout(sessionId, advertiserId) : null;
  if (!checkout) notFound();
  return (
    <Container width="medium" className="flex flex-col gap-6 py-10">
      <DemoBanner />
      <Card as="section" aria-labelledby="paiement-titre" className="p-5 sm:p-6">
        <h1 id="paiement-titre" className="text-2xl font-bold text-brand-950">
          Paiement de votre abonnement
        </h1>
        {checkout.plan && (
          <p className="mt-3 text-ink-800">
            Formule {checkout.plan.name.toLowerCase()}&nbsp;: {formatEuros(checkout.plan.amountExclTax)}&nbsp;HT&nbsp;/&nbsp;
            {checkout.plan.per}, soit {formatEuros(amountInclTax(checkout.plan))}&nbsp;TTC.
          </p>
        )}
        <p className="mt-2 text-sm text-ink-700">
          En production, cette étape se déroule sur la page sécurisée de Stripe, où vous saisissez votre carte.
          Ici, aucune donnée bancaire n’est demandée.
        </p>
        {checkout.status === 'open' ? (
          <div className="mt-5">
            <DemoCheckoutForm sessionId={checkout.id} />
            <p className="mt-4 text-sm">
              <Link href={checkout.cancelUrl} className="font-semibold text-brand-700 underline hover:text-brand-900">
                Annuler et revenir au site
              </Link>
            </p>
          </div>
        ) : (
          <p className="mt-5 font-semibold text-success-700">
            Cette session de paiement est déjà réglée.{' '}
            <Link href="/espace/abonnement" className="text-brand-700 underline hover:text-brand-900">
              Voir mon abonnement
            </Link>
          </p>
        )}
      </Card>
    </Container>
  );
}
