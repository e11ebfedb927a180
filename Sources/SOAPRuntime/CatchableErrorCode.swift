/// The code of an error whose kinds are static members of a struct rather than enum cases, so that kinds can be added
/// without breaking code that switches over them (the pattern of AsyncHTTPClient's `HTTPClientError`). A conforming
/// code works as a `catch` pattern: `catch SOAPTransportError.Code.timeout`.
public protocol CatchableErrorCode: Hashable, Sendable {
    /// The error type this code belongs to.
    associatedtype CodedError: Error

    /// The code of `error`.
    static func code(of error: CodedError) -> Self
}

extension CatchableErrorCode {
    /// Whether `error` is a `CodedError` with this code.
    ///
    /// Generic on purpose: a non-generic `(Code, any Error)` overload would outrank the standard library's `~=` in
    /// `switch` statements over other errors, so `case .cancelled` on an `HTTPClientError` would silently match
    /// this code instead. Generic, such a pattern is a compile-time ambiguity to qualify, never a wrong match.
    public static func ~= <Failure: Error>(code: Self, error: Failure) -> Bool {
        guard let error = error as? CodedError else { return false }
        return Self.code(of: error) == code
    }
}
