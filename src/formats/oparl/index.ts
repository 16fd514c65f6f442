/**
 * `motion-redline/oparl`: `fromOParl`, an OParl 1.x `Paper` (Drucksache, as
 * council information systems publish them) read into the library's model: a
 * motion's text parsed into a `Motion`, an amendment's text ready for
 * `redline(base, amendment)`, the link from an amendment to the motion it
 * amends (`superordinatedPaper`, else `relatedPaper`), the consultations and
 * files. The paper is validated against the OParl 1.1 schema
 * (`paper.schema.json`, with ajv). The library does no network access:
 * fetching papers and files is the caller's (see docs/oparl-example.mjs).
 *
 * @module
 */
import type { Motion } from '../../model.js';
import { RedlineError, ParseError } from '../../errors.js';
import { resolveOptions } from '../../validate/options.js';
import { parseMotion } from '../../parse/motion.js';
import { parseResolution } from '../../parse/resolution.js';
import { importPeer } from '../peer.js';
import schema from './paper.schema.json' with { type: 'json' };
import { AMENDMENT_KINDS, FROM_OPARL_OPTIONS, type FromOParlOptions } from './options.js';
import type { OParlConsultation, OParlFile, OParlPaper } from './types.js';

export type { OParlConsultation, OParlFile, OParlObject, OParlPaper } from './types.js';
export type { FromOParlOptions, OParlRole } from './options.js';
export { FROM_OPARL_OPTIONS, AMENDMENT_KINDS } from './options.js';

/** A paper's file, as `fromOParl` lists it. */
export interface OParlFileSummary {
  id: string;
  /** `main` (`mainFile`) or `auxiliary` (`auxiliaryFile`, Anlagen). */
  role: 'main' | 'auxiliary';
  name?: string;
  fileName?: string;
  mimeType?: string;
  accessUrl: string;
  downloadUrl?: string;
  /** True when the file object carries its `text`. */
  hasText: boolean;
}

/** A consultation of the paper (Beratung). */
export interface OParlConsultationSummary {
  id: string;
  meeting?: string;
  agendaItem?: string;
  /** The bodies consulting (organization URLs). */
  organization: string[];
  role?: string;
  authoritative?: boolean;
}

/** What `fromOParl` makes of a paper. */
export interface OParlReading {
  /** The paper's URL (`id`). */
  id: string;
  /** Read as a motion or as an amendment of another paper. */
  role: 'motion' | 'amendment';
  /** `name`. */
  title?: string;
  /** `reference`: the file number. */
  reference?: string;
  /** `paperType`, as the system names it. */
  kind?: string;
  /** `date`. */
  date?: string;
  /** `web`: the paper's page in the portal. */
  web?: string;
  /** For an amendment: the URL of the paper it amends (`superordinatedPaper`, else `relatedPaper`). */
  base?: string;
  /** `subordinatedPaper`: for a motion, its amendments and other papers that belong to it. */
  subordinated: string[];
  /** `relatedPaper`. */
  related: string[];
  /** The main file's text (`mainFile.text` or the `file` option), if any. */
  text?: string;
  /** For a motion with text: the motion (title, file number and kind from the paper where the text has none). */
  motion?: Motion;
  /** For an amendment with text: its id (file number, else URL), title and text for `redline(base, text)`. */
  amendment?: { id: string; title?: string; text: string };
  consultations: OParlConsultationSummary[];
  files: OParlFileSummary[];
}

type Validator = ((data: unknown) => boolean) & {
  errors?: Array<{ instancePath: string; message?: string }> | null;
};
let validator: Promise<Validator> | undefined;

/** The schema validator, compiled once (ajv is loaded on first use). */
function paperValidator(): Promise<Validator> {
  validator ??= importPeer('ajv', 'fromOParl (schema validation)', () => import('ajv')).then((mod) => {
    const Ajv = ((mod as { default?: unknown }).default ?? mod) as new (options: object) => {
      compile(s: object): Validator;
    };
    // OParl's formats ("url", "date") are not JSON-schema formats; the shape is what is checked.
    return new Ajv({ allErrors: true, validateFormats: false }).compile(schema);
  });
  return validator;
}

