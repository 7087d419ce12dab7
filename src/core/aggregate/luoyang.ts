// The districts and counties of 洛阳市 since 2021 — exactly the regions drawn from
// data/geo/luoyang.json (a test keeps the two in step). Known here so the dashboard can split
// owners into "on the map" and "beside the map" without loading the boundaries.
export const LUOYANG_MAP_REGIONS = [
  '老城区',
  '西工区',
  '瀍河回族区',
  '涧西区',
  '偃师区',
  '孟津区',
  '洛龙区',
  '新安县',
  '栾川县',
  '嵩县',
  '汝阳县',
  '宜阳县',
  '洛宁县',
  '伊川县',
] as const

/** Owners with no boundary of their own, listed beside the map first and in this order. */
export const LUOYANG_OFF_MAP_OWNERS = ['洛阳市', '高新区', '伊滨区', '洛阳经开区'] as const
