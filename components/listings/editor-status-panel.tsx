'use client';
// The listing's status beside the editor: Brouillon, Publiée, Dépubliée or Suspendue, what is still
// missing to publish, « Prévisualiser », « Publier » / « Dépublier », and the way to the photos (they have
// their own page). Publishing needs no subscription, but the panel says plainly when the listing stays
// hidden until one is taken.
import Link from 'next/link';
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button-link';
import type { ListingStatus } from '@/lib/generated/prisma/enums';
import { initialFormState } from '@/lib/forms/form-state';
import { plural } from '@/lib/format/french';
import { publishListingAction, unpublishListingAction } from '@/lib/listings/actions';

const STATUS: Record<ListingStatus, { label: string; tone: BadgeTone; explanation: string }> = {
  DRAFT: { label: 'Brouillon', tone: 'neutral', explanation: 'Votre annonce n’est pas encore visible des visiteurs.' },
  PUBLISHED: { label: 'Publiée', tone: 'success', explanation: 'Votre annonce est visible de tous.' },
  UNPUBLISHED: {
    label: 'Dépubliée',
    tone: 'warning',
    explanation: 'Votre annonce n’est plus visible. Vous pouvez la publier à nouveau.',
  },
  SUSPENDED: {
    label: 'Suspendue',
    tone: 'danger',
    explanation: 'L’équipe de modération a suspendu votre annonce\u00a0; le motif vous a été envoyé par e-mail.',
  },
};

type StatusPanelProps = {
  listing: { slug: string; status: ListingStatus } | null;
  problems: string[];
  /** The form holds changes not saved yet: preview and publication show the saved version. */
  dirty: boolean;
  /** A subscription makes the listing public (lib/listings/publication.ts `isPaidFor`). */
  paid?: boolean;
  /** The saved listing's photos, managed at /espace/annonce/photos. */
  photoCount?: number;
};

export function EditorStatusPanel({ listing, problems, dirty, paid = true, photoCount = 0 }: StatusPanelProps) {
  const status = listing ? STATUS[listing.status] : null;
  const hiddenUntilPaid = !paid && listing?.status !== 'SUSPENDED';
  return (
    <section
      aria-labelledby="statut-titre"
      className="rounded-card border border-ink-200 bg-white p-5 shadow-card sm:p-6"
    >
      <h2 id="statut-titre" className="text-xl font-bold text-brand-900">
        Statut
      </h2>
      {/* A live region: publishing swaps the buttons, the new status is what gets announced. */}
      <p role="status" className="mt-3 flex flex-wrap items-center gap-2">
        <span className="sr-only">Statut de l’annonce&nbsp;:</span>
        <Badge tone={status?.tone ?? 'neutral'} className="px-3 py-1 text-sm">
          {status?.label ?? 'Brouillon'}
        </Badge>
        {listing?.status === 'PUBLISHED' && !hiddenUntilPaid && (
          <Link href={`/annonce/${listing.slug}`} className="text-sm font-semibold text-brand-700 underline hover:text-brand-900">
            Voir l’annonce en ligne
          </Link>
        )}
      </p>
      {hiddenUntilPaid && listing?.status === 'PUBLISHED' ? (
        <p className="mt-2 text-sm text-ink-700">Votre annonce est publiée mais pas encore visible des visiteurs.</p>
      ) : (
        <p className="mt-2 text-sm text-ink-700">{status?.explanation ?? 'Enregistrez votre annonce pour créer le brouillon.'}</p>
      )}
      {hiddenUntilPaid && (
        <p className="mt-3 rounded-control bg-warning-50 px-3 py-2 text-sm text-warning-800">
          Sans abonnement, votre annonce n’est pas visible du public.{' '}
          <Link href="/espace/abonnement" className="font-semibold underline">
            Choisir un abonnement
          </Link>
        </p>
      )}

      {listing?.status !== 'PUBLISHED' && problems.length > 0 && (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-ink-900">Avant de publier</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-ink-800">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      {dirty && listing && (
        <p className="mt-4 rounded-control bg-warning-50 px-3 py-2 text-sm text-warning-800">
          Modifications non enregistrées&nbsp;: l’aperçu et la publication montrent la dernière version enregistrée.
        </p>
      )}

      {listing && (
        <div className="mt-5 flex flex-col gap-3">
          <ButtonLink href="/espace/annonce/apercu" variant="secondary">
            Prévisualiser
          </ButtonLink>
          {listing.status === 'PUBLISHED' ? <UnpublishForm /> : listing.status !== 'SUSPENDED' && <PublishForm />}
        </div>
      )}

      {listing && (
        <p className="mt-5 flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-t border-ink-200 pt-4 text-sm text-ink-800">
          <span>{photoCount === 0 ? 'Aucune photo' : plural(photoCount, 'photo')}</span>
          <Link href="/espace/annonce/photos" className="font-semibold text-brand-700 underline hover:text-brand-900">
            Gérer les photos
          </Link>
        </p>
      )}
    </section>
  );
}

function PublishForm() {
  const [state, action] = useActionState(publishListingAction, initialFormState);
  return (
    <ServerForm action={action} state={state} className="gap-3">
      <SubmitButton variant="cta" pendingLabel="Publication en cours…">
        Publier
      </SubmitButton>
    </ServerForm>
  );
}

function UnpublishForm() {
  const [state, action] = useActionState(unpublishListingAction, initialFormState);
  return (
    <ServerForm action={action} state={state} className="gap-3">
      <SubmitButton variant="secondary" pendingLabel="Dépublication en cours…">
        Dépublier
      </SubmitButton>
    </ServerForm>
  );
}
