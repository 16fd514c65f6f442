/**
 * Bold that marks insertions (the redline form without strikes: "1. Die
 * Stabsstelle **des CDO** betreut …") rather than formatting ("**SPD-Fraktion**").
 *
 * @module
 */

/** Whether the text has bold inside a line, or bold around a whole labelled line. */
export function hasInlineBold(source: string): boolean {
  // Only lines with a "**" matter: jump from one to the next instead of splitting the text.
  for (let at = source.indexOf('**'); at !== -1;) {
    const start = source.lastIndexOf('\n', at) + 1;
    const newline = source.indexOf('\n', at);
    const end = newline === -1 ? source.length : newline;
    if (hasInlineBoldLine(source.slice(start, end), at - start)) return true;
    at = newline === -1 ? -1 : source.indexOf('**', newline);
  }
  return false;
}

/** Whether the bold at `at` (the line's first "**") marks an insertion rather than formatting. */
function hasInlineBoldLine(line: string, at: number): boolean {
  const before = line.slice(0, at).trim();
  // Text before the marker on the same line: an insertion inside a clause.
  if (before !== '' && !/^[-*+•–]$|^\d+[.)]$/u.test(before)) return true;
  // "**5. Neuer Text**": a whole inserted clause.
  if (/^\*\*\s*(?:\d+[a-z]?[.)]|[a-z]{1,2}\)|\(\d+\)|[IVX]+\.)\s/u.test(line.slice(at))) return true;
  const close = line.indexOf('**', at + 2);
  // Bold that closes before the line ends, with text after it.
  return close !== -1 && line.slice(close + 2).trim() !== '';
}
