'use client';
// The advertiser's photo manager (/espace/annonce/photos): adding a photo with its alternative text,
// then for each photo its text, its place (« Monter », « Descendre ») and its removal, confirmed first.
// Every form posts to a server action and works before hydration; the server checks everything again.
import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { buttonClasses } from '@/components/ui/button-styles';
import { cx } from '@/components/ui/cx';
import { Field } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import { initialFormState } from '@/lib/forms/form-state';
import { addPhotoAction, arrangePhotosAction, updatePhotoAltAction } from '@/lib/listings/photo-actions';
import { ACCEPTED_PHOTO_TYPES, ALT_MAX, MAX_PHOTO_BYTES, MAX_PHOTOS_PER_LISTING } from '@/lib/listings/photo-rules';

export type ManagedPhoto = { id: string; alt: string; src: string; width: number; height: number };

const ALT_HINT =
  'Décrivez ce que montre la photo en une phrase, par exemple «\u00a0Salle de bains carrelée après rénovation\u00a0». ' +
  'Les visiteurs aveugles ou malvoyants l’entendent lue par leur lecteur d’écran à la place de l’image.';

const TOO_HEAVY = `Cette photo dépasse ${MAX_PHOTO_BYTES / 1024 / 1024}\u00a0Mo\u00a0: choisissez un fichier plus léger.`;

