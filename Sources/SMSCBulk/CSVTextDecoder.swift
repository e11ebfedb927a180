/// Turns a CSV file's bytes into checked UTF-8, a chunk at a time, so that the parser reads one encoding and memory
/// stays bounded whatever the file's size.
///
/// The first bytes decide the encoding: a byte order mark (UTF-8, UTF-16LE or UTF-16BE; dropped) or, without one,
/// the encoding the decoder was made with. Chunks may end anywhere, inside a UTF-8 sequence, a UTF-16 code unit or a
/// surrogate pair: what is incomplete waits for the next chunk, so the output always ends on a whole character.
///
/// The first undecodable character stops decoding: everything before it is output, and the failure is reported
/// with its line and column, so the parser can read up to it and report it in the row it belongs to. Lines end at
/// LF, CR or CRLF (inside quoted fields too, as the parser counts them); columns count characters (Unicode scalars)
/// from 1 at the start of each line, the byte order mark not included.
struct CSVTextDecoder {
    /// What a file's text is decoded from.
    enum TextEncoding: Sendable, Equatable {
        case utf8
        case windows1251
        case utf16LittleEndian
        case utf16BigEndian
    }

    /// A character that cannot be decoded.
    struct Failure: Error, Sendable, Equatable {
        /// The 1-based line the character is on.
        var line: Int
        /// The 1-based column the character would have, in characters of the line's decoded text.
        var column: Int
        /// What was found, such as `invalid UTF-8 (bytes 0xCF 0xF0)`.
        var problem: String
        /// What to do about it.
        var advice: String
    }

    /// The encoding of a file without a byte order mark.
    private let assumed: TextEncoding
    /// The file's encoding, once its first bytes have been seen.
    private(set) var encoding: TextEncoding?
    /// Whether the file starts with a byte order mark.
    private var hasByteOrderMark = false
    /// The first bytes, held until they show whether the file starts with a byte order mark.
    private var start: [UInt8] = []
    /// The bytes of a UTF-8 sequence not yet complete.
    private var sequence: [UInt8] = []
    /// How many more bytes ``sequence`` needs.
    private var sequenceNeeds = 0
    /// The range its next byte must be in (narrower than `0x80...0xBF` after some lead bytes, which rules out
    /// overlong forms, surrogates and code points above U+10FFFF).
    private var nextByteRange: ClosedRange<UInt8> = 0x80...0xBF
    /// The first byte of a UTF-16 code unit whose second byte is in the next chunk.
    private var codeUnitFirstByte: UInt8?
    /// A high surrogate waiting for its low surrogate.
    private var highSurrogate: UInt16?
    private var line = 1
    /// Characters already decoded on ``line``.
    private var column = 0
    /// Whether the last character was a CR, so that an LF after it ends no further line.
    private var afterCarriageReturn = false
    /// The failure that stopped decoding; later calls report it again.
    private var failure: Failure?

    /// A decoder for a file whose text is in `assumed` unless it starts with a byte order mark.
    init(assumed: TextEncoding) {
        self.assumed = assumed
    }

    /// Decodes the next chunk of the file, appending its UTF-8 to `output`.
    /// - Parameters:
    ///   - bytes: The chunk.
    ///   - output: Receives the decoded text, up to the first undecodable character.
    /// - Returns: The failure that stopped decoding, if any; decoding does not go on after one.
    mutating func decode(_ bytes: ArraySlice<UInt8>, into output: inout [UInt8]) -> Failure? {
        if let failure { return failure }
        var bytes = bytes
        if encoding == nil {
            while start.count < 3, let byte = bytes.first {
                start.append(byte)
                bytes = bytes.dropFirst()
            }
            guard decideEncoding(atEndOfFile: false) else { return nil }
            let held = start[...]
            start = []
            if let failure = feed(held, into: &output) { return failure }
        }
        return feed(bytes, into: &output)
    }

