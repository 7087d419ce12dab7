// The one Chinese collator, created on first use. The first zh-CN collator a page creates loads
// ICU's collation data (10–20 ms of main-thread time); made at module load, as before, three of
// them ran inside the start-up's module evaluation, the longest task of a first visit. main.ts
// creates it in a task of its own after the shell is drawn, long before a sort needs it.
let zh: Intl.Collator | null = null

export function zhCollator(): Intl.Collator {
  zh ??= new Intl.Collator('zh-CN')
  return zh
}

/** Chinese order of two strings (pinyin for Han characters), for Array.prototype.sort. */
export function compareZh(a: string, b: string): number {
  return zhCollator().compare(a, b)
}
