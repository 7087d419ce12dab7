// A numbered section heading that frames the work below it — (一)以创建X为抓手, 二、以Y为引领 — names
// the means of a section, not a pledge of its own: the pledges are the sentences under it.

// a heading's enumerator: (一) (1) 一、 1、
const ENUMERATOR = /^\s*(?:[((][一二三四五六七八九十\d]{1,3}[))]|[一二三四五六七八九十]{1,3}、|\d{1,2}、)/
// "以X为抓手" and its kin: the framing of a section
const FRAME = /^以.{2,30}为(?:抓手|引领|重点|突破口|主线|核心|载体|契机|牵引|统领|支撑|动力|路径|目标)$/

/** The clause is a numbered heading's framing (以…为抓手): no qualitative pledge. */
export function isFramingHeading(clause: string): boolean {
  const m = ENUMERATOR.exec(clause)
  if (!m) return false
  return FRAME.test(clause.slice(m[0].length).trim())
}
