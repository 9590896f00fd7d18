/**
 * A stream id from a category and codes: `<categorie>-<code>-…-<laatste>`. Every code but the last has its `-`
 * written as `%2D` (and anything outside the code alphabet percent-encoded), so the first separators are always the
 * real ones: administratie `a-b` with dagboek `c` and administratie `a` with dagboek `b-c` are different streams.
 * The last code is percent-encoded as a whole and may keep its `-` (`factuur-A1-F-2026-1`). A category always takes
 * the same number of codes.
 */
export const streamIdVan = (categorie: string, ...codes: readonly string[]): string =>
  [categorie, ...codes.map((code, i) => (i === codes.length - 1 ? encodeURIComponent(code) : deel(code)))].join('-')

const deel = (code: string): string => encodeURIComponent(code).replaceAll('-', '%2D')