    /// Ends the file: decodes what was held back and checks that no character is left incomplete.
    /// - Parameter output: Receives the decoded text.
    /// - Returns: The failure, if the file ends badly or had failed before.
    mutating func finish(into output: inout [UInt8]) -> Failure? {
        if let failure { return failure }
        if encoding == nil {
            _ = decideEncoding(atEndOfFile: true)
            let held = start[...]
            start = []
            if let failure = feed(held, into: &output) { return failure }
        }
        if !sequence.isEmpty {
            return fail(
                problem: "invalid UTF-8 (the file ends inside a character, \(Self.hex(sequence)))", advice: utf8Advice)
        }
        if let byte = codeUnitFirstByte {
            return fail(
                problem: "a lone byte (\(Self.hex([byte]))) ending the file",
                advice: "a UTF-16 file (this one starts with a UTF-16 byte order mark) has an even number of bytes; "
                    + "the file is cut short, or is not UTF-16"
            )
        }
        if let highSurrogate {
            return unpairedSurrogate(highSurrogate)
        }
        return nil
    }

    /// Sets ``encoding`` from ``start`` once it shows whether the file has a byte order mark, dropping the mark.
    /// - Returns: Whether the encoding is decided; `false` while the bytes so far could still begin a mark.
    private mutating func decideEncoding(atEndOfFile: Bool) -> Bool {
        let utf8Mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        if start.starts(with: utf8Mark) {
            encoding = .utf8
            start.removeFirst(3)
        } else if start.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LittleEndian
            start.removeFirst(2)
        } else if start.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BigEndian
            start.removeFirst(2)
        } else if !atEndOfFile, start.count < 3, utf8Mark.starts(with: start) || start == [0xFF] || start == [0xFE] {
            return false
        } else {
            encoding = assumed
            return true
        }
        hasByteOrderMark = true
        return true
    }

    private mutating func feed(_ bytes: ArraySlice<UInt8>, into output: inout [UInt8]) -> Failure? {
        switch encoding {
        case .utf8: feedUTF8(bytes, into: &output)
        case .windows1251: feedWindows1251(bytes, into: &output)
        case .utf16LittleEndian: feedUTF16(bytes, bigEndian: false, into: &output)
        case .utf16BigEndian: feedUTF16(bytes, bigEndian: true, into: &output)
        case nil: nil
        }
    }

    private mutating func feedUTF8(_ bytes: ArraySlice<UInt8>, into output: inout [UInt8]) -> Failure? {
        for byte in bytes {
            if sequenceNeeds == 0 {
                switch byte {
                case 0x00:
                    return nulByte()
                case 0x01...0x7F:
                    count(UInt32(byte))
                    output.append(byte)
                    continue
                case 0xC2...0xDF: begin(byte, needs: 1, next: 0x80...0xBF)
                case 0xE0: begin(byte, needs: 2, next: 0xA0...0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: begin(byte, needs: 2, next: 0x80...0xBF)
                case 0xED: begin(byte, needs: 2, next: 0x80...0x9F)
                case 0xF0: begin(byte, needs: 3, next: 0x90...0xBF)
                case 0xF1...0xF3: begin(byte, needs: 3, next: 0x80...0xBF)
                case 0xF4: begin(byte, needs: 3, next: 0x80...0x8F)
                default:
                    return fail(problem: "invalid UTF-8 (byte \(Self.hex([byte])))", advice: utf8Advice)
                }
            } else {
                guard nextByteRange.contains(byte) else {
                    return fail(problem: "invalid UTF-8 (bytes \(Self.hex(sequence + [byte])))", advice: utf8Advice)
                }
                sequence.append(byte)
                sequenceNeeds -= 1
                nextByteRange = 0x80...0xBF
                if sequenceNeeds == 0 {
                    // Only line ends matter to the count, and no multi-byte character is one.
                    count(0x80)
                    output.append(contentsOf: sequence)
                    sequence.removeAll(keepingCapacity: true)
                }
            }
        }
        return nil
    }

    private mutating func begin(_ lead: UInt8, needs: Int, next: ClosedRange<UInt8>) {
        sequence.append(lead)
        sequenceNeeds = needs
        nextByteRange = next
    }

    private mutating func feedWindows1251(_ bytes: ArraySlice<UInt8>, into output: inout [UInt8]) -> Failure? {
        for byte in bytes {
            if byte == 0 {
                return nulByte()
            } else if byte < 0x80 {
                count(UInt32(byte))
                output.append(byte)
            } else {
                let scalar = Self.windows1251[Int(byte - 0x80)]
                guard scalar != 0 else {
                    return fail(
                        problem: "byte \(Self.hex([byte])), which windows-1251 leaves undefined,",
                        advice: "the file is not windows-1251; save it as UTF-8, or check --encoding"
                    )
                }
                emit(UInt32(scalar), into: &output)
            }
        }
        return nil
    }

    private mutating func feedUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, into output: inout [UInt8]) -> Failure?
    {
        for byte in bytes {
            guard let first = codeUnitFirstByte else {
                codeUnitFirstByte = byte
                continue
            }
            codeUnitFirstByte = nil
            let unit = bigEndian ? UInt16(first) << 8 | UInt16(byte) : UInt16(byte) << 8 | UInt16(first)
            if let high = highSurrogate {
                highSurrogate = nil
                guard (0xDC00...0xDFFF).contains(unit) else { return unpairedSurrogate(high) }
                emit(0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00), into: &output)
                continue
            }
            switch unit {
            case 0:
                return fail(
                    problem: "a NUL character",
                    advice: "NUL is not text; is the file UTF-32? save it as UTF-8, or as UTF-16 (Unicode text)"
                )
            case 0xD800...0xDBFF:
                highSurrogate = unit
            case 0xDC00...0xDFFF:
                return unpairedSurrogate(unit)
            default:
                emit(UInt32(unit), into: &output)
            }
        }
        return nil
    }

    /// Counts `scalar` and appends it as UTF-8.
    private mutating func emit(_ scalar: UInt32, into output: inout [UInt8]) {
        count(scalar)
        // Every caller passes a scalar: a table entry, a UTF-16 unit outside the surrogates, or a surrogate pair's.
        UTF8.encode(Unicode.Scalar(scalar)!) { output.append($0) }
    }

    /// Moves the line and column past `scalar`.
    private mutating func count(_ scalar: UInt32) {
        switch scalar {
        case 0x0D:
            line += 1
            column = 0
            afterCarriageReturn = true
        case 0x0A:
            if !afterCarriageReturn {
                line += 1
            }
            column = 0
            afterCarriageReturn = false
        default:
            column += 1
            afterCarriageReturn = false
        }
    }

    private var utf8Advice: String {
        "save the file as UTF-8, or pass --encoding windows-1251 if it was saved as windows-1251 (Cyrillic Windows)"
    }

    private mutating func nulByte() -> Failure {
        guard !hasByteOrderMark else {
            return fail(problem: "a NUL byte", advice: "NUL is not text; save the file again as UTF-8")
        }
        return fail(
            problem: "a NUL byte",
            advice: "the file looks like UTF-16 without a byte order mark; save it as UTF-8, or as UTF-16 with a "
                + "byte order mark (Excel's Unicode text)"
        )
    }

    private mutating func unpairedSurrogate(_ unit: UInt16) -> Failure {
        fail(
            problem: "a UTF-16 surrogate (\(Self.hex(unit))) without its pair",
            advice: "the file is not valid UTF-16; save it again, or as UTF-8"
        )
    }

    /// Records the failure at the next character's place.
    private mutating func fail(problem: String, advice: String) -> Failure {
        let failure = Failure(line: line, column: column + 1, problem: problem, advice: advice)
        self.failure = failure
        return failure
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { hex(UInt16($0), digits: 2) }.joined(separator: " ")
    }

    private static func hex(_ value: UInt16, digits: Int = 4) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
