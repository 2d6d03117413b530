// Listing titles, pitches, descriptions, prices and opening hours, assembled from templates per category.
import type { CategorySeed } from '@/lib/seed/data/categories';
import { atPlace, capitalize, formatAmount, joinWithAnd, ofPlace } from '@/lib/seed/french';
import type { Random } from '@/lib/seed/random';

export interface ListingPerson {
  firstName: string;
  lastName: string;
  city: string;
  departmentName: string;
}

export function businessName(random: Random, category: CategorySeed, person: ListingPerson): string {
  const pattern = random.weighted([
    ['brand-last', 5],
    ['full-name', 3],
    ['brand-first', 2],
  ] as const);
  if (pattern === 'full-name') return `${person.firstName} ${person.lastName}`;
  return `${category.brand} ${pattern === 'brand-last' ? person.lastName : person.firstName}`;
}

export function listingTitle(random: Random, category: CategorySeed, business: string): string {
  return `${business} — ${random.pick(category.taglines)}`;
}

/** The pitch's longest form stays under the editor's limit (160 characters, lib/listings/schema.ts). */
const PITCH_MAX = 160;

/** One sentence under the name, as an advertiser would write it: « Dépannage et installation à Colmar. » */
export function listingPitch(random: Random, category: CategorySeed, person: ListingPerson): string {
  const tagline = random.pick(category.taglines);
  const templates = [
    () => `${capitalize(tagline)} ${atPlace(person.city)} et alentours. Devis gratuit, réponse rapide.`,
    () => `${capitalize(category.field)} ${atPlace(person.city)} : ${tagline}.`,
    () => `${capitalize(tagline)}, un travail soigné et des prix annoncés à l’avance.`,
    () => `Auto-entrepreneur ${atPlace(person.city)} : ${tagline}. Un seul interlocuteur du devis à la fin.`,
  ];
  const pitch = random.pick(templates)();
  return pitch.length <= PITCH_MAX ? pitch : `${capitalize(tagline)}.`;
}

function introduction(random: Random, category: CategorySeed, person: ListingPerson, business: string): string {
  const years = random.int(2, 25);
  const templates = [
    () => `Je m’appelle ${person.firstName} et j’exerce dans ${category.field} depuis ${years} ans. J’ai créé ma micro-entreprise ${atPlace(person.city)} pour offrir un service de proximité, avec un seul interlocuteur du devis à la fin de la prestation.`,
    () => `${years} ans d’expérience dans ${category.field} : c’est ce que je mets au service des particuliers et des professionnels ${ofPlace(person.city)} et des alentours.`,
    () => `Auto-entrepreneur ${atPlace(person.city)}, je vous propose mes services dans ${category.field}. Mon engagement : des délais tenus, un travail soigné et des prix annoncés à l’avance.`,
    () => `${business}, c’est ${category.field} ${atPlace(person.city)} avec un savoir-faire de ${years} ans, une écoute attentive et des conseils honnêtes, même quand la meilleure solution est la plus simple.`,
  ];
  return random.pick(templates)();
}

function servicesParagraph(random: Random, category: CategorySeed): string {
  const services = joinWithAnd(random.sample(category.services, random.int(3, 4)));
  const templates = [
    () => `Mes prestations : ${services}.`,
    () => `Je m’occupe notamment de ${services}.`,
    () => `Vous pouvez faire appel à moi pour ${services}. Chaque demande commence par un échange pour bien comprendre votre besoin.`,
  ];
  return random.pick(templates)();
}

function areaParagraph(random: Random, person: ListingPerson): string {
  const templates = [
    () => `J’interviens ${atPlace(person.city)} et dans un rayon de ${random.pick([10, 15, 20, 30])} km. Devis gratuit et sans engagement, réponse sous 48 heures.`,
    () => `Je me déplace dans tout le département (${person.departmentName}). Les rendez-vous sont possibles en semaine et le samedi matin.`,
    () => `Disponible rapidement ${atPlace(person.city)} et aux alentours ; n’hésitez pas à envoyer une demande avec quelques détails et, si possible, des photos.`,
  ];
  return random.pick(templates)();
}

const PRACTICAL_NOTES = [
  'Micro-entreprise : TVA non applicable, article 293 B du CGI. Paiement par virement, chèque ou espèces ; une facture est remise à chaque prestation.',
  'Assurance responsabilité civile professionnelle à jour. Facture détaillée systématique.',
  'Tarifs clairs communiqués avant toute intervention, sans frais cachés.',
];

/** Two to four paragraphs separated by blank lines (rendered as plain text). */
export function listingDescription(
  random: Random,
  category: CategorySeed,
  person: ListingPerson,
  business: string,
): string {
  const paragraphs = [introduction(random, category, person, business), servicesParagraph(random, category)];
  if (random.chance(0.75)) paragraphs.push(areaParagraph(random, person));
  if (random.chance(0.5)) paragraphs.push(random.pick(PRACTICAL_NOTES));
  return paragraphs.join('\n\n');
}

export function priceInfo(random: Random, category: CategorySeed): string {
  const [min, max, unit] = category.price;
  const raw = min + random.next() * (max - min);
  const step = raw < 1 ? 0.01 : raw < 100 ? 1 : 10;
  const amount = Math.round(raw / step) * step;
  return capitalize(`à partir de ${formatAmount(amount)} ${unit}`);
}

type Weekday = 'lun' | 'mar' | 'mer' | 'jeu' | 'ven' | 'sam' | 'dim';
export type OpeningHours = Record<Weekday, string>;

const CLOSED = 'Fermé';

export function openingHours(random: Random): OpeningHours {
  const weekday = random.pick(['8h–18h', '8h–12h, 14h–18h', '9h–19h', '7h30–17h', '9h–12h, 14h–19h']);
  const saturday = random.pick(['9h–12h', '9h–17h', CLOSED, CLOSED]);
  const wednesday = random.chance(0.2) ? '9h–12h' : weekday;
  return { lun: weekday, mar: weekday, mer: wednesday, jeu: weekday, ven: weekday, sam: saturday, dim: CLOSED };
}
