// Back-office: the promotion codes, kept at Stripe — create one, deactivate one, see how often each
// was redeemed. Codes are secret: they appear nowhere else on the site.
import type { Metadata } from 'next';
import { DeactivatePromotionButton } from '@/components/billing/deactivate-promotion-button';
import { PromotionForm } from '@/components/billing/promotion-form';
import { Card } from '@/components/ui/card';
import { cx } from '@/components/ui/cx';
import { cell, DataTable } from '@/components/ui/data-table';
import { requireAdmin } from '@/lib/auth/guards';
import { listPromotions, type PromotionRow } from '@/lib/billing/promotions';
import { formatDate } from '@/lib/format/french';

export const metadata: Metadata = { title: 'Promotions · Administration' };

const DURATION: Record<string, string> = { once: 'première facture', repeating: 'plusieurs mois', forever: 'toujours' };

function discount(row: PromotionRow): string {
  if (row.discount.percentOff !== null) return `−${row.discount.percentOff}\u00a0%`;
  if (row.discount.amountOff !== null) {
    return `−${new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(row.discount.amountOff / 100)}\u00a0HT`;
  }
  return '—';
}

export default async function AdminPromotionsPage() {
  await requireAdmin('/admin/promotions');
  let rows: PromotionRow[] | null = null;
  try {
    rows = await listPromotions();
  } catch (error) {
    console.error('Stripe promotion codes list failed:', error);
  }
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Promotions</h1>
      <p className="mt-2 max-w-prose text-ink-700">
        Les codes promotionnels sont gérés chez Stripe et saisis par l’annonceur sur la page de paiement. Ils ne
        sont affichés nulle part sur le site.
      </p>
      <Card as="section" aria-labelledby="codes-titre" className="mt-6 p-5 sm:p-6">
        <h2 id="codes-titre" className="text-xl font-bold text-brand-900">
          Codes
        </h2>
        {rows === null ? (
          <p role="alert" className="mt-3 text-danger-800">
            Stripe ne répond pas pour le moment&nbsp;: la liste des codes est indisponible.
          </p>
        ) : rows.length === 0 ? (
          <p className="mt-3 text-ink-700">Aucun code pour le moment.</p>
        ) : (
          <DataTable
            id="codes"
            caption="Codes promotionnels"
            captionHidden
            columns={['Code', 'Réduction', 'Utilisations', 'Expire le', 'État', <span key="actions" className="sr-only">Actions</span>]}
            className="mt-3"
          >
            {rows.map((row) => (
              <tr key={row.id}>
                <td className={cx(cell, 'font-mono font-semibold text-ink-900')}>{row.code}</td>
                <td className={cell}>
                  {discount(row)}, {row.duration === 'repeating' && row.durationInMonths ? `${row.durationInMonths}\u00a0mois` : DURATION[row.duration]}
                </td>
                <td className={cell}>
                  {row.timesRedeemed}
                  {row.maxRedemptions !== null && ` / ${row.maxRedemptions}`}
                </td>
                <td className={cell}>{row.expiresAt ? formatDate(row.expiresAt) : '—'}</td>
                <td className={cell}>{row.active ? 'Actif' : 'Désactivé'}</td>
                <td className={cell}>{row.active && <DeactivatePromotionButton id={row.id} code={row.code} />}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Card>
      <Card as="section" aria-labelledby="nouveau-titre" className="mt-6 p-5 sm:p-6">
        <h2 id="nouveau-titre" className="mb-4 text-xl font-bold text-brand-900">
          Nouveau code
        </h2>
        <PromotionForm />
      </Card>
    </>
  );
}
