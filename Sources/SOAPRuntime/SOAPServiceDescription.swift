/// What a WSDL says about where and how a service is reached; generated code provides one per port.
public struct SOAPServiceDescription: Sendable, Hashable {
    /// The WSDL's `targetNamespace`.
    public var targetNamespace: String
    /// The port's `soap:address` location.
    public var address: String
    /// The namespaces qualified elements are written in, in order: the first is written with prefix `ns1`.
    public var namespaces: [String]
    /// The binding's SOAP version.
    public var soapVersion: SOAPVersion
    /// Whether the namespaces and soapActions that start with the address's origin follow the endpoint requests
    /// are sent to (see ``SOAPAddressing``): for services that write their own host into them, as SMSC's does.
    /// Off unless the generator was told so (`rebaseOnEndpoint` in the plugin's configuration).
    public var rebasesOnEndpoint: Bool

    /// Describes a port; generated code makes one per port from the WSDL.
    ///
    /// - Parameters:
    ///   - targetNamespace: The WSDL's `targetNamespace`.
    ///   - address: The port's `soap:address` location.
    ///   - namespaces: The namespaces qualified elements are written in, in order: the first is written with prefix
    ///     `ns1`.
    ///   - soapVersion: The binding's SOAP version.
    ///   - rebasesOnEndpoint: Whether the namespaces and soapActions that start with the address's origin follow the
    ///     endpoint requests are sent to; off by default.
    public init(
        targetNamespace: String,
        address: String,
        namespaces: [String],
        soapVersion: SOAPVersion,
        rebasesOnEndpoint: Bool = false
    ) {
        self.targetNamespace = targetNamespace
        self.address = address
        self.namespaces = namespaces
        self.soapVersion = soapVersion
        self.rebasesOnEndpoint = rebasesOnEndpoint
    }
}
