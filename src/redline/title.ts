/**
 * The document's title in a redline, the same pattern as the lead (lead.ts):
 * `title` is the amended title (absent when the amended document has none),
 * `titleSegments` is present exactly when the amendment changed it (equal +
 * delete = base title, equal + insert = amended title). An empty title is no
 * title. Every producer builds the pair with {@link titleFields}, every
 * consumer reads it through {@link titleSegmentsOf} / {@link baseTitle}.
 *
 * @module
 */
import type { Redline, Resolution, Segment } from '../model.js';
import { amendedText, baseText, normalizeSegments } from './segments.js';

/** The title fields of a redline. */
export type TitleFields = Pick<Redline, 'title' | 'titleSegments'>;

/**
 * The title fields of a title given as segments: `title` is their amended
 * text (left out when empty); `titleSegments` (in canonical form) is set only
 * when their base text differs.
 */
export function titleFields(segments: readonly Segment[]): TitleFields {
  const title = amendedText(segments);
  const out: TitleFields = title === '' ? {} : { title };
  if (baseText(segments) !== title) out.titleSegments = normalizeSegments(segments);
  return out;
}

/** The title fields of an unchanged title (none when `title` is absent or empty). */
export function sameTitle(title: string | undefined): TitleFields {
  return title === undefined || title === '' ? {} : { title };
}

/**
 * `redline` with its title fields replaced (the rest shared, not copied), the
 * title first as in the model; fields `fields` lacks are left out.
 */
export function withTitle<R extends Redline>(redline: R, fields: TitleFields): R {
  const { title: _title, titleSegments: _segments, ...rest } = redline;
  return { ...fields, ...rest } as R;
}

/** The title as segments: its `titleSegments`, or the title as one unchanged run (none without a title). */
export function titleSegmentsOf(redline: TitleFields): Segment[] {
  if (redline.titleSegments !== undefined) return redline.titleSegments;
  return redline.title === undefined || redline.title === '' ? [] : [{ type: 'equal', text: redline.title }];
}

/** The base title (what `rejectAll` returns), undefined when the base has none. */
export function baseTitle(redline: TitleFields): string | undefined {
  if (redline.titleSegments === undefined) return redline.title === '' ? undefined : redline.title;
  const base = baseText(redline.titleSegments);
  return base === '' ? undefined : base;
}

/** Whether the redline changes the title (the base title differs from the amended one). */
export function changesTitle(redline: TitleFields): boolean {
  return redline.titleSegments !== undefined && baseText(redline.titleSegments) !== (redline.title ?? '');
}

/** A resolution with `title` set, or without it when `title` is undefined (the title first, as in the model). */
export function resolutionWithTitle(resolution: Resolution, title: string | undefined): Resolution {
  const { title: _title, ...rest } = resolution;
  return title === undefined || title === '' ? rest : { title, ...rest };
}
