// The plural a landing page title needs (« Plombiers à Colmar »). Categories named after a person take
// a plural from this table; those named after a service (« Coiffure à domicile », « Repassage ») read
// well unchanged, and so does any category added later without an entry here.
const PLURALS: Record<string, string> = {
  plombier: 'Plombiers',
  electricien: 'Électriciens',
  menuisier: 'Menuisiers',
  'peintre-en-batiment': 'Peintres en bâtiment',
  'jardinier-paysagiste': 'Jardiniers-paysagistes',
  estheticienne: 'Esthéticiennes',
  photographe: 'Photographes',
  'developpeur-web': 'Développeurs web',
  graphiste: 'Graphistes',
  'professeur-particulier': 'Professeurs particuliers',
  'coach-sportif': 'Coachs sportifs',
  traducteur: 'Traducteurs',
  redacteur: 'Rédacteurs',
  serrurier: 'Serruriers',
  couvreur: 'Couvreurs',
  carreleur: 'Carreleurs',
  macon: 'Maçons',
  'promeneur-de-chiens': 'Promeneurs de chiens',
  traiteur: 'Traiteurs',
  patissier: 'Pâtissiers',
  'community-manager': 'Community managers',
  consultant: 'Consultants',
  formateur: 'Formateurs',
  'wedding-planner': 'Wedding planners',
  'decorateur-interieur': 'Décorateurs d’intérieur',
  ramoneur: 'Ramoneurs',
  vitrier: 'Vitriers',
  'professeur-de-yoga': 'Professeurs de yoga',
  videaste: 'Vidéastes',
};

export function categoryPlural(category: { slug: string; name: string }): string {
  return PLURALS[category.slug] ?? category.name;
}
