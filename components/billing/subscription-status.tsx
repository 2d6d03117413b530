// The subscription's state in plain French, with the date that matters for each state.
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { SubscriptionState } from '@/lib/billing/access';
import type { Plan } from '@/lib/billing/plans';
import { formatDate } from '@/lib/format/french';

function describe(state: SubscriptionState): { label: string; tone: BadgeTone; detail: string } {
  switch (state.kind) {
    case 'active':
      return {
        label: 'Actif',
        tone: 'success',
        detail: state.renewsAt ? `Prochain renouvellement le ${formatDate(state.renewsAt)}.` : 'Votre annonce est visible.',
      };
    case 'trialing':
      return {
        label: 'Période d’essai',
        tone: 'brand',
        detail: state.trialEndsAt ? `Essai jusqu’au ${formatDate(state.trialEndsAt)}.` : 'Votre annonce est visible.',
      };
    case 'past_due':
      return {
        label: 'Paiement refusé',
        tone: 'danger',
        detail: state.graceEndsAt
          ? `Mettez à jour votre carte avant le ${formatDate(state.graceEndsAt)}\u00a0: votre annonce reste visible jusque-là.`
          : 'Mettez à jour votre carte.',
      };
    case 'canceling':
      return {
        label: 'Résilié',
        tone: 'warning',
        detail: `Résilié — visible jusqu’au ${formatDate(state.visibleUntil)}. Aucun autre prélèvement ne sera fait.`,
      };
    case 'ended':
      return {
        label: 'Terminé',
        tone: 'neutral',
        detail: state.endedAt
          ? `Votre abonnement a pris fin le ${formatDate(state.endedAt)}\u00a0: votre annonce n’est plus visible.`
          : 'Votre abonnement a pris fin\u00a0: votre annonce n’est plus visible.',
      };
    case 'none':
      return { label: 'Aucun abonnement', tone: 'neutral', detail: 'Sans abonnement, votre annonce n’est pas visible du public.' };
  }
}

export function SubscriptionStatus({ state, plan }: { state: SubscriptionState; plan: Plan | null }) {
  const { label, tone, detail } = describe(state);
  return (
    <div>
      <p className="flex flex-wrap items-center gap-2">
        <span className="sr-only">État de l’abonnement&nbsp;:</span>
        <Badge tone={tone} className="px-3 py-1 text-sm">
          {label}
        </Badge>
        {plan && state.kind !== 'none' && state.kind !== 'ended' && (
          <span className="text-sm text-ink-700">Abonnement {plan.name.toLowerCase()}</span>
        )}
      </p>
      <p className="mt-2 text-ink-800">{detail}</p>
    </div>
  );
}
