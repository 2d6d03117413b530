// A survey's state in words (the colour only repeats it).
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { SurveyStatus } from '@/lib/generated/prisma/enums';
import { STATUS_LABELS } from '@/lib/surveys/labels';

const TONES: Record<SurveyStatus, BadgeTone> = { DRAFT: 'neutral', OPEN: 'success', CLOSED: 'warning' };

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  return <Badge tone={TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
