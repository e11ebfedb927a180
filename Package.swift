// swift-tools-version: 6.1
//
// SMSC: a Swift client for the SMSC SMS gateway's SOAP API (smsc.ru, smscentre.com, smsc.ua, smsc.kz).
//
// The targets, one line each (the libraries first, then what only tests and CI build):
//   CLibXML2                 carries `pkg-config libxml-2.0` flags for CSOAPXML; exports no headers.
//   CSOAPXML                 the small prefixed C shim, the only way to libxml2 (hardened parsing).
//   SOAPXML                  the Swift side of the shim: parses bytes into an immutable element tree.
//   WSDLGeneratorCore        the pure generator: WSDL bytes in, Swift files and diagnostics out.
//   smsc-wsdl-gen            the generator's command-line front end (file I/O and options only).
//   WSDLGeneratorPlugin      build-tool plugin: runs smsc-wsdl-gen as a target's wsdl-generator-config.json says.
//   SOAPRuntime              what generated code needs at run time, and the transport-agnostic SOAP client.
//   SOAPAsyncHTTPClient      the default transport, over AsyncHTTPClient.
//   SOAPNIOTransport         a lean transport on SwiftNIO's HTTP/1.1 codec and NIOSSL (no proxies).
//   SOAPNIOSupport           what both NIO-based transports share: URL parsing, NIO and NIOSSL error mapping.
//   SMSC                     the library users import; its wire layer is generated from wsdl/smsc.wsdl.
//   SMSCSandbox              an offline SMSC on 127.0.0.1, for demos and for users' own integration tests.
//   SMSCTesting              records exchanges and replays them in users' tests, with no server.
//   SMSCBulk                 the tool's bulk engine: streaming CSV, a durable journal, ordered bounded concurrency.
//   SMSCCommand (`smsc`)     the command-line tool: single calls, bulk CSV runs, sandbox, demo.
//   SOAPTestServer           test support: scripted loopback HTTP(S) servers, PHP's web server, child processes.
//   SMSCSoak                 test support: the soak engine, also compiled by Scripts/Benchmarks for Scripts/soak.sh.
//   RecursionFixture, …      the plugin on each reference WSDL, one target each (`referenceFixtures` below).
//   SOAPXMLTests             parsing into XMLTree (limits, hardening) and the tree's canonical lines.
//   WSDLGeneratorCoreTests   the generator: reference (golden) files, diagnostics, Swift naming.
//   GeneratedCodeTests       the fixtures' code: round trips, and envelopes as zeep and PHP write them.
//   SOAPRuntimeTests         envelopes, decoding, scalars, addressing, and the SOAP client.
//   SOAPTransportTests       both transports against one conformance suite, and what is particular to each.
//   SMSCTests                the client: encoding, decoding, errors, retries, rate limits, metrics and spans.
//   SMSCBulkTests            CSV reading, the journal, the runner's ordered bounded concurrency, progress.
//   SMSCSandboxTests         the sandbox's rules, faults, wire format, interop with PHP and zeep, the soak.
//   SMSCParityTests          parity with PHP's SoapServer and SoapClient and with python's zeep.
//   SMSCTestingTests         recording and replaying.
//   SMSCCommandTests         the built `smsc` against the sandbox and scripted servers.
//   ToolingTests             the built generator CLI and Scripts/update-wsdl.sh.
//   FuzzSupport, Fuzz…       libFuzzer targets (Tests/Fuzz), only when SMSC_FUZZ=1 (Scripts/fuzz.sh).
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// The generator's reference WSDLs that the plugin builds into a target each, under Tests/GeneratedCodeTests (each
/// target's wsdl-generator-config.json names its WSDL); GeneratedCodeTests tests them all.
let referenceFixtures = [
    "RecursionFixture", "NillableFixture", "EnumerationFixture", "ValueConstraintsFixture", "OneWayFixture",
    "ListFixture", "ChoiceFixture", "AttributesFixture", "DerivationFixture", "HeadersFixture", "PortsFixture",
    "RPCLiteralFixture", "AnyFixture", "BuiltinTypesFixture",
]

