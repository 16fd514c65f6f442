/**
 * Types of the OParl objects `fromOParl` reads, written from the OParl 1.1
 * specification (the subset in `paper.schema.json`): `oparl:Paper`
 * (Drucksache) with its embedded `oparl:File` and `oparl:Consultation`
 * objects. References to other objects are URLs (strings).
 *
 * @module
 */

/** What every OParl object has: its URL, its type and the common metadata. */
export interface OParlObject {
  /** The object's URL. */
  id: string;
  /** The type URL (`https://schema.oparl.org/1.1/…`; 1.0: `https://oparl.org/schema/1.0/…`). */
  type: string;
  license?: string;
  keyword?: string[];
  created?: string;
  modified?: string;
  /** The object's page in the portal. */
  web?: string;
  deleted?: boolean;
}

/** `oparl:File`: a document of a paper (its `text`, or where to fetch it). */
export interface OParlFile extends OParlObject {
  name?: string;
  fileName?: string;
  mimeType?: string;
  /** Date the file was made (ISO 8601). */
  date?: string;
  size?: number;
  sha1Checksum?: string;
  sha512Checksum?: string;
  /** The file's content as plain text, where the system offers it. */
  text?: string;
  accessUrl: string;
  downloadUrl?: string;
  externalServiceUrl?: string;
  masterFile?: string;
  derivativeFile?: string[];
  fileLicense?: string;
  meeting?: string[];
  agendaItem?: string[];
  paper?: string[];
}

/** `oparl:Consultation`: a paper's consultation in a meeting (Beratung). */
export interface OParlConsultation extends OParlObject {
  paper?: string;
  agendaItem?: string;
  meeting?: string;
  /** OParl 1.1: a list of URLs; OParl 1.0 examples give one URL. */
  organization?: string[] | string;
  authoritative?: boolean;
  /** The role of the consultation ("Beschlussfassung", "Vorberatung", …). */
  role?: string;
}

/** `oparl:Paper`: a Drucksache (motion, amendment, Beschlussvorlage, Anfrage …). */
export interface OParlPaper extends OParlObject {
  body?: string;
  /** The title. */
  name?: string;
  /** The file number ("AN/0415/2025"). */
  reference?: string;
  /** Date of publication (ISO 8601 date). */
  date?: string;
  /** The kind as the system names it ("Antrag", "Änderungsantrag", "Beschlussvorlage"). */
  paperType?: string;
  relatedPaper?: string[];
  /** Papers this one belongs to — for an amendment, the motion it amends. */
  superordinatedPaper?: string[];
  /** Papers that belong to this one — for a motion, its amendments. */
  subordinatedPaper?: string[];
  mainFile?: OParlFile;
  auxiliaryFile?: OParlFile[];
  location?: unknown[];
  originatorPerson?: string[];
  underDirectionOf?: string[];
  originatorOrganization?: string[];
  consultation?: OParlConsultation[];
}
