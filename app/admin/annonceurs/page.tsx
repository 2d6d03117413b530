// Back-office: the advertisers, 25 a page, newest first, filtered by SIRET status, e-mail check and
// listing status, searched by name, SIRET or e-mail. Showing this list is the team's normal flow (not
// audited): it holds no phone number and no address.
import type { Metadata } from 'next';
import { AdvertiserFilters } from '@/components/admin/advertiser-filters';
import { AdvertiserTable } from '@/components/admin/advertiser-table';
import { Pagination } from '@/components/search/pagination';
import { EmptyState } from '@/components/ui/empty-state';
import { requireAdmin } from '@/lib/auth/guards';
import { listAdvertisers } from '@/lib/admin/queries';
import { advertiserListParamsSchema, type AdvertiserListParams, type RawSearchParams } from '@/lib/admin/schema';
import { plural } from '@/lib/format/french';

export const metadata: Metadata = { title: 'Annonceurs · Administration' };

type PageProps = { searchParams: Promise<RawSearchParams> };

function hrefFor(params: AdvertiserListParams, page: number): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  if (params.statut) query.set('statut', params.statut);
  if (params.email) query.set('email', params.email);
  if (params.annonce) query.set('annonce', params.annonce);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/admin/annonceurs?${text}` : '/admin/annonceurs';
}

export default async function AdminAdvertisersPage({ searchParams }: PageProps) {
  await requireAdmin('/admin/annonceurs');
  const params = advertiserListParamsSchema.parse(await searchParams);
  const result = await listAdvertisers(params);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Annonceurs</h1>
      <div className="mt-6">
        <AdvertiserFilters params={params} />
      </div>
      <section aria-labelledby="resultats-titre" className="mt-8">
        <h2 id="resultats-titre" className="text-xl font-semibold">
          {plural(result.total, 'annonceur')}
        </h2>
        {result.items.length === 0 ? (
          <EmptyState title="Aucun annonceur ne correspond à ces critères" headingLevel="h3" className="mt-4">
            {result.total > 0 ? (
              <p>Cette page n’existe pas&nbsp;: la liste compte {plural(result.pageCount, 'page')}.</p>
            ) : (
              <p>Vérifiez l’orthographe, ou retirez un filtre.</p>
            )}
          </EmptyState>
        ) : (
          <div className="mt-4">
            <AdvertiserTable
              advertisers={result.items}
              caption={`Annonceurs du plus récent au plus ancien, page ${result.page} sur ${result.pageCount}`}
            />
          </div>
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => hrefFor(params, page)} />
      </section>
    </>
  );
}
