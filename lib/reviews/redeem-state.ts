// What the two steps of /avis return to the page: the form state, plus, once a code is accepted, what
// step 2 needs (the code travels in a hidden field, never in a URL).
import type { FormState } from '@/lib/forms/form-state';
import type { RedeemableCode } from './redemption';

export type CodeCheckState = FormState & { redeemable?: RedeemableCode };

export type ReviewSubmitState = FormState & { published?: { listingSlug: string; listingTitle: string; newsletterPending: boolean } };

export const initialCodeCheckState: CodeCheckState = { status: 'idle' };
export const initialReviewSubmitState: ReviewSubmitState = { status: 'idle' };
