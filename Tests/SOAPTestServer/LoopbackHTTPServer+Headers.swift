extension LoopbackHTTPServer {
    /// HTTP header fields in the order they were sent; names compare case-insensitively.
    public struct Headers: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
        /// One header line.
        public struct Field: Sendable, Hashable {
            public var name: String
            public var value: String

            public init(name: String, value: String) {
                self.name = name
                self.value = value
            }
        }

        /// The fields, in order; a name may repeat.
        public var fields: [Field]

        public init(_ fields: [Field] = []) {
            self.fields = fields
        }

        public init(dictionaryLiteral elements: (String, String)...) {
            fields = elements.map { Field(name: $0.0, value: $0.1) }
        }

        /// The first value of the field `name`, compared case-insensitively; `nil` when absent.
        public subscript(name: String) -> String? {
            values(for: name).first
        }

        /// Every value of the field `name`, compared case-insensitively, in order.
        public func values(for name: String) -> [String] {
            let lowered = name.lowercased()
            return fields.filter { $0.name.lowercased() == lowered }.map(\.value)
        }

        /// Whether a field called `name` is present, compared case-insensitively.
        public func contains(_ name: String) -> Bool {
            !values(for: name).isEmpty
        }

        /// Appends a field, keeping any earlier field of the same name.
        public mutating func add(name: String, value: String) {
            fields.append(Field(name: name, value: value))
        }

        public func makeIterator() -> IndexingIterator<[Field]> {
            fields.makeIterator()
        }
    }
}
