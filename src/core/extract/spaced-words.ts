// A report's title page spaces out its short words (政 府 工 作 报 告, 县 长 某某): read as written,
// the title and the head of government are not found. Closing the spaces between single characters
// gives the words back; a name after the title (县长 某某) keeps its space.

function han(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fa5
}

function space(c: number): boolean {
  return c === 32 || c === 0x3000
}

/** A character standing alone: a Han character between non-Han characters (or the ends). */
function single(s: string, i: number): boolean {
  return han(s.charCodeAt(i)) && !han(s.charCodeAt(i - 1)) && !han(s.charCodeAt(i + 1))
}

/** The text with the spaces between single Han characters removed (政 府 → 政府). */
export function closeSpacedWords(s: string): string {
  // most openings space no single characters: found without building a new string
  let first = -1
  for (let i = 1; i < s.length && first < 0; i++) if (space(s.charCodeAt(i)) && single(s, i - 1) && single(s, i + 1)) first = i
  if (first < 0) return s
  let out = ''
  for (let i = 0; i < s.length; i++) {
    if (space(s.charCodeAt(i)) && single(s, i - 1) && single(s, i + 1)) continue
    out += s[i]
  }
  return out
}
