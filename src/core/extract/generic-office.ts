// "超额完成县政府下达的任务": a two-character county name (成县) read across a word boundary, where
// the text means the generic 县政府 of its own county. Such a mention is too weak to set the page's
// city: left uncounted, the name only counts where other mentions put the page in its city.

const OFFICE_AFTER = /^(?:政府|委|人大|政协|长|级)/

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fa5
}

/** Whether the two-character place name at view[start, start + 2) may be 完成 + 县政府 rather than a name. */
export function maybeGenericOffice(view: string, start: number, end: number): boolean {
  return end - start === 2 && start > 0 && isHan(view.charCodeAt(start - 1)) && OFFICE_AFTER.test(view.slice(end, end + 2))
}
