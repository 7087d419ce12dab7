import { describe, expect, it } from 'vitest'
import { isFigurelessDeliverable, isTitlePledge } from './figureless'

// invented clauses: what a reader takes for a deliverable, and what is a slogan or a generic task
describe('isFigurelessDeliverable', () => {
  it.each([
    ['开工建设城南污水处理厂', 'verb first'],
    ['开工建设轻轨3号线', 'a line number is a name'],
    ['争取启动G207绕城公路(东关段)建设', 'a road code is a name, 争取 a lead word'],
    ['全面启动北湖水库建设', '全面启动'],
    ['启动老码头片区改造', '启动'],
    ['还将举办第二届山地运动节', '举办'],
    ['高标准编制滨江新城控制性详细规划', '编制, after a manner word'],
    ['将完成“三环两射”快速路剩余工程', 'a named remaining part'],
    ['力促城际铁路西段建成通车', 'object first, 建成通车'],
    ['新体育中心计划开建', 'object first, 计划开建'],
    ['市民服务中心二期完成搬迁', 'object first, 完成搬迁'],
    ['第二水厂扩建年底达到试通水条件', 'object first, a deadline word and 达到…条件'],
    ['计划年底前达到机场试飞条件', '达到…条件 after lead words'],
    ['确保村级卫生室标准化建设全覆盖', 'object first, 全覆盖'],
    ['实现全县所有行政村通客车全覆盖', '实现…全覆盖'],
    ['基本建成滨河绿道二期', '基本建成'],
  ])('%s (%s)', (clause) => {
    expect(isFigurelessDeliverable(clause)).toBe(true)
  })

  it.each([
    ['基本完成主体工程', 'a bare part of a project named before'],
    ['完成各项目标任务', 'a generic task'],
    ['完成省下达的节能减排目标', 'a target handed down'],
    ['全面推进“文明城市”创建工作', 'a slogan without a deliverable verb'],
    ['聚焦“三件大事”', 'a slogan'],
    ['实现经济发展新突破', '实现 without an end state'],
    ['加快推进重点项目建设', 'pushing on, nothing delivered'],
    ['项目建设全面启动', 'no object of its own'],
    ['各项工作全面启动', 'a generic subject'],
    ['开工建设12个项目', 'a figure left in the object (read as a quantity elsewhere)'],
    ['达到省定条件', '达到…条件 with nothing before it'],
    ['高质量完成“十五五”规划目标任务', 'a plan target to meet'],
    ['全省将实现新开工', 'a count of new starts, not a deliverable'],
  ])('%s is not (%s)', (clause) => {
    expect(isFigurelessDeliverable(clause)).toBe(false)
  })
})

describe('isTitlePledge', () => {
  it.each([
    ['争创国家全域旅游示范区', true],
    ['创建省级森林城市', true],
    ['并创建4A级景区', true],
    ['将老街申报成为国家历史文化名街', true],
    ['力争创成国家卫生县城', true],
    ['创成省级文明城市', false], // won: a result unless a forward word leads it
    ['开展国家“公交都市”创建工作', false],
    ['全面推进“园林城市”创建工作', false],
    ['聚焦“三件大事”聚力“四个创建”', false],
    ['积极为创建全国示范县打基础', false],
  ])('%s → %s', (clause, want) => {
    expect(isTitlePledge(clause)).toBe(want)
  })
})
