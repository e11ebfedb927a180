import ArgumentParser
import SMSC

/// The options of a bulk run: a CSV file in, one JSON line per row out.
struct BulkOptions: ParsableArguments {
    /// SMSC refuses a 15th simultaneous connection under one login.
    static let vendorConcurrencyLimit = 14
    static let defaultConcurrency = 4

    @Option(
        help: ArgumentHelp(
            "Run once per row of this CSV file and print one JSON line per row, in input order.",
            valueName: "file"
        )
    )
    var csv: String?

    @Option(
        help: ArgumentHelp(
            """
            Rows in flight at once, 1 or more; at most \(vendorConcurrencyLimit) against SMSC's own hosts. \
            (default: \(defaultConcurrency))
            """,
            valueName: "n"
        )
    )
    var concurrency: Int?

    @Option(
        help: ArgumentHelp(
            """
            Record every row's start and outcome here; rerun with the same journal to resume without sending a row \
            twice.
            """,
            valueName: "path"
        )
    )
    var journal: String?

    /// Whether this is a bulk run.
    var isBulk: Bool { csv != nil }

    func validate() throws {
        if csv == nil {
            if concurrency != nil { throw ValidationError("--concurrency needs --csv") }
            if journal != nil { throw ValidationError("--journal needs --csv") }
        }
        if let concurrency, concurrency < 1 {
            throw ValidationError("--concurrency must be 1 or more, not \(concurrency)")
        }
    }

    /// The checks that depend on the service options, shared by every command with a bulk mode: `--trace` shows
    /// one exchange, and SMSC's own hosts refuse a 15th simultaneous connection per login (error 9 on every row
    /// above the limit). Does nothing without `--csv`.
    ///
    /// - Throws: `ValidationError` naming the flag.
    func validate(service: ServiceOptions) throws {
        guard isBulk else { return }
        if service.trace { throw ValidationError("--trace shows one exchange; it cannot be used with --csv") }
        let endpoint = service.resolvedEndpoint(environment: service.environment)
        if let concurrency, concurrency > Self.vendorConcurrencyLimit, endpoint.isVendorHost {
            throw ValidationError(
                """
                --concurrency \(concurrency) is above \(Self.vendorConcurrencyLimit): \(endpoint.url) refuses 15 \
                or more simultaneous connections per login
                """
            )
        }
    }
}
