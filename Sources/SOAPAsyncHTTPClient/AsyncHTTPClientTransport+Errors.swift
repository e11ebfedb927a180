import AsyncHTTPClient
import NIOCore
import NIOHTTP1
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
// NIOPosix, NIOSSL and NIOHTTPCompression are linked through AsyncHTTPClient but are not dependencies of this module,
// so their errors are recognised by their module-qualified type name and read through their public stored
// properties, case names and descriptions. The tests pin the refused-connection and TLS paths; the Network.framework
// cases only compile on Apple platforms.
extension AsyncHTTPClientTransport {
    /// What a message needs to say where and which limit.
    struct ErrorContext {
        /// `host:port`; never the path or query, never the body.
        var endpoint: String
        var totalTimeout: Duration
        /// The owned client's settings, for naming its timeouts; `nil` when the caller's client decides them.
        var clientTimeouts: Configuration?
    }

    static func transportError(for error: any Error, context: ErrorContext) -> SOAPTransportError {
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
        case is SocketAddressError.UnknownHost:
            return SOAPTransportError(
                kind: .connect,
                message: "could not connect to \(endpoint): the host name could not be resolved",
                requestMayHaveReachedServer: false
            )
        #if canImport(Network)
        // Network.framework, the default on Apple platforms, reports socket and TLS failures in its own types.
        case let error as HTTPClient.NWPOSIXError:
            return transportError(forErrno: error.errorCode.rawValue, description: error.description, context: context)
        case let error as HTTPClient.NWTLSError:
            return SOAPTransportError(
                kind: .tls,
                message: "the TLS handshake with \(endpoint) failed: \(error)",
                requestMayHaveReachedServer: false
            )
        #endif
        case let error as HTTPParserError:
            return SOAPTransportError(
                kind: .other,
                message: "the response from \(endpoint) is not valid HTTP (\(error))",
                requestMayHaveReachedServer: true
            )
        default:
            break
        }