/// Set by Scripts/fuzz.sh: adds the libFuzzer targets (Tests/Fuzz), which only build with `-sanitize=fuzzer`.
let isFuzzing = Context.environment["SMSC_FUZZ"] == "1"

/// The `AsyncHTTPClientTransport` trait, on by default, that SMSC's AsyncHTTPClient initialiser needs.
let asyncHTTPClientTrait = "AsyncHTTPClientTransport"

let package = Package(
    name: "smsc-swift",
    // macOS 15: the package's one lock is the standard library's `Synchronization.Mutex`, which needs it.
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "SMSC", targets: ["SMSC"]),
        // For transports of your own (`SOAPTransport`) and the types SMSC's API shares with it (`SOAPExchange`,
        // `SOAPFault`); `import SMSC` does not re-export it.
        .library(name: "SOAPRuntime", targets: ["SOAPRuntime"]),
        // The parsed XML tree that SOAPRuntime's API shows (a fault's `detail`, what decoders read), so that code
        // which uses those, generated code included, imports a product rather than a module it reaches by accident.
        .library(name: "SOAPXML", targets: ["SOAPXML"]),
        // The default transport on its own, for wrapping it (in SMSCRecordingTransport, say) around an HTTPClient
        // of your own, or for a generated client of another WSDL.
        .library(name: "SOAPAsyncHTTPClient", targets: ["SOAPAsyncHTTPClient"]),
        // The lean SwiftNIO transport, for applications that want the fastest calls and need no proxy.
        .library(name: "SOAPNIOTransport", targets: ["SOAPNIOTransport"]),
        .executable(name: "smsc-wsdl-gen", targets: ["smsc-wsdl-gen"]),
        .library(name: "SMSCSandbox", targets: ["SMSCSandbox"]),
        // Record real exchanges once and replay them in tests with no server: SMSCRecordingTransport,
        // SMSCReplayTransport.
        .library(name: "SMSCTesting", targets: ["SMSCTesting"]),
        .executable(name: "smsc", targets: ["SMSCCommand"]),
        .plugin(name: "WSDLGeneratorPlugin", targets: ["WSDLGeneratorPlugin"]),
    ],
    traits: [
        .trait(
            name: asyncHTTPClientTrait,
            description: """
                SMSCClient(credentials:configuration:httpClient:logger:), which posts through AsyncHTTPClient \
                (HTTPClient.shared by default). Without it, a package that uses only SMSC does not build \
                AsyncHTTPClient, SwiftNIO or BoringSSL, and makes its clients with a transport of its own.
                """
        ),
        .default(enabledTraits: [asyncHTTPClientTrait]),
    ],
    dependencies: [
        // The generator's CLI and the `smsc` tool: the standard Swift argument parser, with help, validation errors
        // and completion for free. Build-time only for the library's users.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The default transport: the Swift server ecosystem's HTTP client (connection pooling, TLS with
        // certificate verification, deadlines, cancellation, gzip). A package that turns the
        // AsyncHTTPClientTransport trait off and uses only SMSC resolves it but does not build it.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.21.0"),
        // Libraries accept a Logger from the application and default to a no-op one.
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        // NIO itself (AsyncHTTPClient already depends on it): the lean transport is written on its HTTP/1.1 codec, both
        // transports map its connection errors, and the sandbox and the loopback servers tests start are NIO HTTP/1.1
        // servers. The sandbox is written on NIOHTTP1
        // rather than Hummingbird: it needs two routes, and NIO is already built for AsyncHTTPClient, so it adds
        // no minutes to a first build (Hummingbird would add two to four on two cores).
        // 2.101.2 is the oldest release this package is built and tested with (the NIO transport keeps its state in a
        // `NIOLoopBoundBox` made off the loop, `makeBoxSendingValue`).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // TLS for the lean NIO transport, and its errors mapped by both transports (AsyncHTTPClient already depends on
        // it).
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.27.0"),
        // NIOHTTPCompression: the lean NIO transport decodes gzip and deflate bodies with it, and both transports name
        // its errors (AsyncHTTPClient already depends on it).
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        // Per-call metrics and spans, no-ops until the application bootstraps a backend; the packages every Swift
        // server observability backend plugs into. AsyncHTTPClient already depends on swift-distributed-tracing.
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.1.0"),
        // The bulk engine's raw file I/O (journal, CSV): typed file descriptors and errnos instead of hand-written
        // POSIX wrappers.
        .package(url: "https://github.com/apple/swift-system", from: "1.4.0"),
        // SHA-256 for the journal's row digests: a real hash instead of a hand-written FNV-1a.
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        // `swift package generate-documentation`: builds the DocC catalogs; Scripts/check-docs.sh runs it with
        // warnings as errors. A command plugin only: no target links it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // Test support: a loopback HTTP(S) server the tests start on 127.0.0.1 with an ephemeral port, scripted per
        // test; PHP's built-in web server on a free port; child processes; the package root.
        .target(
            name: "SOAPTestServer",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/SOAPTestServer",
            swiftSettings: swiftSettings
        ),
        // Test support: the soak engine, many sends through SMSCClient to a sandbox injecting faults at random, each
        // message checked against what the sandbox accepted. SoakTests run it briefly; Scripts/Benchmarks compiles
        // the same folder (a symlink) for Scripts/soak.sh, since only a product could reach it from there.
        .target(
            name: "SMSCSoak",
            dependencies: ["SMSC", "SMSCSandbox", "SOAPNIOTransport"],
            path: "Tests/SMSCSoak",
            swiftSettings: swiftSettings
        ),
        // Only carries `pkg-config libxml-2.0` flags; exports no headers on purpose (see its module map).
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "CSOAPXML",
            dependencies: ["CLibXML2"],
            path: "Sources/CSOAPXML",
            // Scripts/fuzz.sh instruments the shim's C too, so libFuzzer sees its branches.
            cSettings: isFuzzing ? [.unsafeFlags(["-fsanitize=fuzzer-no-link,address"])] : []
        ),
        .target(
            name: "SOAPXML",
            dependencies: ["CSOAPXML"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "WSDLGeneratorCore",
            dependencies: ["SOAPXML"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "smsc-wsdl-gen",
            dependencies: [
                "WSDLGeneratorCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Recording and replaying exchanges for users' tests; knows the credentials' elements (to mask and to ignore
        // them) and nothing else of SMSC.
        .target(
            name: "SMSCTesting",
            dependencies: ["SMSC", "SOAPRuntime", "SOAPXML", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        .plugin(
            name: "WSDLGeneratorPlugin",
            capability: .buildTool(),
            dependencies: ["smsc-wsdl-gen"],
            path: "Sources/WSDLGeneratorPlugin"
        ),
        .target(
            name: "SOAPRuntime",
            dependencies: [
                "SOAPXML",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SOAPNIOSupport",
            dependencies: [
                "SOAPRuntime",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SOAPNIOTransport",
            dependencies: [
                "SOAPRuntime",
                "SOAPNIOSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SOAPAsyncHTTPClient",
            dependencies: [
                "SOAPRuntime",
                "SOAPNIOSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SMSC",
            dependencies: [
                "SOAPRuntime",
                .target(name: "SOAPAsyncHTTPClient", condition: .when(traits: [asyncHTTPClientTrait])),
                .product(
                    name: "AsyncHTTPClient", package: "async-http-client", condition: .when(traits: [asyncHTTPClientTrait])
                ),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ],
            swiftSettings: swiftSettings,
            plugins: ["WSDLGeneratorPlugin"]
        ),
        .target(
            name: "SMSCSandbox",
            dependencies: [
                "SMSC",
                "SOAPRuntime",
                "SOAPXML",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings,
            // Embeds the WSDL's text, which it publishes at `?wsdl`; the client library does not carry it.
            plugins: ["WSDLGeneratorPlugin"]
        ),
        // Knows nothing of SMSC: rows in, JSON lines out, each row's outcome journaled before it is printed.
        .target(
            name: "SMSCBulk",
            dependencies: [
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "SMSCCommand",
            dependencies: [
                "SMSC",
                "SMSCSandbox",
                "SMSCBulk",
                "SOAPRuntime",
                // `--record DIR` writes the exchanges in the fixture format SMSCReplayTransport reads.
                "SMSCTesting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                // The tool posts through the lean NIO transport, which it owns and shuts down.
                "SOAPNIOTransport",
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),

        .testTarget(
            name: "SOAPXMLTests",
            dependencies: ["SOAPXML"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WSDLGeneratorCoreTests",
            dependencies: ["WSDLGeneratorCore"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
    ]
        // The plugin applied, as users apply it, to the generator's reference WSDLs (a fixture target per WSDL):
        // what it generates compiles, and values survive encoding and decoding.
        + referenceFixtures.map { fixture in
            .target(
                name: fixture,
                dependencies: ["SOAPRuntime", "SOAPXML"],
                path: "Tests/GeneratedCodeTests/\(fixture)",
                swiftSettings: swiftSettings,
                plugins: ["WSDLGeneratorPlugin"]
            )
        }
        + [
            .testTarget(
                name: "GeneratedCodeTests",
                // SOAPTestServer runs zeep (Tests/Zeep) and PHP (Tests/PHP), whose envelopes the generated code's are
                // compared with.
                dependencies: referenceFixtures.map { .target(name: $0) } + [
                    "SOAPRuntime", "SOAPXML", "SOAPTestServer",
                ],
                path: "Tests/GeneratedCodeTests/Tests",
                exclude: ["Zeep", "PHP"],
                swiftSettings: swiftSettings
            ),
            .testTarget(
                name: "SOAPRuntimeTests",
                dependencies: ["SOAPRuntime", "SOAPXML"],
                swiftSettings: swiftSettings
            ),
            // Both transports against one suite (TransportConformanceTests), and what is particular to each.
            .testTarget(
                name: "SOAPTransportTests",
                dependencies: [
                    "SOAPAsyncHTTPClient",
                    "SOAPNIOTransport",
                    "SOAPRuntime",
                    .product(name: "NIOSSL", package: "swift-nio-ssl"),
                    "SOAPTestServer",
                    .product(name: "AsyncHTTPClient", package: "async-http-client"),
                    .product(name: "NIOCore", package: "swift-nio"),
                    .product(name: "Logging", package: "swift-log"),
                    // The NIO transport's connection state machine is driven with NIOHTTP1's response parts.
                    .product(name: "NIOHTTP1", package: "swift-nio"),
                ],
                swiftSettings: swiftSettings
            ),
            .testTarget(
                name: "SMSCTests",
                dependencies: [
                    "SMSC",
                    "SOAPRuntime",
                    "SOAPXML",
                    "SOAPTestServer",
                    // The fixtures are in its format, and its replay transport serves them.
                    "SMSCTesting",
                    .product(name: "AsyncHTTPClient", package: "async-http-client"),
                    .product(name: "Logging", package: "swift-log"),
                    .product(name: "MetricsTestKit", package: "swift-metrics"),
                    .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
                ],
                resources: [.copy("Fixtures")],
                swiftSettings: swiftSettings
            ),
            .testTarget(
                name: "SMSCBulkTests",
                dependencies: ["SMSCBulk"],
                swiftSettings: swiftSettings
            ),
            .testTarget(
                name: "SMSCSandboxTests",
                // SMSCTesting reads PHP's recorded exchanges (SMSCTests' fixtures); SOAPTestServer runs PHP and python.
                dependencies: [
                    "SMSCSandbox", "SMSC", "SOAPRuntime", "SOAPXML", "SOAPNIOTransport", "SMSCTesting",
                    "SOAPTestServer",
                    // SoakTests: a short soak on each transport.
                    "SMSCSoak",
                    // The default transport, made explicitly so that a test can drive its calls' deadline.
                    "SOAPAsyncHTTPClient",
                ],
                // PHP and python clients that call the sandbox through its WSDL.
                resources: [.copy("Interop")],
                swiftSettings: swiftSettings
            ),
            // Parity with PHP's SoapServer and SoapClient and with python's zeep, through the scripts in
            // Tests/SMSCParityTests/Parity (php-cli, php-soap and zeep, which .ci/run installs); fails, not skips,
            // without them.
            .testTarget(
                name: "SMSCParityTests",
                dependencies: [
                    "SMSC", "SOAPRuntime", "SOAPXML", "SOAPAsyncHTTPClient", "SOAPTestServer",
                    .product(name: "AsyncHTTPClient", package: "async-http-client"),
                    .product(name: "Logging", package: "swift-log"),
                ],
                exclude: ["Parity"],
                swiftSettings: swiftSettings
            ),
            .testTarget(
                name: "SMSCTestingTests",
                dependencies: ["SMSCTesting", "SMSC", "SMSCSandbox", "SOAPNIOTransport", "SOAPRuntime"],
                swiftSettings: swiftSettings
            ),
            // Runs the built `smsc` executable against an in-process sandbox and scripted loopback servers.
            .testTarget(
                name: "SMSCCommandTests",
                dependencies: [
                    "SMSCCommand", "SMSCSandbox", "SMSC", "SOAPTestServer",
                    // `--record` fixtures are replayed through it.
                    "SMSCTesting",
                    // For the test that searches every output, logs, metrics and spans included, for secrets.
                    .product(name: "Logging", package: "swift-log"),
                    .product(name: "MetricsTestKit", package: "swift-metrics"),
                    .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
                ],
                swiftSettings: swiftSettings
            ),
            // Runs the built tools and scripts; depends on SMSC so the plugin's output and the runtime modules that
            // reference outputs are type-checked against exist when it runs.
            .testTarget(
                name: "ToolingTests",
                dependencies: ["smsc-wsdl-gen", "SMSC"],
                resources: [.copy("Resources")],
                swiftSettings: swiftSettings
            ),
        ]
)

// libFuzzer targets, one per input the package reads from outside: a reply (through the shim, the generated codecs
// and the typed mapping), a WSDL, a CSV file and a bulk journal. Each has no top-level code (`-parse-as-library`)
// and starts libFuzzer's driver from the `main` SwiftPM links it with (FuzzSupport).
if isFuzzing {
    let fuzzSettings = swiftSettings + [.unsafeFlags(["-parse-as-library"])]
    package.targets += [
        .target(name: "FuzzSupport", path: "Tests/Fuzz/FuzzSupport", swiftSettings: swiftSettings),
        .executableTarget(
            name: "FuzzSOAPResponse", dependencies: ["FuzzSupport", "SMSC", "SOAPRuntime"],
            path: "Tests/Fuzz/FuzzSOAPResponse", swiftSettings: fuzzSettings),
        .executableTarget(
            name: "FuzzWSDLParser", dependencies: ["FuzzSupport", "WSDLGeneratorCore"],
            path: "Tests/Fuzz/FuzzWSDLParser", swiftSettings: fuzzSettings),
        .executableTarget(
            name: "FuzzCSVReader", dependencies: ["FuzzSupport", "SMSCBulk"], path: "Tests/Fuzz/FuzzCSVReader",
            swiftSettings: fuzzSettings),
        .executableTarget(
            name: "FuzzJournalReader", dependencies: ["FuzzSupport", "SMSCBulk"], path: "Tests/Fuzz/FuzzJournalReader",
            swiftSettings: fuzzSettings),
    ]
}
