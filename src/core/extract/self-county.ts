// "全县…", "我区…": a text speaking as a county or district of its own without naming it.
// In an autonomous region (自治区) 全区 / 我区 / 本区 are the region itself, which the region's
// cities also say (率先在全区…), so there only the county forms count.
const SELF_COUNTY = /[全我本该](?:县|区|市辖区)(?![委政])/
const SELF_COUNTY_IN_REGION = /[全我本该](?:县|市辖区)(?![委政])/

export function speaksAsCounty(text: string, province: string | null): boolean {
  return (province !== null && province.endsWith('自治区') ? SELF_COUNTY_IN_REGION : SELF_COUNTY).test(text)
}

// "我代表某区人民政府,向大会报告工作": a work report names the government that speaks through it
const SPEAKING_GOVERNMENT = /代表([\u4e00-\u9fa5]{2,12}?)人民政府/

/** The place whose government delivers the report, as written in its opening (null if unnamed). */
export function speakingGovernment(opening: string): string | null {
  const m = SPEAKING_GOVERNMENT.exec(opening)
  return m ? m[1] : null
}
