/**
 * Text for Leaflet, which takes strings as HTML: a place or party name is someone else's data,
 * so it is passed as a node whose text is set, never parsed.
 */
export function textElement(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}
