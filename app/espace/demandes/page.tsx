// /espace/demandes: the advertiser's inbox of inquiries, by view (toutes, non lues, répondues,
// archivées), searchable, 20 per page, newest first.
import type { Metadata } from 'next';
import { InboxList } from '@/components/inquiries/inbox-list';
import { InboxPagination } from '@/components/inquiries/inbox-pagination';
import { InboxToolbar } from '@/components/inquiries/inbox-toolbar';
import { EmptyState } from '@/components/ui/empty-state';
import { requireAdvertiser } from '@/lib/auth/guards';
import { plural } from '@/lib/format/french';
import { listInquiries, parseInboxFilter, parsePage, type InboxFilter } from '@/lib/inquiries/queries';

export const metadata: Metadata = { title: 'Demandes' };

const PATH = '/espace/demandes';

type Props = { searchParams: Promise<{ filtre?: string | string[]; q?: string | string[]; page?: string | string[] }> };

const EMPTY_TITLES: Record<InboxFilter, string> = {
  toutes: 'Aucune demande pour le moment',
  'non-lues': 'Aucune demande non lue',
  repondues: 'Aucune demande répondue',
  archivees: 'Aucune demande archivée',
};

export default async function InboxPage({ searchParams }: Props) {
  const { advertiserId } = await requireAdvertiser(PATH);
  const params = await searchParams;
  const filter = parseInboxFilter(params.filtre);
  const q = typeof params.q === 'string' ? params.q.trim().slice(0, 100) : '';
  const inbox = await listInquiries(advertiserId, { filter, q, page: parsePage(params.page) });

  return (
    <>
      <header>
        <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Demandes</h1>
        <p className="mt-1 text-ink-700">Les messages et demandes de rappel envoyés depuis votre annonce.</p>
      </header>
      <InboxToolbar filter={filter} q={q} />
      <h2 className="sr-only">Liste des demandes</h2>
      <p role="status" className="text-sm text-ink-700">
        {q ? `${plural(inbox.total, 'résultat')} pour «\u00a0${q}\u00a0»` : plural(inbox.total, 'demande')}
      </p>
      {inbox.rows.length === 0 ? (
        <EmptyState title={q ? 'Aucune demande ne correspond à votre recherche' : EMPTY_TITLES[filter]} headingLevel="h3">
          <p>
            {q
              ? 'Essayez avec un autre nom, une autre adresse e-mail ou d’autres mots du message.'
              : 'Quand une personne vous écrit ou demande à être rappelée depuis votre annonce, sa demande apparaît ici et vous êtes prévenu par e-mail.'}
          </p>
        </EmptyState>
      ) : (
        <InboxList rows={inbox.rows} />
      )}
      <InboxPagination filter={filter} q={q} page={inbox.page} pageCount={inbox.pageCount} />
    </>
  );
}
