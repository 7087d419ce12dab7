// A prefecture-level report speaks of itself as 我州 / 全州 / 我盟 and ranks itself within its province
// (在全省率先…, 增速排全省第2位): its 全省 is a comparison, not the province speaking. And its
// government delivers the report without naming itself (我代表州人民政府…): the page's prefecture.

// 全州县 is a county's name, and 州委 / 州政府 are bodies, not the prefecture as a whole
const PREFECTURE_SELF = /[全我本该](?:州|盟)(?![委政县])/

export function speaksAsPrefecture(text: string): boolean {
  return PREFECTURE_SELF.test(text)
}

const BARE_PREFECTURE_GOVERNMENT = /代表(?:州|市|盟|地区行政公署|行署)人民政府|代表(?:州|盟)政府/

/** Whether a report's opening is delivered by the prefecture's government without naming it. */
export function deliveredByBarePrefecture(opening: string): boolean {
  return BARE_PREFECTURE_GOVERNMENT.test(opening)
}
