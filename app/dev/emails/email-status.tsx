// The delivery status of an outbox row as a labelled badge (the word carries the meaning, not the colour).
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { EmailStatus } from '@/lib/db/client';

const statuses: Record<EmailStatus, { label: string; tone: BadgeTone }> = {
  PENDING: { label: 'En attente', tone: 'warning' },
  SENT: { label: 'Envoyé', tone: 'success' },
  FAILED: { label: 'Échec', tone: 'danger' },
};

export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  const { label, tone } = statuses[status];
  return <Badge tone={tone}>{label}</Badge>;
}

const dateTimeFormatter = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Paris',
});

/** « 03/03/2025 14:05:09 », Paris time: the mailbox is read by people testing the site in France. */
export function formatDateTime(date: Date): string {
  return dateTimeFormatter.format(date);
}
