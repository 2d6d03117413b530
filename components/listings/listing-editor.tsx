'use client';
// The listing editor: react-hook-form checks each field with the very schema the server runs
// (lib/listings/schema.ts), then the form goes to saveListingAction as flat FormData. The server's
// French messages land next to the same fields; what was typed always stays in the form.
import { zodResolver } from '@hookform/resolvers/zod';
import { startTransition, useActionState, useEffect, useRef } from 'react';
import { useFieldArray, useForm, type FieldPath } from 'react-hook-form';
import { AccountSection } from '@/components/accounts/account-section';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ButtonLink } from '@/components/ui/button-link';
import { Notice } from '@/components/ui/notice';
import { formatNumber, plural } from '@/lib/format/french';
import type { ListingStatus } from '@/lib/generated/prisma/enums';
import { initialFormState } from '@/lib/forms/form-state';
import { saveListingAction } from '@/lib/listings/actions';
import { WEEKDAYS } from '@/lib/listings/content';
import { MAX_PHOTOS_PER_LISTING } from '@/lib/listings/photo-rules';
import { LISTING_LIMITS, listingSchema, listingToFormData, type ListingData, type ListingInput } from '@/lib/listings/schema';
import { EditorAreaPicker } from './editor-area-picker';
import { EditorStatusPanel } from './editor-status-panel';

type ListingEditorProps = {
  listing: { slug: string; status: ListingStatus } | null;
  values: ListingInput;
  categories: Array<{ id: string; name: string }>;
  baseCommune: string;
  problems: string[];
  /** A subscription makes the listing public. */
  paid?: boolean;
  /** How many photos the saved listing has (managed on their own page). */
  photoCount?: number;
};

