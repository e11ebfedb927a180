/// A SOAP body whose content does not match the schema the decoder was generated from.
public struct SOAPDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Sendable, Hashable {
        /// A required child element is absent.
        case missingElement(String)
        /// A child element the schema allows once appears more often.
        case repeatedElement(String, count: Int)
        /// The text of an element is not a valid value of its schema type.
        case invalidValue(String, expectedType: String)
    }

    /// The element path where the problem is, such as `Send2Response/sendresult/errors[0]`.
    public var path: [String]
    public var reason: Reason

    public init(path: [String], reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        let location = path.joined(separator: "/")
        switch reason {
        case .missingElement(let name):
            return "\(location): required element `\(name)` is missing"
        case .repeatedElement(let name, let count):
            return "\(location): element `\(name)` appears \(count) times but the schema allows it once"
        case .invalidValue(let text, let expectedType):
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "\(location): \"\(shown)\" is not a valid \(expectedType)"
        }
    }

    /// The same error seen from the parent element `component`.
    public func nested(in component: String) -> SOAPDecodingError {
        SOAPDecodingError(path: [component] + path, reason: reason)
    }
}
