// The statistics' drawings and the rating distribution, as screen readers and keyboards get them:
// round gridlines, a labelled SVG with a French summary, the numbers in a table, the current period
// marked, one sentence per rating line.
import { renderToStaticMarkup } from 'react-dom/server';
import { chartTicks } from '@/components/stats/chart-scale';
import { DailyChart, type DailyPoint } from '@/components/stats/daily-chart';
import { PeriodSwitch } from '@/components/stats/period-switch';
import { RatingDistribution } from '@/components/reviews/rating-distribution';

const VIEWS = { one: 'vue', many: 'vues', none: 'Aucune vue' };

function days(values: number[]): DailyPoint[] {
  return values.map((value, index) => ({ day: new Date(Date.UTC(2026, 10, 1 + index)), value }));
}

describe('chartTicks', () => {
  it.each([
    [0, [0, 1, 2, 3, 4]],
    [3, [0, 1, 2, 3, 4]],
    [7, [0, 2, 4, 6, 8]],
    [13, [0, 5, 10, 15, 20]],
    [180, [0, 50, 100, 150, 200]],
  ])('holds %i in four whole intervals', (max, ticks) => {
    expect(chartTicks(max)).toEqual(ticks);
  });
});

describe('DailyChart', () => {
  it('labels the drawing with its title and a French summary, and lists every day in a table', () => {
    const html = renderToStaticMarkup(
      <DailyChart id="vues" title="Vues par jour" unit={VIEWS} points={days([0, 3, 12, 1])} />,
    );
    expect(html).toContain('role="img" aria-labelledby="vues-titre vues-description"');
    expect(html).toContain('<title id="vues-titre">Vues par jour</title>');
    expect(html).toContain(
      '16\u00a0vues au total du dimanche 1 novembre 2026 au mercredi 4 novembre 2026. Meilleur jour\u00a0: 12\u00a0vues le mardi 3 novembre 2026.',
    );
    expect(html).toContain('<summary');
    expect(html).toContain('Voir les données');
    expect(html.match(/<tr/g)).toHaveLength(5);
    expect(html).toContain('<th scope="row" class="px-3 py-1.5 font-normal text-ink-800">lundi 2 novembre 2026</th>');
    expect(html.match(/<rect/g)).toHaveLength(3);
  });

  it('says so when nothing happened, and draws a line when asked', () => {
    const html = renderToStaticMarkup(
      <DailyChart id="v" title="Vues" kind="line" unit={VIEWS} points={days([0, 0, 0])} />,
    );
    expect(html).toContain('Aucune vue sur la période du dimanche 1 novembre 2026 au mardi 3 novembre 2026.');
    expect(html).toContain('<polyline');
    expect(html).not.toContain('NaN');
  });
});

describe('PeriodSwitch', () => {
  it('links both periods and marks the current one', () => {
    const html = renderToStaticMarkup(<PeriodSwitch current={90} basePath="/espace/statistiques" />);
    expect(html).toContain('href="/espace/statistiques"');
    expect(html).toMatch(/<a aria-current="page"[^>]*href="\/espace\/statistiques\?periode=90"/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });
});

describe('RatingDistribution', () => {
  it('reads one sentence per rating and draws the bars for sighted users only', () => {
    const html = renderToStaticMarkup(
      <RatingDistribution
        distribution={{
          total: 4,
          average: 3.75,
          buckets: [
            { rating: 5, count: 2, percent: 50 },
            { rating: 4, count: 1, percent: 25 },
            { rating: 3, count: 0, percent: 0 },
            { rating: 2, count: 0, percent: 0 },
            { rating: 1, count: 1, percent: 25 },
          ],
        }}
      />,
    );
    expect(html).toContain('5\u00a0étoiles\u00a0: 2\u00a0avis, soit 50\u00a0%');
    expect(html).toContain('1\u00a0étoile\u00a0: 1\u00a0avis, soit 25\u00a0%');
    expect(html).toContain('3,8');
    expect(html).toContain('Moyenne de 4\u00a0avis publiés');
    expect(html).toContain('width:50%');
  });

  it('renders nothing without a published review', () => {
    const empty = { total: 0, average: null, buckets: [] };
    expect(renderToStaticMarkup(<RatingDistribution distribution={empty} />)).toBe('');
  });
});