export function ListingEditor({ listing, values, categories, baseCommune, problems, paid, photoCount = 0 }: ListingEditorProps) {
  const [state, formAction, pending] = useActionState(saveListingAction, initialFormState);
  const messageRef = useRef<HTMLDivElement>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    getValues,
    formState: { errors, isDirty },
  } = useForm<ListingInput, unknown, ListingData>({
    resolver: zodResolver(listingSchema),
    defaultValues: values,
    mode: 'onTouched',
  });
  const services = useFieldArray({ control, name: 'services' });
  const areas = useFieldArray({ control, name: 'serviceAreas' });

  useEffect(() => {
    if (state.status === 'error') {
      const fieldErrors = Object.entries(state.fieldErrors ?? {});
      fieldErrors.forEach(([name, message], index) =>
        setError(name as FieldPath<ListingInput>, { type: 'server', message }, { shouldFocus: index === 0 }),
      );
      if (fieldErrors.length === 0) messageRef.current?.focus();
    } else if (state.status === 'success') {
      // Saved: what is in the form is now the listing (no longer « unsaved changes »).
      reset(getValues());
      messageRef.current?.focus();
    }
  }, [state, setError, reset, getValues]);

  const submit = handleSubmit((data) => startTransition(() => formAction(listingToFormData(data))));

  const areaErrors = Object.fromEntries(
    areas.fields.map((_, index) => [index, errors.serviceAreas?.[index]?.message ?? errors.serviceAreas?.[index]?.communeCode?.message]),
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start">
      <form onSubmit={submit} noValidate className="flex min-w-0 flex-col gap-6" aria-label="Mon annonce">
        {state.message && (
          <Notice ref={messageRef} tabIndex={-1} tone={state.status === 'error' ? 'danger' : 'success'}>
            {state.message}
          </Notice>
        )}

        <AccountSection id="essentiel" title="L’essentiel" description={`Votre annonce indique votre commune (${baseCommune}), jamais votre adresse.`}>
          <div className="flex flex-col gap-5">
            <Field label="Nom de l’activité" required maxLength={LISTING_LIMITS.titleMax} error={errors.title?.message} hint={'Par exemple «\u00a0Plombier Camille Martin\u00a0».'} {...register('title')} />
            <Field
              label="Catégorie"
              required
              error={errors.categoryId?.message}
              render={(controlProps) => (
                <select {...controlProps} {...register('categoryId')}>
                  <option value="">Choisissez une catégorie…</option>
                  {categories.map((category) => (
                    <option key={category.id} value={category.id}>
                      {category.name}
                    </option>
                  ))}
                </select>
              )}
            />
            <Field
              label="Accroche"
              hint={`Une ou deux phrases sous le nom de l’annonce et dans les résultats de recherche (${LISTING_LIMITS.pitchMax}\u00a0caractères au plus).`}
              maxLength={LISTING_LIMITS.pitchMax}
              error={errors.pitch?.message}
              {...register('pitch')}
            />
            <Field
              label="Description"
              required
              hint={
                <>
                  De {LISTING_LIMITS.descriptionMin} à {formatNumber(LISTING_LIMITS.descriptionMax)}&nbsp;caractères. Mise en forme possible&nbsp;:
                  **gras**, *italique*, listes avec «&nbsp;-&nbsp;» en début de ligne, liens [texte](https://…).
                </>
              }
              error={errors.description?.message}
              render={(controlProps) => (
                <textarea {...controlProps} rows={10} maxLength={LISTING_LIMITS.descriptionMax} {...register('description')} />
              )}
            />
          </div>
        </AccountSection>

        <AccountSection
          id="photos"
          title="Photos"
          description={`Jusqu’à ${MAX_PHOTOS_PER_LISTING}\u00a0photos de vos réalisations. La première est la photo principale de l’annonce.`}
        >
          {listing ? (
            <div className="flex flex-wrap items-center gap-x-4 gap-y-3">
              <p className="text-ink-800">
                {photoCount === 0 ? 'Aucune photo pour l’instant.' : `${plural(photoCount, 'photo')} sur ${MAX_PHOTOS_PER_LISTING}.`}
              </p>
              <ButtonLink href="/espace/annonce/photos" variant="secondary" size="sm">
                Gérer les photos
              </ButtonLink>
              {/* The photos have their own page: leaving this one drops what is not saved yet. */}
              {isDirty && (
                <p className="w-full text-sm text-warning-800">
                  Enregistrez d’abord vos modifications&nbsp;: elles seront perdues si vous quittez cette page.
                </p>
              )}
            </div>
          ) : (
            <p className="text-ink-800">
              Enregistrez d’abord votre annonce&nbsp;: vous pourrez ensuite y ajouter vos photos.
            </p>
          )}
        </AccountSection>

        <AccountSection
          id="services"
          title="Prestations et tarifs"
          description={`Jusqu’à ${LISTING_LIMITS.services}\u00a0prestations, avec un prix indicatif (par exemple «\u00a0à partir de 80\u00a0€\u00a0»).`}
        >
          {services.fields.length > 0 && (
            <ol className="flex flex-col gap-4">
              {services.fields.map((field, index) => (
                <li key={field.id} className="grid gap-3 rounded-control border border-ink-200 p-3 sm:grid-cols-[1fr_14rem_auto] sm:items-start">
                  <Field
                    label={`Prestation ${index + 1}`}
                    maxLength={LISTING_LIMITS.serviceNameMax}
                    error={errors.services?.[index]?.name?.message}
                    {...register(`services.${index}.name`)}
                  />
                  <Field
                    label="Prix indicatif"
                    optional
                    maxLength={LISTING_LIMITS.servicePriceMax}
                    error={errors.services?.[index]?.price?.message}
                    {...register(`services.${index}.price`)}
                  />
                  <Button variant="ghost" size="sm" className="sm:mt-7" onClick={() => services.remove(index)}>
                    Retirer<span className="sr-only"> la prestation {index + 1}</span>
                  </Button>
                </li>
              ))}
            </ol>
          )}
          {(errors.services?.message ?? errors.services?.root?.message) && (
            <p className="mt-2 text-sm font-medium text-danger-700">{errors.services?.message ?? errors.services?.root?.message}</p>
          )}
          <Button
            variant="secondary"
            size="sm"
            className="mt-4"
            disabled={services.fields.length >= LISTING_LIMITS.services}
            onClick={() => services.append({ name: '', price: '' }, { shouldFocus: true })}
          >
            Ajouter une prestation
          </Button>
          <Field
            label="Tarifs indicatifs"
            optional
            wrapperClassName="mt-6"
            hint={`Par exemple «\u00a0À partir de 45\u00a0€ de l’heure, devis gratuit\u00a0». ${LISTING_LIMITS.priceInfoMax}\u00a0caractères au plus.`}
            error={errors.priceInfo?.message}
            render={(controlProps) => (
              <textarea {...controlProps} rows={3} maxLength={LISTING_LIMITS.priceInfoMax} {...register('priceInfo')} />
            )}
          />
        </AccountSection>

        <AccountSection id="zone" title="Zone d’intervention" description="Les communes et les départements où vous vous déplacez.">
          <EditorAreaPicker
            areas={areas.fields}
            onAdd={(area) => areas.append(area, { shouldFocus: false })}
            onRemove={(index) => areas.remove(index)}
            error={errors.serviceAreas?.message ?? errors.serviceAreas?.root?.message}
            itemErrors={areaErrors}
          />
        </AccountSection>

        <AccountSection id="horaires" title="Horaires" description={'Par exemple «\u00a08h–12h, 14h–18h\u00a0». Laissez vide un jour que vous préférez ne pas indiquer.'}>
          <ul className="flex flex-col gap-3">
            {WEEKDAYS.map(({ key, label }) => (
              <li key={key} className="grid items-end gap-2 sm:grid-cols-[1fr_auto] sm:gap-4">
                <Field label={label} maxLength={LISTING_LIMITS.hoursMax} error={errors.hours?.[key]?.text?.message} {...register(`hours.${key}.text`)} />
                <CheckboxField
                  label={
                    <>
                      Fermé<span className="sr-only"> le {label.toLowerCase()}</span>
                    </>
                  }
                  className="sm:pb-3"
                  {...register(`hours.${key}.closed`)}
                />
              </li>
            ))}
          </ul>
        </AccountSection>

        <AccountSection id="liens" title="Site et réseaux" description="Des adresses complètes en https://. Les liens s’ouvrent dans un nouvel onglet.">
          <div className="flex flex-col gap-5">
            <Field label="Site web" optional type="url" inputMode="url" autoComplete="url" placeholder="https://www.exemple.fr" error={errors.website?.message} {...register('website')} />
            <Field label="Page Facebook" optional type="url" inputMode="url" placeholder="https://www.facebook.com/…" error={errors.facebook?.message} {...register('facebook')} />
            <Field label="Compte Instagram" optional type="url" inputMode="url" placeholder="https://www.instagram.com/…" error={errors.instagram?.message} {...register('instagram')} />
            <Field label="Profil LinkedIn" optional type="url" inputMode="url" placeholder="https://www.linkedin.com/in/…" error={errors.linkedin?.message} {...register('linkedin')} />
          </div>
        </AccountSection>

        <AccountSection id="telephone" title="Téléphone">
          <CheckboxField
            label="Afficher mon numéro de téléphone sur l’annonce"
            hint={'Les visiteurs le voient en cliquant sur «\u00a0Afficher le numéro\u00a0». Sinon, ils vous écrivent par le formulaire de contact.'}
            {...register('showPhone')}
          />
        </AccountSection>

        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {pending ? 'Enregistrement en cours…' : listing ? 'Enregistrer les modifications' : 'Enregistrer le brouillon'}
          </Button>
          {isDirty && <span className="text-sm text-ink-700">Modifications non enregistrées</span>}
        </div>
      </form>

      <div className="lg:sticky lg:top-6">
        <EditorStatusPanel listing={listing} problems={problems} dirty={isDirty} paid={paid} photoCount={photoCount} />
      </div>
    </div>
  );
}
