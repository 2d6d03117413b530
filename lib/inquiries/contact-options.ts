// The choices and limits the inquiry form shows, apart from its zod schema so that the browser bundle
// gets these few labels without the validation code (and the password lists it imports).
export const CONTACT_PREFERENCES = { EMAIL: 'Par e-mail', CALLBACK: 'Être rappelé' } as const;
export type ContactPreference = keyof typeof CONTACT_PREFERENCES;

/** The time slots offered for a call-back; the label is what the advertiser reads. */
export const CALL_SLOTS = {
  ANY: 'Peu importe',
  MORNING: 'Le matin (8\u00a0h – 12\u00a0h)',
  MIDDAY: 'Le midi (12\u00a0h – 14\u00a0h)',
  AFTERNOON: 'L’après-midi (14\u00a0h – 18\u00a0h)',
  EVENING: 'En fin de journée (18\u00a0h – 20\u00a0h)',
} as const;
export type CallSlot = keyof typeof CALL_SLOTS;

export const MESSAGE_MAX = 3000;
