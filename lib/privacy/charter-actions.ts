'use server';
// Charter mutations: the team publishes a new version (/admin/charte); a signed-in user records that
// they read the version in force (« J'ai lu la nouvelle charte »).
import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/guards';
import { adminFormAction } from '@/lib/forms/action';
import { invalid } from '@/lib/forms/form-state';
import { acknowledgeCharter, publishCharterVersion } from './charter';
import { getLatestCharterText } from './queries';
import { publishCharterSchema } from './schema';

export const publishCharterAction = adminFormAction(publishCharterSchema, async ({ data, formData, session }) => {
  const latest = await getLatestCharterText();
  if (latest.bodyMarkdown.trim() === data.bodyMarkdown) {
    return invalid(formData, { bodyMarkdown: 'Ce texte est identique à la dernière version publiée\u00a0: modifiez-le avant de publier.' });
  }
  const created = await publishCharterVersion(
    { bodyMarkdown: data.bodyMarkdown, changeKind: data.substantial ? 'SUBSTANTIAL' : 'HARMLESS', changeSummary: data.changeSummary },
    session.user.id,
  );
  // The home notice, the charter pages and the space banner all depend on the versions.
  revalidatePath('/', 'layout');
  redirect(`/admin/charte?publiee=${created.version}`);
});

export async function acknowledgeCharterAction(): Promise<void> {
  const session = await requireUser();
  await acknowledgeCharter(session.user.id);
  revalidatePath('/espace', 'layout');
}
