/**
 * HTML escaping. Every piece of input text goes through {@link escapeHtml}
 * (string output) or {@link withoutControls} (text of a hast tree, which the
 * serialiser escapes) before it reaches the output, so text such as
 * `<script>` is shown, not run.
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
 * The text with NUL and the other C0 controls (except tab and line breaks),
 * which HTML forbids, replaced by U+FFFD.
 */
export function withoutControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\u0000-\u0008\v\u000E-\u001F\u007F]/g, '\uFFFD');
}

/**
 * Text escaped for HTML content and (double- or single-quoted) attribute
 * values: `& < > " '` become character references; forbidden controls become
 * U+FFFD (see {@link withoutControls}).
 */
export function escapeHtml(text: string): string {
  return withoutControls(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
