import ArgumentParser
import SMSC
import SMSCBulk

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

    @Option(
        help: ArgumentHelp(
            """
            The character between the CSV file's columns: ',', ';' or tab. (default: the one the header line uses)
            """,
            valueName: ",|;|tab"
        )
    )
    var delimiter: String?

    @Option(
        help: ArgumentHelp(
            """
            The CSV file's encoding: utf-8 or windows-1251. A file that starts with a byte order mark is read in its \
            encoding whatever this says, so UTF-16 (Excel's Unicode text) is detected. (default: utf-8)
            """,
            valueName: "utf-8|windows-1251"
        )
    )
    var encoding: String?

    /// Whether this is a bulk run.
    var isBulk: Bool { csv != nil }

    /// The CSV file's format from `--delimiter` and `--encoding`; ``validate()`` has refused values it cannot read.
    var csvFormat: CSVFormat {
        CSVFormat(
            delimiter: delimiter.flatMap { CSVFormat.Delimiter($0) },
            encoding: encoding.flatMap { CSVFormat.Encoding($0) } ?? .utf8
        )
    }

    func validate() throws {
        if csv == nil {
            if concurrency != nil { throw ValidationError("--concurrency needs --csv") }
            if journal != nil { throw ValidationError("--journal needs --csv") }
            if delimiter != nil { throw ValidationError("--delimiter needs --csv") }
            if encoding != nil { throw ValidationError("--encoding needs --csv") }
        }
        if let concurrency, concurrency < 1 {
            throw ValidationError("--concurrency must be 1 or more, not \(concurrency)")
        }
        if let delimiter, CSVFormat.Delimiter(delimiter) == nil {
            throw ValidationError(
                "--delimiter must be ',', ';' or 'tab' (or comma, semicolon, '\\t'), not '\(delimiter)'")
        }
        if let encoding, CSVFormat.Encoding(encoding) == nil {
            throw ValidationError("--encoding must be utf-8 or windows-1251 (or utf8, cp1251), not '\(encoding)'")
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
