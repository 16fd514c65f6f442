/**
 * The stylesheet a Synopse page adds to the redline page's (`REDLINE_CSS`):
 * A4 landscape, a header row that repeats on every printed page, a colour
 * per amendment in the merged view — with a marker after each change, so the
 * attribution survives printing in black and white.
 *
 * @module
 */

/** Colours of the amendments in the merged view, by position (cycled); dark enough to print. */
export const SOURCE_COLOURS: readonly string[] = [
  '#1f5fbf',
  '#b35900',
  '#7a2fa3',
  '#0a7a6b',
  '#a3172f',
  '#5b6b00',
  '#b0408a',
  '#3d4f7a',
];

/** The class of an amendment's colour. */
export function sourceClass(index: number): string {
  return `synopsis-source-${index % SOURCE_COLOURS.length}`;
}

const sourceRules = SOURCE_COLOURS.map(
  (colour, i) =>
    `.synopsis-source-${i} del.redline-del, .synopsis-source-${i} ins.redline-ins, sup.synopsis-source-${i} { color: ${colour}; }\n` +
    `.synopsis-swatch.synopsis-source-${i} { background: ${colour}; }\n`,
).join('');

/** CSS of the Synopse page. */
export const SYNOPSIS_CSS = `body { max-width: none; font-size: 10.5pt; }
h2 { font-size: 1.15em; margin: 1.4em 0 0.5em; }
table.synopsis-table { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.synopsis-table thead { display: table-header-group; }
table.synopsis-table th, table.synopsis-table td { border: 1px solid #777; padding: 0.3em 0.45em; vertical-align: top; text-align: left; overflow-wrap: break-word; hyphens: auto; }
table.synopsis-table th { background: #eee; font-weight: bold; }
table.synopsis-table th .synopsis-sub { display: block; font-weight: normal; font-size: 0.85em; color: #333; }
table.synopsis-table td p { margin: 0 0 0.35em; }
td.synopsis-unchanged { color: #666; }
td.synopsis-collision { background: #fff3d6; box-shadow: inset 3px 0 0 #c47a00; }
p.synopsis-note { font-style: italic; color: #555; }
p.synopsis-note-collision { font-style: normal; font-weight: bold; color: #8a4b00; }
p.synopsis-note-heading { font-style: normal; font-weight: bold; color: #111; }
tr.synopsis-lead td { font-style: italic; }
sup.synopsis-marker { font-size: 0.7em; font-weight: bold; margin-left: 0.1em; }
ul.synopsis-list { margin: 0.3em 0 0.8em; padding-left: 1.4em; }
.synopsis-swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.35em; vertical-align: -0.1em; }
section.synopsis-merged { break-before: page; }
${sourceRules}@page { size: A4 landscape; margin: 12mm 10mm 14mm 10mm; }
@media print {
  body { font-size: 9.5pt; }
  table.synopsis-table tr { break-inside: auto; }
  table.synopsis-table thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
