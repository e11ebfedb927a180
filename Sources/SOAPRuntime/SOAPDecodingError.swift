/// A SOAP body whose content does not match the schema the decoder was generated from.
public struct SOAPDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong: made with static functions rather than enum cases, so that reasons can be added without
    /// breaking code that inspects them.
    public struct Reason: Sendable, Hashable {
        /// The kinds of reason.
        public struct Code: Sendable, Hashable, CustomStringConvertible {
            private let name: String

            private init(_ name: String) {
                self.name = name
            }

            /// A required child element is absent.
            public static let missingElement = Code("missing_element")
            /// A child element the schema allows once appears more often.
            public static let repeatedElement = Code("repeated_element")
            /// The text of an element is not a valid value of its schema type.
            public static let invalidValue = Code("invalid_value")
            /// Two elements of one `xsd:choice` appear, where the schema allows one.
            public static let severalAlternatives = Code("several_alternatives")
            /// An attribute the schema declares `use="required"` is absent.
            public static let missingAttribute = Code("missing_attribute")

            /// A stable snake_case name (`missing_element`).
            public var description: String { name }
        }

        /// The kind of reason.
        public let code: Code
        /// The child element concerned, for ``Code/missingElement``, ``Code/repeatedElement`` and
        /// ``Code/severalAlternatives``; the attribute, for ``Code/missingAttribute``.
        public let element: String?
        /// How often the element appears, for ``Code/repeatedElement``.
        public let count: Int?
        /// The text that is not a valid value, for ``Code/invalidValue``.
        public let text: String?
        /// The schema type the text should have been, for ``Code/invalidValue``.
        public let expectedType: String?

        private init(
            code: Code,
            element: String? = nil,
            count: Int? = nil,
            text: String? = nil,
            expectedType: String? = nil
        ) {
            self.code = code
            self.element = element
            self.count = count
            self.text = text
            self.expectedType = expectedType
        }

        /// A required child element is absent.
        public static func missingElement(_ element: String) -> Reason {
            Reason(code: .missingElement, element: element)
        }

        /// A child element the schema allows once appears `count` times.
        public static func repeatedElement(_ element: String, count: Int) -> Reason {
            Reason(code: .repeatedElement, element: element, count: count)
        }

        /// The text of an element is not a valid value of its schema type.
        public static func invalidValue(_ text: String, expectedType: String) -> Reason {
            Reason(code: .invalidValue, text: text, expectedType: expectedType)
        }

        /// The required attribute `attribute` is absent.
        public static func missingAttribute(_ attribute: String) -> Reason {
            Reason(code: .missingAttribute, element: attribute)
        }

        /// `element` appears where another element of the same `xsd:choice` already did.
        public static func severalAlternatives(_ element: String) -> Reason {
            Reason(code: .severalAlternatives, element: element)
        }
    }

    /// The element path where the problem is, such as `Send2Response/sendresult/errors[0]`.
    public var path: [String]
    /// What is wrong at ``path``: the kind of problem, and the element, count or text it concerns.
    public var reason: Reason

    /// Makes an error for a problem at `path`.
    ///
    /// - Parameters:
    ///   - path: The element path where the problem is, outermost element first.
    ///   - reason: What is wrong there.
    public init(path: [String], reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        let location = path.joined(separator: "/")
        switch reason.code {
        case .missingElement:
            return "\(location): required element `\(reason.element ?? "?")` is missing"
        case .repeatedElement:
            return
                """
                \(location): element `\(reason.element ?? "?")` appears \(reason.count ?? 0) times but the schema \
                allows it once
                """
        case .missingAttribute:
            return "\(location): required attribute `\(reason.element ?? "?")` is missing"
        case .severalAlternatives:
            return
                """
                \(location): element `\(reason.element ?? "?")` follows another element of the same choice, which \
                allows one
                """
        case .invalidValue:
            let text = reason.text ?? ""
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "\(location): \"\(shown)\" is not a valid \(reason.expectedType ?? "value")"
        default:
            return "\(location): the content does not match the schema (\(reason.code))"
        }
    }

    /// The same error seen from the parent element `component`.
    public func nested(in component: String) -> SOAPDecodingError {
        SOAPDecodingError(path: [component] + path, reason: reason)
    }
}
