/**
 * Deterministic generators of council-German resolutions and amendments for
 * the benchmark (`bench/run.mjs`) and the robustness tests (test/robustness/).
 *
 * Everything here is a pure function of its seed: the same seed gives the
 * same text on every machine and Node version (a 32-bit PRNG, no Math.random,
 * no locale-dependent calls). A resolution is built as a clause tree first and
 * then written out as the plain text a PDF/DOCX converter emits: one clause per
 * paragraph, hierarchy by label style (`1.` > `a)` > `-`), blank lines between
 * paragraphs, an optional unlabelled follow-up paragraph inside a clause.
 *
 * The vocabulary avoids the words that make a sentence look like an
 * Änderungsbefehl (verbs such as "ersetzt"/"gestrichen" together with places
 * such as "Ziffer"/"Satz"), so `redline()` detects a generated amended text as
 * a rewrite, and it contains no `~~`/`**` markup.
 *
 * @module
 */

/**
 * A small, fast, well-mixed 32-bit PRNG (mulberry32). Deterministic per seed.
 *
 * @param {number} seed
 * @returns {{ next(): number, int(n: number): number, pick<T>(items: readonly T[]): T, chance(p: number): boolean }}
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------------------
// Vocabulary (council German, 2017–2022 style). Kept as data.

const CITIES = [
  'Köln',
  'Dortmund',
  'Münster',
  'Bonn',
  'Düsseldorf',
  'Essen',
  'Bochum',
  'Wuppertal',
  'Aachen',
  'Bielefeld',
];
const COMMITTEES = [
  'Digitalisierungsausschuss',
  'Finanzausschuss',
  'Hauptausschuss',
  'Verkehrsausschuss',
  'Ausschuss für Umwelt und Grün',
  'Stadtentwicklungsausschuss',
  'Jugendhilfeausschuss',
  'Ausschuss für Schule und Weiterbildung',
  'Sozialausschuss',
  'Wirtschaftsausschuss',
  'Integrationsrat',
  'Bezirksvertretung Innenstadt',
];
const ACTORS = [
  'Die Verwaltung',
  'Die Oberbürgermeisterin',
  'Der Oberbürgermeister',
  'Die Stadtverwaltung',
  'Das Dezernat für Stadtentwicklung',
  'Die Wirtschaftsförderung',
  'Das Amt für Informationsverarbeitung',
  'Die Stabsstelle Digitalisierung',
  'Das Schuldezernat',
  'Die Kämmerei',
  'Das Umweltamt',
  'Die Beigeordnete für Mobilität',
];
const OBJECTS_ACC = [
  'ein Konzept für die Einrichtung einer Stabsstelle',
  'einen umfassenden und integrierten Masterplan',
  'ein aktualisiertes und detailliertes Handlungskonzept',
  'einen Aufgabenkatalog mit Weisungsbefugnissen',
  'eine Übersicht der laufenden Einzelprojekte',
  'die Digitalisierungsstrategie der städtischen Gesellschaften',
  'ein Beteiligungsverfahren für die Kölner*innen',
  'einen Sachstandsbericht zur Umsetzung',
  'die Ergebnisse der Machbarkeitsstudie',
  'ein Förderprogramm für klimaneutrale Quartiere',
  'die Planung des Radverkehrsnetzes',
  'eine Kosten-Nutzen-Analyse der Varianten',
  'ein Modellprojekt für digitale Bürgerdienste',
  'die Evaluation des Pilotbetriebs',
  'einen Zeitplan mit Meilensteinen',
  'die notwendigen Haushaltsmittel',
  'eine Beschlussvorlage für den Rat',
  'ein Raumprogramm für die Gesamtschule',
  'die Sanierung der Sporthallen',
  'den Ausbau der Ladeinfrastruktur',
];
const PLACES = [
  'im Büro der Oberbürgermeisterin',
  'im Dezernat IX „Stadtentwicklung, Wirtschaft, Digitalisierung und Regionales“',
  'in enger Abstimmung mit den Bezirksvertretungen',
  'unter Beteiligung der Hochschulen',
  'mit ausreichenden personellen und finanziellen Ressourcen',
  'gemeinsam mit den Stadtwerken',
  'innerhalb und außerhalb der Verwaltung',
  'auf der Grundlage des Digitalisierungsprogramms 2018-2022',
  'im Rahmen der IT-Strategie',
  'unter Einbindung der Expert*innen',
  'für alle Stadtbezirke',
  'in leichter Sprache',
  'nach dem Grundsatz „Einer für alle“',
  'im Einvernehmen mit der Bezirksregierung',
];
const INFINITIVES = [
  'zu erarbeiten',
  'zu entwickeln',
  'vorzulegen',
  'umzusetzen',
  'zu prüfen',
  'auszuarbeiten',
  'aufzubauen',
  'zu evaluieren',
  'fortzuschreiben',
  'zu veröffentlichen',
  'zu koordinieren',
  'auszuschreiben',
  'zu beantragen',
];
const GROUPS = [
  'Kölner*innen',
  'Bürger:innen',
  'Schüler_innen',
  'Vereine und Initiativen',
  'städtischen Gesellschaften',
  'Kammern und Verbände',
  'freien Träger',
  'Bezirksvertretungen',
  'Seniorenvertretung',
  'Jugendverbände',
];
const TOPICS = [
  'Digitalisierung der Bildung',
  'Entwicklung des Startup-Ökosystems',
  'Mobilitätswende',
  'Wärmeplanung',
  'Barrierefreiheit',
  'Open Data',
  'Bürgerbeteiligung',
  'Quartiersentwicklung',
  'Klimafolgenanpassung',
  'Verwaltungsmodernisierung',
  'Schulbauoffensive',
  'Wohnraumförderung',
];
const FREQUENCIES = ['vierteljährlich', 'halbjährlich', 'jährlich', 'regelmäßig', 'zeitnah', 'fortlaufend'];
const TITLES = [
  'Digitales Köln 2025',
  'Smart City',
  'Klimaneutral 2035',
  'Stadt für alle',
  'Schule der Zukunft',
  'Mobil in der Region',
];
const ADVERBS = ['insbesondere', 'zudem', 'ebenso', 'darüber hinaus', 'außerdem', 'vorrangig', 'ferner'];
const ITEM_HEADS = [
  'die Einrichtung',
  'die Finanzierung',
  'die Ausschreibung',
  'die Bewertung',
  'die Umsetzung',
  'die Erweiterung',
  'die Beteiligung',
  'die Bündelung',
  'die Sicherung',
  'die Förderung',
  'der Ausbau',
  'der Aufbau',
];

/** Extra words for substitutions and insertions (whole words, no punctuation). */
export const WORD_POOL = [
  'städtischen',
  'kommunalen',
  'digitalen',
  'nachhaltigen',
  'verbindlichen',
  'zusätzlichen',
  'bestehenden',
  'Verwaltung',
  'Stadtgesellschaft',
  'Maßnahmen',
  'Ressourcen',
  'Haushaltsmittel',
  'Stellen',
  'Projekte',
  'Quartiere',
  'Stadtbezirke',
  'Vorlage',
  'Konzept',
  'Bericht',
  'Beteiligung',
  'Kölner*innen',
  'Bürger:innen',
  'umgehend',
  'schrittweise',
  'vollständig',
  'ausdrücklich',
  'gemeinsam',
  'jährlich',
  'halbjährlich',
  'Stabsstelle',
  'Dezernat',
  'Ausschuss',
  'Rat',
  'Oberbürgermeisterin',
  'IT-Strategie',
  'E-Government',
  'Open-Data-Portal',
  'Förderprogramm',
  'Klimaschutz',
  'Radverkehr',
  'Schulen',
  'Kitas',
  'Sporthallen',
];

