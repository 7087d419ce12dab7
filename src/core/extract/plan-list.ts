// Counted deliverables of a year's plan. A plan text sets its year once (2014年…将…, 今年…预期目标)
// and then lists what it will deliver in bare clauses (新建廉租房600套, 改造供水管网100公里,
// 完成108公里管网改造) without repeating the year or a forward word. After such a frame, a clause
// that opens on a build or delivery verb reads as a target of the plan's year, not a result.
// Past markers still win: callers only ask when the clause and the sentence report nothing past.

// a build or delivery verb opening the clause, after an optional 基本/全面 (基本建成…);
// 对…进行…改造 is the same deliverable with its object first
// (争取资金… under a plan year is money the plan means to obtain)
const DELIVERY_OPENING = /^(?:基本|全面)?(?:新建|改建|扩建|续建|新增|改造|建成|建设|完成|拆除|启动|实施|开工|淘汰|整治|铺设|硬化|安排|投资)|^对[^,。;]{2,30}进行|^(?:向上|积极)?争取(?:到|[\u4e00-\u9fa5]{0,4}资金)/

/** The clause opens on a deliverable of a plan (its figures are the plan's, not results). */
export function opensOnPlannedDeliverable(clause: string): boolean {
  return DELIVERY_OPENING.test(clause)
}
