// The advertiser's invoices (mirrored from Stripe): number, date, amount including VAT, status, and
// links to Stripe's invoice page and PDF.
import { cx } from '@/components/ui/cx';
import { cell, DataTable } from '@/components/ui/data-table';
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
    <DataTable
      id="factures"
      caption="Vos factures, de la plus récente à la plus ancienne"
      captionHidden
      columns={['Facture', 'Date', 'Montant TTC', 'État', 'Documents']}
    >
      {invoices.map((invoice) => (
        <tr key={invoice.id}>
          <td className={cx(cell, 'font-medium text-ink-900')}>{invoice.number ?? '—'}</td>
          <td className={cell}>{formatDate(invoice.issuedAt)}</td>
          <td className={cell}>{amount(invoice.amountTotal, invoice.currency)}</td>
          <td className={cell}>{STATUS[invoice.status] ?? invoice.status}</td>
          <td className={cell}>
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
    </DataTable>
  );
}
