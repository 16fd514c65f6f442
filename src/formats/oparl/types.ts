/**
 * Types of the OParl objects `fromOParl` reads, written from the OParl 1.1
 * specification (the subset in `paper.schema.json`): `oparl:Paper`
 * (Drucksache) with its embedded `oparl:File` and `oparl:Consultation`
 * objects. References to other objects are URLs (strings).
 *
 * @module
 */

/** `oparl:File`: a document of a paper (its `text`, or where to fetch it). */
export interface OParlFile {
  id: string;
  /** `https://schema.oparl.org/1.1/File` (1.0: `https://oparl.org/schema/1.0/File`). */
  type: string;
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
  license?: string;
  keyword?: string[];
  created?: string;
  modified?: string;
  web?: string;
  deleted?: boolean;
}

/** `oparl:Consultation`: a paper's consultation in a meeting (Beratung). */
export interface OParlConsultation {
  id: string;
  type: string;
  paper?: string;
  agendaItem?: string;
  meeting?: string;
  /** OParl 1.1: a list of URLs; OParl 1.0 examples give one URL. */
  organization?: string[] | string;
  authoritative?: boolean;
  /** The role of the consultation ("Beschlussfassung", "Vorberatung", …). */
  role?: string;
  license?: string;
  keyword?: string[];
  created?: string;
  modified?: string;
  web?: string;
  deleted?: boolean;
}

/** `oparl:Paper`: a Drucksache (motion, amendment, Beschlussvorlage, Anfrage …). */
export interface OParlPaper {
  id: string;
  /** `https://schema.oparl.org/1.1/Paper` (1.0: `https://oparl.org/schema/1.0/Paper`). */
  type: string;
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
  license?: string;
  keyword?: string[];
  created?: string;
  modified?: string;
  web?: string;
  deleted?: boolean;
}
