import { DecodeError } from '@factuurstroom/eventsourcing'
import { isVelden, type Velden } from './opslag'

/**
 * The table form of a stored list of objects (`StoredForm` in the kernel): instead of repeating every key on every
 * line, `{ kolommen: [...], rijen: [[...], ...] }` names the columns once and holds one array of cells per line.
 *
 * - A cell is the line's value in that column, as it is, except two cases: an absent value is `[]`, and a value that
 *   is itself an array is wrapped in one (`[value]`). So a cell that is an array is never a value: `[]` cannot clash
 *   with anything a line holds, `null` included. Absent cells at the end of a row are left out; the columns are
 *   ordered by how many lines have them, so the rare ones come last.
 * - A key whose value is, on every line that has it, a non-empty object is flattened into dotted columns
 *   (`regel.bedrag`): its presence follows from any of its columns being present. Keys that contain a `.` are not
 *   flattened; a line with such a key at the top (or `__proto__`) keeps the whole list as it is.
 * - A column that holds the same text, number, boolean or `null` on every line is stored once: the constant columns
 *   come first in `kolommen` (ordered by name), their values in `vast` (in that order), and each row holds only the
 *   cells of the columns after them. A table without constant columns has no `vast`; a table written before this rule reads as
 *   it did.
 * - Lists of fewer than two lines stay as they are (a table of one line is bigger), and so does a list holding
 *   anything but objects. Expanding tells the two apart: the domain value is always an array, a table never is.
 */
export interface Tabel {
  /** Column names: a key of the line, or a dotted path into a flattened object. */
  readonly kolommen: readonly string[]
  /** The values of the first `vast.length` columns, the same on every line; absent when there are none. */
  readonly vast?: readonly unknown[]
  /** Per line, its cells of the columns after the constant ones, in order; trailing absent cells left out. */
  readonly rijen: readonly (readonly unknown[])[]
}

/** The cell of an absent value. */
const AFWEZIG: readonly unknown[] = []

const geschikteSleutel = (sleutel: string): boolean => !sleutel.includes('.') && sleutel !== '__proto__'

interface Kolom {
  readonly pad: readonly string[]
  aantal: number
}

/** Whether `waarde` is a non-empty object whose keys can all be columns: flattening it is invertible. */
const isPlatbaar = (waarde: unknown): waarde is Velden => {
  if (!isVelden(waarde)) return false
  let leeg = true
  for (const sleutel in waarde) {
    if (!geschikteSleutel(sleutel)) return false
    leeg = false
  }
  return !leeg
}

interface Sleutel {
  aantal: number
  /** The key's objects while every value so far could be flattened; `undefined` once one cannot. */
  objecten: Velden[] | undefined
}

/** The columns of `objecten` under `pad`, flattening keys whose present values are all non-empty objects. */
const verzamelKolommen = (objecten: readonly Velden[], pad: readonly string[], uit: Kolom[]): void => {
  const sleutels = new Map<string, Sleutel>()
  for (const object of objecten) {
    for (const sleutel in object) {
      const waarde = object[sleutel]
      if (waarde === undefined) continue
      let bekend = sleutels.get(sleutel)
      if (!bekend) {
        bekend = { aantal: 0, objecten: [] }
        sleutels.set(sleutel, bekend)
      }
      bekend.aantal++
      if (bekend.objecten && isPlatbaar(waarde)) bekend.objecten.push(waarde)
      else bekend.objecten = undefined
    }
  }
  for (const [sleutel, { aantal, objecten: genest }] of sleutels) {
    if (genest) verzamelKolommen(genest, [...pad, sleutel], uit)
    else uit.push({ pad: [...pad, sleutel], aantal })
  }
}

/** A line's value in a column; own keys only: a line without `constructor` has none, whatever its prototype says. */
const waardeOp = (object: Velden, pad: readonly string[]): unknown => {
  let waarde: unknown = object
  for (const sleutel of pad) {
    if (!isVelden(waarde) || !Object.hasOwn(waarde, sleutel)) return undefined
    waarde = waarde[sleutel]
  }
  return waarde
}

