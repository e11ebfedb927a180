/// The progress line drawn on standard error while a run is interactive:
/// `[#####.........................] 123/1000 rows  2 failed`, or `123 rows  2 failed` when the number of rows is
/// not known in advance (the file is a pipe, which cannot be read twice).
///
/// Redraws are throttled to ten a second: a terminal that redraws on every row of a fast replay slows the run
/// down more than the rows themselves.
struct ProgressBar {
    /// The shortest time between two redraws.
    static let minimumInterval: Duration = .milliseconds(100)

    /// How many rows the file has, or `nil` if that is not known.
    let total: Int?
    /// Words the line starts with, such as `pass 2:`; empty for none.
    let label: String
    /// How many characters the bar between the brackets takes.
    let width: Int
    private let write: @Sendable (String) -> Void
    private let elapsed: @Sendable () -> Duration
    private var lastDrawn: Duration?
    private var lastText = ""

    /// Creates a bar; nothing is drawn until ``update(done:failed:)``.
    /// - Parameters:
    ///   - total: How many rows the file has, or `nil` if that is not known.
    ///   - label: Words the line starts with; empty for none.
    ///   - width: The bar's width in characters.
    ///   - write: Writes text to the terminal (standard error).
    ///   - elapsed: Monotonic time since a fixed point; injectable so tests control the throttle.
    init(
        total: Int?, label: String = "", width: Int = 30, write: @escaping @Sendable (String) -> Void,
        elapsed: @escaping @Sendable () -> Duration
    ) {
        self.total = total
        self.label = label
        self.width = width
        self.write = write
        self.elapsed = elapsed
    }

    /// Redraws with the new counts, unless the last redraw was less than ``minimumInterval`` ago.
    mutating func update(done: Int, failed: Int) {
        let now = elapsed()
        if let lastDrawn, now - lastDrawn < Self.minimumInterval { return }
        draw(done: done, failed: failed, at: now)
    }

    /// Draws the final counts whatever the throttle says, and ends the line so that what follows starts on its own.
    mutating func finish(done: Int, failed: Int) {
        draw(done: done, failed: failed, at: elapsed())
        write("\n")
    }

    private mutating func draw(done: Int, failed: Int, at now: Duration) {
        lastDrawn = now
        var text = Self.render(done: done, total: total, failed: failed, width: width)
        if !label.isEmpty { text = label + " " + text }
        guard text != lastText else { return }
        lastText = text
        write("\r" + text)
    }

    /// The line without the carriage return that starts each redraw.
    static func render(done: Int, total: Int?, failed: Int, width: Int) -> String {
        var text: String
        if let total {
            let filled = total > 0 ? min(width, done * width / total) : width
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            text = "[\(bar)] \(done)/\(max(total, done)) rows"
        } else {
            text = "\(done) rows"
        }
        if failed > 0 {
            text += "  \(failed) failed"
        }
        return text
    }
}
