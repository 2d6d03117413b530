// The charter's diff view and the retention table as rendered HTML: changes in <ins>/<del> with a
// spoken label, unchanged runs folded; every retention rule listed with its period, its end action
// and its source.
import { renderToStaticMarkup } from 'react-dom/server';
import { CharterDiff } from '@/components/privacy/charter-diff';
import { RetentionTable } from '@/components/privacy/retention-table';
import { diffLines } from '@/lib/privacy/line-diff';
import { RETENTION_RULES, retentionPeriodLabel } from '@/lib/privacy/retention-rules';

describe('CharterDiff', () => {
  const before = ['# Charte', 'a', 'b', 'c', 'd', 'e', 'ancien', 'f'].join('\n');
  const after = ['# Charte', 'a', 'b', 'c', 'd', 'e', 'nouveau', 'f'].join('\n');
  const html = renderToStaticMarkup(<CharterDiff lines={diffLines(before, after)} labelledBy="diff" />);

  it('marks removed and added lines with ins/del and a label for screen readers', () => {
    expect(html).toMatch(/<del[^>]*>.*Supprimé\u00a0: <\/span>ancien<\/del>/);
    expect(html).toMatch(/<ins[^>]*>.*Ajouté\u00a0: <\/span>nouveau<\/ins>/);
    expect(html).toContain('1\u00a0ligne ajoutée, 1\u00a0ligne supprimée.');
  });

  it('folds unchanged lines far from a change, keeping one line of context', () => {
    expect(html).toContain('5\u00a0lignes inchangées');
    expect(html).toContain('>e</span>');
    expect(html).toContain('>f</span>');
    expect(html).not.toContain('># Charte</span>');
  });

  it('says so when nothing changed', () => {
    expect(renderToStaticMarkup(<CharterDiff lines={diffLines('a\nb', 'a\nb')} />)).toContain('Aucune différence');
  });
});

describe('RetentionTable', () => {
  const html = renderToStaticMarkup(<RetentionTable caption="Durées" />);

  it('lists every rule with its period, what happens at the end and its source', () => {
    for (const rule of Object.values(RETENTION_RULES)) {
      expect(html).toContain(rule.data.replace(/'/g, '&#x27;'));
      expect(html).toContain(retentionPeriodLabel(rule));
    }
    expect(html).toContain('Anonymisation');
    expect(html).toContain('L123-22');
    expect(html).toContain('href="https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006219327"');
  });

  it('gives the periods the charter promises', () => {
    expect(retentionPeriodLabel(RETENTION_RULES.unverifiedAccounts)).toBe('7\u00a0jours');
    expect(retentionPeriodLabel(RETENTION_RULES.inquiries)).toBe('12\u00a0mois');
    expect(retentionPeriodLabel(RETENTION_RULES.clientNewsletter)).toBe('3\u00a0ans');
    expect(retentionPeriodLabel(RETENTION_RULES.invoices)).toBe('10\u00a0ans');
    expect(retentionPeriodLabel(RETENTION_RULES.sessions)).toBe('Dès l’échéance');
  });
});
