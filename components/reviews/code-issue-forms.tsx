'use client';
// /espace/codes: issue one code for a client (e-mailed when an address is given) or a batch to print.
// The codes come back once, in the action's answer, as printable cards with their QR code: they are
// stored hashed and can never be shown again.
import { useActionState } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { issueBatchAction, issueCodeAction } from '@/lib/reviews/advertiser-actions';
import type { IssuedCode } from '@/lib/reviews/codes';
import { initialIssueCodesState, type IssueCodesState } from '@/lib/reviews/issue-state';
import { BATCH_MAX } from '@/lib/reviews/limits';

type IssueAction = (state: IssueCodesState, formData: FormData) => Promise<IssueCodesState>;

const PRINT_AREA_ID = 'codes-a-imprimer';

// Only the cards on paper: the rest of the page (header, navigation, forms) is hidden when printing.
const PRINT_CSS = `@media print {
  body * { visibility: hidden !important; }
  #${PRINT_AREA_ID}, #${PRINT_AREA_ID} * { visibility: visible !important; }
  #${PRINT_AREA_ID} { position: absolute; inset: 0 auto auto 0; width: 100%; }
  #${PRINT_AREA_ID} [data-screen-only] { display: none !important; }
  #${PRINT_AREA_ID} li { break-inside: avoid; }
}`;

export function CodeIssueForms({ siteName }: { siteName: string }) {
  const [single, singleAction] = useActionState(issueCodeAction as unknown as IssueAction, initialIssueCodesState);
  const [batch, batchAction] = useActionState(issueBatchAction as unknown as IssueAction, initialIssueCodesState);
  const singleValues = single.values ?? {};
  return (
    <>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="code-client" className="rounded-card border border-ink-200 bg-white p-5 shadow-card">
          <h2 id="code-client" className="text-lg font-semibold text-brand-900">
            Un code pour un client
          </h2>
          <p className="mt-1 text-sm text-ink-700">
            Avec son adresse e-mail, nous lui envoyons le code et le lien pour donner son avis. Sans adresse, imprimez
            le code ou recopiez-le.
          </p>
          <ServerForm action={singleAction} state={single} className="mt-4">
            <Field
              label="Nom du client"
              name="clientName"
              optional
              autoComplete="off"
              hint="Visible de vous seul, pour vous y retrouver."
              defaultValue={singleValues.clientName}
              error={single.fieldErrors?.clientName}
            />
            <Field
              label="E-mail du client"
              name="clientEmail"
              type="email"
              optional
              autoComplete="off"
              hint="Le code lui est envoyé par e-mail de la part de votre annonce."
              defaultValue={singleValues.clientEmail}
              error={single.fieldErrors?.clientEmail}
            />
            <SubmitButton className="self-start" pendingLabel="Création…">
              Créer le code
            </SubmitButton>
          </ServerForm>
        </section>

        <section aria-labelledby="codes-lot" className="rounded-card border border-ink-200 bg-white p-5 shadow-card">
          <h2 id="codes-lot" className="text-lg font-semibold text-brand-900">
            Plusieurs codes à imprimer
          </h2>
          <p className="mt-1 text-sm text-ink-700">
            Une carte par code, avec un QR code, à remettre à vos clients à la fin de la prestation.
          </p>
          <ServerForm action={batchAction} state={batch} className="mt-4">
            <Field
              label="Nombre de codes"
              name="count"
              type="number"
              inputMode="numeric"
              min={1}
              max={BATCH_MAX}
              required
              defaultValue={batch.values?.count ?? '6'}
              error={batch.fieldErrors?.count}
              className="max-w-32"
            />
            <SubmitButton className="self-start" pendingLabel="Création…">
              Créer les codes
            </SubmitButton>
          </ServerForm>
        </section>
      </div>
      <IssuedCodes codes={[...(single.codes ?? []), ...(batch.codes ?? [])]} siteName={siteName} />
    </>
  );
}

function IssuedCodes({ codes, siteName }: { codes: IssuedCode[]; siteName: string }) {
  if (codes.length === 0) return null;
  return (
    <section id={PRINT_AREA_ID} aria-labelledby="codes-crees" className="rounded-card border-2 border-accent-500 bg-white p-5">
      <style>{PRINT_CSS}</style>
      <div data-screen-only className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="codes-crees" className="text-lg font-semibold text-brand-900">
            {codes.length === 1 ? 'Votre nouveau code' : `Vos ${codes.length}\u00a0nouveaux codes`}
          </h2>
          <p className="text-sm text-ink-700">
            Affichés une seule fois&nbsp;: imprimez-les ou notez-les maintenant. Ils ne seront plus visibles ensuite.
          </p>
        </div>
        <Button variant="secondary" onClick={() => window.print()}>
          Imprimer
        </Button>
      </div>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 print:grid-cols-2">
        {codes.map((code) => (
          <li key={code.code} className="flex gap-4 rounded-card border border-dashed border-ink-400 p-4">
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server, nothing to optimise */}
            <img src={code.qrDataUrl} alt="" width={112} height={112} className="h-28 w-28 shrink-0" />
            <div className="min-w-0 text-sm text-ink-800">
              <p className="font-semibold text-brand-900">{`Donnez votre avis sur ${siteName}`}</p>
              {code.clientName && <p>{`Pour\u00a0: ${code.clientName}`}</p>}
              <p className="mt-2 text-xs text-ink-600">Votre code d’évaluation</p>
              <p className="font-mono text-xl font-bold tracking-wider text-ink-950" data-testid="code-evaluation">
                {code.code}
              </p>
              <p className="mt-2">
                {'Scannez le QR code ou allez sur '}
                <span className="wrap-anywhere font-medium">{code.url.replace(/\?.*$/, '')}</span>
              </p>
              <p className="mt-1 text-xs text-ink-600">{`Usage unique, valable jusqu’au ${code.expiresAt}.`}</p>
              {code.emailedTo && (
                <p data-screen-only className="mt-1 text-xs text-success-700">
                  {`Envoyé par e-mail à ${code.emailedTo}`}
                </p>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
