'use server';
// Server actions of the photo manager (/espace/annonce/photos): thin shells around lib/listings/photos.ts.
// Each validates the form, loads the session, changes the signed-in advertiser's own photos only, and
// refreshes the management page and the public listing.
import { revalidatePath } from 'next/cache';
import { advertiserFormAction } from '@/lib/forms/action';
import { failure, invalid, success, type FormState } from '@/lib/forms/form-state';
import { photoAltChangeSchema, photoArrangeSchema, photoUploadSchema } from './photo-rules';
import { addPhoto, deletePhoto, movePhoto, updatePhotoAlt, type PhotoChangeResult } from './photos';

const PHOTOS_PAGE = '/espace/annonce/photos';
const GONE = 'Cette photo n’existe plus. La liste a été mise à jour.';

function refresh(listingSlug: string): void {
  revalidatePath(PHOTOS_PAGE);
  revalidatePath(`/annonce/${listingSlug}`);
}

function outcome(result: PhotoChangeResult, formData: FormData, message: string, gone = GONE): FormState {
  if (result.kind === 'invalid') return invalid(formData, result.fieldErrors);
  if (result.kind === 'not_found') {
    revalidatePath(PHOTOS_PAGE);
    return failure(formData, gone);
  }
  refresh(result.listingSlug);
  return success(message);
}

export const addPhotoAction = advertiserFormAction(photoUploadSchema, async ({ data, formData, session }) => {
  const file = formData.get('photo');
  const result = await addPhoto(session.advertiserId, file instanceof Blob ? file : null, data.alt);
  return outcome(result, formData, 'La photo est ajoutée à votre annonce.', 'Créez d’abord votre annonce, puis ajoutez-y des photos.');
});

export const updatePhotoAltAction = advertiserFormAction(photoAltChangeSchema, async ({ data, formData, session }) =>
  outcome(await updatePhotoAlt(session.advertiserId, data.photoId, data.alt), formData, 'La description est enregistrée.'),
);

/** The list's buttons share one action, so that the list shows one message: the latest. */
export const arrangePhotosAction = advertiserFormAction(photoArrangeSchema, async ({ data, formData, session }) => {
  if (data.intent === 'delete') {
    return outcome(await deletePhoto(session.advertiserId, data.photoId), formData, 'La photo est supprimée.');
  }
  const result = await movePhoto(session.advertiserId, data.photoId, data.direction);
  if (result.kind === 'not_found') return outcome(result, formData, '');
  refresh(result.listingSlug);
  return success(`Photo déplacée en position ${result.position} sur ${result.total}.`);
});
