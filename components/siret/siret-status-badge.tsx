// The SIRET check's outcome as a badge: the label is visible, the explanation is a tooltip for
// pointer users and part of the accessible text for screen readers.
import { VerifiedIcon } from '@/components/listings/verified-icon';
import { Badge } from '@/components/ui/badge';
import type { SiretStatus } from '@/lib/db/client';
import { siretStatusExplanation, siretStatusLabel, siretStatusTone } from '@/lib/siret/status';

export function SiretStatusBadge({ status, className }: { status: SiretStatus; className?: string }) {
  const explanation = siretStatusExplanation(status);
  return (
    <Badge tone={siretStatusTone(status)} title={explanation} className={className}>
      {status === 'VERIFIED' ? <VerifiedIcon className="h-3.5 w-3.5" /> : null}
      {siretStatusLabel(status)}
      <span className="sr-only">{`. ${explanation}`}</span>
    </Badge>
  );
}
