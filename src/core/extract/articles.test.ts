import { describe, expect, it } from 'vitest'
import { classifyLine, splitArticles } from './articles'

describe('classifyLine', () => {
  it.each([
    ['——访老城区委书记赵书政', 'interview'],
    ['洛报融媒记者 吕百营 通讯员 石智卫', 'byline'],
    ['(康珂 梦豪)', 'byline'],
    ['(上接01版)', 'continuation'],
    ['■13日,2024年洛阳市“就业援助月”专项招聘活动启动。', 'dateline'],
    ['本报讯(洛报融媒记者 郭旭光)13日,市长徐衣显调研。', 'dateline'],
    ['意向性融资500亿元!', 'heading'],
    ['朝阳镇:', 'heading'],
    ['', 'blank'],
    ['日前,洛邑古城一期续建项目加快推进,以青灰色为主基调的建筑群景观风貌展现,着力打造新文旅“打卡地”。', 'body'],
  ])('%s → %s', (line, kind) => expect(classifyLine(line)).toBe(kind))
})

describe('splitArticles', () => {
  const page = [
    '一把手访谈',
    '',
    '聚焦文旅促发展 务实重干开新篇',
    '',
    '——访老城区委书记赵书政',
    '',
    '日前,洛邑古城一期续建项目加快推进,既体现传统韵味,又融入现代城市功能,着力打造新文旅“打卡地”。',
    '',
    '洛报融媒记者 吕百营 通讯员 石智卫',
    '',
    '意向性融资500亿元!',
    '',
    '中原银行洛阳分行与孟津区签署战略合作协议',
    '',
    '1月12日,新年伊始,孟津区各项目建设现场,塔吊林立,机声隆隆。',
    '',
    '全力拼经济 我们在行动',
    '',
    '根据协议内容,今后双方将围绕重大项目融资展开合作。',
    '',
    '(康珂 梦豪)',
    '',
    '政务要闻',
    '',
    '■13日,专项招聘活动启动仪式在洛龙区泉舜广场举行,共有110余家企业参加。(王博东 李磊)',
    '',
    '■12日,另一场活动在西工区举行,吸引600余人参加。',
  ].join('\n')
  const arts = splitArticles(page)

  it('splits on bylines, credits and dateline items; keeps sub-headings inside', () => {
    expect(arts.map((a) => a.title)).toEqual(['聚焦文旅促发展 务实重干开新篇', '中原银行洛阳分行与孟津区签署战略合作协议', '政务要闻', '12日'])
  })

  it('joins a label headline with the headline after it', () => {
    const arts2 = splitArticles('(康珂 梦豪)\n\n朝阳镇:\n\n真抓实干见成效 奋勇争先开新局\n\n连日来,孟津区朝阳镇认真贯彻落实会议精神,将工作热情转化为工作实效。')
    expect(arts2.map((a) => a.title)).toContain('朝阳镇:真抓实干见成效 奋勇争先开新局')
  })

  it('records the interview header and byline', () => {
    expect(arts[0].interview).toBe('——访老城区委书记赵书政')
    expect(arts[0].byline).toBe('洛报融媒记者 吕百营 通讯员 石智卫')
  })

  it('gives spans inside the page, in order', () => {
    for (let i = 0; i < arts.length; i++) {
      expect(arts[i].start).toBeLessThan(arts[i].end)
      if (i > 0) expect(arts[i].start).toBeGreaterThan(arts[i - 1].end)
    }
  })
})
