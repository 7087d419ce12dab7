// A place's short name opening an organisation's name (某某日报, 某某天然气公司, 某某银行) says where the
// paper or the firm is from, not what the text is about: such a mention casts no vote for the page's
// city or province (a county plan that buys gas from a city's gas company is not that city's plan).

// a paper's name is closed by a separator (某某农垦报 |); a firm or school name is at most six characters
// before its kind (某某天然气公司, 某某卫生健康职业学院)
const ORGANISATION_AFTER = /^(?:新闻网|日报|晚报|电视台|广播|融媒|报业|[\u4e00-\u9fa5]{0,3}报(?:[\s|]|$)|[\u4e00-\u9fa5]{0,6}?(?:公司|集团|银行|学院|大学))/

/** Whether the text right after a short place name (up to 8 characters) makes it an organisation's name. */
export function opensOrganisation(after: string): boolean {
  return ORGANISATION_AFTER.test(after)
}

/** The characters of `view` after offset `end` that opensOrganisation needs. */
export function organisationAt(view: string, end: number): boolean {
  return opensOrganisation(view.slice(end, end + 8))
}
