import AsyncHTTPClient
import NIOCore
import SOAPNIOSupport
import SOAPRuntime

// Turns whatever AsyncHTTPClient throws into a SOAPTransportError with the right kind, a plain English message, and
// an honest `requestMayHaveReachedServer`: `false` only where the request certainly never left (no connection, no
// TLS session, no free connection), because callers retry non-idempotent calls only then. NIO's and NIOSSL's own
// errors are mapped as the other NIO-based transport maps them (`NIOTransportErrors`).
//
// The tests pin the refused-connection and TLS paths; the Network.framework cases only compile on Apple platforms.
extension AsyncHTTPClientTransport {
    /// How messages name AsyncHTTPClient's connect timeout, which is the client's setting, not the call's.
    static let connectTimeoutName = "the connect timeout of its HTTPClient"

    static func errorContext(endpoint: String, totalTimeout: Duration) -> TransportErrorContext {
        TransportErrorContext(endpoint: endpoint, totalTimeout: totalTimeout, connectTimeoutName: connectTimeoutName)
    }

    static func transportError(for error: any Error, context: TransportErrorContext) -> SOAPTransportError {
        if let error = error as? SOAPTransportError {
            return error
        }
        var mapped = mappedError(for: error, context: context)
        mapped.underlyingError = error
        return mapped
    }

    private static func mappedError(for error: any Error, context: TransportErrorContext) -> SOAPTransportError {
        let endpoint = context.endpoint
        switch error {
        case let error as HTTPClientError:
            return transportError(for: error, context: context)
        #if canImport(Network)
        // Network.framework, the default on Apple platforms, reports socket and TLS failures in its own types.
        case let error as HTTPClient.NWPOSIXError:
            return NIOTransportErrors.transportError(
                forErrno: error.errorCode.rawValue,
                description: error.description,
                context: context
            )
        case let error as HTTPClient.NWTLSError:
            return SOAPTransportError(
                code: .tls,
                message: "the TLS handshake with \(endpoint) failed: \(error)",
                requestMayHaveReachedServer: false
            )
        #endif
        default:
            return NIOTransportErrors.mapped(error, context: context)
                ?? SOAPTransportError(
                    code: .connectionFailed,
                    message: "the HTTP exchange with \(endpoint) failed: \(error)",
                    requestMayHaveReachedServer: true
                )
        }
    }

    private static func transportError(for error: HTTPClientError, context: TransportErrorContext) -> SOAPTransportError
    {
        let endpoint = context.endpoint
        switch error {
        case HTTPClientError.cancelled:
            return NIOTransportErrors.cancelled
        case .deadlineExceeded:
            return NIOTransportErrors.totalDeadlineExceeded(context)
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
            return NIOTransportErrors.connectTimeout(context)
        case .tlsHandshakeTimeout:
            return SOAPTransportError(
                code: .timeout,
                message:
                    "the TLS handshake with \(endpoint) did not finish within the connect timeout of its HTTPClient",
                requestMayHaveReachedServer: false
            )
        case .getConnectionFromPoolTimeout:
            return SOAPTransportError(
                code: .timeout,
                message: "no connection to \(endpoint) became free within the connect timeout of its HTTPClient",
                requestMayHaveReachedServer: false
            )
        case .remoteConnectionClosed:
            return NIOTransportErrors.connectionClosed(endpoint)
        case .alreadyShutdown:
            return SOAPTransportError(
                code: .connectionFailed,
                message: "the HTTPClient has been shut down",
                requestMayHaveReachedServer: false
            )
        case .invalidURL, .emptyHost, .emptyScheme:
            return NIOTransportErrors.notAnHTTPURL
        default:
            return SOAPTransportError(
                code: .connectionFailed,
                message: "the HTTP exchange with \(endpoint) failed: \(error.shortDescription.lowercased())",
                requestMayHaveReachedServer: true
            )
        }
    }
}
