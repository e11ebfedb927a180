/// The parity corpus or a peer's output is not what the tests expect.
struct ParityCorpusError: Error, CustomStringConvertible {
    var description: String
}
