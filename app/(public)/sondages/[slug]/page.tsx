// A survey's answer page: its questions, all optional, or — when this person cannot or need not
// answer — why (closed, already answered, for advertisers only, from the newsletter link only).
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { SurveyAnswerForm } from '@/components/surveys/survey-answer-form';
import { ButtonLink } from '@/components/ui/button-link';
import { Container } from '@/components/ui/container';
import { getCurrentSession, signInUrl } from '@/lib/auth/guards';
import { getPublicSurvey } from '@/lib/surveys/queries';
import { parseSurveyCookie, SURVEY_COOKIE } from '@/lib/surveys/respondent';
import { hasAnswered, participantFor } from '@/lib/surveys/submission';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ t?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const survey = await getPublicSurvey((await params).slug);
  return { title: survey ? `Sondage · ${survey.title}` : 'Sondage', robots: { index: false, follow: false } };
}

function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="rounded-card border border-ink-200 bg-white p-5 shadow-card">
      <h2 className="text-lg font-semibold text-ink-950">{title}</h2>
      <div className="mt-2 text-ink-800">{children}</div>
    </div>
  );
}

export default async function SurveyPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { t } = await searchParams;
  const token = typeof t === 'string' ? t : undefined;
  const survey = await getPublicSurvey(slug);
  if (!survey) notFound();

  const session = await getCurrentSession();
  const cookie = parseSurveyCookie((await cookies()).get(SURVEY_COOKIE)?.value);
  const participant = participantFor(survey, { session, cookie, token: token ?? null, anonymous: false });
  // The database is the proof (the cookie may be another browser's); a visitor's cookie also says so.
  const mark = cookie.marks[survey.id];
  const answered =
    participant.kind === 'allowed' &&
    ((!session && mark !== undefined && 'answered' in mark) || (await hasAnswered(survey.id, participant.respondent)));

  let body: React.ReactNode;
  if (survey.status === 'CLOSED') {
    body = (
      <Notice title="Ce sondage est clos">
        <p>Il ne reçoit plus de réponses. Merci de l’intérêt que vous lui portez.</p>
      </Notice>
    );
  } else if (participant.kind === 'sign-in-required') {
    body = (
      <Notice title="Sondage réservé aux annonceurs">
        <p>Connectez-vous à votre espace pour y répondre.</p>
        <ButtonLink href={signInUrl(`/sondages/${survey.slug}`)} className="mt-4">
          Se connecter
        </ButtonLink>
      </Notice>
    );
  } else if (participant.kind === 'link-required') {
    body = (
      <Notice title="Sondage réservé aux abonnés de la newsletter">
        <p>{'Ce sondage se répond depuis le lien personnel reçu dans la newsletter «\u00a0Clients\u00a0». Ce lien n’est pas valable ou a été modifié.'}</p>
      </Notice>
    );
  } else if (answered) {
    body = (
      <Notice title="Vous avez déjà répondu">
        <p>Merci, votre réponse est bien enregistrée. On ne répond qu’une fois à un sondage.</p>
      </Notice>
    );
  } else {
    body = (
      <>
        <p className="rounded-control bg-brand-50 px-4 py-3 text-sm text-ink-800">
          {'Toutes les questions sont facultatives\u00a0: répondez seulement à celles que vous voulez, ou à aucune. '}
          {session
            ? 'Nous ne demandons ni nom ni adresse e-mail.'
            : 'Vos réponses sont anonymes\u00a0: nous ne demandons ni nom ni adresse e-mail.'}
        </p>
        <SurveyAnswerForm
          surveyId={survey.id}
          questions={survey.questions}
          token={token}
          signedIn={Boolean(session) && survey.audience !== 'CLIENTS'}
          allowAnonymous={survey.allowAnonymous}
        />
      </>
    );
  }

  return (
    <Container width="narrow" className="flex flex-col gap-6 py-8 sm:py-12">
      <header>
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Sondage</p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight text-brand-950 sm:text-3xl">{survey.title}</h1>
        {survey.intro && <p className="mt-3 whitespace-pre-line text-ink-800">{survey.intro}</p>}
      </header>
      {body}
    </Container>
  );
}
