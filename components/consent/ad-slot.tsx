// The advertising slot of result pages. With « Publicité » accepted (and no Sec-GPC), it loads the
// ad network's script (a stand-in served by us, public/ads/slot.js), which fills the slot and may set
// the ad_uid cookie; otherwise a neutral placeholder, and no script at all.
import { headers } from 'next/headers';
import { getConsent } from '@/lib/consent/server';
import { ManageCookiesLink } from './manage-cookies-link';

export const AD_SCRIPT_PATH = '/ads/slot.js';

export async function AdSlot({ id }: { id: string }) {
  const consent = await getConsent();
  if (!consent.advertising) {
    return (
      <section aria-label="Espace publicitaire" className="mt-8">
        {/* Discreet: an empty slot is not content, and must not look like a broken page. */}
        <div className="rounded-card border border-ink-200 px-4 py-3 text-center text-xs text-ink-600" data-ad-placeholder="">
          <p>
            Espace publicitaire — activez la publicité dans{' '}
            <ManageCookiesLink className="font-semibold text-brand-700 underline">Gérer les cookies</ManageCookiesLink> pour le
            voir.
          </p>
          {consent.gpc && <p className="mt-1">Votre navigateur demande de ne pas être suivi (Global Privacy Control)&nbsp;: nous le respectons.</p>}
        </div>
      </section>
    );
  }
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <section aria-label="Publicité" className="mt-8">
      {/* Filled by the script; empty inner HTML so that React leaves what the script adds alone. */}
      <div
        id={id}
        className="flex min-h-28 flex-col items-center justify-center rounded-card border border-dashed border-ink-300 bg-ink-50 p-4 text-center text-sm text-ink-700"
        data-ad-slot=""
        dangerouslySetInnerHTML={{ __html: '' }}
      />
      {/* React hoists and loads it once; the script also fills slots added by later navigations. */}
      <script src={AD_SCRIPT_PATH} async nonce={nonce} />
    </section>
  );
}
