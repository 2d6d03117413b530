// /espace/annonce: the advertiser edits their listing, previews it and publishes or unpublishes it.
import type { Metadata } from 'next';
import { ListingEditor } from '@/components/listings/listing-editor';
import { requireAdvertiser } from '@/lib/auth/guards';
import { loadListingEditor } from '@/lib/listings/editor';
import { getPublicationFacts, isPaidFor, publicationProblems } from '@/lib/listings/publication';

export const metadata: Metadata = { title: 'Mon annonce' };

export default async function ListingEditorPage() {
  const { advertiserId } = await requireAdvertiser('/espace/annonce');
  const [editor, facts] = await Promise.all([loadListingEditor(advertiserId), getPublicationFacts(advertiserId)]);
  return (
    <>
      <header>
        <h1 className="text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">Mon annonce</h1>
        <p className="mt-1 text-ink-700">
          Ce que les visiteurs voient de votre activité. Enregistrez, prévisualisez, puis publiez.
        </p>
      </header>
      <ListingEditor
        listing={editor.listing}
        values={editor.values}
        categories={editor.categories}
        baseCommune={editor.baseCommune}
        problems={publicationProblems(facts)}
        paid={isPaidFor(facts)}
      />
    </>
  );
}
