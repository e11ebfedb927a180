import Foundation
import PortsFixture
import SOAPRuntime
import SOAPXML
import Synchronization
import Testing

/// Several ports: the first SOAP 1.1 port at the top of the namespace and every other SOAP port in an enum of its own,
/// all sharing the types; each operation posts with its own port's SOAP version, address and soapAction.
struct PortsTests {
    @Test func eachPortHasItsOwnAddressVersionAndActions() {
        #expect(PortsSOAP.service.soapVersion == .soap11)
        #expect(PortsSOAP.service.address == "http://127.0.0.1:8080/calculator")
        #expect(PortsSOAP.CalculatorSOAP12.service.soapVersion == .soap12)
        #expect(PortsSOAP.CalculatorSOAP12.service.address == "http://127.0.0.1:8080/calculator12")
        #expect(PortsSOAP.AdminSOAP.operationNames == ["reset", "add"])
        #expect(PortsSOAP.AdminSOAP.Add.wsdlSOAPAction == "urn:example:ports#adminAdd")
        #expect(PortsSOAP.AdminSOAP12.service.address == "")
        // The ports share the element types.
        #expect(PortsSOAP.AdminSOAP.Add.Input.self == PortsSOAP.Add.Input.self)
    }

    @Test func callsOnEachPortUseItsSOAPVersionAndAction() async throws {
        let seen = Mutex<[(String, String, String)]>([])
        let client = SOAPClient(
            transport: SOAPClosureTransport { call in
                let request = call.request
                let contentType = request.headers["Content-Type"] ?? ""
                seen.withLock { $0.append((request.url, request.soapAction, contentType)) }
                let envelope =
                    request.soapVersion == .soap11
                    ? "http://schemas.xmlsoap.org/soap/envelope/" : "http://www.w3.org/2003/05/soap-envelope"
                let reply =
                    #"<e:Envelope xmlns:e="\#(envelope)"><e:Body><p:addResponse xmlns:p="urn:example:ports"><p:sum>5</p:sum></p:addResponse></e:Body></e:Envelope>"#
                return SOAPHTTPResponse(status: 200, body: Array(reply.utf8))
            }
        )
        let input = PortsSOAP.AddRequest(a: 2, b: 3)
        let soap11 = try await client.send(
            PortsSOAP.Add.self, input,
            addressing: SOAPAddressing(endpoint: PortsSOAP.service.address, service: PortsSOAP.service)
        ).body
        let soap12 = try await client.send(
            PortsSOAP.CalculatorSOAP12.Add.self,
            input,
            addressing: SOAPAddressing(
                endpoint: PortsSOAP.CalculatorSOAP12.service.address, service: PortsSOAP.CalculatorSOAP12.service)
        ).body
        let admin = try await client.send(
            PortsSOAP.AdminSOAP12.Add.self,
            input,
            addressing: SOAPAddressing(
                endpoint: "http://127.0.0.1:8080/admin12", service: PortsSOAP.AdminSOAP12.service)
        ).body
        #expect([soap11.sum, soap12.sum, admin.sum] == [5, 5, 5])
        let requests = seen.withLock { $0 }
        #expect(
            requests.map(\.0) == [
                "http://127.0.0.1:8080/calculator", "http://127.0.0.1:8080/calculator12",
                "http://127.0.0.1:8080/admin12",
            ])
        #expect(requests.map(\.1) == ["urn:example:ports#add", "urn:example:ports#add", "urn:example:ports#adminAdd"])
        #expect(requests[0].2.hasPrefix("text/xml"))
        #expect(requests[1].2.hasPrefix("application/soap+xml"))
        #expect(requests[2].2.contains(#"action="urn:example:ports#adminAdd""#))
    }
}
