public import Logging
import Synchronization

/// Collects formatted log lines, metadata included. `@unchecked`: `LogHandler` requires settable `metadata` and
/// `logLevel`, which the tests set once before logging; the lines themselves are behind the `Mutex`.
public final class LogSink: LogHandler, @unchecked Sendable {
    private let collected = Mutex<[String]>([])
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .trace

    public init() {}

    public var lines: [String] {
        collected.withLock { $0 }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        collected.withLock { $0.append("\(event.level) \(event.message) \(merged)") }
    }
}