async function validatePaper(paper: unknown, validate: boolean): Promise<OParlPaper> {
  const type = (paper as { type?: unknown } | null)?.type;
  if (paper === null || typeof paper !== 'object' || typeof type !== 'string' || !type.endsWith('/Paper')) {
    throw new RedlineError('invalid-input', 'fromOParl expects an OParl Paper object (type ".../Paper").');
  }
  if (!validate) return paper as OParlPaper;
  const check = await paperValidator();
  if (!check(paper)) {
    const problems = (check.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
    throw new RedlineError(
      'invalid-input',
      `The OParl paper ${JSON.stringify((paper as { id?: unknown }).id ?? '')} does not match the OParl 1.1 schema: ${problems.join('; ')}.`,
    );
  }
  return paper as OParlPaper;
}

/** The main file's text: the `file` option (text or UTF-8 bytes), else `mainFile.text`. */
function fileText(paper: OParlPaper, file: FromOParlOptions['file']): string | undefined {
  if (file === undefined) return paper.mainFile?.text;
  if (typeof file === 'string') return file;
  if (!(file instanceof Uint8Array)) {
    throw new RedlineError('invalid-option', 'The fromOParl option "file" must be a string or a Uint8Array.');
  }
  if (paper.mainFile?.mimeType === 'application/pdf' || new TextDecoder().decode(file.subarray(0, 5)) === '%PDF-') {
    throw new RedlineError(
      'invalid-input',
      `The main file of paper ${paper.id} is a PDF; extract its text first (e.g. pdftotext) and pass the text as "file".`,
    );
  }
  return new TextDecoder('utf-8').decode(file);
}

function isAmendment(paper: OParlPaper): boolean {
  const words = [paper.paperType, paper.name].map((w) => (w ?? '').toLowerCase().trim());
  return words.some((w) => AMENDMENT_KINDS.some((kind) => w.startsWith(kind)));
}

function fileSummary(file: OParlFile, role: OParlFileSummary['role']): OParlFileSummary {
  const out: OParlFileSummary = {
    id: file.id,
    role,
    accessUrl: file.accessUrl,
    hasText: typeof file.text === 'string',
  };
  if (file.name !== undefined) out.name = file.name;
  if (file.fileName !== undefined) out.fileName = file.fileName;
  if (file.mimeType !== undefined) out.mimeType = file.mimeType;
  if (file.downloadUrl !== undefined) out.downloadUrl = file.downloadUrl;
  return out;
}

function consultationSummary(c: OParlConsultation): OParlConsultationSummary {
  const organization =
    c.organization === undefined ? [] : Array.isArray(c.organization) ? c.organization : [c.organization];
  const out: OParlConsultationSummary = { id: c.id, organization };
  if (c.meeting !== undefined) out.meeting = c.meeting;
  if (c.agendaItem !== undefined) out.agendaItem = c.agendaItem;
  if (c.role !== undefined) out.role = c.role;
  if (c.authoritative !== undefined) out.authoritative = c.authoritative;
  return out;
}

/** A motion's text parsed; a text without a resolution marker read as a bare resolution. Paper metadata fills gaps. */
function motionOf(text: string, paper: OParlPaper): Motion {
  let motion: Motion;
  try {
    motion = parseMotion(text);
  } catch (error) {
    if (!(error instanceof ParseError) || error.code !== 'no-resolution') throw error;
    motion = { resolution: parseResolution(text) };
  }
  if (motion.title === undefined && paper.name !== undefined) motion.title = paper.name;
  if (motion.reference === undefined && paper.reference !== undefined) motion.reference = paper.reference;
  if (motion.kind === undefined && paper.paperType !== undefined) motion.kind = paper.paperType;
  return motion;
}

/**
 * Reads an OParl 1.x `Paper` (the JSON object an OParl endpoint returns) into
 * the library's model: see {@link OParlReading}. Needs the optional package
 * `ajv` for the schema check (`validate: false` skips it).
 *
 * @throws RedlineError `invalid-input` when the paper is not an OParl Paper or
 *   does not match the schema (the message names the first problems), or its
 *   main file is a PDF; `missing-dependency` without ajv; `invalid-option`
 */
export async function fromOParl(paper: OParlPaper, options?: FromOParlOptions): Promise<OParlReading> {
  const o = resolveOptions('fromOParl', FROM_OPARL_OPTIONS, options);
  const checked = await validatePaper(paper, o.validate);
  const role = o.role === 'auto' ? (isAmendment(checked) ? 'amendment' : 'motion') : o.role;
  const reading: OParlReading = {
    id: checked.id,
    role,
    subordinated: checked.subordinatedPaper ?? [],
    related: checked.relatedPaper ?? [],
    consultations: (checked.consultation ?? []).map(consultationSummary),
    files: [
      ...(checked.mainFile === undefined ? [] : [fileSummary(checked.mainFile, 'main')]),
      ...(checked.auxiliaryFile ?? []).map((f) => fileSummary(f, 'auxiliary')),
    ],
  };
  if (checked.name !== undefined) reading.title = checked.name;
  if (checked.reference !== undefined) reading.reference = checked.reference;
  if (checked.paperType !== undefined) reading.kind = checked.paperType;
  if (checked.date !== undefined) reading.date = checked.date;
  if (checked.web !== undefined) reading.web = checked.web;
  const base = checked.superordinatedPaper?.[0] ?? checked.relatedPaper?.[0];
  if (role === 'amendment' && base !== undefined) reading.base = base;
  const text = fileText(checked, options?.file);
  if (text === undefined || text.trim() === '') return reading;
  reading.text = text;
  if (role === 'motion') reading.motion = motionOf(text, checked);
  else {
    reading.amendment = { id: checked.reference ?? checked.id, text };
    if (checked.name !== undefined) reading.amendment.title = checked.name;
  }
  return reading;
}
