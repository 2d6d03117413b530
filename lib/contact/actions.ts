'use server';
// The server action of the contact form (anyone may send it). A refusal keeps what was typed.
import { headers } from 'next/headers';
import { clientIp } from '@/lib/auth/request-context';
import { publicFormAction } from '@/lib/forms/action';
import { failure, success } from '@/lib/forms/form-state';
import { retryAfterText } from '@/lib/security/rate-limit';
import { contactSchema } from './schema';
import { CONTACT_SENT_MESSAGE, sendContactMessage } from './send';

export const sendContactAction = publicFormAction(contactSchema, async ({ data, formData }) => {
  const result = await sendContactMessage(data, { ip: clientIp(await headers()) });
  switch (result.kind) {
    case 'sent':
      return success(CONTACT_SENT_MESSAGE);
    case 'too-fast':
      return failure(formData, 'Votre message est parti très vite, comme le font les robots. Relisez-le et envoyez-le de nouveau.');
    case 'invalid-form':
      return failure(formData, 'Ce formulaire n’est plus valable. Rechargez la page, puis envoyez votre message.');
    case 'rate-limited':
      return failure(formData, `Trop de messages envoyés en peu de temps. ${retryAfterText(result.retryAfterMs)}`);
  }
});
