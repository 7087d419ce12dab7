// An autonomous prefecture is written in running text by its place stem and 州 (the 自治州 with
// its peoples' names dropped): that short form must find the prefecture, not fall through to the
// province a short province name in the same text would give.

// The minority peoples named in autonomous-division names, longest first so 蒙古族 goes before 蒙古.
const PEOPLES = [
  '柯尔克孜', '哈萨克', '布依族', '朝鲜族', '土家族', '哈尼族', '景颇族', '傈僳族', '蒙古族', '蒙古', '塔吉克',
  '维吾尔', '达斡尔', '鄂温克', '鄂伦春', '仫佬族', '毛南族', '仡佬族', '普米族', '纳西族', '拉祜族', '佤族',
  '苗族', '藏族', '羌族', '彝族', '侗族', '壮族', '傣族', '白族', '回族', '瑶族', '黎族', '畲族', '水族', '土族',
  '撒拉族', '东乡族', '保安族', '裕固族', '锡伯族', '满族', '怒族', '独龙族', '基诺族', '阿昌族', '布朗族', '德昂族',
]

/** 黔西南布依族苗族自治州 → 黔西南州; null when the name is no 自治州 or its stem is under two characters. */
export function prefectureShortName(name: string): string | null {
  if (!name.endsWith('自治州')) return null
  let stem = name.slice(0, -3)
  for (let changed = true; changed; ) {
    changed = false
    for (const p of PEOPLES) {
      if (stem.endsWith(p) && stem.length > p.length) {
        stem = stem.slice(0, -p.length)
        changed = true
        break
      }
    }
  }
  return stem.length >= 2 && stem !== name.slice(0, -3) ? stem + '州' : null
}