export function PhotoManager({ photos }: { photos: ManagedPhoto[] }) {
  const [listState, arrange] = useActionState(arrangePhotosAction, initialFormState);
  const messageRef = useRef<HTMLDivElement>(null);
  // A deleted photo takes the focused button with it: bring keyboard users to the message instead.
  // After a move the button stays (the item is keyed by photo), and so does the focus.
  useEffect(() => {
    if (listState.status !== 'idle' && (!document.activeElement || document.activeElement === document.body)) {
      messageRef.current?.focus();
    }
  }, [listState]);

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="ajout-titre" className="rounded-card border border-ink-200 bg-white p-5 shadow-card sm:p-6">
        <h2 id="ajout-titre" className="text-xl font-bold text-brand-900">
          Ajouter une photo
        </h2>
        <p className="mt-1 text-sm text-ink-700">
          {photos.length}&nbsp;photo{photos.length > 1 ? 's' : ''} sur {MAX_PHOTOS_PER_LISTING}. JPEG, PNG ou WebP,
          8&nbsp;Mo au plus. Nous retirons de chaque photo ses informations cachées (position GPS, appareil, date).
        </p>
        <div className="mt-5">
          {photos.length < MAX_PHOTOS_PER_LISTING ? (
            <UploadForm />
          ) : (
            <p className="rounded-control border border-warning-600 bg-warning-50 px-4 py-3 text-sm text-warning-800">
              Votre annonce a déjà {MAX_PHOTOS_PER_LISTING}&nbsp;photos. Supprimez-en une pour en ajouter une autre.
            </p>
          )}
        </div>
      </section>

      <section aria-labelledby="liste-titre" className="rounded-card border border-ink-200 bg-white p-5 shadow-card sm:p-6">
        <h2 id="liste-titre" className="text-xl font-bold text-brand-900">
          Vos photos
        </h2>
        <p className="mt-1 text-sm text-ink-700">La première est la photo principale de votre annonce.</p>
        {/* Always rendered, so that screen readers already watch it when the first message arrives. */}
        <Notice
          ref={messageRef}
          tabIndex={-1}
          tone={listState.status === 'error' ? 'danger' : 'success'}
          className={cx('mt-4', !listState.message && 'sr-only')}
        >
          {listState.message}
        </Notice>
        {photos.length === 0 ? (
          <p className="mt-4 text-ink-700">Aucune photo pour l’instant.</p>
        ) : (
          <ol className="mt-4 flex flex-col gap-4">
            {photos.map((photo, index) => (
              <PhotoItem key={photo.id} photo={photo} index={index} total={photos.length} arrange={arrange} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function UploadForm() {
  const [state, action] = useActionState(addPhotoAction, initialFormState);
  const [tooHeavy, setTooHeavy] = useState(false);
  const errors = state.fieldErrors ?? {};

  // Checked here too, so that a 20 MB file is not sent only to be refused.
  function checkSize(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get('photo');
    const heavy = file instanceof File && file.size > MAX_PHOTO_BYTES;
    setTooHeavy(heavy);
    if (heavy) {
      event.preventDefault();
      event.currentTarget.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
    }
  }

  return (
    <ServerForm action={action} state={state} onSubmit={checkSize}>
      <Field
        label="Photo"
        name="photo"
        type="file"
        accept={ACCEPTED_PHOTO_TYPES}
        required
        hint={'JPEG, PNG ou WebP, 8\u00a0Mo au plus.'}
        error={tooHeavy ? TOO_HEAVY : errors.photo}
        onChange={() => setTooHeavy(false)}
        className="file:mr-3 file:rounded-control file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:font-semibold file:text-brand-800"
      />
      <Field
        label="Texte alternatif"
        name="alt"
        required
        maxLength={ALT_MAX}
        hint={ALT_HINT}
        defaultValue={state.values?.alt ?? ''}
        error={errors.alt}
      />
      <SubmitButton className="self-start" pendingLabel="Envoi de la photo…">
        Ajouter la photo
      </SubmitButton>
    </ServerForm>
  );
}

type PhotoItemProps = {
  photo: ManagedPhoto;
  index: number;
  total: number;
  arrange: (formData: FormData) => void;
};

function PhotoItem({ photo, index, total, arrange }: PhotoItemProps) {
  const [altState, updateAlt] = useActionState(updatePhotoAltAction, initialFormState);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const label = `Photo ${index + 1} sur ${total}`;

  function cancel() {
    setConfirming(false);
    // Back to « Supprimer » once it is rendered again.
    requestAnimationFrame(() => deleteRef.current?.focus());
  }

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  return (
    <li className="grid gap-4 rounded-control border border-ink-200 p-4 sm:grid-cols-[12rem_1fr]">
      <div>
        {/* Our own WebP widths, served by /photos: next/image would re-encode them a second time. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={photo.src}
          alt={photo.alt}
          width={photo.width}
          height={photo.height}
          className="aspect-[4/3] h-auto w-full rounded-control bg-ink-100 object-cover"
        />
      </div>
      <div className="flex min-w-0 flex-col gap-4">
        <h3 className="flex flex-wrap items-center gap-2 font-bold text-ink-900">
          {label} {index === 0 && <Badge tone="success">Photo principale</Badge>}
        </h3>

        <ServerForm action={updateAlt} state={altState} className="gap-3">
          <input type="hidden" name="photoId" value={photo.id} />
          <Field
            label={
              <>
                Texte alternatif<span className="sr-only"> de la photo {index + 1}</span>
              </>
            }
            name="alt"
            required
            maxLength={ALT_MAX}
            defaultValue={altState.values?.alt ?? photo.alt}
            error={altState.fieldErrors?.alt}
          />
          <SubmitButton variant="secondary" size="sm" className="self-start" pendingLabel="Enregistrement…">
            Enregistrer le texte<span className="sr-only"> de la photo {index + 1}</span>
          </SubmitButton>
        </ServerForm>

        <div className="flex flex-wrap items-center gap-2 border-t border-ink-200 pt-4">
          <form action={arrange} className="flex flex-wrap gap-2">
            <input type="hidden" name="intent" value="move" />
            <input type="hidden" name="photoId" value={photo.id} />
            <MoveButton direction="up" disabled={index === 0} label="Monter" photoNumber={index + 1} />
            <MoveButton direction="down" disabled={index === total - 1} label="Descendre" photoNumber={index + 1} />
          </form>
          {confirming ? (
            <form action={arrange} className="flex flex-wrap items-center gap-2">
              <input type="hidden" name="intent" value="delete" />
              <input type="hidden" name="photoId" value={photo.id} />
              <span className="text-sm font-semibold text-danger-700">Supprimer cette photo pour de bon&nbsp;?</span>
              <button ref={confirmRef} type="submit" className={buttonClasses('danger', 'sm')}>
                Oui, supprimer<span className="sr-only"> la photo {index + 1}</span>
              </button>
              <Button variant="secondary" size="sm" onClick={cancel}>
                Annuler
              </Button>
            </form>
          ) : (
            <Button ref={deleteRef} variant="ghost" size="sm" className="text-danger-700" onClick={() => setConfirming(true)}>
              Supprimer<span className="sr-only"> la photo {index + 1}</span>
            </Button>
          )}
        </div>
      </div>
    </li>
  );
}

type MoveButtonProps = { direction: 'up' | 'down'; disabled: boolean; label: string; photoNumber: number };

function MoveButton({ direction, disabled, label, photoNumber }: MoveButtonProps) {
  // aria-disabled rather than disabled: a button that becomes unusable after a move keeps the focus.
  return (
    <button
      type="submit"
      name="direction"
      value={direction}
      aria-disabled={disabled || undefined}
      onClick={(event) => disabled && event.preventDefault()}
      className={buttonClasses('secondary', 'sm')}
    >
      <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
      {label}
      <span className="sr-only"> la photo {photoNumber}</span>
    </button>
  );
}
