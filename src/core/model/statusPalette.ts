// One colour-blind-safe palette for statuses, used by charts and badges alike.
// Based on Okabe & Ito (2008), "Color Universal Design": its eight hues stay distinct under
// protanopia, deuteranopia and tritanopia. Where two statuses share a meaning (finished well,
// finished early) they share a hue in two lightnesses, so the difference is carried by lightness,
// which survives every kind of colour blindness. 未评估 (no data) is neutral grey, never a hue.
import { STATUSES, type Status } from './types'

export interface StatusColour {
  /** fill for bars, map areas, badge backgrounds */
  fill: string
  /** text colour readable on `fill` (WCAG contrast ≥ 4.5 : 1) */
  text: string
}

const BLACK = '#1a1a1a'
const WHITE = '#ffffff'

export const STATUS_FILL: Readonly<Record<Status, string>> = {
  achieved_early: '#00664a', // bluish green, dark
  achieved: '#009e73', // Okabe–Ito bluish green
  done: '#7fcdb4', // bluish green, light (milestone done)
  ahead: '#0072b2', // Okabe–Ito blue
  on_pace: '#56b4e9', // Okabe–Ito sky blue
  not_yet: '#cc79a7', // Okabe–Ito reddish purple (under way, not judged)
  behind: '#e69f00', // Okabe–Ito orange
  missed: '#d55e00', // Okabe–Ito vermillion
  overdue: '#7a2e00', // vermillion, dark
  no_data: '#b4b4b4', // neutral grey
}

/** Order in stacks and legends: finished well → on pace → in progress → behind → failed → unknown. */
export const STATUS_ORDER: readonly Status[] = [
  'achieved_early',
  'achieved',
  'done',
  'ahead',
  'on_pace',
  'not_yet',
  'behind',
  'missed',
  'overdue',
  'no_data',
]

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16)
  const lin = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255)
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** Fill plus whichever of near-black or white reads better on it. */
export function statusColour(s: Status): StatusColour {
  const fill = STATUS_FILL[s]
  return { fill, text: contrastRatio(fill, BLACK) >= contrastRatio(fill, WHITE) ? BLACK : WHITE }
}

export const STATUS_COLOURS: Readonly<Record<Status, StatusColour>> = Object.fromEntries(
  STATUSES.map((s) => [s, statusColour(s)]),
) as Record<Status, StatusColour>