// ---------------------------------------------------------------------------
// Sentences.

function date(rng) {
  const day = String(1 + rng.int(28)).padStart(2, '0');
  const month = String(1 + rng.int(12)).padStart(2, '0');
  return `${day}.${month}.${2022 + rng.int(6)}`;
}

function amount(rng) {
  const thousands = 10 + rng.int(990);
  return rng.chance(0.3) ? `${thousands}.000,${String(rng.int(100)).padStart(2, '0')} €` : `${thousands}.000 €`;
}

/** One top-level clause sentence. */
function clauseSentence(rng) {
  switch (rng.int(9)) {
    case 0:
      return `${rng.pick(ACTORS)} wird beauftragt, ${rng.pick(OBJECTS_ACC)} ${rng.pick(PLACES)} ${rng.pick(INFINITIVES)}.`;
    case 1:
      return `Der Rat der Stadt ${rng.pick(CITIES)} beschließt, ${rng.pick(OBJECTS_ACC)} ${rng.pick(PLACES)} ${rng.pick(INFINITIVES)}.`;
    case 2:
      return `${rng.pick(ACTORS)} legt dem ${rng.pick(COMMITTEES)} bis zum ${date(rng)} ${rng.pick(OBJECTS_ACC)} vor.`;
    case 3:
      return `Für ${rng.pick(OBJECTS_ACC)} werden im Haushaltsjahr ${2023 + rng.int(5)} Mittel in Höhe von ${amount(rng)} bereitgestellt.`;
    case 4:
      return `${rng.pick(ACTORS)} berichtet ${rng.pick(FREQUENCIES)} über den Stand der ${rng.pick(TOPICS)}.`;
    case 5:
      return `Dabei sind ${rng.pick(ADVERBS)} die Belange der ${rng.pick(GROUPS)} und die ${rng.pick(TOPICS)} zu berücksichtigen.`;
    case 6:
      return `Es ist zu prüfen, ob ${rng.pick(OBJECTS_ACC).replace(/^(ein|eine|einen|die|den) /, 'der Entwurf für ')} ${rng.pick(PLACES)} umgesetzt werden kann.`;
    case 7:
      return `Hierzu ist z. B. gem. § ${1 + rng.int(40)} der Geschäftsordnung des Rates ${rng.pick(OBJECTS_ACC)} heranzuziehen.`;
    default:
      return `Der Masterplan „${rng.pick(TITLES)}“ wird u. a. um die ${rng.pick(TOPICS)} und die ${rng.pick(TOPICS)} weiterentwickelt.`;
  }
}

