'use client';
// Archive an inquiry (it leaves the inbox's main views) or bring it back.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { initialFormState } from '@/lib/forms/form-state';
import { archiveInquiryAction, unarchiveInquiryAction } from '@/lib/inquiries/inbox-actions';

export function ArchiveForm({ inquiryId, archived }: { inquiryId: string; archived: boolean }) {
  const [state, action] = useActionState(archived ? unarchiveInquiryAction : archiveInquiryAction, initialFormState);
  return (
    <ServerForm action={action} state={state}>
      <input type="hidden" name="inquiryId" value={inquiryId} />
      <div>
        <SubmitButton variant="secondary" pendingLabel="Enregistrement…">
          {archived ? 'Remettre dans la boîte de réception' : 'Archiver'}
        </SubmitButton>
      </div>
    </ServerForm>
  );
}
