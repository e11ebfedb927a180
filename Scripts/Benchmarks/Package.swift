// swift-tools-version: 6.1
//
// The measurements of smsc-swift, in a package of their own (as swift-nio keeps its benchmarks in Benchmarks/): it
// depends on the root package by path and reaches it only through its products, as a user's package does, so
// neither users nor a build of the root package compile these targets, and the malloc interposer is nowhere in the
// products' target graph. Scripts/bench.sh, Scripts/benchmark.sh and Scripts/soak.sh build it
// (`swift build --package-path Scripts/Benchmarks`); its `.build` is its own (and gitignored) unless a script says
// otherwise.
//
// Targets:
//   smsc-load         the client side of Scripts/bench.sh: calls/s, CPU per call and peak RSS of a plain
//                     AsyncHTTPClient loop and of SMSCClient over either transport, against one endpoint.
//   smsc-benchmarks   Scripts/benchmark.sh: nanoseconds and allocations per envelope build, reply decode, XML parse
//                     and no-network client call, and the generator's run on wsdl/smsc.wsdl.
//   CMallocCounter    counts the benchmark process's allocations by interposing glibc's malloc family.
//   smsc-soak         Scripts/soak.sh: the soak's options and report.
//   SMSCSoak          the soak engine. Its folder is a symlink to the root package's Tests/SMSCSoak, where the
//                     suite's SoakTests use it: the root package could only offer it here as a product.
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// A product of the root package.
func smsc(_ product: String) -> Target.Dependency {
    .product(name: product, package: "smsc-swift")
}

let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")

let package = Package(
    name: "smsc-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        // `name:` so that products are named by the package's name, whatever this checkout's directory is called.
        // The default traits, named: smsc-load's client mode uses SMSCClient's AsyncHTTPClient initialiser, and a
        // release build in .build-bench alone did not get them otherwise.
        .package(name: "smsc-swift", path: "../..", traits: [.defaults]),
        // The same URLs as the root package's, so they resolve to the same packages: smsc-load's plain
        // AsyncHTTPClient loop, and the command-line options of smsc-load and smsc-soak.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.21.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .executableTarget(
            name: "smsc-load",
            dependencies: [
                smsc("SMSC"), smsc("SOAPNIOTransport"), argumentParser,
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "smsc-benchmarks",
            // SOAPRuntime also brings SOAPXML, which its API (and so generated code) uses; SMSCTesting reads the PHP
            // SoapServer replies from the recorded exchanges.
            dependencies: [smsc("SMSC"), smsc("SOAPRuntime"), smsc("SMSCTesting"), "CMallocCounter"],
            swiftSettings: swiftSettings,
            // SMSC's wire layer is `package` code: the plugin generates the same code from the same WSDL here.
            plugins: [.plugin(name: "WSDLGeneratorPlugin", package: "smsc-swift")]
        ),
        .target(name: "CMallocCounter"),
        // SMSCSandbox for the fault kinds, which the report's table lists.
        .executableTarget(
            name: "smsc-soak",
            dependencies: ["SMSCSoak", smsc("SMSCSandbox"), argumentParser],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SMSCSoak",
            dependencies: [smsc("SMSC"), smsc("SMSCSandbox"), smsc("SOAPNIOTransport")],
            swiftSettings: swiftSettings
        ),
    ]
)
