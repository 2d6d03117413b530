'use server';
// The server action behind the inquiry form of a public listing (anyone may send it, no session).
// Every refusal keeps what the visitor typed, so nothing has to be written again.
import { headers } from 'next/headers';
import { clientIp } from '@/lib/auth/request-context';
import { publicFormAction } from '@/lib/forms/action';
import { failure, success } from '@/lib/forms/form-state';
import { retryAfterText } from '@/lib/security/rate-limit';
import { inquirySchema } from './schema';
import { INQUIRY_SENT_MESSAGE, submitInquiry } from './submission';

export const sendInquiryAction = publicFormAction(inquirySchema, async ({ data, formData }) => {
  const result = await submitInquiry(data, { ip: clientIp(await headers()) });
  switch (result.kind) {
    case 'sent':
      return success(INQUIRY_SENT_MESSAGE);
    case 'too-fast':
      return failure(
        formData,
        'Votre demande est partie très vite, comme le font les robots. Relisez-la et envoyez-la de nouveau.',
      );
    case 'invalid-form':
      return failure(formData, 'Ce formulaire n’est plus valable. Rechargez la page, puis envoyez votre demande.');
    case 'rate-limited':
      return failure(
        formData,
        result.scope === 'listing'
          ? 'Ce professionnel a reçu beaucoup de demandes aujourd’hui. Réessayez demain, ou appelez-le si son numéro est affiché.'
          : `Trop de demandes envoyées en peu de temps. ${retryAfterText(result.retryAfterMs)}`,
      );
    case 'listing-unavailable':
      return failure(formData, 'Cette annonce n’est plus en ligne\u00a0: votre demande n’a pas pu être envoyée.');
  }
});
