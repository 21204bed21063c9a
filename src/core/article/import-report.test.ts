import { describe, expect, it } from 'vitest'
import { ImportReportBuilder, isEmptyReport, reportLines, reportSummary } from './import-report'

describe('import report', () => {
  it('says nothing when everything was kept', () => {
    const report = new ImportReportBuilder().build()
    expect(isEmptyReport(report)).toBe(true)
    expect(reportSummary(report)).toBe('')
    expect(reportSummary(undefined)).toBe('')
  })

  it('counts parts by kind, in a fixed order, singular and plural', () => {
    const b = new ImportReportBuilder()
    b.drop('picture')
    b.drop('script')
    b.drop('picture', 2)
    b.drop('frame', 0)
    const report = b.build()
    expect(report.dropped).toEqual([
      { kind: 'script', count: 1 },
      { kind: 'picture', count: 3 }
    ])
    expect(reportSummary(report)).toBe('4 parts not kept: a script; 3 pictures.')
    expect(reportLines(report)).toEqual([
      'A script: nothing from an imported file runs.',
      '3 pictures: only text is kept.'
    ])
  })

  it('merges a nested converter’s report and names each swallowing element once', () => {
    const inner = new ImportReportBuilder()
    inner.drop('script')
    inner.recover('<style>')
    const outer = new ImportReportBuilder()
    outer.recover('<style>')
    outer.merge(inner.build())
    expect(reportSummary(outer.build())).toBe(
      '1 part not kept: a script. Recovered as text: what an unclosed <style> had hidden (a browser would not have shown it).'
    )
  })
})
