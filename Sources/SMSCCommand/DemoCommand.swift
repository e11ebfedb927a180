import ArgumentParser
import Foundation
import SMSC
import SMSCSandbox

/// `smsc demo`: the whole client against an in-process sandbox, no account and no network needed.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract:
            "Shows the client working against an in-process sandbox: cost, send, status until delivered, balance.",
        discussion:
            "Nothing leaves this machine: the sandbox listens on 127.0.0.1 on a free port and stops when the demo ends."
    )

    @Option(help: "The number to send to.")
    var phone: String = "79991234567"

    @Option(help: "The text to send.")
    var message: String = "Hello from Swift! Привет из Swift!"

    func run() async throws {
        let timeline = SandboxConfiguration.DeliveryTimeline(
            transferredAfter: .milliseconds(600),
            deliveredAfter: .milliseconds(1500)
        )
        let sandbox: SandboxServer
        do {
            sandbox = try await SandboxServer.start(configuration: SandboxConfiguration(deliveryTimeline: timeline))
        } catch {
            let failure = CommandFailure(
                kind: .transport,
                message: "the sandbox could not start on 127.0.0.1: \(error)"
            )
            failure.report(json: false)
            throw ExitCode(failure.exitCode)
        }
        let failure = await tour(sandbox)
        try? await sandbox.shutdown()
        if let failure {
            failure.report(json: false)
            throw ExitCode(failure.exitCode)
        }
    }

    /// Runs the four calls against `sandbox`; the failure that stopped them, if any.
    private func tour(_ sandbox: SandboxServer) async -> CommandFailure? {
        print("SMSC sandbox at \(sandbox.endpoint), in this process (login demo, password demo).")
        print("Nothing leaves this machine.")
        print("")
        let client: SMSCClient
        do {
            client = try SMSCClient(
                credentials: .login("demo", password: "demo"),
                configuration: .init(endpoint: SMSCEndpoint(url: sandbox.endpoint))
            )
        } catch {
            return CommandFailure(error)
        }
        let failure: CommandFailure?
        do throws(SMSCError) {
            failure = try await calls(client)
        } catch {
            failure = CommandFailure(error)
        }
        return failure
    }

    private func calls(_ client: SMSCClient) async throws(SMSCError) -> CommandFailure? {
        print("Sending \"\(message)\" to \(phone):")
        let estimate = try await client.cost(of: message, to: [phone])
        line("get_sms_cost", "SMSCCostEstimate: \(estimate.messageCount) SMS, cost \(MoneyFormat.text(estimate.amount))")

        let sent = try await client.send(message, to: [phone])
        let id = sent.id ?? SMSCMessageID("0")
        line(
            "send_sms",
            """
            SMSCSendResult: id \(id), \(sent.messageCount ?? 0) SMS, cost \
            \(sent.cost.map(MoneyFormat.text) ?? "not reported"), balance \
            \(sent.balance.map(MoneyFormat.text) ?? "not reported")
            """
        )

        var status = try await client.status(phone: phone, id: id, detail: .full)
        var shown: SMSCDeliveryStatus?
        let deadline = ContinuousClock.now + .seconds(30)
        while true {
            if status.deliveryStatus != shown {
                let when = status.lastChange.map { " at \(Self.time($0))" } ?? ""
                line(
                    "get_status",
                    "SMSCMessageStatus: \(status.deliveryStatus) (\(status.deliveryStatus.code))\(when), \"\(status.statusName ?? "")\""
                )
                shown = status.deliveryStatus
            }
            guard status.deliveryStatus.isPending else { break }
            guard ContinuousClock.now < deadline else {
                return CommandFailure(kind: .service, message: "message \(id) was still \(status.deliveryStatus) after 30 s")
            }
            // Delivered after 1.5 s: four or five requests, within SMSC's 5 status requests per message a minute,
            // which the client would otherwise wait for.
            try? await Task.sleep(for: .milliseconds(500))
            status = try await client.status(phone: phone, id: id, detail: .full)
        }

        let balance = try await client.balance()
        line("get_balance", "Balance: \(MoneyFormat.text(balance.amount))")
        print("")
        print("The sandbox stopped with the demo. Run your own: smsc sandbox --port 8080")
        return nil
    }

    private func line(_ operation: String, _ text: String) {
        print(operation.padding(toLength: 14, withPad: " ", startingAt: 0) + text)
    }

    private static func time(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).time(includingFractionalSeconds: false)) + " UTC"
    }
}
