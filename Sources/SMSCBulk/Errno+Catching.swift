import SystemPackage

extension Errno {
    /// Runs a swift-system call with a typed error. Its calls throw only `Errno`, but most are declared with untyped
    /// `throws`; this lets the callers here keep their typed `throws(BulkError)` and name the errno in messages.
    static func catching<Result>(_ call: () throws -> Result) throws(Errno) -> Result {
        do {
            return try call()
        } catch let error as Errno {
            throw error
        } catch {
            // Not reachable with swift-system 1.8; an I/O error is the honest description of an unknown failure.
            throw Errno.ioError
        }
    }
}
