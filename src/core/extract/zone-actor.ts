// A development zone acting as the text's subject (今年,某某经开区将…): the zone, not its city,
// owns the plan, through its 管委会. The short forms are written out as the gold writes the name
// (经开区 → 经济技术开发区, 高新区 → 高新技术产业开发区).

const ZONE_SUBJECT = /(?:^|[,。;:\n]|今年|明年)([\u4e00-\u9fa5]{2,4}?)(经开区|经济技术开发区|高新区|高新技术产业开发区)(?:管委会)?(?=将|要|把|坚持|围绕|全力|计划|力争|今年)/
const FULL: Record<string, string> = { 经开区: '经济技术开发区', 高新区: '高新技术产业开发区' }

/** The zone a text is about, as its full name, when it acts as a sentence's subject; else null. */
export function zoneActor(text: string): string | null {
  // every pattern needs 区 followed by an action: most texts hold no zone at all
  if (!text.includes('开发区') && !text.includes('经开区') && !text.includes('高新区')) return null
  const m = ZONE_SUBJECT.exec(text)
  return m ? m[1] + (FULL[m[2]] ?? m[2]) : null
}
