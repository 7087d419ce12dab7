// Metrics for pledges without a number: the clause without its modal and time words.
const STRIP = /^(?:[\s“”"]|力争|确保|争取|计划|将|要|推动|全力|加快|今年|全年|年内|\d{4}年|整体项目正|正)+/

export function clauseMetric(clause: string): string {
  return clause.replace(STRIP, '').replace(/\s+/g, '').replace(/(?:春节前|年底前|[“"]十一[”"]|今年|下半年|上半年)/g, '').slice(0, 24)
}
