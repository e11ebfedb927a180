import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import SOAPRuntime

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Turns whatever AsyncHTTPClient and NIO throw into a SOAPTransportError with the right kind, a plain English
// message, and an honest `requestMayHaveReachedServer`: `false` only where the request certainly never left (no
// connection, no TLS session, no free connection), because callers retry non-idempotent calls only then.
//
// The tests pin the refused-connection and TLS paths; the Network.framework cases only compile on Apple platforms.
extension AsyncHTTPClientTransport {
    /// What a message needs to say where and which limit.
    struct ErrorContext {
        /// `host:port`; never the path or query, never the body.
        var endpoint: String
        var totalTimeout: Duration
    }

    static func transportError(for error: any Error, context: ErrorContext) -> SOAPTransportError {
        if let error = error as? SOAPTransportError {
            return error
        }
        var mapped = mappedError(for: error, context: context)
        mapped.underlyingError = error
        return mapped
    }

    private static func mappedError(for error: any Error, context: ErrorContext) -> SOAPTransportError {
        let endpoint = context.endpoint
        switch error {
        case let error as SOAPTransportError:
            return error
        case is CancellationError:
            return cancelled
        case let error as HTTPClientError:
            return transportError(for: error, context: context)
        case let error as ChannelError:
            return transportError(for: error, context: context)
        case let error as IOError:
            return transportError(for: error, context: context)
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
        #if canImport(Network)
        // Network.framework, the default on Apple platforms, reports socket and TLS failures in its own types.
        case let error as HTTPClient.NWPOSIXError:
            return transportError(forErrno: error.errorCode.rawValue, description: error.description, context: context)
        case let error as HTTPClient.NWTLSError:
            return SOAPTransportError(
                code: .tls,
                message: "the TLS handshake with \(endpoint) failed: \(error)",
                requestMayHaveReachedServer: false
            )
        #endif
        case let error as HTTPParserError:
            return SOAPTransportError(
                code: .connectionFailed,
                message: "the response from \(endpoint) is not valid HTTP (\(error))",
                requestMayHaveReachedServer: true
            )
        default:
            break
        }

        // NIOHTTPCompression (swift-nio-extras) is linked only through AsyncHTTPClient: swift-nio-extras is not a
        // declared dependency of this package, so `NIOHTTPDecompression.DecompressionError` cannot be named here and
        // its errors are recognised by their module, the one remaining type-name check. Its `.limit` case describes
        // itself as "limit".
        if String(reflecting: type(of: error)).hasPrefix("NIOHTTPCompression.") {
            let reason =
                String(describing: error) == "limit"
                ? "it expands more than 50 times when decoded, which only a decompression bomb does"
                : "\(error)"
            return SOAPTransportError(
                code: .connectionFailed,
                message: "the compressed response body from \(endpoint) could not be decoded: \(reason)",
                requestMayHaveReachedServer: true
            )
        }
        return SOAPTransportError(
            code: .connectionFailed,
            message: "the HTTP exchange with \(endpoint) failed: \(error)",
            requestMayHaveReachedServer: true
        )
    }

    /// Nobody can tell how far a cancelled request got.
    private static let cancelled = SOAPTransportError(code: .cancelled, message: "the call was cancelled", requestMayHaveReachedServer: true)

