import Testing

@testable import SMSCBulk

struct ProgressBarTests {
    @Test func rendersTheBarTheCountsAndFailures() {
        #expect(ProgressBar.render(done: 0, total: 1000, failed: 0, width: 10) == "[..........] 0/1000 rows")
        #expect(
            ProgressBar.render(done: 123, total: 1000, failed: 2, width: 10) == "[#.........] 123/1000 rows  2 failed")
        #expect(ProgressBar.render(done: 500, total: 1000, failed: 0, width: 10) == "[#####.....] 500/1000 rows")
        #expect(ProgressBar.render(done: 0, total: 0, failed: 0, width: 4) == "[####] 0/0 rows")
    }

    @Test func rendersOnlyTheCountsWhenTheTotalIsUnknown() {
        #expect(ProgressBar.render(done: 0, total: nil, failed: 0, width: 10) == "0 rows")
        #expect(ProgressBar.render(done: 123, total: nil, failed: 2, width: 10) == "123 rows  2 failed")
    }

    @Test func redrawsAtMostTenTimesASecondAndAlwaysDrawsTheEnd() {
        let written = Locked<[String]>([])
        let clock = Locked(Duration.zero)
        var bar = ProgressBar(
            total: 100,
            width: 10,
            write: { text in written.withLock { $0.append(text) } },
            elapsed: { clock.current }
        )
        bar.update(done: 0, failed: 0)
        for done in 1...50 {
            clock.withLock { $0 += .milliseconds(10) }
            bar.update(done: done, failed: 0)
        }
        // 500 ms of updates every 10 ms: the first draw, then one per 100 ms.
        #expect(written.current.count == 6)
        #expect(written.current.last == "\r[#####.....] 50/100 rows")
        bar.finish(done: 100, failed: 3)
        #expect(Array(written.current.suffix(2)) == ["\r[##########] 100/100 rows  3 failed", "\n"])
    }

    @Test func startsWithItsLabel() {
        let written = Locked<[String]>([])
        var bar = ProgressBar(
            total: 4,
            label: "pass 2:",
            width: 4,
            write: { text in written.withLock { $0.append(text) } },
            elapsed: { .zero }
        )
        bar.finish(done: 2, failed: 0)
        #expect(written.current == ["\rpass 2: [##..] 2/4 rows", "\n"])
    }
}
