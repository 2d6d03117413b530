// What a notice may say is wrong with a listing or a review (DSA art. 16), in the order of the form.
// Plain data: the public form (a client component) and the back-office share these labels.
import type { NoticeCategory } from '@/lib/generated/prisma/enums';

export const NOTICE_CATEGORIES: Record<NoticeCategory, string> = {
  FAKE_REVIEW: 'Faux avis ou avis trompeur',
  DEFAMATION: 'Diffamation ou dénigrement',
  HATE_OR_HARASSMENT: 'Propos haineux, injurieux ou harcèlement',
  FRAUD: 'Arnaque, fraude ou pratique commerciale trompeuse',
  INTELLECTUAL_PROPERTY: 'Atteinte au droit d’auteur ou à une marque',
  PRIVACY: 'Atteinte à la vie privée (données personnelles publiées)',
  CHILD_SEXUAL_ABUSE: 'Abus sexuel sur mineur (pédocriminalité)',
  OTHER: 'Autre contenu illicite ou contraire aux CGU',
};

/** The one category a notice may be sent anonymously for (DSA art. 16(2)(c)). */
export const ANONYMOUS_CATEGORY: NoticeCategory = 'CHILD_SEXUAL_ABUSE';

export const TARGET_TYPES = { listing: 'LISTING', review: 'REVIEW' } as const;
export type TargetParam = keyof typeof TARGET_TYPES;
