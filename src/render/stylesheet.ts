/**
 * The stylesheet of standalone HTML pages (`toHtml(x, { document: true })`,
 * `toSynopsis(r, { format: 'html', document: true })`), for screen and print.
 *
 * Deletions are struck through and insertions bold (and underlined), so the
 * redline reads the same printed in black and white; colour only adds to that.
 * Labels are part of the text, lists carry no generated numbers.
 *
 * @module
 */

/** CSS for redline pages: A4 print layout, struck deletions, bold insertions. */
export const REDLINE_CSS = `:root { color-scheme: light; }
body { font-family: "Source Serif 4", "Noto Serif", Georgia, "Times New Roman", serif; font-size: 12pt; line-height: 1.45; color: #111; background: #fff; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.35em; margin: 0 0 1em; }
.redline-lead { margin: 0 0 0.8em; }
ol.redline-clauses { list-style: none; margin: 0; padding: 0; }
li.redline-clause { margin: 0 0 0.6em; padding-left: 2.2em; }
li.redline-clause > p { margin: 0 0 0.4em; }
li.redline-clause > p:first-child { text-indent: -2.2em; }
li.redline-clause > ol.redline-clauses { margin-top: 0.4em; }
.redline-label { font-variant-numeric: tabular-nums; }
li.redline-clause > p.redline-heading { font-weight: bold; }
del.redline-del { text-decoration: line-through; text-decoration-thickness: 0.08em; color: #b00020; }
ins.redline-ins { text-decoration: underline; text-decoration-thickness: 0.06em; font-weight: bold; color: #0a6b2c; }
[data-source] { cursor: help; }
small.redline-typography { font-size: 0.8em; color: #666; }
table.redline-synopsis { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.redline-synopsis th, table.redline-synopsis td { border: 1px solid #777; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
table.redline-synopsis th { background: #eee; }
table.redline-synopsis th.redline-sources { width: 9em; }
table.redline-synopsis td p { margin: 0 0 0.4em; }
table.redline-synopsis td.redline-empty { background: repeating-linear-gradient(135deg, #fff 0 6px, #f0f0f0 6px 12px); }
@page { size: A4; margin: 20mm 18mm 22mm 22mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  del.redline-del, ins.redline-ins { color: inherit; }
  li.redline-clause, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
