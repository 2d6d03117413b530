// /espace/annonce: the advertiser edits their listing, previews it and publishes or unpublishes it; the
// photos are managed on /espace/annonce/photos, linked from here.
import type { Metadata } from 'next';
import { ListingEditor } from '@/components/listings/listing-editor';
import { requireAdvertiser } from '@/lib/auth/guards';
import { loadListingEditor } from '@/lib/listings/editor';
import { getOwnListingPhotos } from '@/lib/listings/photo-queries';
import { getPublicationFacts, isPaidFor, publicationProblems } from '@/lib/listings/publication';

export const metadata: Metadata = { title: 'Mon annonce' };

export default async function ListingEditorPage() {
  const { advertiserId } = await requireAdvertiser('/espace/annonce');
  const [editor, facts, photos] = await Promise.all([
    loadListingEditor(advertiserId),
    getPublicationFacts(advertiserId),
    getOwnListingPhotos(advertiserId),
  ]);
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
        photoCount={photos?.photos.length ?? 0}
      />
    </>
  );
}
