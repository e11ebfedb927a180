import SOAPRuntime

/// What the connection's and the pool's state machines need of a call. Whatever else a call carries (the caller's
/// continuation) travels with it untouched: a machine holds the call while it is in its care, and gives it up in the
/// action that ends it, so a call is ended once.
protocol TransportCall {
    var id: CallID { get }
    var request: SOAPRequest { get }
    var limits: CallLimits { get }
}
