// The listing editor's schema: limits, https URLs, social links on their own networks, service areas,
// and the flat FormData round trip with errors under the fields' own names.
import { emptyListingInput, listingFormSchema, listingSchema, listingToFormData, type ListingInput } from '@/lib/listings/schema';

function valid(overrides: Partial<ListingInput> = {}): ListingInput {
  return {
    ...emptyListingInput,
    title: 'Plombier Camille Martin',
    categoryId: 'cat-1',
    pitch: 'Dépannage rapide à Colmar.',
    description: 'Plombier à Colmar depuis dix ans, je dépanne et j’installe.',
    ...overrides,
  };
}

function errorsOf(input: ListingInput): Record<string, string> {
  const parsed = listingSchema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('listingSchema', () => {
  it('accepts a complete listing', () => {
    expect(errorsOf(valid())).toEqual({});
  });

  it('enforces the text limits with French messages', () => {
    expect(errorsOf(valid({ title: 'ab' })).title).toMatch(/3\u00a0caractères au moins/);
    expect(errorsOf(valid({ title: 'x'.repeat(81) })).title).toMatch(/80\u00a0caractères/);
    expect(errorsOf(valid({ pitch: 'x'.repeat(161) })).pitch).toMatch(/160\u00a0caractères/);
    expect(errorsOf(valid({ description: 'trop court' })).description).toMatch(/30\u00a0caractères au moins/);
    expect(errorsOf(valid({ description: 'x'.repeat(5001) })).description).toMatch(/5\u202f000\u00a0caractères/);
    expect(errorsOf(valid({ priceInfo: 'x'.repeat(301) })).priceInfo).toBe('Ce champ ne peut pas dépasser 300\u00a0caractères.');
    expect(errorsOf(valid({ priceInfo: 'x'.repeat(300) }))).toEqual({});
    expect(errorsOf(valid({ categoryId: '' })).categoryId).toBe('Choisissez une catégorie.');
  });

  it('refuses raw HTML in the description', () => {
    expect(errorsOf(valid({ description: 'Bonjour <script>alert(1)</script> et bienvenue chez moi.' })).description).toMatch(/HTML/);
  });

  it('limits services and their fields', () => {
    const services = Array.from({ length: 21 }, (_, i) => ({ name: `Service ${i}`, price: '10 €' }));
    expect(errorsOf(valid({ services })).services).toMatch(/20\u00a0prestations/);
    expect(errorsOf(valid({ services: [{ name: '', price: '' }] }))['services.0.name']).toMatch(/Nommez/);
    expect(errorsOf(valid({ services: [{ name: 'x'.repeat(81), price: '' }] }))['services.0.name']).toMatch(/80/);
    expect(errorsOf(valid({ services: [{ name: 'Débouchage', price: 'x'.repeat(61) }] }))['services.0.price']).toMatch(/60/);
  });

  it('takes a commune or a department per service area, 50 at most', () => {
    expect(errorsOf(valid({ serviceAreas: [{ communeCode: '68066' }, { departmentCode: '2A' }, { communeCode: '2B033' }] }))).toEqual({});
    expect(errorsOf(valid({ serviceAreas: [{}] }))['serviceAreas.0']).toMatch(/commune ou un département/);
    expect(errorsOf(valid({ serviceAreas: [{ communeCode: '68066', departmentCode: '68' }] }))['serviceAreas.0']).toBeDefined();
    expect(errorsOf(valid({ serviceAreas: [{ communeCode: "'; drop" }] }))['serviceAreas.0.communeCode']).toBeDefined();
    const many = Array.from({ length: 51 }, (_, i) => ({ communeCode: String(68000 + i) }));
    expect(errorsOf(valid({ serviceAreas: many })).serviceAreas).toMatch(/50/);
  });

  it('limits each day of the opening hours', () => {
    const hours = { ...emptyListingInput.hours, lun: { closed: false, text: 'x'.repeat(41) } };
    expect(errorsOf(valid({ hours }))['hours.lun.text']).toMatch(/40/);
  });

  it('wants https URLs, and adds https:// to a bare address', () => {
    expect(listingSchema.parse(valid({ website: 'www.exemple.fr' })).website).toBe('https://www.exemple.fr');
    expect(errorsOf(valid({ website: 'http://exemple.fr' })).website).toMatch(/https:\/\//);
    expect(errorsOf(valid({ website: 'javascript:alert(1)' })).website).toMatch(/pas valide/);
    expect(errorsOf(valid({ website: 'https://user:pass@exemple.fr' })).website).toMatch(/pas valide/);
    expect(errorsOf(valid({ website: 'pas une adresse' })).website).toMatch(/pas valide/);
    expect(errorsOf(valid({ website: '' }))).toEqual({});
  });

  it('keeps each social link on its own network', () => {
    expect(
      errorsOf(
        valid({
          facebook: 'https://www.facebook.com/plomberie-martin',
          instagram: 'https://instagram.com/plomberie.martin',
          linkedin: 'https://fr.linkedin.com/in/camille-martin',
        }),
      ),
    ).toEqual({});
    expect(errorsOf(valid({ facebook: 'https://www.exemple.fr/facebook' })).facebook).toMatch(/facebook\.com/);
    expect(errorsOf(valid({ facebook: 'https://facebook.com.evil.fr/page' })).facebook).toBeDefined();
    expect(errorsOf(valid({ instagram: 'https://www.facebook.com/x' })).instagram).toMatch(/instagram\.com/);
    expect(errorsOf(valid({ linkedin: 'https://www.linkedin.com/' })).linkedin).toMatch(/linkedin\.com/);
    expect(errorsOf(valid({ linkedin: 'http://www.linkedin.com/in/x' })).linkedin).toMatch(/https:\/\//);
  });
});

describe('listingFormSchema', () => {
  function flat(input: ListingInput): Record<string, string> {
    return Object.fromEntries([...listingToFormData(input).entries()].map(([k, v]) => [k, String(v)]));
  }

  it('reads back what listingToFormData wrote', () => {
    const input = valid({
      services: [{ name: 'Débouchage', price: 'à partir de 80 €' }],
      priceInfo: 'À partir de 45 € de l’heure, devis gratuit',
      serviceAreas: [{ communeCode: '68066', label: 'Colmar (68)' }, { departmentCode: '68' }],
      hours: { ...emptyListingInput.hours, lun: { closed: false, text: '8h–18h' }, dim: { closed: true, text: '' } },
      showPhone: false,
    });
    expect(listingFormSchema.parse(flat(input))).toEqual(listingSchema.parse(input));
  });

  it('reports errors under the dotted field names', () => {
    const parsed = listingFormSchema.safeParse(flat(valid({ title: '', services: [{ name: 'ok', price: 'x'.repeat(61) }] })));
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining([['title'], ['services.0.price']]));
  });
});