const cel = (waarde: unknown): unknown => (waarde === undefined ? AFWEZIG : Array.isArray(waarde) ? [waarde] : waarde)

/** Whether every line holds the same text, number, boolean or `null` in the column at `pad` (present on each). */
const isConstant = (objecten: readonly Velden[], pad: readonly string[]): boolean => {
  const waarde = waardeOp(objecten[0] as Velden, pad)
  if (typeof waarde === 'object' && waarde !== null) return false
  return objecten.every((object) => waardeOp(object, pad) === waarde)
}

/** `lijst` in the table form, or `lijst` itself where that form does not apply (see `Tabel`). */
export const alsTabel = (lijst: readonly unknown[]): Tabel | readonly unknown[] => {
  if (lijst.length < 2) return lijst
  const objecten = lijst as readonly Velden[]
  for (const object of objecten) {
    if (!isVelden(object)) return lijst
    for (const sleutel in object) if (!geschikteSleutel(sleutel)) return lijst
  }
  const kolommen: Kolom[] = []
  verzamelKolommen(objecten, [], kolommen)
  // Stable: columns of equal counts keep the order they first appeared in.
  kolommen.sort((a, b) => b.aantal - a.aantal)
  // By name: the order a line's keys had cannot be read back for a column that is not in its row.
  const vast = kolommen
    .filter((kolom) => kolom.aantal === objecten.length && isConstant(objecten, kolom.pad))
    .sort((a, b) => (a.pad.join('.') < b.pad.join('.') ? -1 : 1))
  const overig = kolommen.filter((kolom) => !vast.includes(kolom))
  const rijen = objecten.map((object) => {
    const rij = overig.map((kolom) => cel(waardeOp(object, kolom.pad)))
    while (rij.length > 0 && rij[rij.length - 1] === AFWEZIG) rij.pop()
    return rij
  })
  const namen = [...vast, ...overig].map((kolom) => kolom.pad.join('.'))
  if (vast.length === 0) return { kolommen: namen, rijen }
  const eerste = objecten[0] as Velden
  return { kolommen: namen, vast: vast.map((kolom) => waardeOp(eerste, kolom.pad)), rijen }
}

const fout = (pad: string, waarde: unknown, melding: string): DecodeError =>
  new DecodeError('', [{ path: pad, value: waarde, message: melding }])

/** The paths of the columns; a column that is empty, doubled or inside another one cannot have come from a line. */
const kolompaden = (kolommen: unknown, pad: string): string[][] => {
  if (!Array.isArray(kolommen)) throw fout(`${pad}.kolommen`, kolommen, 'the columns of a table are a list')
  const namen = new Set<string>()
  const ouders = new Set<string>()
  const paden = kolommen.map((kolom, k) => {
    const delen = typeof kolom === 'string' ? kolom.split('.') : []
    if (delen.length === 0 || delen.some((deel) => deel === '' || deel === '__proto__') || namen.has(kolom)) {
      throw fout(`${pad}.kolommen.${k}`, kolom, `column ${k} is no column name, or named twice`)
    }
    namen.add(kolom)
    for (let i = 1; i < delen.length; i++) ouders.add(delen.slice(0, i).join('.'))
    return delen
  })
  for (const [k, kolom] of kolommen.entries()) {
    if (ouders.has(kolom)) throw fout(`${pad}.kolommen.${k}`, kolom, `column '${kolom}' also has columns inside it`)
  }
  return paden
}

/**
 * The checked paths of column lists seen before: an event type's tables mostly name the same columns, so a read
 * of many events checks each list once. Bounded; the paths are never changed.
 */
const bekendePaden = new Map<string, string[][]>()
const MAX_BEKEND = 4096

