/**
 * The label grammar of German resolutions, as the other rooms use it: the
 * readings of a label (label-readings.ts), roman numerals (roman.ts), labels
 * in sequence (label-sequence.ts) and the label at the start of a source line
 * (line-label.ts). Modules of parse/ import those directly.
 *
 * @module
 */
export {
  BULLETS,
  isBullet,
  labelKey,
  labelReadings,
  parseLabel,
  type LabelInfo,
  type LabelKind,
} from './label-readings.js';
export { continuesSequence, firstLabelLike, labelWithValue, nextLabel } from './label-sequence.js';
export { isFalseLabel, scanLineLabel, type LineLabel } from './line-label.js';
export { romanValue, toRoman } from './roman.js';
