import { describe, expect, it } from 'vitest';
import { readAmendmentText } from '../../src/instructions/read.js';
import { mapChanges } from '../../src/pipeline/map-changes.js';
import type { Change } from '../../src/model.js';

// Four instructions whose records a reading keeps by identity: "jeweils", "am Ende", a numbered sentence, an echo.
const TEXT = [
  '1. In Ziffer 1 wird jeweils das Wort „Bus“ durch das Wort „Bahn“ ersetzt.',
  '2. In Ziffer 2 wird das Wort „jährlich“ am Ende gestrichen.',
  '3. Der Ziffer 3 wird folgender Satz 2 angefügt: „Die Kosten trägt der Kreis.“',
  '4. Ziffer 4 wird um folgenden Satz ergänzt: „Die Schulen erhalten Tablets.“',
  '',
  'und erhält damit folgende Fassung:',
  '',
  '4. Alle Schulen werden angeschlossen. Die Schulen erhalten Tablets.',
].join('\n');

describe('mapChanges', () => {
  const reading = readAmendmentText(TEXT);
  const changes = reading.amendment.changes;

  it('reads the four records the test relies on', () => {
    expect(changes).toHaveLength(4);
    expect(reading.every.has(changes[0]!)).toBe(true);
    expect(reading.atEnd.has(changes[1]!)).toBe(true);
    expect(reading.numbered.get(changes[2]!)).toBe(2);
    expect(reading.echoes.get(changes[3]!)).toMatchObject([{ op: 'insert', clause: 'Ziffer 4' }]);
  });

  it('returns the reading itself when every change is kept', () => {
    expect(mapChanges(reading, (c) => c)).toBe(reading);
  });

  it('carries every record of a replaced change to its replacement', () => {
    const copy = (c: Change): Change => ({ ...c });
    const mapped = mapChanges(reading, copy);
    const [every, atEnd, numbered, echo] = mapped.amendment.changes;
    expect(mapped.amendment.changes).toEqual(changes);
    expect(mapped.amendment.changes.every((c, i) => c !== changes[i])).toBe(true);
    expect([...mapped.every]).toEqual([every]);
    expect([...mapped.atEnd]).toEqual([atEnd]);
    expect([...mapped.numbered]).toEqual([[numbered, 2]]);
    expect([...mapped.echoes]).toEqual([[echo, reading.echoes.get(changes[3]!)]]);
    expect(mapped.sources).toEqual(reading.sources);
  });

  it('drops a change with its source and records', () => {
    const mapped = mapChanges(reading, (c, i) => (i === 0 || i === 3 ? null : c));
    expect(mapped.amendment.changes).toEqual([changes[1], changes[2]]);
    expect(mapped.sources).toEqual([reading.sources[1], reading.sources[2]]);
    expect(mapped.every.size).toBe(0);
    expect(mapped.atEnd.has(changes[1]!)).toBe(true);
    expect(mapped.numbered.get(changes[2]!)).toBe(2);
    expect(mapped.echoes.size).toBe(0);
  });
});
