/** One choice in a select: the value kept in the filter, the label shown. */
export interface Option<T> {
  value: T
  label: string
}
