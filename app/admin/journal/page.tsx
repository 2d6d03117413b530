// Back-office: the audit log, newest first, 50 entries a page, optionally about one person (their
// e-mail): who of the team looked at or changed what, when and why.
import type { Metadata } from 'next';
import { AuditTable } from '@/components/admin/audit-table';
import { Pagination } from '@/components/search/pagination';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState } from '@/components/ui/empty-state';
import { Field } from '@/components/ui/field';
import { requireAdmin } from '@/lib/auth/guards';
import { listAuditEntries } from '@/lib/admin/queries';
import { auditListParamsSchema, type RawSearchParams } from '@/lib/admin/schema';
import { plural } from '@/lib/format/french';

export const metadata: Metadata = { title: 'Journal d’audit · Administration' };

type PageProps = { searchParams: Promise<RawSearchParams> };

function hrefFor(personne: string | undefined, page: number): string {
  const query = new URLSearchParams();
  if (personne) query.set('personne', personne);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/admin/journal?${text}` : '/admin/journal';
}

export default async function AdminAuditLogPage({ searchParams }: PageProps) {
  await requireAdmin('/admin/journal');
  const params = auditListParamsSchema.parse(await searchParams);
  const result = await listAuditEntries(params);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Journal d’audit</h1>
      <p className="mt-2 max-w-prose text-ink-700">
        Chaque consultation par l’équipe des données personnelles d’un utilisateur, en dehors des parcours
        habituels, et chaque changement sensible d’un compte y sont inscrits.
      </p>
      <form
        action="/admin/journal"
        method="get"
        role="search"
        aria-label="Filtrer le journal"
        className="mt-6 flex flex-wrap items-end gap-3 rounded-card border border-ink-200 bg-ink-50 p-4"
      >
        <Field
          label="E-mail de la personne concernée"
          name="personne"
          type="email"
          autoComplete="off"
          defaultValue={params.personne ?? ''}
          wrapperClassName="min-w-0 flex-1 basis-64"
        />
        <Button type="submit">Filtrer</Button>
        {params.personne && (
          <ButtonLink href="/admin/journal" variant="ghost">
            Tout le journal
          </ButtonLink>
        )}
      </form>
      <section aria-labelledby="journal-titre" className="mt-8">
        <h2 id="journal-titre" className="text-xl font-semibold">
          {plural(result.total, 'entrée')}
        </h2>
        {result.items.length === 0 ? (
          <EmptyState title="Aucune entrée" headingLevel="h3" className="mt-4">
            <p>
              {params.personne
                ? 'Le journal ne contient rien au sujet de cette adresse e-mail.'
                : 'Le journal est vide pour le moment.'}
            </p>
          </EmptyState>
        ) : (
          <div className="mt-4">
            <AuditTable
              entries={result.items}
              caption={`Journal d’audit, du plus récent au plus ancien, page ${result.page} sur ${result.pageCount}`}
            />
          </div>
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => hrefFor(params.personne, page)} />
      </section>
    </>
  );
}
