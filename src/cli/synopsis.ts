/**
 * The `synopsis` command: a base motion, its amendments and (optionally) the
 * administration's statement, as one Synopse. Kept apart from the other
 * commands; the dispatcher hands it the shared file I/O.
 *
 * @module
 */
import { synopsis, synopsisToHtml, synopsisToMarkdown } from '../index.js';

/** `motion-redline synopsis --help`. */
export const SYNOPSIS_HELP = `Usage: motion-redline synopsis <base> <amendment>... [options]

Shows all amendments to one motion side by side (a Synopse): per clause of the
base, each amendment's version, where amendments collide, the merged
resolution (every amendment that collides with no other, each change marked
with its amendment), and the administration's statement per clause.
Each amendment may be in any form (redline, instructions, rewrite, JSON).

Options:
  -f, --format F       markdown (default) | html (a page printable on A4 landscape) | json (the model)
  -o, --output FILE    write the result to FILE instead of standard output
      --statement FILE the administration's statement (Stellungnahme: "Zu 1." …)
      --title T        page title for --format html, heading for markdown
      --form F         auto (default) | redline | instructions | rewrite | json, for every amendment
      --dehyphenate    join words hyphenated at line ends in PDF-extracted text
`;

const FORMATS = ['markdown', 'html', 'json'] as const;
const FORMS = ['auto', 'redline', 'instructions', 'rewrite', 'json'] as const;

/** The command-line values the command reads. */
export interface SynopsisValues {
  format?: string | undefined;
  statement?: string | undefined;
  title?: string | undefined;
  form?: string | undefined;
  dehyphenate?: boolean | undefined;
}

/** What the dispatcher lends the command: reading files (`-` is standard input), writing the result, usage errors. */
export interface SynopsisIO {
  read(paths: readonly string[]): Promise<readonly string[]>;
  emit(text: string): Promise<void>;
  usage(message: string): Error;
}

/**
 * Runs `motion-redline synopsis <base> <amendment>...`.
 * @returns the exit code (0)
 * @throws the `usage` error for wrong arguments; library errors as they are
 */
export async function runSynopsis(files: readonly string[], values: SynopsisValues, io: SynopsisIO): Promise<number> {
  if (files.length < 2) {
    throw io.usage(`'synopsis' takes a base and at least one amendment, got ${files.length} file argument(s)`);
  }
  const format = values.format ?? 'markdown';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw io.usage(`unknown format '${format}' (one of: ${FORMATS.join(', ')})`);
  }
  const form = values.form ?? 'auto';
  if (!(FORMS as readonly string[]).includes(form)) {
    throw io.usage(`unknown amendment form '${form}' (one of: ${FORMS.join(', ')})`);
  }
  const paths = values.statement === undefined ? files : [...files, values.statement];
  if (paths.filter((p) => p === '-').length > 1) throw io.usage('standard input (-) can be read only once');
  const texts = await io.read(paths);
  const [base, ...rest] = texts;
  const amendments = values.statement === undefined ? rest : rest.slice(0, -1);
  const result = synopsis(base!, amendments, {
    form: form as (typeof FORMS)[number],
    dehyphenate: values.dehyphenate === true,
    ...(values.statement === undefined ? {} : { statement: rest[rest.length - 1]! }),
  });
  const title = values.title === undefined ? {} : { title: values.title };
  const text =
    format === 'json'
      ? JSON.stringify(result, null, 2)
      : format === 'html'
        ? synopsisToHtml(result, { document: true, ...title })
        : synopsisToMarkdown(result, title);
  await io.emit(text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}
