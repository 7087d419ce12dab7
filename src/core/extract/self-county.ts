// "全县…", "我区…": a text speaking as a county or district of its own without naming it.
// In an autonomous region (自治区) 全区 / 我区 / 本区 are the region itself, which the region's
// cities also say (率先在全区…), so there only the county forms count.
const SELF_COUNTY = /[全我本该](?:县|区|市辖区)(?![委政])/
const SELF_COUNTY_IN_REGION = /[全我本该](?:县|市辖区)(?![委政])/

export function speaksAsCounty(text: string, province: string | null): boolean {
  return (province !== null && province.endsWith('自治区') ? SELF_COUNTY_IN_REGION : SELF_COUNTY).test(text)
}
