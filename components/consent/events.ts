// The browser event by which « Gérer les cookies » (footer, placeholders) opens the consent panel.
export const OPEN_CONSENT_EVENT = 'jauto:gerer-cookies';

export function openConsentPanel(): void {
  window.dispatchEvent(new Event(OPEN_CONSENT_EVENT));
}
