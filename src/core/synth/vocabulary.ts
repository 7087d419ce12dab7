// Owners and metrics for synthetic packs: real place names of Henan's prefectures and the kinds of
// departments and figures that local reports pledge, so charts and search see realistic data.
export interface SynthOwner {
  city: string
  district: string
  department: string
  title: string
  person: string
}

export interface MetricTemplate {
  metric: string
  unit: string
  /** how the unit is written after the number in a quote */
  unitText: string
  base: number
  category: string
  /** the object a milestone or qualitative pledge names */
  object: string
}

const PLACES: Record<string, string[]> = {
  洛阳: ['老城区', '西工区', '瀍河回族区', '涧西区', '洛龙区', '偃师区', '孟津区', '新安县', '宜阳县', '洛宁县', '伊川县', '嵩县', '栾川县', '汝阳县'],
  郑州: ['中原区', '二七区', '管城回族区', '金水区', '上街区', '惠济区', '中牟县', '巩义市', '荥阳市', '新密市', '新郑市', '登封市'],
  开封: ['龙亭区', '顺河回族区', '鼓楼区', '禹王台区', '祥符区', '杞县', '通许县', '尉氏县', '兰考县'],
  南阳: ['宛城区', '卧龙区', '南召县', '方城县', '西峡县', '镇平县', '内乡县', '淅川县', '社旗县', '唐河县', '新野县', '桐柏县', '邓州市'],
  安阳: ['文峰区', '北关区', '殷都区', '龙安区', '安阳县', '汤阴县', '滑县', '内黄县', '林州市'],
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗']
const GIVEN = ['建国', '志强', '海涛', '丽华', '卫东', '晓明', '红梅', '国庆', '文斌', '春生', '秀英', '伟', '敏', '静', '磊', '洋', '勇', '军', '杰', '涛']
const OFFICES: [string, string][] = [
  ['委', '书记'], ['政府', '区县长'], ['文化广电和旅游局', '局长'], ['工业和信息化局', '局长'], ['发展和改革委员会', '主任'],
  ['教育局', '局长'], ['生态环境局', '局长'], ['住房和城乡建设局', '局长'], ['人力资源和社会保障局', '局长'], ['农业农村局', '局长'],
]

function buildOwners(): SynthOwner[] {
  const owners: SynthOwner[] = []
  let n = 0
  for (const [city, districts] of Object.entries(PLACES)) {
    for (const district of districts) {
      for (const [office, title] of OFFICES) {
        // 老城区 + 委 → 老城区委; 新安县 + 教育局 → 新安县教育局
        owners.push({ city: `${city}市`, district, department: `${district}${office}`, title, person: SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7) % GIVEN.length] })
        n++
      }
    }
  }
  return owners
}

export const SYNTH_OWNERS: readonly SynthOwner[] = buildOwners()

export const SYNTH_METRICS: readonly MetricTemplate[] = [
  { metric: '接待游客', unit: '人次', unitText: '人次', base: 12_000_000, category: '文旅', object: '历史文化街区' },
  { metric: '旅游综合收入', unit: '元', unitText: '元', base: 9_000_000_000, category: '文旅', object: '全域旅游' },
  { metric: '实施工业项目', unit: '个', unitText: '个', base: 300, category: '工业', object: '智能制造产业园' },
  { metric: '工业投资', unit: '元', unitText: '元', base: 20_000_000_000, category: '工业', object: '新材料产业基地' },
  { metric: '新增城镇就业', unit: '人', unitText: '人', base: 40_000, category: '就业', object: '零工市场' },
  { metric: '新建改扩建中小学', unit: '所', unitText: '所', base: 20, category: '教育', object: '智慧校园' },
  { metric: '改造老旧小区', unit: '个', unitText: '个', base: 150, category: '城建', object: '城市更新片区' },
  { metric: '新增绿化面积', unit: '亩', unitText: '亩', base: 5_000, category: '生态环境', object: '生态廊道' },
  { metric: '高标准农田', unit: '亩', unitText: '亩', base: 80_000, category: '农业', object: '现代农业产业园' },
  { metric: '新增信贷投放', unit: '元', unitText: '元', base: 30_000_000_000, category: '金融', object: '普惠金融服务站' },
  { metric: '培育高新技术企业', unit: '家', unitText: '家', base: 60, category: '科技', object: '科技产业社区' },
  { metric: '新建充电桩', unit: '个', unitText: '个', base: 2_000, category: '城建', object: '公共停车场' },
]
