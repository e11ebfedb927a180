import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix
import NIOSSL
package import SOAPRuntime

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns what SwiftNIO, NIOSSL, NIO's HTTP parser and its decompressor throw into a ``SOAPTransportError`` with the
/// right code, a plain English message, and an honest `requestMayHaveReachedServer`: `false` only where the request
/// certainly never left (no connection, no TLS session), because callers retry non-idempotent calls only then.
///
/// Both NIO-based transports use it; each maps the errors of its own HTTP stack first.
package enum NIOTransportErrors {
    /// The mapped error, or `nil` when `error` is none of the types this knows.
    package static func mapped(_ error: any Error, context: TransportErrorContext) -> SOAPTransportError? {
        let endpoint = context.endpoint
        switch error {
        case let error as SOAPTransportError:
            return error
        case is CancellationError:
            return cancelled
        case let error as ChannelError:
            return transportError(for: error, context: context)
        case let error as IOError:
            return transportError(forErrno: error.errnoCode, description: "\(error)", context: context)
        case let error as NIOConnectionError:
            return connectionFailure(error, context: context)
        case let error as NIOSSLError:
            return tlsFailure(error, context: context)
        case let error as NIOSSLExtraError:
            return tlsFailure(error, context: context)
        case let error as BoringSSLError:
            return tlsSessionFailure(error, context: context)
        case let error as NIOSSLCloseTimedOutError:
            return tlsSessionFailure(error, context: context)
        case let error as NIOTLSUnwrappingError:
            return tlsSessionFailure(error, context: context)
        case is SocketAddressError.UnknownHost:
            return SOAPTransportError(
                code: .connect,
                message: "could not connect to \(endpoint): the host name could not be resolved",
                requestMayHaveReachedServer: false
            )
        case let error as HTTPParserError:
            return SOAPTransportError(
                code: .connectionFailed,
                message: "the response from \(endpoint) is not valid HTTP (\(error))",
                requestMayHaveReachedServer: true
            )
        case let error as NIOHTTPDecompression.DecompressionError:
            let reason =
                error == .limit
                ? "it expands beyond the client's decompression limit, as a decompression bomb does"
                : "\(error)"
            return undecodableBody(from: endpoint, reason: reason)
        case let error as NIOHTTPDecompression.ExtraDecompressionError:
            return undecodableBody(from: endpoint, reason: "\(error)")
        default:
            return nil
        }
    }

    /// `error` mapped, or `fallback` when it is none of the types this knows; either way with `error` as its
    /// underlying error.
    package static func mapped(
        _ error: any Error,
        context: TransportErrorContext,
        otherwise fallback: @autoclosure () -> SOAPTransportError
    ) -> SOAPTransportError {
        var mapped = mapped(error, context: context) ?? fallback()
        mapped.underlyingError = error
        return mapped
    }

    /// Nobody can tell how far a cancelled request got.
    package static let cancelled = SOAPTransportError(
        code: .cancelled,
        message: "the call was cancelled",
        requestMayHaveReachedServer: true
    )

    /// The calling task was cancelled before anything was sent.
    package static let cancelledBeforeSending = SOAPTransportError(
        code: .cancelled,
        message: "the call was cancelled before it was sent",
        requestMayHaveReachedServer: false
    )

    /// The endpoint is not an absolute http(s) URL; nothing was sent.
    package static let notAnHTTPURL = SOAPTransportError(
        code: .requestRefused,
        message: "the endpoint URL is not an http or https URL with a host",
        requestMayHaveReachedServer: false
    )

    /// Why `request` must not be sent at all, checked before a transport starts on it: a URL that is not http(s), or a
    /// calling task already cancelled. Only the scheme is checked; the host is the HTTP stack's to refuse.
    package static func refusalBeforeSending(_ request: SOAPRequest) -> SOAPTransportError? {
        guard HTTPEndpoint.hasHTTPScheme(request.url) else { return notAnHTTPURL }
        return Task.isCancelled ? cancelledBeforeSending : nil
    }

    /// A compressed response body the decompressor refused.
    private static func undecodableBody(from endpoint: String, reason: String) -> SOAPTransportError {
        SOAPTransportError(
            code: .connectionFailed,
            message: "the compressed response body from \(endpoint) could not be decoded: \(reason)",
            requestMayHaveReachedServer: true
        )
    }

    package static func connectionClosed(_ endpoint: String) -> SOAPTransportError {
        SOAPTransportError(
            code: .connectionFailed,
            message: "\(endpoint) closed the connection before the response was complete",
            requestMayHaveReachedServer: true
        )
    }

    /// The total deadline passed after the request may have gone out.
    package static func totalDeadlineExceeded(_ context: TransportErrorContext) -> SOAPTransportError {
        SOAPTransportError(
            code: .timeout,
            message:
                """
                no complete response from \(context.endpoint) within the total deadline of \
                \(spoken(context.totalTimeout))
                """,
            requestMayHaveReachedServer: true
        )
    }

    /// No connection within the connect timeout: nothing was sent.
    package static func connectTimeout(_ context: TransportErrorContext) -> SOAPTransportError {
        SOAPTransportError(
            code: .timeout,
            message: "could not connect to \(context.endpoint) within \(context.connectTimeoutName)",
            requestMayHaveReachedServer: false
        )
    }

    /// The response body passed the size limit.
    package static func tooLarge(limit: Int, detail: String) -> SOAPTransportError {
        SOAPTransportError(
            code: .responseTooLarge,
            message: "the response body is larger than the limit of \(limit) bytes (\(detail))",
            requestMayHaveReachedServer: true,
            responseSizeLimit: limit
        )
    }

    package static func transportError(
        forErrno code: CInt,
        description: String,
        context: TransportErrorContext
    ) -> SOAPTransportError {
        let reason = phrase(forErrno: code) ?? description
        switch code {
        case ECONNREFUSED, ENETUNREACH, EHOSTUNREACH, EADDRNOTAVAIL:
            return SOAPTransportError(
                code: .connect,
                message: "could not connect to \(context.endpoint): \(reason)",
                requestMayHaveReachedServer: false
            )
        default:
            return SOAPTransportError(
                code: .connectionFailed,
                message: "the connection to \(context.endpoint) failed: \(reason)",
                requestMayHaveReachedServer: true
            )
        }
    }

    /// `2 s`, `300 ms`: to the millisecond, since a span measured from a deadline is never a whole number of seconds.
    package static func spoken(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = Int((Double(seconds) * 1_000 + Double(attoseconds) / 1e15).rounded())
        return milliseconds % 1_000 == 0 ? "\(milliseconds / 1_000) s" : "\(milliseconds) ms"
    }

    private static func transportError(for error: ChannelError, context: TransportErrorContext) -> SOAPTransportError {
        switch error {
        case .connectTimeout:
            return connectTimeout(context)
        case .eof, .ioOnClosedChannel, .alreadyClosed, .inputClosed, .outputClosed:
            return connectionClosed(context.endpoint)
        default:
            return SOAPTransportError(
                code: .connectionFailed,
                message: "the connection to \(context.endpoint) failed: \(error)",
                requestMayHaveReachedServer: true
            )
        }
    }

    private static func isConnectTimeout(_ error: any Error) -> Bool {
        if case ChannelError.connectTimeout = error { return true }
        return false
    }

    /// NIOPosix's `NIOConnectionError`: every address of the host was tried and none accepted, or the name did not
    /// resolve.
    private static func connectionFailure(
        _ error: NIOConnectionError,
        context: TransportErrorContext
    ) -> SOAPTransportError {
        let attempts = error.connectionErrors.map(\.error)
        if !attempts.isEmpty, attempts.allSatisfy(Self.isConnectTimeout) {
            return connectTimeout(context)
        }
        var reasons: [String] = []
        for attempt in attempts {
            let reason: String
            switch attempt {
            case let attempt as IOError: reason = phrase(forErrno: attempt.errnoCode) ?? "\(attempt)"
            case ChannelError.connectTimeout: reason = "the connection attempt timed out"
            default: reason = "\(attempt)"
            }
            if !reasons.contains(reason) {
                reasons.append(reason)
            }
        }
        if reasons.isEmpty {
            let dnsFailed = error.dnsAError != nil || error.dnsAAAAError != nil
            reasons.append(dnsFailed ? "the host name could not be resolved" : "the host name resolved to no address")
        }
        return SOAPTransportError(
            code: .connect,
            message: "could not connect to \(context.endpoint): \(reasons.joined(separator: "; "))",
            requestMayHaveReachedServer: false
        )
    }

    /// NIOSSL's main error. A failed handshake means no request byte was sent; other TLS failures happen on an
    /// established session, so the request may have gone out.
    private static func tlsFailure(_ error: NIOSSLError, context: TransportErrorContext) -> SOAPTransportError {
        switch error {
        case .uncleanShutdown:
            return SOAPTransportError(
                code: .connectionFailed,
                message: "\(context.endpoint) closed the TLS connection abruptly before the response was complete",
                requestMayHaveReachedServer: true
            )
        case .handshakeFailed(let cause):
            // BoringSSL exposes its reason only in the text of its error stack (`…:CERTIFICATE_VERIFY_FAILED at …`).
            let stack = String(describing: cause)
            let reason: String
            if stack.contains("CERTIFICATE_VERIFY_FAILED") {
                reason =
                    """
                    the server's certificate could not be verified (self-signed, issued by an untrusted authority, \
                    or expired)
                    """
            } else if stack.contains("WRONG_VERSION_NUMBER") {
                reason = "the server did not answer in TLS (is it plain HTTP?)"
            } else if case .sslError(let errors) = cause, errors.contains(.eofDuringHandshake) {
                reason = "the server closed the connection during the handshake"
            } else {
                reason = "\(error)"
            }
            return tlsHandshakeFailure(reason: reason, context: context)
        default:
            return tlsSessionFailure(error, context: context)
        }
    }

    /// NIOSSL's later-added errors, all raised while the handshake is set up or checked (host name validation, SNI).
    private static func tlsFailure(_ error: NIOSSLExtraError, context: TransportErrorContext) -> SOAPTransportError {
        let reason =
            error == .failedToValidateHostname
            ? "the server's certificate is not valid for this host name"
            : "\(error)"
        return tlsHandshakeFailure(reason: reason, context: context)
    }

    /// No request byte was sent.
    private static func tlsHandshakeFailure(reason: String, context: TransportErrorContext) -> SOAPTransportError {
        SOAPTransportError(
            code: .tls,
            message: "the TLS handshake with \(context.endpoint) failed: \(reason)",
            requestMayHaveReachedServer: false
        )
    }

    /// A TLS failure on an established session: the request may have gone out.
    private static func tlsSessionFailure(_ error: any Error, context: TransportErrorContext) -> SOAPTransportError {
        SOAPTransportError(
            code: .tls,
            message: "the TLS session with \(context.endpoint) failed: \(error)",
            requestMayHaveReachedServer: true
        )
    }

    private static func phrase(forErrno code: CInt) -> String? {
        switch code {
        case ECONNREFUSED: "connection refused"
        case ENETUNREACH: "the network is unreachable"
        case EHOSTUNREACH: "the host is unreachable"
        case EADDRNOTAVAIL: "the address is not available"
        case ETIMEDOUT: "the connection timed out"
        case ECONNRESET: "the connection was reset"
        case EPIPE: "the connection was closed while sending"
        default: nil
        }
    }
}
