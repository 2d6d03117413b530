// What the SIRET badge says for each status: French labels and explanations, typography, markup.
import { renderToStaticMarkup } from 'react-dom/server';
import { SiretStatusBadge } from '@/components/siret/siret-status-badge';
import { siretStatusExplanation, siretStatusLabel, siretStatusTone } from '@/lib/siret/status';

const STATUSES = ['PENDING', 'VERIFIED', 'CLOSED', 'NOT_FOUND'] as const;

describe('SIRET status display', () => {
  it.each([
    ['VERIFIED', 'SIRET vérifié', 'success'],
    ['PENDING', 'SIRET non vérifié', 'neutral'],
    ['CLOSED', 'Établissement fermé', 'danger'],
    ['NOT_FOUND', 'SIRET introuvable', 'warning'],
  ] as const)('labels %s « %s »', (status, label, tone) => {
    expect(siretStatusLabel(status)).toBe(label);
    expect(siretStatusTone(status)).toBe(tone);
  });

  it.each(STATUSES)('explains %s in French typography', (status) => {
    const explanation = siretStatusExplanation(status);
    expect(explanation).toMatch(/\.$/);
    expect(explanation).not.toMatch(/ [:;!?»]/);
  });

  it('says that a pending check is retried', () => {
    expect(siretStatusExplanation('PENDING')).toContain('relancée automatiquement');
  });

  it('renders the label, with the explanation as tooltip and screen-reader text', () => {
    const html = renderToStaticMarkup(<SiretStatusBadge status="CLOSED" />);
    const explanation = siretStatusExplanation('CLOSED');

    expect(html).toContain('Établissement fermé');
    expect(html).toContain(`title="${explanation}"`);
    expect(html).toContain(`<span class="sr-only">. ${explanation}</span>`);
    expect(html).not.toContain('<svg');
    expect(renderToStaticMarkup(<SiretStatusBadge status="VERIFIED" />)).toContain('aria-hidden="true"');
  });
});
