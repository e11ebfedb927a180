import SOAPRuntime

/// Why a read is tried again.
enum ReadRetryReason: String, Sendable {
    /// No connection could be made: the request never left.
    case connect
    /// The call timed out before any of the reply arrived.
    case timeout
    /// The connection broke before any of the reply arrived (a reset, a keep-alive connection the server had
    /// closed).
    case connectionLost = "connection_lost"
    /// HTTP 502, 503 or 504: a gateway or the service was unavailable.
    case httpStatus = "http_status"
    /// The service's error 9: asked too often.
    case rateLimited = "rate_limited"
}

extension SMSCError {
    /// Why this failure of a read may be retried, or `nil` when it is final.
    var readRetryReason: ReadRetryReason? {
        switch code {
        case .connect:
            return .connect
        case .timeout:
            return responseHeadReceived ? nil : .timeout
        case .connectionFailed:
            return responseHeadReceived ? nil : .connectionLost
        case .httpStatus:
            return [502, 503, 504].contains(httpStatus ?? 0) ? .httpStatus : nil
        case .service:
            return serviceError?.kind == .rateLimited ? .rateLimited : nil
        default:
            return nil
        }
    }

    /// This failure, after the calling task was cancelled while the read waited to try again: the same facts, with
    /// the cancellation as its code.
    func cancelledBeforeRetry() -> SMSCError {
        var error = self
        error.code = .cancelled
        error.message = "the call was cancelled while it waited to try again after: \(message)"
        return error
    }
}
