// The demo's open survey for visitors, so that the demo shows the invitation under the header and
// the back-office has a survey to look at. Demo and test only, like the demo accounts. Inserted after
// the advertisers and without the seeded random stream, so that the rest of the demo data is unchanged.
import type { Prisma } from '@/lib/db/client';
import type { SeedContext } from '@/lib/seed/context';

const DAY_MS = 24 * 60 * 60 * 1000;

export const DEMO_SURVEY_SLUG = 'votre-avis-sur-jauto-entreprends';

export async function insertDemoSurvey(db: Prisma.TransactionClient, ctx: SeedContext) {
  const openedAt = new Date(ctx.now.getTime() - 3 * DAY_MS);
  await db.survey.create({
    data: {
      slug: DEMO_SURVEY_SLUG,
      title: 'Votre avis sur le site',
      intro: 'Quatre questions, toutes facultatives, pour nous aider à rendre la recherche plus utile.',
      invitation: 'Avez-vous deux minutes pour nous dire ce que vous pensez du site\u00a0?',
      audience: 'VISITORS',
      allowAnonymous: true,
      status: 'OPEN',
      createdAt: new Date(openedAt.getTime() - DAY_MS),
      openedAt,
      questions: {
        create: [
          {
            position: 0,
            kind: 'SINGLE_CHOICE',
            label: 'Comment avez-vous connu le site\u00a0?',
            options: ['Moteur de recherche', 'Bouche-à-oreille', 'Réseaux sociaux', 'Un professionnel', 'Autre'],
          },
          {
            position: 1,
            kind: 'MULTIPLE_CHOICE',
            label: 'Que cherchez-vous aujourd’hui\u00a0?',
            options: ['Un artisan', 'Un service à domicile', 'Un cours ou un accompagnement', 'Autre chose'],
          },
          {
            position: 2,
            kind: 'SCALE',
            label: 'Trouvez-vous facilement le professionnel qu’il vous faut\u00a0?',
            options: { low: 'Pas du tout', high: 'Très facilement' },
          },
          { position: 3, kind: 'TEXT', label: 'Une idée pour améliorer le site\u00a0?' },
        ],
      },
    },
  });
}
