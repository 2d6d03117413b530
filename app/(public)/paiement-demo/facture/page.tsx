// Demo mode's stand-in for Stripe's hosted invoice page: the invoice as mirrored by the webhook, shown
// to its advertiser only.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DemoBanner } from '@/components/billing/demo-banner';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { requireAdvertiser } from '@/lib/auth/guards';
import { isSimulatedStripe } from '@/lib/billing/stripe';
import { prisma } from '@/lib/db/client';
import { env } from '@/lib/env';
import { formatDate } from '@/lib/format/french';

export const metadata: Metadata = { title: 'Facture (démo)', robots: { index: false } };

const euros = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);

export default async function DemoInvoicePage({ searchParams }: { searchParams: Promise<{ invoice?: string | string[] }> }) {
  if (!isSimulatedStripe()) notFound();
  const { invoice: invoiceParam } = await searchParams;
  const stripeInvoiceId = typeof invoiceParam === 'string' ? invoiceParam : '';
  const { advertiserId } = await requireAdvertiser('/espace/abonnement');
  const invoice = await prisma.invoice.findFirst({
    where: { stripeInvoiceId, advertiserId },
    select: { number: true, amountTotal: true, issuedAt: true, status: true, billedName: true, billedSiret: true },
  });
  if (!invoice) notFound();
  const { COMPANY_NAME, COMPANY_ADDRESS, COMPANY_VAT } = env();
  return (
    <Container width="medium" className="flex flex-col gap-6 py-10">
      <DemoBanner />
      <Card as="article" aria-labelledby="facture-titre" className="p-5 sm:p-6">
        <h1 id="facture-titre" className="text-2xl font-bold text-brand-950">
          Facture {invoice.number}
        </h1>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-ink-800">
          <dt className="font-semibold">Émise le</dt>
          <dd>{formatDate(invoice.issuedAt)}</dd>
          <dt className="font-semibold">Vendeur</dt>
          <dd>
            {COMPANY_NAME}, {COMPANY_ADDRESS} — TVA {COMPANY_VAT}
          </dd>
          <dt className="font-semibold">Client</dt>
          <dd>
            {invoice.billedName} — SIRET {invoice.billedSiret}
          </dd>
          <dt className="font-semibold">Montant TTC</dt>
          <dd>{euros(invoice.amountTotal)}</dd>
          <dt className="font-semibold">État</dt>
          <dd>{invoice.status === 'paid' ? 'Payée' : 'À régler'}</dd>
        </dl>
      </Card>
    </Container>
  );
}
