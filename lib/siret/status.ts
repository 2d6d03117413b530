// What each SIRET status means to a person: badge label, badge tone and a one-sentence explanation.
import type { SiretStatus } from '@/lib/db/client';

/** A subset of the badge tones (components/ui/badge.tsx), named here so lib/ needs no UI import. */
export type SiretStatusTone = 'success' | 'neutral' | 'warning' | 'danger';

const DISPLAY: Record<SiretStatus, { label: string; tone: SiretStatusTone; explanation: string }> = {
  VERIFIED: {
    label: 'SIRET vérifié',
    tone: 'success',
    explanation: 'Le répertoire Sirene de l’Insee confirme que cet établissement est en activité.',
  },
  PENDING: {
    label: 'SIRET non vérifié',
    tone: 'neutral',
    explanation:
      'Le répertoire Sirene n’a pas encore pu être consulté\u00a0: la vérification est relancée automatiquement.',
  },
  CLOSED: {
    label: 'Établissement fermé',
    tone: 'danger',
    explanation: 'Le répertoire Sirene indique que cet établissement est fermé.',
  },
  NOT_FOUND: {
    label: 'SIRET introuvable',
    tone: 'warning',
    explanation: 'Ce numéro SIRET est absent du répertoire Sirene\u00a0: vérifiez qu’il est bien saisi.',
  },
};

export function siretStatusLabel(status: SiretStatus): string {
  return DISPLAY[status].label;
}

export function siretStatusTone(status: SiretStatus): SiretStatusTone {
  return DISPLAY[status].tone;
}

export function siretStatusExplanation(status: SiretStatus): string {
  return DISPLAY[status].explanation;
}
