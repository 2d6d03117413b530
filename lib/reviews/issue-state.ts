// What issuing codes returns to /espace/codes: the form state and the codes, shown once.
import type { FormState } from '@/lib/forms/form-state';
import type { IssuedCode } from './codes';

export type IssueCodesState = FormState & { codes?: IssuedCode[] };

export const initialIssueCodesState: IssueCodesState = { status: 'idle' };
