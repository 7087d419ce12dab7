/** One label / value pair on the detail page. */
export interface Fact {
  label: string
  value: string | null | undefined
  testid?: string
}
