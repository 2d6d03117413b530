// The advertiser's invoices (mirrored from Stripe): number, date, amount including VAT, status, and
// links to Stripe's invoice page and PDF.
import type { BillingOverview } from '@/lib/billing/queries';
import { formatDate } from '@/lib/format/french';

const STATUS: Record<string, string> = {
  paid: 'Payée',
  open: 'À régler',
  void: 'Annulée',
  uncollectible: 'Impayée',
  draft: 'Brouillon',
};

const amount = (cents: number, currency: string) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);

export function InvoiceList({ invoices }: { invoices: BillingOverview['invoices'] }) {
  if (invoices.length === 0) return <p className="text-ink-700">Aucune facture pour le moment.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Vos factures, de la plus récente à la plus ancienne</caption>
        <thead className="border-b border-ink-200 text-ink-700">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">Facture</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Date</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Montant TTC</th>
            <th scope="col" className="py-2 pr-4 font-semibold">État</th>
            <th scope="col" className="py-2 font-semibold">Documents</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id} className="border-b border-ink-100">
              <td className="py-2 pr-4 font-medium text-ink-900">{invoice.number ?? '—'}</td>
              <td className="py-2 pr-4">{formatDate(invoice.issuedAt)}</td>
              <td className="py-2 pr-4">{amount(invoice.amountTotal, invoice.currency)}</td>
              <td className="py-2 pr-4">{STATUS[invoice.status] ?? invoice.status}</td>
              <td className="py-2">
                <span className="flex flex-wrap gap-3">
                  {invoice.hostedInvoiceUrl && (
                    <a href={invoice.hostedInvoiceUrl} className="font-semibold text-brand-700 underline hover:text-brand-900">
                      Voir<span className="sr-only"> la facture {invoice.number}</span>
                    </a>
                  )}
                  {invoice.invoicePdfUrl && (
                    <a href={invoice.invoicePdfUrl} className="font-semibold text-brand-700 underline hover:text-brand-900">
                      PDF<span className="sr-only"> de la facture {invoice.number}</span>
                    </a>
                  )}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