        let typeName = String(reflecting: type(of: error))
        if typeName == "NIOPosix.NIOConnectionError" {
            return connectionFailure(error, context: context)
        }
        if typeName.hasPrefix("NIOSSL.") {
            return tlsFailure(error, typeName: typeName, context: context)
        }
        if typeName.hasPrefix("NIOHTTPCompression.") {
            let reason =
                String(describing: error) == "limit"
                ? "it expands more than 50 times when decoded, which only a decompression bomb does"
                : "\(error)"
            return SOAPTransportError(
                kind: .other,
                message: "the compressed response body from \(endpoint) could not be decoded: \(reason)",
                requestMayHaveReachedServer: true
            )
        }
        return SOAPTransportError(
            kind: .other,
            message: "the HTTP exchange with \(endpoint) failed: \(error)",
            requestMayHaveReachedServer: true
        )
    }

    /// Nobody can tell how far a cancelled request got.
    private static let cancelled = SOAPTransportError(kind: .cancelled, message: "the call was cancelled", requestMayHaveReachedServer: true)

    private static func transportError(for error: HTTPClientError, context: ErrorContext) -> SOAPTransportError {
        let endpoint = context.endpoint
        let connectTimeout = context.clientTimeouts.map { " of \(spoken($0.connectTimeout))" } ?? ""
        let readTimeout = context.clientTimeouts.map { " of \(spoken($0.readTimeout))" } ?? ""
        switch error {
        case .cancelled:
            return cancelled
        case .deadlineExceeded:
            return SOAPTransportError(
                kind: .timeout,
                message: "no complete response from \(endpoint) within the total deadline of \(spoken(context.totalTimeout))",
                requestMayHaveReachedServer: true
            )
        case .readTimeout:
            return SOAPTransportError(
                kind: .timeout,
                message: "\(endpoint) sent nothing for the read timeout\(readTimeout)",
                requestMayHaveReachedServer: true
            )
        case .writeTimeout:
            return SOAPTransportError(
                kind: .timeout,
                message: "the request could not be sent to \(endpoint) within the write timeout",
                requestMayHaveReachedServer: true
            )
        case .connectTimeout:
            return SOAPTransportError(
                kind: .timeout,
                message: "could not connect to \(endpoint) within the connect timeout\(connectTimeout)",
                requestMayHaveReachedServer: false
            )
        case .tlsHandshakeTimeout:
            return SOAPTransportError(
                kind: .timeout,
                message: "the TLS handshake with \(endpoint) did not finish within the connect timeout\(connectTimeout)",
                requestMayHaveReachedServer: false
            )
        case .getConnectionFromPoolTimeout:
            let limit = context.clientTimeouts.map { " (all \($0.maximumConnectionsPerHost) were busy)" } ?? ""
            return SOAPTransportError(
                kind: .timeout,
                message: "no connection to \(endpoint) became free within the connect timeout\(connectTimeout)\(limit)",
                requestMayHaveReachedServer: false
            )
        case .remoteConnectionClosed:
            return connectionClosed(endpoint)
        case .alreadyShutdown:
            return SOAPTransportError(kind: .other, message: "the transport has been shut down", requestMayHaveReachedServer: false)
        case .invalidURL, .emptyHost, .emptyScheme:
            return SOAPTransportError(
                kind: .other,
                message: "the endpoint URL is not an http or https URL with a host",
                requestMayHaveReachedServer: false
            )
        default:
            return SOAPTransportError(
                kind: .other,
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
                kind: .other,
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
                kind: .connect,
                message: "could not connect to \(context.endpoint): \(reason)",
                requestMayHaveReachedServer: false
            )
        default:
            return SOAPTransportError(
                kind: .other,
                message: "the connection to \(context.endpoint) failed: \(reason)",
                requestMayHaveReachedServer: true
            )
        }
    }

    private static func connectionClosed(_ endpoint: String) -> SOAPTransportError {
        SOAPTransportError(
            kind: .other,
            message: "\(endpoint) closed the connection before the response was complete",
            requestMayHaveReachedServer: true
        )
    }

    /// NIOPosix's `NIOConnectionError`: every address of the host was tried and none accepted, or the name did not
    /// resolve.
    private static func connectionFailure(_ error: any Error, context: ErrorContext) -> SOAPTransportError {
        let fields = storedProperties(of: error)
        let attempts = (fields["connectionErrors"] as? [Any] ?? []).compactMap { storedProperties(of: $0)["error"] as? any Error }
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
            let dnsFailed = fields["dnsAError"] is any Error || fields["dnsAAAAError"] is any Error
            reasons.append(dnsFailed ? "the host name could not be resolved" : "the host name resolved to no address")
        }
        return SOAPTransportError(
            kind: .connect,
            message: "could not connect to \(context.endpoint): \(reasons.joined(separator: "; "))",
            requestMayHaveReachedServer: false
        )
    }

    /// NIOSSL's errors. A failed handshake means no request byte was sent; other TLS failures happen on an
    /// established session, so the request may have gone out.
    private static func tlsFailure(_ error: any Error, typeName: String, context: ErrorContext) -> SOAPTransportError {
        let endpoint = context.endpoint
        let description = String(describing: error)
        let caseName = Mirror(reflecting: error).children.first?.label ?? description
        if caseName == "uncleanShutdown" {
            return SOAPTransportError(
                kind: .other,
                message: "\(endpoint) closed the TLS connection abruptly before the response was complete",
                requestMayHaveReachedServer: true
            )
        }
        let isHandshakeFailure = caseName == "handshakeFailed" || typeName.hasSuffix(".NIOSSLExtraError")
        guard isHandshakeFailure else {
            return SOAPTransportError(
                kind: .tls,
                message: "the TLS session with \(endpoint) failed: \(description)",
                requestMayHaveReachedServer: true
            )
        }
        let reason: String
        if description.contains("CERTIFICATE_VERIFY_FAILED") {
            reason = "the server's certificate could not be verified (self-signed, issued by an untrusted authority, or expired)"
        } else if description.contains("failedToValidateHostname") {
            reason = "the server's certificate is not valid for this host name"
        } else if description.contains("WRONG_VERSION_NUMBER") {
            reason = "the server did not answer in TLS (is it plain HTTP?)"
        } else if description.contains("EOF during handshake") {
            reason = "the server closed the connection during the handshake"
        } else {
            reason = description
        }
        return SOAPTransportError(
            kind: .tls,
            message: "the TLS handshake with \(endpoint) failed: \(reason)",
            requestMayHaveReachedServer: false
        )
    }

    private static func storedProperties(of value: Any) -> [String: Any] {
        var properties: [String: Any] = [:]
        for child in Mirror(reflecting: value).children {
            if let label = child.label, properties[label] == nil {
                properties[label] = child.value
            }
        }
        return properties
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
