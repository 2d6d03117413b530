// Small French grammar helpers so generated sentences read naturally: « au Havre », « d’Angers ».

/** « à Colmar », « au Havre », « aux Ulis », « à La Rochelle ». */
export function atPlace(name: string): string {
  if (name.startsWith('Le ')) return `au ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `aux ${name.slice(4)}`;
  return `à ${name}`;
}

/** « de Colmar », « du Havre », « des Ulis », « d’Angers ». */
export function ofPlace(name: string): string {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  if (/^[AEIOUYÂÉÈÊÎÔŒaeiouy]/.test(name)) return `d’${name}`;
  return `de ${name}`;
}

/** « a, b et c ». */
export function joinWithAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** French number format with a narrow no-break space before the unit: « 0,12 € », « 1 200 € ». */
export function formatAmount(value: number): string {
  const decimals = value < 1 ? 2 : 0;
  return new Intl.NumberFormat('fr-FR', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
