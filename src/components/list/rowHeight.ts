// Rows have a fixed height per layout, so the virtualiser never measures: with 100,000 rows every
// measured size change would make it recompute the offsets of all rows after it.
// CommitmentRow's CSS uses the same numbers (via the --row-h custom property set by the list).
export const NARROW_QUERY = '(max-width: 900px)'
export const ROW_HEIGHT = { wide: 64, narrow: 116 } as const
