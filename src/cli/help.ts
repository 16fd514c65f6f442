/**
 * Help texts of the CLI, one per command. Kept apart from the logic so the
 * docs (docs/cli.md) and the tests can quote them.
 *
 * @module
 */
import { SYNOPSIS_HELP } from './synopsis.js';

/** `motion-redline --help`. */
export const MAIN_HELP = `Usage: motion-redline <command> [options]

Redlines for German council motions: parse a motion, apply an amendment
(redline form, Änderungsbefehle or a complete rewrite), render the result.

Commands:
  redline <base> <amendment>   apply the amendment to the base motion and print the redline
  check   <base> <amendment>   say whether the amendment applies cleanly (exit 1 with diagnostics)
  diff    <old> <new>          redline between two versions of a resolution
  parse   <file>               print the parsed motion (clause tree)
  synopsis <base> <amendment>...  all amendments side by side, collisions, merged text, statement

Every file argument may be '-' for standard input. A .docx file (or ZIP bytes) is read
as a Word document (needs the packages fflate and saxes); as the amendment it may carry tracked changes.
HTML files (.html, or HTML content) are read with motion-redline/html.
Run 'motion-redline <command> --help' for the options of a command.

Options:
  -h, --help      show help
  -v, --version   show the version

Exit codes: 0 success, 1 'check' found diagnostics, 2 usage or input error.
`;

const FORMAT_LINE =
  '  -f, --format F    markdown (default) | html | text | json | synopsis | instructions | docx | pdf\n' +
  '                    (docx: a Word file with tracked changes, needs the package docx; pdf: needs pdfmake;\n' +
  '                    both binary, so they need -o FILE)\n' +
  '  -o, --output FILE write the result to FILE instead of standard output\n' +
  '      --title T     page title for --format html and pdf, document title for --format docx\n' +
  '      --color       force ANSI colours for --format text, also into -o FILE\n' +
  '                    (default: FORCE_COLOR, else not with NO_COLOR, else only on a colour terminal)\n' +
  '      --no-color    never use ANSI colours\n' +
  '      --line-numbers  number the lines of the base text (markdown, html, text);\n' +
  '                      with --format instructions: address changes by line ("In Zeile 12 …")\n' +
  '      --line-length N characters per line of the base numbering (default 80)\n';

const PARSE_LINE = '      --dehyphenate join words hyphenated at line ends in PDF-extracted text\n';

/** Per-command help, keyed by command name. */
export const COMMAND_HELP = {
  redline: `Usage: motion-redline redline <base> <amendment> [options]

Applies an amendment to the resolution of a base motion and prints the redline.
The amendment may be a redline (~~struck~~ **bold**), German amendment
instructions ("In Ziffer 3 wird das Wort „X“ durch das Wort „Y“ ersetzt."),
a complete new version of the resolution, or Amendment JSON; the form is
detected unless --form names it.

Options:
${FORMAT_LINE}      --form F      auto (default) | redline | instructions | rewrite | json
${PARSE_LINE}`,
  check: `Usage: motion-redline check <base> <amendment> [options]

Checks whether an amendment still applies cleanly to the base motion and
prints one line per diagnostic: clause, severity and code, message.
Exit code 0: applies cleanly (notes of severity info may be printed, such as a
line reference counted by this library's own line numbering); 1: errors or
warnings were found; 2: usage or input error.

Options:
  -o, --output FILE write the report to FILE
      --form F      auto (default) | redline | instructions | rewrite | json
      --line-length N characters per line for line-addressed instructions (default 80)
${PARSE_LINE}`,
  diff: `Usage: motion-redline diff <old> <new> [options]

Computes the redline between two versions of a motion or resolution.

Options:
${FORMAT_LINE}${PARSE_LINE}`,
  parse: `Usage: motion-redline parse <file> [options]

Parses a motion (Markdown or PDF-extracted text) and prints it.

Options:
  -f, --format F    json (default: the Motion with its clause tree) | markdown | html | text
  -o, --output FILE write the result to FILE instead of standard output
      --resolution  the file is only the resolution (no document around it, no marker)
${PARSE_LINE}`,
  synopsis: SYNOPSIS_HELP,
} as const;