const kolompadenVan = (kolommen: unknown, pad: string): string[][] => {
  // JSON names a list exactly, whatever its names hold.
  const sleutel = Array.isArray(kolommen) ? JSON.stringify(kolommen) : ''
  const bekend = bekendePaden.get(sleutel)
  if (bekend) return bekend
  const paden = kolompaden(kolommen, pad)
  if (sleutel !== '') {
    if (bekendePaden.size >= MAX_BEKEND) bekendePaden.clear()
    bekendePaden.set(sleutel, paden)
  }
  return paden
}

const zet = (object: Velden, pad: readonly string[], waarde: unknown): void => {
  // Assigning a key other than `__proto__` (refused as a column) makes it an own property.
  if (pad.length === 1) {
    object[pad[0] as string] = waarde
    return
  }
  let doel = object
  for (let i = 0; i < pad.length - 1; i++) {
    const sleutel = pad[i] as string
    if (!Object.hasOwn(doel, sleutel)) doel[sleutel] = {}
    doel = doel[sleutel] as Velden
  }
  doel[pad[pad.length - 1] as string] = waarde
}

const rijVan = (
  rij: unknown,
  r: number,
  paden: readonly string[][],
  tabel: Velden,
  vast: readonly unknown[],
  pad: string,
) => {
  const ruimte = paden.length - vast.length
  if (!Array.isArray(rij) || rij.length > ruimte) {
    throw fout(`${pad}.rijen.${r}`, rij, `row ${r} is not a list of at most ${ruimte} cells`)
  }
  const object: Velden = {}
  for (let c = 0; c < rij.length; c++) {
    const waarde: unknown = rij[c]
    const k = vast.length + c
    if (!Array.isArray(waarde)) zet(object, paden[k] as string[], waarde)
    else if (waarde.length === 1) zet(object, paden[k] as string[], waarde[0])
    else if (waarde.length !== 0) {
      throw fout(
        `${pad}.rijen.${r}.${c}`,
        waarde,
        `row ${r}, column '${(tabel.kolommen as unknown[])[k]}': a list cell is [] (absent) or [value]`,
      )
    }
  }
  // After the row's cells: a line read back and stored again names its other columns in the order it did.
  for (let k = 0; k < vast.length; k++) zet(object, paden[k] as string[], vast[k])
  return object
}

/** The values of a table's constant columns: none without `vast`; each a text, number, boolean or `null`. */
const vasteWaarden = (vast: unknown, aantalKolommen: number, pad: string): readonly unknown[] => {
  if (vast === undefined) return []
  if (!Array.isArray(vast) || vast.length === 0 || vast.length > aantalKolommen) {
    throw fout(`${pad}.vast`, vast, `the constant values of a table are a list of 1 to ${aantalKolommen} cells`)
  }
  for (const [k, waarde] of vast.entries()) {
    if (typeof waarde === 'object' && waarde !== null) {
      throw fout(`${pad}.vast.${k}`, waarde, `constant ${k} is no text, number, boolean or null`)
    }
  }
  return vast
}

/**
 * The list a stored value at `pad` (a dotted path, for errors) stands for: a table becomes its lines again; any
 * other value (a list kept as it was, or data of another shape) is returned as it is, for validation to name. A
 * table that cannot have come from `alsTabel` throws a DecodeError naming its path, row and column.
 */
export const uitTabel = (opgeslagen: unknown, pad: string): unknown => {
  if (!isVelden(opgeslagen)) return opgeslagen
  for (const sleutel in opgeslagen) {
    if (sleutel !== 'kolommen' && sleutel !== 'vast' && sleutel !== 'rijen') {
      throw fout(`${pad}.${sleutel}`, opgeslagen[sleutel], 'a table has only kolommen, vast and rijen')
    }
  }
  const { rijen } = opgeslagen
  const paden = kolompadenVan(opgeslagen.kolommen, pad)
  const vast = vasteWaarden(opgeslagen.vast, paden.length, pad)
  if (!Array.isArray(rijen)) throw fout(`${pad}.rijen`, rijen, 'the rows of a table are a list')
  return rijen.map((rij, r) => rijVan(rij, r, paden, opgeslagen, vast, pad))
}
