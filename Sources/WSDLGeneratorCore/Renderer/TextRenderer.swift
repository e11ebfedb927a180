/// Renders a ``SwiftFile`` as text: four-space indentation, a blank line between members, LF line ends.
struct TextRenderer {
    private var output: [String] = []
    private var level = 0

    static func render(_ file: SwiftFile) -> String {
        var renderer = TextRenderer()
        for comment in file.headerComments {
            renderer.write(comment.isEmpty ? "//" : "// \(comment)")
        }
        if !file.headerComments.isEmpty { renderer.write("") }
        for module in file.imports {
            renderer.write(module)
        }
        for declaration in file.declarations {
            renderer.write("")
            renderer.render(declaration)
        }
        return renderer.output.joined(separator: "\n") + "\n"
    }

    private mutating func write(_ line: String) {
        output.append(line.isEmpty ? "" : String(repeating: "    ", count: level) + line)
    }

    private mutating func render(_ declaration: SwiftDeclaration) {
        switch declaration {
        case .documented(let lines, let inner):
            for line in lines {
                // WSDL names end up in doc comments: a line break in one must not end the comment.
                let text = line.replacingLineBreaks()
                write(text.isEmpty ? "///" : "/// \(text)")
            }
            render(inner)
        case .enumeration(let access, let name, let conformances, let members):
            renderType("enum", access: access, name: name, conformances: conformances, members: members)
        case .structure(let access, let name, let conformances, let members):
            renderType("struct", access: access, name: name, conformances: conformances, members: members)
        case .typeAlias(let access, let name, let type):
            write("\(prefix(access))typealias \(name) = \(type)")
        case .variable(let access, let isStatic, let isLet, let name, let type, let value):
            var line = prefix(access) + (isStatic ? "static " : "") + (isLet ? "let " : "var ") + name
            if let type { line += ": \(type)" }
            if let value { line += " = \(value)" }
            write(line)
        case .function(let signature, let body):
            renderBlock(header: signature, body: body, indentsBody: true)
        case .enumerationCase(let text):
            write("case \(text)")
        }
    }

    private mutating func renderType(
        _ keyword: String,
        access: String,
        name: String,
        conformances: [String],
        members: [SwiftDeclaration]
    ) {
        let inheritance = conformances.isEmpty ? "" : ": " + conformances.joined(separator: ", ")
        write("\(prefix(access))\(keyword) \(name)\(inheritance) {")
        level += 1
        var previousWasVariable = false
        for (index, member) in members.enumerated() {
            // Stored properties sit together; everything else is set apart by a blank line.
            let isVariable = member.isVariable
            if index > 0 && !(isVariable && previousWasVariable) {
                write("")
            }
            render(member)
            previousWasVariable = isVariable
        }
        level -= 1
        write("}")
    }

    private mutating func renderBlock(header: String, body: [CodeLine], indentsBody: Bool) {
        write(header + " {")
        if indentsBody { level += 1 }
        for line in body {
            switch line {
            case .line(let text):
                write(text)
            case .block(let innerHeader, let innerBody, let indents):
                renderBlock(header: innerHeader, body: innerBody, indentsBody: indents)
            }
        }
        if indentsBody { level -= 1 }
        write("}")
    }

    private func prefix(_ access: String) -> String {
        access.isEmpty ? "" : access + " "
    }
}

extension SwiftDeclaration {
    fileprivate var isVariable: Bool {
        switch self {
        case .variable, .enumerationCase: true
        case .documented(_, let inner): inner.isVariable
        default: false
        }
    }
}

extension String {
    fileprivate func replacingLineBreaks() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
