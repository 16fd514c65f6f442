/**
 * HTML escaping. Every piece of input text goes through {@link escapeHtml}
 * before it reaches the output, so text such as `<script>` is shown, not run.
 *
 * @module
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text escaped for HTML content and (double- or single-quoted) attribute
 * values: `& < > " '` become character references; NUL and other C0 controls
 * (except tab and line breaks), which HTML forbids, become U+FFFD.
 */
export function escapeHtml(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[&<>"'\u0000-\u0008\v\u000E-\u001F\u007F]/g, (ch) => ENTITIES[ch] ?? '\uFFFD');
}