function clauseText(rng, minSentences, maxSentences) {
  const count = minSentences + rng.int(maxSentences - minSentences + 1);
  const sentences = [];
  for (let i = 0; i < count; i++) sentences.push(clauseSentence(rng));
  return sentences.join(' ');
}

function itemText(rng, last) {
  const tail = last ? '.' : ',';
  if (rng.chance(0.5))
    return `${rng.pick(ITEM_HEADS)} ${rng.pick(OBJECTS_ACC).replace(/^(ein|eine|einen|die|den) /, 'des ')} ${rng.pick(PLACES)}${tail}`;
  return `${rng.pick(ITEM_HEADS)} für die ${rng.pick(GROUPS)} mit Blick auf die ${rng.pick(TOPICS)}${tail}`;
}

// ---------------------------------------------------------------------------
// Clause trees.

/**
 * @typedef {{ label: string, text: string, children: GenClause[] }} GenClause
 * @typedef {{ lead: string, clauses: GenClause[] }} GenResolution
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const ROMAN = [
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Upper-case roman numeral of n ≥ 1. */
function roman(n) {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Label of the i-th (0-based) clause in a style: `I.`, `1.`, `a)` (then `aa)`, `bb)` …), `-`. */
export function labelAt(style, index) {
  if (style === 'roman') return `${roman(index + 1)}.`;
  if (style === 'number') return `${index + 1}.`;
  if (style === 'letter') {
    const letter = LETTERS[index % 26];
    return `${letter.repeat(1 + Math.floor(index / 26))})`;
  }
  return '-';
}

function styleOfLabel(label) {
  if (label === '-') return 'bullet';
  if (/^\d+\.$/.test(label)) return 'number';
  if (/^[IVXLC]+\.$/.test(label)) return 'roman';
  return 'letter';
}

/** Total number of clauses (all levels) of a tree. */
export function clauseCount(clauses) {
  let count = 0;
  const stack = [...clauses];
  while (stack.length > 0) {
    const clause = stack.pop();
    count += 1;
    stack.push(...clause.children);
  }
  return count;
}

/** A section clause's heading: a topic, as in "II. Digitalisierung der Bildung". */
function sectionText(rng) {
  return `${rng.pick(TOPICS)} in ${rng.pick(CITIES)}`;
}

/**
 * Numbered clauses (`1.` …) with `a)` sub-clauses and bullets, `count` clauses
 * in all levels (fewer when `remaining` runs out). About a quarter of the
 * numbered clauses have `a)` sub-clauses (some with bullets below) or a bullet
 * list; one in twelve has a second, unlabelled paragraph.
 */
function numberedClauses(rng, count) {
  const list = [];
  let remaining = count;
  while (remaining > 0) {
    remaining -= 1;
    let text = clauseText(rng, 2, 3);
    if (rng.chance(1 / 12)) text += `\n\n${clauseText(rng, 1, 3)}`;
    const clause = { label: labelAt('number', list.length), text, children: [] };
    list.push(clause);
    if (remaining >= 2 && rng.chance(0.25)) {
      if (rng.chance(0.6)) {
        const letters = Math.min(remaining, 2 + rng.int(4));
        for (let i = 0; i < letters && remaining > 0; i++) {
          remaining -= 1;
          const child = { label: labelAt('letter', i), text: clauseText(rng, 1, 2), children: [] };
          clause.children.push(child);
          if (remaining >= 2 && rng.chance(0.2)) {
            const bullets = Math.min(remaining, 2 + rng.int(3));
            for (let j = 0; j < bullets; j++) {
              remaining -= 1;
              child.children.push({ label: '-', text: itemText(rng, j === bullets - 1), children: [] });
            }
          }
        }
      } else {
        const bullets = Math.min(remaining, 2 + rng.int(3));
        for (let i = 0; i < bullets; i++) {
          remaining -= 1;
          clause.children.push({ label: '-', text: itemText(rng, i === bullets - 1), children: [] });
        }
      }
    }
  }
  return list;
}

/**
 * A resolution with exactly `clauses` clauses (all levels). Up to 60 clauses
 * it is one numbered list; larger ones are split into sections `I.`, `II.`, …
 * of about 50 clauses each (a long resolution is organised like that, and
 * arabic labels stop at three digits: "2018 wurde" is text, not clause 2018).
 *
 * @param {{ clauses: number, seed?: number }} options
 * @returns {GenResolution}
 */
export function generateResolution({ clauses: total, seed = 1 }) {
  const rng = createRandom(seed);
  if (total <= 60) return { lead: 'Der Rat möge beschließen:', clauses: numberedClauses(rng, total) };
  /** @type {GenClause[]} */
  const sections = [];
  let remaining = total;
  while (remaining > 0) {
    remaining -= 1;
    const size = Math.min(remaining, 40 + rng.int(21));
    remaining -= size;
    sections.push({
      label: labelAt('roman', sections.length),
      text: sectionText(rng),
      children: numberedClauses(rng, size),
    });
  }
  return { lead: 'Der Rat möge beschließen:', clauses: sections };
}

/**
 * The text of a resolution as a converter writes it: lead, then one paragraph
 * per clause (`label text`), blank lines between paragraphs.
 *
 * @param {GenResolution} resolution
 * @returns {string}
 */
export function serializeResolution(resolution) {
  const parts = [];
  if (resolution.lead !== '') parts.push(resolution.lead);
  const stack = [...resolution.clauses].reverse();
  while (stack.length > 0) {
    const clause = stack.pop();
    parts.push(clause.label === '' ? clause.text : `${clause.label} ${clause.text}`);
    for (let i = clause.children.length - 1; i >= 0; i--) stack.push(clause.children[i]);
  }
  return `${parts.join('\n\n')}\n`;
}

function cloneTree(clauses) {
  return clauses.map((c) => ({ label: c.label, text: c.text, children: cloneTree(c.children) }));
}

/** Relabels siblings in sequence (as an author of a Neufassung renumbers). */
function relabel(clauses) {
  const stack = [clauses];
  while (stack.length > 0) {
    const list = stack.pop();
    const style = list.length > 0 ? styleOfLabel(list[0].label) : 'bullet';
    list.forEach((c, i) => {
      if (c.label !== '') c.label = labelAt(style, i);
      stack.push(c.children);
    });
  }
}

/**
 * Changes `rate` of the words of a text: substitution (60 %), deletion (20 %),
 * insertion (20 %). Trailing punctuation of a word stays put; paragraph breaks
 * are kept.
 */
function changeWords(rng, text, rate) {
  return text
    .split('\n\n')
    .map((paragraph) => {
      const words = paragraph.split(' ');
      const out = [];
      for (let i = 0; i < words.length; i++) {
        const word = words[i];
        if (!rng.chance(rate)) {
          out.push(word);
          continue;
        }
        const kind = rng.next();
        const split = /^(.*[^.,:;“])?([.,:;“]*)$/.exec(word);
        const core = split?.[1] ?? '';
        const tail = split?.[2] ?? '';
        if (kind < 0.6 || words.length < 3) {
          let replacement = rng.pick(WORD_POOL);
          if (replacement === core) replacement = rng.pick(WORD_POOL);
          out.push(replacement + tail);
        } else if (kind < 0.8) {
          // Deleting the last word would drop its punctuation: move it on.
          if (tail !== '' && out.length === 0) out.push(word);
          else if (tail !== '') out[out.length - 1] += tail;
        } else {
          out.push(word, rng.pick(WORD_POOL));
        }
      }
      return out.join(' ').replace(/ ([.,:;])/g, '$1');
    })
    .join('\n\n');
}

/**
 * A realistic amendment of a resolution in rewrite form: `wordRate` of the
 * words changed, `deleteRate` of the clauses deleted (with their children),
 * `insertRate` new clauses inserted, then the labels renumbered.
 *
 * @param {GenResolution} base
 * @param {{ seed?: number, wordRate?: number, deleteRate?: number, insertRate?: number, everyClause?: boolean }} [options]
 *   `everyClause`: change every clause (at least one word each) on top of `wordRate`.
 * @returns {GenResolution}
 */
export function amendResolution(base, options = {}) {
  const { seed = 2, wordRate = 0.01, deleteRate = 0.005, insertRate = 0.005, everyClause = false } = options;
  const rng = createRandom(seed);
  const clauses = cloneTree(base.clauses);
  const stack = [clauses];
  while (stack.length > 0) {
    const list = stack.pop();
    for (let i = 0; i < list.length; i++) {
      const clause = list[i];
      if (rng.chance(deleteRate) && list.length > 1) {
        list.splice(i, 1);
        i -= 1;
        continue;
      }
      const before = clause.text;
      clause.text = changeWords(rng, clause.text, wordRate);
      if (everyClause && clause.text === before) clause.text = changeWords(rng, clause.text, 0.2);
      if (everyClause && clause.text === before) clause.text = `${clause.text} ${rng.pick(WORD_POOL)}`;
      if (rng.chance(insertRate)) {
        const style = styleOfLabel(clause.label);
        const text =
          style === 'bullet'
            ? itemText(rng, i === list.length - 1)
            : style === 'roman'
              ? sectionText(rng)
              : clauseText(rng, 1, 2);
        list.splice(i + 1, 0, { label: clause.label, text, children: [] });
        i += 1;
      }
      stack.push(clause.children);
    }
  }
  relabel(clauses);
  return { lead: base.lead, clauses };
}

/**
 * One long unlabelled clause of about `bytes` UTF-8 bytes (a single paragraph).
 *
 * @param {{ bytes: number, seed?: number }} options
 * @returns {GenResolution}
 */
export function generateLongClause({ bytes, seed = 5 }) {
  const rng = createRandom(seed);
  const sentences = [];
  let size = 0;
  while (size < bytes) {
    const sentence = clauseSentence(rng);
    sentences.push(sentence);
    size += Buffer.byteLength(sentence) + 1;
  }
  return { lead: 'Der Rat möge beschließen:', clauses: [{ label: '', text: sentences.join(' '), children: [] }] };
}

/**
 * A resolution of about `bytes` UTF-8 bytes when serialised.
 *
 * @param {{ bytes: number, seed?: number }} options
 * @returns {GenResolution}
 */
export function generateResolutionOfSize({ bytes, seed = 1 }) {
  // ~230 bytes per clause; refine once from a first try.
  let clauses = Math.max(1, Math.round(bytes / 230));
  let resolution = generateResolution({ clauses, seed });
  const size = Buffer.byteLength(serializeResolution(resolution));
  clauses = Math.max(1, Math.round((clauses * bytes) / size));
  resolution = generateResolution({ clauses, seed });
  return resolution;
}

/**
 * @typedef {{
 *   name: string,
 *   description: string,
 *   base: GenResolution,
 *   amended: GenResolution,
 *   baseText: string,
 *   amendedText: string,
 * }} BenchCase
 */

function makeCase(name, description, base, amended) {
  return {
    name,
    description,
    base,
    amended,
    baseText: serializeResolution(base),
    amendedText: serializeResolution(amended),
  };
}

/** The realistic case at `clauses` clauses: 1 % words, 0.5 % clauses deleted, 0.5 % inserted. */
export function realisticCase(clauses, seed = 1) {
  const base = generateResolution({ clauses, seed });
  const amended = amendResolution(base, { seed: seed + 1000 });
  return makeCase(
    `${clauses.toLocaleString('en-US')} clauses`,
    `${clauses} clauses, 1 % words changed, 0.5 % clauses deleted, 0.5 % inserted`,
    base,
    amended,
  );
}

/** Two unrelated resolutions of about `bytes` bytes each. */
export function unrelatedCase(bytes = 50 * 1024) {
  const base = generateResolutionOfSize({ bytes, seed: 11 });
  const amended = generateResolutionOfSize({ bytes, seed: 12 });
  return makeCase('unrelated 50 KiB', 'two unrelated resolutions of 50 KiB each', base, amended);
}

/** Every clause of a resolution changed (≥ 1 word each, ~5 % of words overall), with renumbering. */
export function everyClauseCase(clauses = 2000) {
  const base = generateResolution({ clauses, seed: 21 });
  const amended = amendResolution(base, { seed: 22, wordRate: 0.03, everyClause: true });
  return makeCase(
    `every clause (${clauses.toLocaleString('en-US')})`,
    `${clauses} clauses, every clause changed`,
    base,
    amended,
  );
}

/** One unlabelled clause of `bytes` bytes, 1 % of its words changed. */
export function longClauseCase(bytes = 100 * 1024) {
  const base = generateLongClause({ bytes, seed: 31 });
  const amended = amendResolution(base, { seed: 32, deleteRate: 0, insertRate: 0 });
  return makeCase('one 100 KiB clause', 'one unlabelled clause of 100 KiB, 1 % words changed', base, amended);
}

/**
 * The benchmark's cases by key, in order; lazy constructors, so a worker
 * process builds only its own case.
 *
 * @type {Record<string, () => BenchCase>}
 */
export const BENCH_CASES = {
  c200: () => realisticCase(200),
  c2000: () => realisticCase(2000),
  c8000: () => realisticCase(8000),
  unrelated: () => unrelatedCase(),
  every: () => everyClauseCase(),
  long: () => longClauseCase(),
};