    private static func transportError(for error: HTTPClientError, context: ErrorContext) -> SOAPTransportError {
        let endpoint = context.endpoint
        switch error {
        case HTTPClientError.cancelled:
            return cancelled
        case .deadlineExceeded:
            return SOAPTransportError(
                code: .timeout,
                message: "no complete response from \(endpoint) within the total deadline of \(spoken(context.totalTimeout))",
                requestMayHaveReachedServer: true
            )
        case .readTimeout:
            return SOAPTransportError(
                code: .timeout,
                message: "\(endpoint) sent nothing for the read timeout of its HTTPClient",
                requestMayHaveReachedServer: true
            )
        case .writeTimeout:
            return SOAPTransportError(
                code: .timeout,
                message: "the request could not be sent to \(endpoint) within the write timeout",
                requestMayHaveReachedServer: true
            )
        case .connectTimeout:
            return SOAPTransportError(
                code: .timeout,
                message: "could not connect to \(endpoint) within the connect timeout of its HTTPClient",
                requestMayHaveReachedServer: false
            )
        case .tlsHandshakeTimeout:
            return SOAPTransportError(
                code: .timeout,
                message: "the TLS handshake with \(endpoint) did not finish within the connect timeout of its HTTPClient",
                requestMayHaveReachedServer: false
            )
        case .getConnectionFromPoolTimeout:
            return SOAPTransportError(
                code: .timeout,
                message: "no connection to \(endpoint) became free within the connect timeout of its HTTPClient",
                requestMayHaveReachedServer: false
            )
        case .remoteConnectionClosed:
            return connectionClosed(endpoint)
        case .alreadyShutdown:
            return SOAPTransportError(code: .connectionFailed, message: "the HTTPClient has been shut down", requestMayHaveReachedServer: false)
        case .invalidURL, .emptyHost, .emptyScheme:
            return SOAPTransportError(
                code: .connectionFailed,
                message: "the endpoint URL is not an http or https URL with a host",
                requestMayHaveReachedServer: false
            )
        default:
            return SOAPTransportError(
                code: .connectionFailed,
                message: "the HTTP exchange with \(endpoint) failed: \(error.shortDescription.lowercased())",
                requestMayHaveReachedServer: true
            )
        }
    }

    private static func transportError(for error: ChannelError, context: ErrorContext) -> SOAPTransportError {
        switch error {
        case .connectTimeout:
            return transportError(for: HTTPClientError.connectTimeout, context: context)
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

    private static func transportError(for error: IOError, context: ErrorContext) -> SOAPTransportError {
        transportError(forErrno: error.errnoCode, description: "\(error)", context: context)
    }

    private static func transportError(forErrno code: CInt, description: String, context: ErrorContext) -> SOAPTransportError {
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

    private static func connectionClosed(_ endpoint: String) -> SOAPTransportError {
        SOAPTransportError(
            code: .connectionFailed,
            message: "\(endpoint) closed the connection before the response was complete",
            requestMayHaveReachedServer: true
        )
    }

    /// NIOPosix's `NIOConnectionError`: every address of the host was tried and none accepted, or the name did not
    /// resolve.
    private static func connectionFailure(_ error: NIOConnectionError, context: ErrorContext) -> SOAPTransportError {
        var reasons: [String] = []
        for attempt in error.connectionErrors.map(\.error) {
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
    private static func tlsFailure(_ error: NIOSSLError, context: ErrorContext) -> SOAPTransportError {
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
                reason = "the server's certificate could not be verified (self-signed, issued by an untrusted authority, or expired)"
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
    private static func tlsFailure(_ error: NIOSSLExtraError, context: ErrorContext) -> SOAPTransportError {
        let reason =
            error == .failedToValidateHostname
            ? "the server's certificate is not valid for this host name"
            : "\(error)"
        return tlsHandshakeFailure(reason: reason, context: context)
    }

    /// No request byte was sent.
    private static func tlsHandshakeFailure(reason: String, context: ErrorContext) -> SOAPTransportError {
        SOAPTransportError(
            code: .tls,
            message: "the TLS handshake with \(context.endpoint) failed: \(reason)",
            requestMayHaveReachedServer: false
        )
    }

    /// A TLS failure on an established session: the request may have gone out.
    private static func tlsSessionFailure(_ error: any Error, context: ErrorContext) -> SOAPTransportError {
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

    /// `2 s`, `300 ms`.
    private static func spoken(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        if attoseconds == 0 {
            return "\(seconds) s"
        }
        let milliseconds = (Double(seconds) * 1_000 + Double(attoseconds) / 1e15).rounded()
        return "\(Int(milliseconds)) ms"
    }
}
