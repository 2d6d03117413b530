// Back-office: the moderation queue of notices of illegal content, oldest open first, then the decided ones.
import type { Metadata } from 'next';
import Link from 'next/link';
import { requireAdmin } from '@/lib/auth/guards';
import { formatDateTime } from '@/lib/format/french';
import { NOTICE_CATEGORIES } from '@/lib/moderation/categories';
import { noticeReference } from '@/lib/moderation/notices';
import { listNotices, type NoticeListItem } from '@/lib/moderation/queries';

export const metadata: Metadata = { title: 'Signalements · Administration' };

const TARGET_LABELS = { LISTING: 'Annonce', REVIEW: 'Avis' } as const;
const STATUS_LABELS = { OPEN: 'À traiter', UPHELD: 'Contenu retiré', DISMISSED: 'Aucune action' } as const;

function NoticeList({ notices, empty }: { notices: NoticeListItem[]; empty: string }) {
  if (notices.length === 0) return <p className="mt-2 text-ink-700">{empty}</p>;
  return (
    <ul className="mt-3 flex flex-col gap-3">
      {notices.map((notice) => (
        <li key={notice.id} className="rounded-card border border-ink-200 bg-white p-4">
          <p className="text-sm text-ink-600">
            {noticeReference(notice.id)} · {formatDateTime(notice.createdAt)} · {TARGET_LABELS[notice.targetType]} ·{' '}
            {STATUS_LABELS[notice.status]}
          </p>
          <p className="mt-1 font-semibold text-ink-950">
            <Link href={`/admin/signalements/${notice.id}`} className="text-brand-700 underline hover:text-brand-900">
              {NOTICE_CATEGORIES[notice.category]}
            </Link>
          </p>
          <p className="mt-1 text-sm wrap-anywhere text-ink-700">{notice.url}</p>
        </li>
      ))}
    </ul>
  );
}

export default async function AdminNoticesPage() {
  await requireAdmin('/admin/signalements');
  const [open, decided] = await Promise.all([listNotices('OPEN'), listNotices('DECIDED', 50)]);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Signalements</h1>
      <p className="mt-2 max-w-prose text-ink-700">
        Chaque signalement est examiné avec diligence et objectivité. Toute décision est motivée et envoyée à l’auteur
        du signalement et, quand le contenu est retiré, à son auteur (règlement européen sur les services numériques,
        articles 16 et 17).
      </p>
      <section aria-labelledby="signalements-ouverts" className="mt-8">
        <h2 id="signalements-ouverts" className="text-lg font-bold text-brand-900">
          À traiter ({open.length})
        </h2>
        <NoticeList notices={open} empty="Aucun signalement en attente." />
      </section>
      <section aria-labelledby="signalements-traites" className="mt-8">
        <h2 id="signalements-traites" className="text-lg font-bold text-brand-900">
          Derniers signalements traités
        </h2>
        <NoticeList notices={decided} empty="Aucun signalement traité pour l’instant." />
      </section>
    </>
  );
}
