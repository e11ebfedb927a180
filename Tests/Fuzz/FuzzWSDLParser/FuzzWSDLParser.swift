// libFuzzer target: a WSDL document through the generator (parse, translate, render), as the build plugin runs
// it on a project's WSDL. Built by Scripts/fuzz.sh only.
import FuzzSupport
import WSDLGeneratorCore

@_cdecl("FuzzWSDLParser_main")
public func main(argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc: argc, argv: argv) { data, size in fuzzWSDLParser(data, size) }
}

private func fuzzWSDLParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let wsdl = InMemoryInputFile(path: "fuzz.wsdl", contents: Array(UnsafeBufferPointer(start: data, count: size)))
    let pipeline = GeneratorPipeline()
    _ = try? pipeline.generate(wsdl, diagnostics: AccumulatingDiagnosticCollector())
    _ = try? pipeline.generateDocument(wsdl, diagnostics: AccumulatingDiagnosticCollector())
    return 0
}
