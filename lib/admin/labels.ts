// French words of the back-office for stored codes: listing statuses, audit actions and subjects,
// plus the SIRET and date-time formats the team reads.
import type { ListingStatus, ReviewStatus } from '@/lib/generated/prisma/enums';

const LISTING_STATUS_LABELS: Record<ListingStatus, string> = {
  DRAFT: 'Brouillon',
  PUBLISHED: 'Publiée',
  UNPUBLISHED: 'Dépubliée',
  SUSPENDED: 'Suspendue',
};

export function listingStatusLabel(status: ListingStatus | null | undefined): string {
  return status ? LISTING_STATUS_LABELS[status] : 'Aucune annonce';
}

const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  PENDING: 'En attente',
  PUBLISHED: 'Publié',
  REJECTED: 'Refusé',
  REMOVED: 'Masqué',
};

export function reviewStatusLabel(status: ReviewStatus): string {
  return REVIEW_STATUS_LABELS[status];
}

const AUDIT_ACTION_LABELS: Record<string, string> = {
  'advertiser.viewed': 'Consultation d’une fiche annonceur',
  'account.email_changed': 'Changement d’adresse e-mail',
  'account.password_reset': 'Réinitialisation du mot de passe',
  'account.password_changed': 'Changement du mot de passe',
  'account.deleted': 'Suppression du compte',
  'charter.published': 'Publication d’une version de la charte',
  'legal_request.recorded': 'Enregistrement d’une réquisition',
  'legal_request.exported': 'Export de données sur réquisition',
  'retention.run_manually': 'Purge de conservation lancée à la main',
  'retention.unverified_account_deleted': 'Suppression d’un compte jamais confirmé (conservation)',
  'retention.inactive_account_deleted': 'Suppression d’un compte inactif (conservation)',
  'promotion.created': 'Création d’un code promotionnel',
  'promotion.deactivated': 'Désactivation d’un code promotionnel',
  'review.hidden': 'Avis masqué (modération)',
  'review.restored': 'Avis rétabli (modération)',
  'review.report_dismissed': 'Signalement d’avis rejeté',
  'moderation.decided': 'Décision sur un signalement de contenu',
  'moderation.restored': 'Contenu rétabli après signalement',
  'marketing_opt_out.recorded': 'Opposition aux messages commerciaux enregistrée',
  'survey.exported': 'Export des réponses d’un sondage',
};

/** A French label per known action; an action added later shows as its code until it gets one. */
export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

const SUBJECT_TYPE_LABELS: Record<string, string> = {
  AdvertiserProfile: 'Fiche annonceur',
  User: 'Compte',
  CharterVersion: 'Charte de confidentialité',
  DataRequest: 'Réquisition',
  RetentionRun: 'Purge de conservation',
  PromotionCode: 'Code promotionnel',
  Review: 'Avis',
  ContentNotice: 'Signalement de contenu',
  ModerationDecision: 'Décision de modération',
  MarketingOptOut: 'Opposition commerciale',
  Survey: 'Sondage',
};

export function auditSubjectTypeLabel(subjectType: string): string {
  return SUBJECT_TYPE_LABELS[subjectType] ?? subjectType;
}
