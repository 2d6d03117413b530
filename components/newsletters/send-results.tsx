// Progress and results of a send: sent out of the recipients, then delivered, bounced, unsubscribed.
import type { IssueStats } from '@/lib/newsletters/queries';
import { formatNumber } from '@/lib/format/french';

export function SendResults({ stats, inProgress }: { stats: IssueStats; inProgress: boolean }) {
  const done = stats.recipients - stats.pending;
  const percent = stats.recipients === 0 ? 100 : Math.round((done / stats.recipients) * 100);
  const rows: [string, number][] = [
    ['Destinataires', stats.recipients],
    ['Envoyés', stats.sent],
    ['Distribués (confirmés par Resend)', stats.delivered],
    ['Rejetés ou signalés comme indésirables', stats.bounced],
    ['Désinscrits depuis cette lettre', stats.unsubscribed],
    ['Non envoyés (partis entre-temps)', stats.skipped],
    ['Échecs', stats.failed],
  ];
  return (
    <div>
      <p className="text-ink-900">
        <span className="font-semibold">{`${formatNumber(stats.sent)} envoyés sur ${formatNumber(stats.recipients)}`}</span>
        {inProgress ? ' — la page se met à jour toute seule.' : null}
      </p>
      <progress
        className="mt-2 h-3 w-full max-w-md accent-brand-700"
        value={done}
        max={Math.max(stats.recipients, 1)}
        aria-label={`Progression de l’envoi\u00a0: ${percent}\u00a0%`}
      />
      <dl className="mt-4 grid max-w-md grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-ink-700">{label}</dt>
            <dd className="text-right font-semibold text-ink-900 tabular-nums" data-stat={label}>
              {formatNumber(value)}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
