/**
 * The items of a list of instructions that hold no instruction. A list of
 * instructions holds no prose, so such an item is an instruction the reader
 * did not understand, and the whole reading is refused naming it — also when
 * it comes before the first item the reader understands ("1. <unread> 2. § 2
 * wird aufgehoben." applied only § 2 and said nothing of item 1).
 *
 * An item before the first instruction counts only when it belongs to the
 * same list: the items up to it are numbered on without a gap ("912. Sitzung
 * des Bundesrates" above "1. Zu Artikel 1 …" is a header line, not item 1's
 * predecessor), no paragraph stands between them, and the first instruction
 * item opens with its instruction (a reprinted list with an instruction
 * paragraph run into its last item is no list of instructions).
 *
 * @module
 */
import type { Span } from '../../text/span.js';
import { isAsciiDigit, isIndent } from '../../text/chars.js';
import { listStart } from './units.js';

/** The number of the marker before an item's text at `content` ("3." → 3, "c)" → 3); undefined for a bullet. */
function itemNumber(text: string, content: number): number | undefined {
  let i = listStart(text, content);
  while (isIndent(text[i])) i += 1;
  let j = i;
  while (j - i < 3 && isAsciiDigit(text[j])) j += 1;
  if (j > i) return Number(text.slice(i, j));
  const letter = text.charCodeAt(i) - 96;
  return letter >= 1 && letter <= 26 && text[i + 1] === ')' ? letter : undefined;
}

/** The items without an instruction of the lists of instructions in one document (see the module comment). */
export class ProseItems {
  /** The items refused, in document order. */
  readonly found: Span[] = [];
  private withInstruction = false;
  private readonly before: Array<{ span: Span; number: number | undefined }> = [];

  /**
   * Notes a top-level item: whether it holds an instruction, and (asked only
   * for the first one that does) whether it opens with it.
   */
  note(text: string, item: Span, instruction: boolean, opensWithInstruction: () => boolean): void {
    if (!instruction) {
      if (this.withInstruction) this.found.push(item);
      else this.before.push({ span: item, number: itemNumber(text, item.start) });
      return;
    }
    if (!this.withInstruction && opensWithInstruction()) this.found.push(...this.run(itemNumber(text, item.start)));
    this.withInstruction = true;
  }

  /** A paragraph between items: the items before it are no part of the list that follows. */
  paragraph(): void {
    this.before.length = 0;
  }

  /** The items right before an item numbered `number` that number on to it without a gap. */
  private run(number: number | undefined): Span[] {
    if (number === undefined) return [];
    let k = this.before.length;
    while (k > 0 && this.before[k - 1]!.number === number - (this.before.length - k) - 1) k -= 1;
    return this.before.slice(k).map((b) => b.span);
  }
}
