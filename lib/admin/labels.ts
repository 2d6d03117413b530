// French words of the back-office for stored codes: listing statuses, audit actions and subjects,
// plus the SIRET and date-time formats the team reads.
import type { ListingStatus } from '@/lib/generated/prisma/enums';

const LISTING_STATUS_LABELS: Record<ListingStatus, string> = {
  DRAFT: 'Brouillon',
  PUBLISHED: 'Publiée',
  UNPUBLISHED: 'Dépubliée',
  SUSPENDED: 'Suspendue',
};

export function listingStatusLabel(status: ListingStatus | null | undefined): string {
  return status ? LISTING_STATUS_LABELS[status] : 'Aucune annonce';
}

const AUDIT_ACTION_LABELS: Record<string, string> = {
  'advertiser.viewed': 'Consultation d’une fiche annonceur',
  'account.email_changed': 'Changement d’adresse e-mail',
  'account.password_reset': 'Réinitialisation du mot de passe',
  'account.password_changed': 'Changement du mot de passe',
  'account.deleted': 'Suppression du compte',
};

/** A French label per known action; an action added later shows as its code until it gets one. */
export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

const SUBJECT_TYPE_LABELS: Record<string, string> = {
  AdvertiserProfile: 'Fiche annonceur',
  User: 'Compte',
};

export function auditSubjectTypeLabel(subjectType: string): string {
  return SUBJECT_TYPE_LABELS[subjectType] ?? subjectType;
}
