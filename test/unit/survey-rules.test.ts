// Pure survey rules: CSV for French Excel (BOM, « ; », quoting, formula guard), the survey cookie
// (round trip, tampering, « Plus tard » expiry, size bound) and the reading of answers (optional
// questions, forged values refused).
import { csvCell, toCsv } from '@/lib/surveys/csv';
import { answerFieldName, parseAnswers } from '@/lib/surveys/answers';
import {
  invitationHidden,
  newSurveyCookie,
  parseSurveyCookie,
  respondentKey,
  serializeSurveyCookie,
  withMark,
} from '@/lib/surveys/respondent';

describe('CSV', () => {
  it('starts with a UTF-8 BOM, separates with « ; » and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b'], [1, 'é']])).toBe('\uFEFFa;b\r\n1;é\r\n');
  });

  it('quotes separators, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('un; deux')).toBe('"un; deux"');
    expect(csvCell('il a dit "oui"')).toBe('"il a dit ""oui"""');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell('a, b')).toBe('a, b');
    expect(csvCell(null)).toBe('');
  });

  it('neutralises what a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+33 6 12')).toBe("'+33 6 12");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(5)).toBe('5');
  });
});

describe('survey cookie', () => {
  it('round-trips the respondent id, the marks and « Ne plus me proposer »', () => {
    let cookie = newSurveyCookie();
    cookie = withMark(cookie, 'clsurvey0001', { answered: true });
    cookie = withMark(cookie, 'clsurvey0002', { laterUntil: 1_900_000_000_000 });
    cookie = { ...cookie, neverAsk: true };
    expect(parseSurveyCookie(serializeSurveyCookie(cookie))).toEqual(cookie);
  });

  it('starts afresh from a missing or tampered cookie', () => {
    expect(parseSurveyCookie(undefined).respondentId).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(parseSurveyCookie('garbage').marks).toEqual({});
    const forged = Buffer.from(JSON.stringify({ r: 'short', s: {} })).toString('base64url');
    expect(parseSurveyCookie(forged).respondentId).not.toBe('short');
    const badMarks = Buffer.from(JSON.stringify({ r: 'a'.repeat(24), s: { 'Not An Id!': 'a', clsurvey0001: 'x' } })).toString('base64url');
    expect(parseSurveyCookie(badMarks).marks).toEqual({});
  });

  it('hides an invitation answered, postponed for now, or declined altogether', () => {
    const now = Date.now();
    const cookie = withMark(withMark(newSurveyCookie(), 'clsurvey0001', { answered: true }), 'clsurvey0002', {
      laterUntil: now + 1000,
    });
    expect(invitationHidden(cookie, 'clsurvey0001', now)).toBe(true);
    expect(invitationHidden(cookie, 'clsurvey0002', now)).toBe(true);
    expect(invitationHidden(cookie, 'clsurvey0002', now + 2000)).toBe(false);
    expect(invitationHidden(cookie, 'clsurvey0003', now)).toBe(false);
    expect(invitationHidden({ ...cookie, neverAsk: true }, 'clsurvey0003', now)).toBe(true);
  });

  it('stays small: only the 20 newest marks are kept', () => {
    let cookie = newSurveyCookie();
    for (let index = 0; index < 30; index += 1) cookie = withMark(cookie, `clsurvey${String(index).padStart(4, '0')}`, { answered: true });
    const marks = Object.keys(parseSurveyCookie(serializeSurveyCookie(cookie)).marks);
    expect(marks).toHaveLength(20);
    expect(marks).toContain('clsurvey0029');
    expect(marks).not.toContain('clsurvey0000');
  });

  it('derives a respondent key per survey and per person, never containing the id itself', () => {
    const visitor = { kind: 'visitor' as const, respondentId: 'abcdefghijklmnop' };
    const key = respondentKey('survey-a', visitor);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(respondentKey('survey-a', visitor)).toBe(key);
    expect(respondentKey('survey-b', visitor)).not.toBe(key);
    expect(respondentKey('survey-a', { kind: 'user', userId: 'abcdefghijklmnop' })).not.toBe(key);
  });
});

describe('reading answers', () => {
  const questions = [
    { id: 'q1', kind: 'SINGLE_CHOICE' as const, options: ['Oui', 'Non'] },
    { id: 'q2', kind: 'MULTIPLE_CHOICE' as const, options: ['A', 'B', 'C'] },
    { id: 'q3', kind: 'SCALE' as const, options: { low: 'Mal', high: 'Bien' } },
    { id: 'q4', kind: 'TEXT' as const, options: null },
  ];

  function form(fields: Record<string, string>) {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    return data;
  }

  it('keeps only the questions answered', () => {
    const parsed = parseAnswers(
      questions,
      form({ [answerFieldName('q2', 0)]: 'on', [answerFieldName('q2', 2)]: 'on', q_q3: '', q_q4: '  merci  ' }),
    );
    expect(parsed).toEqual({
      answers: [
        { questionId: 'q2', value: ['A', 'C'] },
        { questionId: 'q4', value: 'merci' },
      ],
      errors: {},
    });
    expect(parseAnswers(questions, form({})).answers).toEqual([]);
  });

  it('refuses a choice that does not exist and a scale outside 1–5', () => {
    const parsed = parseAnswers(questions, form({ q_q1: 'Peut-être', q_q3: '6' }));
    expect(Object.keys(parsed.errors)).toEqual(['q_q1', 'q_q3']);
    expect(parseAnswers(questions, form({ q_q3: '2.5' })).errors).toHaveProperty('q_q3');
    expect(parseAnswers(questions, form({ q_q3: '5' })).answers).toEqual([{ questionId: 'q3', value: 5 }]);
  });
});
