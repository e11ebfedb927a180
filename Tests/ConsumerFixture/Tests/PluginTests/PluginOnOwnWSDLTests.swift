import Foundation
import InventoryClient
import SOAPNIOTransport
import SOAPRuntime
import Testing

/// A user's own WSDL through the plugin: the generated client posts to a loopback server, with its API key in a
/// `soap:header`, and decodes its reply and the reply's attribute, with the WSDL's namespace and soapAction as they
/// are (this configuration does not rebase them onto the endpoint).
struct PluginOnOwnWSDLTests {
    @Test func theGeneratedClientCallsALoopbackServer() async throws {
        let reply = """
            <?xml version="1.0" encoding="UTF-8"?>
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>\
            <StockLevelResponse xmlns="https://inventory.example.com/ns" unit="box"><available>42</available><reserved>3</reserved></StockLevelResponse>\
            </s:Body></s:Envelope>
            """
        let server = try await LoopbackSOAPServer.start(reply: reply)
        let transport = NIOHTTP1Transport()
        do {
            let client = SOAPClient(transport: transport)
            let addressing = try SOAPAddressing(
                endpoint: "http://127.0.0.1:\(server.port)/soap", service: InventorySOAP.service)
            let level = try await client.send(
                InventorySOAP.StockLevel.self,
                .init(sku: "A-1", warehouse: "north"),
                header: .init(apiKey: "k-123"),
                addressing: addressing
            ).body
            #expect(level.available == 42)
            #expect(level.reserved == 3)
            #expect(level.updated == nil)
            #expect(level.unit == "box")

            let request = try #require(server.requests.first)
            #expect(request.path == "/soap")
            #expect(request.soapAction == "\"https://inventory.example.com/ns/StockLevel\"")
            #expect(request.body.contains(#"xmlns:ns1="https://inventory.example.com/ns""#))
            #expect(request.body.contains("<SOAP-ENV:Header><ns1:ApiKey>k-123</ns1:ApiKey></SOAP-ENV:Header>"))
            #expect(
                request.body.contains(
                    "<ns1:StockLevel><ns1:sku>A-1</ns1:sku><ns1:warehouse>north</ns1:warehouse></ns1:StockLevel>"))
        } catch {
            await transport.shutdown()
            try await server.stop()
            throw error
        }
        await transport.shutdown()
        try await server.stop()
    }
}
