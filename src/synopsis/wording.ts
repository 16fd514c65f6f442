/**
 * The German words of a rendered Synopse (column headings, notes, the
 * collision sentences), as data in one place.
 *
 * @module
 */
import type { SynopsisAmendment, SynopsisCollision } from './model.js';

/** Fixed words of the rendered Synopse. */
export const WORDS = {
  title: 'Synopse',
  base: 'Ursprüngliche Fassung',
  statement: 'Stellungnahme der Verwaltung',
  unchanged: 'unverändert',
  inLead: 'im Einleitungssatz',
  deleted: 'gestrichen',
  amendments: 'Änderungsanträge',
  collisions: 'Kollisionen',
  noCollisions: 'Die Änderungsanträge kollidieren nicht miteinander.',
  merged: 'Zusammengeführte Fassung',
  mergedNote:
    'Der Beschluss mit allen Änderungsanträgen, die mit keinem anderen kollidieren; kollidierende Änderungen stehen an ihrer Stelle daneben.',
  legend: 'Legende',
  applied: 'übernommen',
  withheld: 'nicht übernommen, kollidiert mit',
  unplaced: 'Weitere Abschnitte der Stellungnahme',
  see: 'siehe',
  hint: 'Hinweis, keine Regel: Über den weitergehenden Antrag wird in der Regel zuerst abgestimmt.',
} as const;

/** How each form is named in the list of amendments. */
export const FORM_NAMES: Readonly<Record<SynopsisAmendment['form'], string>> = {
  redline: 'Änderungsfassung',
  instructions: 'Änderungsbefehle',
  rewrite: 'Neufassung',
  json: 'Änderungen (JSON)',
  object: 'Änderungen',
};

/** A clause as the notes name it: its label, or its id when it has none. */
export function clauseWord(label: string, id: string): string {
  return label !== '' ? label : `(${id})`;
}

/** The note in an amendment's cell where it collides: "kollidiert mit Ä2 (weitergehend)". */
export function collisionNote(collision: SynopsisCollision, self: string): string {
  const other = collision.amendments[0] === self ? collision.amendments[1] : collision.amendments[0];
  const further = collision.first === self ? ' (weitergehend)' : '';
  return `⚠ kollidiert mit ${other}${further}`;
}

/**
 * One sentence per collision for the list under the table ("A und B ändern bei
 * 3. dieselben Wörter.", "A und B ändern im Einleitungssatz dieselben Wörter.").
 */
export function collisionSentence(collision: SynopsisCollision, places: readonly string[]): string {
  const [a, b] = collision.amendments;
  const spots = [
    ...(collision.lead === true ? [WORDS.inLead] : []),
    ...(places.length > 0 ? [`bei ${places.join(', ')}`] : []),
  ];
  const where = spots.length === 0 ? '' : ` ${spots.join(' und ')}`;
  const sentence =
    collision.kind === 'words'
      ? `${a} und ${b} ändern${where} dieselben Wörter.`
      : `${a} und ${b} kollidieren${where}: der eine streicht, was der andere ändert.`;
  return collision.first === undefined ? sentence : `${sentence} ${collision.first} ist der weitergehende Antrag.`;
}

/** The heading of an amendment's column: its id, with movers and form below. */
export function amendmentHeading(amendment: SynopsisAmendment): { title: string; sub: string } {
  const parts = [amendment.movers, FORM_NAMES[amendment.form]].filter((p): p is string => p !== undefined);
  return { title: amendment.id, sub: parts.join(' · ') };
}
