// The states of an inquiry, in words: « Non lue », « Répondue », « Archivée ».
import { Badge } from '@/components/ui/badge';

type Status = { readAt: Date | null; answeredAt: Date | null; archivedAt: Date | null };

export function InquiryStatusBadges({ readAt, answeredAt, archivedAt }: Status) {
  return (
    <span className="flex flex-wrap gap-1">
      {!readAt && <Badge tone="accent">Non lue</Badge>}
      {answeredAt && <Badge tone="success">Répondue</Badge>}
      {archivedAt && <Badge>Archivée</Badge>}
    </span>
  );
}
