// swift-tools-version: 6.1
//
// A package that uses smsc-swift the way a user's package does: it depends on the root package by path and
// names the products exactly as a user's manifest would. It proves what the root package cannot prove about
// itself: that the public API is enough from outside (no `@testable`, no internal access) and that the
// documentation's examples compile as written.
//
// It is built by Scripts/check-consumer.sh (part of Scripts/test.sh, hence of CI), never by the root package,
// which does not see it. Its `.build` is its own (and gitignored).
//
// One fixture package with a target per need, not one package per need: every package CI builds compiles
// AsyncHTTPClient, NIO and BoringSSL again, which costs minutes on a two-core machine.
//
// Targets:
//   ReadmeSnippets   the ```swift blocks of README.md and of the DocC articles, one function each, generated
//                    into ReadmeSnippets.generated.swift by Scripts/extract-readme-snippets.sh (run it first
//                    when building this package by hand).
//   ReplayTests      a user's regression tests: Scripts/check-consumer.sh records a session against `smsc sandbox`
//                    with `smsc … --record Tests/ReplayTests/Recordings`, then `swift test` replays it through
//                    SMSCTesting with no server running, and shows that a changed request fails with a diff.
//   InventoryClient  the plugin on a WSDL of the fixture's own (wsdl/inventory.wsdl), with its own configuration,
//                    depending on the SOAPRuntime and SOAPXML products alone, as a user's SOAP client of another
//                    service would.
//   PluginTests      the generated InventoryClient calls a loopback server over the lean NIO transport.
//   ObservabilityTests  SMSC's metrics as swift-prometheus exports them, as the Observability article shows.
import PackageDescription

let package = Package(
    name: "smsc-consumer-fixture",
    platforms: [.macOS(.v15)],
    dependencies: [
        // `name:` so that products are named by the package's name, as they are for users who depend on it by
        // URL, and not by this checkout's directory name.
        .package(name: "smsc-swift", path: "../.."),
        // What the README's examples use beside the library itself: the same URLs as the root package's, so they
        // resolve to the same packages.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.21.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        // The loopback server PluginTests start (NIO is built for AsyncHTTPClient already).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // The Observability article's metrics backend, whose export ObservabilityTests checks.
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
        // The Observability article's OpenTelemetry bootstrap, compiled in ReadmeSnippets (its first build takes
        // several minutes).
        .package(url: "https://github.com/swift-otel/swift-otel", from: "1.0.0"),
    ],
    targets: [
        .executableTarget(
            name: "ReadmeSnippets",
            dependencies: [
                // The generated client the SOAPRuntime article's example calls.
                "InventoryClient",
                .product(name: "SMSC", package: "smsc-swift"),
                .product(name: "SMSCSandbox", package: "smsc-swift"),
                .product(name: "SMSCTesting", package: "smsc-swift"),
                .product(name: "SOAPRuntime", package: "smsc-swift"),
                .product(name: "SOAPNIOTransport", package: "smsc-swift"),
                .product(name: "SOAPAsyncHTTPClient", package: "smsc-swift"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "OTel", package: "swift-otel"),
            ],
            path: "Sources/ReadmeSnippets"
        ),
        .testTarget(
            name: "ReplayTests",
            dependencies: [
                .product(name: "SMSC", package: "smsc-swift"),
                .product(name: "SMSCTesting", package: "smsc-swift"),
            ],
            path: "Tests/ReplayTests",
            // Read at run time from the source tree, as a user's recordings would be.
            exclude: ["Recordings"]
        ),
        .testTarget(
            name: "ObservabilityTests",
            dependencies: [
                .product(name: "SMSC", package: "smsc-swift"),
                .product(name: "SMSCSandbox", package: "smsc-swift"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .target(
            name: "InventoryClient",
            // What generated code imports: SOAPRuntime (with its SPI for generated code) and SOAPXML.
            dependencies: [
                .product(name: "SOAPRuntime", package: "smsc-swift"),
                .product(name: "SOAPXML", package: "smsc-swift"),
            ],
            plugins: [.plugin(name: "WSDLGeneratorPlugin", package: "smsc-swift")]
        ),
        .testTarget(
            name: "PluginTests",
            dependencies: [
                "InventoryClient",
                .product(name: "SOAPRuntime", package: "smsc-swift"),
                .product(name: "SOAPNIOTransport", package: "smsc-swift"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
    ]
)
