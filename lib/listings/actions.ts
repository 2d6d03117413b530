'use server';
// Server actions of the listing editor. Each one validates the form, loads the session and acts on
// the signed-in advertiser's own listing only (found by the session's advertiser id), then refreshes
// the pages that show it.
import { revalidatePath } from 'next/cache';
import { advertiserFormAction } from '@/lib/forms/action';
import { failure, invalid, success } from '@/lib/forms/form-state';
import { saveListing } from './editor';
import { publishListing, unpublishListing } from './publication';
import { emptyFormSchema, listingFormSchema } from './schema';

const EDITOR_PAGE = '/espace/annonce';

function revalidateListing(slug: string): void {
  revalidatePath(EDITOR_PAGE);
  revalidatePath(`${EDITOR_PAGE}/apercu`);
  revalidatePath(`/annonce/${slug}`);
}

export const saveListingAction = advertiserFormAction(listingFormSchema, async ({ data, formData, session }) => {
  const result = await saveListing(session.advertiserId, data);
  if (!result.ok) return invalid(formData, result.fieldErrors);
  revalidateListing(result.slug);
  if (result.created) return success('Brouillon enregistré. Prévisualisez-le, puis publiez-le quand il vous convient.');
  return success(
    result.status === 'PUBLISHED'
      ? 'Modifications enregistrées\u00a0: elles sont visibles sur votre annonce.'
      : 'Modifications enregistrées.',
  );
});

export const publishListingAction = advertiserFormAction(emptyFormSchema, async ({ formData, session }) => {
  const result = await publishListing(session.advertiserId);
  if (!result.ok) return failure(formData, result.reason);
  revalidateListing(result.slug);
  revalidatePath('/');
  return success('Votre annonce est publiée.');
});

export const unpublishListingAction = advertiserFormAction(emptyFormSchema, async ({ formData, session }) => {
  const result = await unpublishListing(session.advertiserId);
  if (!result.ok) return failure(formData, result.reason);
  revalidateListing(result.slug);
  revalidatePath('/');
  return success('Votre annonce est dépubliée\u00a0: les visiteurs ne la voient plus.');
});
