// The state of an issue, in words (colour only repeats it).
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { IssueStatus } from '@/lib/db/client';

const LABELS: Record<IssueStatus, { label: string; tone: BadgeTone }> = {
  DRAFT: { label: 'Brouillon', tone: 'neutral' },
  SCHEDULED: { label: 'Programmée', tone: 'warning' },
  SENDING: { label: 'Envoi en cours', tone: 'brand' },
  SENT: { label: 'Envoyée', tone: 'success' },
};

export function IssueStatusBadge({ status }: { status: IssueStatus }) {
  const { label, tone } = LABELS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
