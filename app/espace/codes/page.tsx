// /espace/codes: the advertiser issues review codes (one for a client, or a batch to print) and follows
// them: state, client, dates, « Révoquer ». A code itself is never shown again after its creation.
import type { Metadata } from 'next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { cx } from '@/components/ui/cx';
import { cell, DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { CodeIssueForms } from '@/components/reviews/code-issue-forms';
import { PageLinks } from '@/components/reviews/page-links';
import { RevokeCodeForm } from '@/components/reviews/revoke-code-form';
import { requireAdvertiser } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import { formatDate, plural } from '@/lib/format/french';
import { CODE_VALIDITY_DAYS } from '@/lib/reviews/code';
import { CODE_STATE_LABELS, listCodes, type CodeState } from '@/lib/reviews/codes';

export const metadata: Metadata = { title: 'Codes d’évaluation' };

const PATH = '/espace/codes';

const STATE_TONES: Record<CodeState, BadgeTone> = { UNUSED: 'brand', USED: 'success', EXPIRED: 'neutral', REVOKED: 'warning' };

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export default async function ReviewCodesPage({ searchParams }: Props) {
  const { advertiserId } = await requireAdvertiser(PATH);
  const { page } = await searchParams;
  const codes = await listCodes(advertiserId, typeof page === 'string' ? Number(page) || 1 : 1);
  return (
    <>
      <header>
        <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Codes d’évaluation</h1>
        <p className="mt-1 max-w-prose text-ink-700">
          {`Seuls vos clients munis d’un code peuvent donner leur avis sur votre annonce. Chaque code ne sert qu’une fois et reste valable ${CODE_VALIDITY_DAYS}\u00a0jours. Le nombre de codes remis et d’avis reçus est affiché sur votre annonce.`}
        </p>
      </header>
      <CodeIssueForms siteName={env().SITE_NAME} />
      <section aria-labelledby="mes-codes" className="flex flex-col gap-4">
        <h2 id="mes-codes" className="text-xl font-bold text-brand-950">
          Mes codes
        </h2>
        <p className="text-sm text-ink-700">{plural(codes.total, 'code remis', 'codes remis')}</p>
        {codes.rows.length === 0 ? (
          <EmptyState title="Aucun code pour le moment" headingLevel="h3">
            <p>Créez un code pour chaque client à la fin d’une prestation.</p>
          </EmptyState>
        ) : (
          <DataTable
            id="codes"
            caption="Mes codes d’évaluation, du plus récent au plus ancien"
            captionHidden
            minWidth="min-w-[44rem]"
            columns={['Code', 'État', 'Client', 'Dates', <span key="action" className="sr-only">Action</span>]}
          >
            {codes.rows.map((code) => (
              <tr key={code.id}>
                <td className={cx(cell, 'font-mono whitespace-nowrap')}>
                  <span aria-hidden="true">{`••••-••••-${code.hint || '••••'}`}</span>
                  <span className="sr-only">{code.hint ? `Se terminant par ${code.hint}` : 'Code masqué'}</span>
                </td>
                <td className={cell}>
                  <Badge tone={STATE_TONES[code.state]}>{CODE_STATE_LABELS[code.state]}</Badge>
                </td>
                <td className={cell}>
                  {code.clientName ?? code.label ?? <span className="text-ink-600">—</span>}
                  {code.clientEmail && <span className="block text-xs text-ink-600">{code.clientEmail}</span>}
                </td>
                <td className={cell}>
                  <span className="block">{`Créé le ${formatDate(code.createdAt)}`}</span>
                  {code.state === 'USED' && code.usedAt && <span className="block">{`Utilisé le ${formatDate(code.usedAt)}`}</span>}
                  {code.state === 'REVOKED' && code.revokedAt && <span className="block">{`Révoqué le ${formatDate(code.revokedAt)}`}</span>}
                  {(code.state === 'UNUSED' || code.state === 'EXPIRED') && (
                    <span className="block">{`${code.state === 'EXPIRED' ? 'Expiré' : 'Expire'} le ${formatDate(code.expiresAt)}`}</span>
                  )}
                </td>
                <td className={cell}>{code.state === 'UNUSED' && <RevokeCodeForm codeId={code.id} hint={code.hint} />}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <PageLinks path={PATH} page={codes.page} pageCount={codes.pageCount} label="Pages de codes" />
      </section>
    </>
  );
}
