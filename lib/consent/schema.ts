// The banner's and the cookies page's form: one of three buttons, and the purposes ticked in
// « Personnaliser ». An unticked or missing box is a refusal.
import { z } from 'zod';
import { ALL_PURPOSES, NO_PURPOSE, type Purposes } from './cookie';

const ticked = z.preprocess((value) => value === 'on' || value === 'true', z.boolean());

export const consentChoiceSchema = z.object({
  choix: z.enum(['tout-accepter', 'tout-refuser', 'personnaliser']).catch('tout-refuser'),
  preferences: ticked,
  audience: ticked,
  advertising: ticked,
});

export function purposesOfChoice(input: z.output<typeof consentChoiceSchema>): Purposes {
  if (input.choix === 'tout-accepter') return ALL_PURPOSES;
  if (input.choix === 'tout-refuser') return NO_PURPOSE;
  return { preferences: input.preferences, audience: input.audience, advertising: input.advertising };
}
