import SOAPXML

/// What a SOAP stack made of a reply, in a form the three stacks can be compared in: every value a string.
enum DecodeOutcome: Equatable, CustomStringConvertible {
    /// A nested value: text, an object of named values, or a list.
    indirect enum Value: Equatable, CustomStringConvertible {
        case text(String)
        case object([String: Value])
        case list([Value])

        /// From the JSON the PHP and zeep scripts print.
        init(json: Any) throws {
            switch json {
            case let text as String: self = .text(text)
            case let object as [String: Any]: self = .object(try object.mapValues(Value.init(json:)))
            case let list as [Any]: self = .list(try list.map(Value.init(json:)))
            default: throw ParityCorpusError(description: "unexpected JSON value \(json)")
            }
        }

        /// From an element: its child elements by name (`errors`, the schema's only repeated element, always as a
        /// list), or its text when it has none.
        init(element: XMLTree.Element) {
            guard !element.children.isEmpty else {
                self = .text(element.text)
                return
            }
            var fields: [String: Value] = [:]
            for child in element.children {
                if child.localName == "errors" {
                    guard case .list(let items) = fields["errors"] ?? .list([]) else { continue }
                    fields["errors"] = .list(items + [Value(element: child)])
                } else {
                    fields[child.localName] = Value(element: child)
                }
            }
            self = .object(fields)
        }

        var description: String {
            switch self {
            case .text(let text): text.debugDescription
            case .object(let fields):
                "{" + fields.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
            case .list(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
            }
        }
    }

    /// The decoded response element's content, under the response wrapper's name (`{statusresult: {…}}`).
    case result(Value)
    /// A SOAP fault: the faultcode as written, and the faultstring.
    case fault(code: String, string: String)
    /// The stack refused the reply.
    case refused(String)

    /// From one entry of the scripts' output (`{"result": …}`, `{"fault": {"code", "string"}}` or `{"error": …}`).
    init(json: Any) throws {
        guard let entry = json as? [String: Any] else {
            throw ParityCorpusError(description: "unexpected entry \(json)")
        }
        if let result = entry["result"] {
            self = .result(try Value(json: result))
        } else if let fault = entry["fault"] as? [String: Any], let code = fault["code"] as? String,
            let string = fault["string"] as? String
        {
            self = .fault(code: code, string: string)
        } else {
            self = .refused("\(entry["error"] ?? entry)")
        }
    }

    /// Whether the two agree, setting aside how a refusal is worded.
    func agrees(with other: DecodeOutcome) -> Bool {
        if case .refused = self, case .refused = other { return true }
        return self == other
    }

    var description: String {
        switch self {
        case .result(let value): "result \(value)"
        case .fault(let code, let string): "fault \(code): \(string)"
        case .refused(let reason): "refused: \(reason)"
        }
    }
}
