// How long each kind of personal data is kept, in one table: the privacy charter's durations, read by
// the purge job (issue « Privacy by design ») and shown on the charter page. One row per kind.

export type RetentionRule = {
  /** What is kept, in the charter's words. */
  data: string;
  /** How long after `from`, in months. */
  months: number;
  /** The date the delay runs from. */
  from: string;
  /** Why that long (legal basis or purpose). */
  reason: string;
};

export const RETENTION_RULES = {
  inquiries: {
    data: 'Demandes envoyées aux annonceurs et leurs réponses',
    months: 12,
    from: 'le dernier message de la conversation (Inquiry.lastMessageAt)',
    reason: 'Le temps d’échanger et de réaliser la prestation demandée.',
  },
} as const satisfies Record<string, RetentionRule>;
