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

    public init(targetNamespace: String, address: String, namespaces: [String], soapVersion: SOAPVersion) {
        self.targetNamespace = targetNamespace
        self.address = address
        self.namespaces = namespaces
        self.soapVersion = soapVersion
    }
}
