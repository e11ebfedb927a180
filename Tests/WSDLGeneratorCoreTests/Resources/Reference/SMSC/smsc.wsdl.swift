// smsc-wsdl-gen wrote this file from smsc.wsdl; edit the WSDL instead, changes here are overwritten.
// Service `Service`, port `ServiceSoap`, binding `ServiceSoap` (SOAP 1.1, document/literal).

@_spi(Generated) public import SOAPRuntime
public import SOAPXML

/// The SOAP operations and types of `smsc.wsdl`.
///
/// Port type `ServiceSoap` through binding `ServiceSoap` (SOAP 1.1, document/literal) at port `ServiceSoap` of service `Service`.
public enum SMSCSOAP {
    /// The WSDL's `targetNamespace`, `soap:address` and namespace table.
    ///
    /// Requests rebase every URL on the address's origin onto the endpoint they are sent to; see
    /// `SOAPRuntime.SOAPAddressing`.
    public static let service = SOAPRuntime.SOAPServiceDescription(targetNamespace: "https://smsc.ru/sys/soap.php", address: "https://smsc.ru/sys/soap.php", namespaces: ["https://smsc.ru/sys/soap.php"], soapVersion: .soap11, rebasesOnEndpoint: true)
    /// The WSDL names of the port's operations, in WSDL order.
    public static let operationNames: [Swift.String] = ["get_balance", "send_sms", "send_sms2", "get_sms_cost", "get_sms_cost2", "get_status", "get_status2"]

    /// WSDL operation `get_balance` of port type `ServiceSoap`.
    ///
    /// Input element `balance`, output element `BalanceResponse`, soapAction `https://smsc.ru/sys/soap.php`.
    public enum GetBalance: SOAPRuntime.SOAPOperation {
        /// The input body element `balance`.
        public typealias Input = SMSCSOAP.GetBalanceRequest

        /// The output body element `BalanceResponse`.
        public typealias Output = SMSCSOAP.GetBalanceResponse

        /// The WSDL operation name.
        public static let operationName = "get_balance"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "https://smsc.ru/sys/soap.php"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            SMSCSOAP.service
        }
    }

    /// WSDL operation `send_sms` of port type `ServiceSoap`.
    ///
    /// Input element `send`, output element `SendResponse`, soapAction `https://smsc.ru/sys/soap.php`.
    public enum SendSMS: SOAPRuntime.SOAPOperation {
        /// The input body element `send`.
        public typealias Input = SMSCSOAP.SendSMSRequest

        /// The output body element `SendResponse`.
        public typealias Output = SMSCSOAP.SendSMSResponse

        /// The WSDL operation name.
        public static let operationName = "send_sms"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "https://smsc.ru/sys/soap.php"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            SMSCSOAP.service
        }
    }

    /// WSDL operation `send_sms2` of port type `ServiceSoap`.
    ///
    /// Input element `send2`, output element `Send2Response`, soapAction `https://smsc.ru/sys/soap.php`.
    public enum SendSMS2: SOAPRuntime.SOAPOperation {
        /// The input body element `send2`.
        public typealias Input = SMSCSOAP.SendSMS2Request

        /// The output body element `Send2Response`.
        public typealias Output = SMSCSOAP.SendSMS2Response

        /// The WSDL operation name.
        public static let operationName = "send_sms2"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "https://smsc.ru/sys/soap.php"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            SMSCSOAP.service
        }
    }

    /// WSDL operation `get_sms_cost` of port type `ServiceSoap`.
    ///
    /// Input element `cost`, output element `CostResponse`, soapAction `https://smsc.ru/sys/soap.php`.
    public enum GetSMSCost: SOAPRuntime.SOAPOperation {
        /// The input body element `cost`.
        public typealias Input = SMSCSOAP.GetSMSCostRequest

        /// The output body element `CostResponse`.
        public typealias Output = SMSCSOAP.GetSMSCostResponse

        /// The WSDL operation name.
        public static let operationName = "get_sms_cost"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "https://smsc.ru/sys/soap.php"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            SMSCSOAP.service
        }
    }

    /// WSDL operation `get_sms_cost2` of port type `ServiceSoap`.
    ///
    /// Input element `cost2`, output element `Cost2Response`, soapAction `https://smsc.ru/sys/soap.php`.
    public enum GetSMSCost2: SOAPRuntime.SOAPOperation {
        /// The input body element `cost2`.
        public typealias Input = SMSCSOAP.GetSMSCost2Request

        /// The output body element `Cost2Response`.
        public typealias Output = SMSCSOAP.GetSMSCost2Response

        /// The WSDL operation name.
        public static let operationName = "get_sms_cost2"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "https://smsc.ru/sys/soap.php"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            SMSCSOAP.service
        }
    }

    /// WSDL operation `get_status` of port type `ServiceSoap`.
    ///
    /// Input element `status`, output element `StatusResponse`, soapAction `https://smsc.ru/sys/soap.php`.
    public enum GetStatus: SOAPRuntime.SOAPOperation {
        /// The input body element `status`.
        public typealias Input = SMSCSOAP.GetStatusRequest

        /// The output body element `StatusResponse`.
        public typealias Output = SMSCSOAP.GetStatusResponse

        /// The WSDL operation name.
        public static let operationName = "get_status"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "https://smsc.ru/sys/soap.php"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            SMSCSOAP.service
        }
    }

    /// WSDL operation `get_status2` of port type `ServiceSoap`.
    ///
    /// Input element `status2`, output element `Status2Response`, soapAction `https://smsc.ru/sys/soap.php`.
    public enum GetStatus2: SOAPRuntime.SOAPOperation {
        /// The input body element `status2`.
        public typealias Input = SMSCSOAP.GetStatus2Request

        /// The output body element `Status2Response`.
        public typealias Output = SMSCSOAP.GetStatus2Response

        /// The WSDL operation name.
        public static let operationName = "get_status2"
        /// The `soap:operation` soapAction in the WSDL; requests rebase it onto their endpoint.
        public static let wsdlSOAPAction = "https://smsc.ru/sys/soap.php"

        /// The port this operation belongs to.
        public static var service: SOAPRuntime.SOAPServiceDescription {
            SMSCSOAP.service
        }
    }

    /// WSDL element `balance` (input of operation `get_balance`).
    public struct GetBalanceRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "balance"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `login`: xsd:string, required.
        public var login: Swift.String
        /// WSDL element `psw`: xsd:string, required.
        public var psw: Swift.String

        /// Creates a value from its fields.
        public init(login: Swift.String, psw: Swift.String) {
            self.login = login
            self.psw = psw
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 2)
            values["login"] = self.login.soapLexicalForm
            values["psw"] = self.psw.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("login", value: self.login)
            try writer.writeElement("psw", value: self.psw)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var login: Swift.String? = nil
            var psw: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "login":
                    login = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: login, from: child, in: element, xsdType: "xsd:string")
                case "psw":
                    psw = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: psw, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.login = try SOAPRuntime.SOAPDecoding.required(login, "login", in: element)
            self.psw = try SOAPRuntime.SOAPDecoding.required(psw, "psw", in: element)
        }
    }

    /// WSDL complexType `BalanceResponseType`.
    public struct BalanceResponseType: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `balance`: xsd:string, optional.
        public var balance: Swift.String?
        /// WSDL element `error`: xsd:string, optional.
        public var error: Swift.String?

        /// Creates a value from its fields.
        public init(balance: Swift.String? = nil, error: Swift.String? = nil) {
            self.balance = balance
            self.error = error
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 2)
            if let value = self.balance {
                values["balance"] = value.soapLexicalForm
            }
            if let value = self.error {
                values["error"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            if let value = self.balance {
                try writer.writeElement("balance", value: value)
            }
            if let value = self.error {
                try writer.writeElement("error", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var balance: Swift.String? = nil
            var error: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "balance":
                    balance = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: balance, from: child, in: element, xsdType: "xsd:string")
                case "error":
                    error = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: error, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.balance = balance
            self.error = error
        }
    }

    /// WSDL element `BalanceResponse` (output of operation `get_balance`).
    public struct GetBalanceResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "BalanceResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `balanceresult`: tns:BalanceResponseType, required.
        public var balanceresult: SMSCSOAP.BalanceResponseType

        /// Creates a value from its fields.
        public init(balanceresult: SMSCSOAP.BalanceResponseType) {
            self.balanceresult = balanceresult
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("balanceresult", value: self.balanceresult)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var balanceresult: SMSCSOAP.BalanceResponseType? = nil
            for child in element.children {
                switch child.localName {
                case "balanceresult":
                    balanceresult = try SOAPRuntime.SOAPDecoding.element(SMSCSOAP.BalanceResponseType.self, current: balanceresult, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.balanceresult = try SOAPRuntime.SOAPDecoding.required(balanceresult, "balanceresult", in: element)
        }
    }

    /// WSDL element `send` (input of operation `send_sms`).
    public struct SendSMSRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "send"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `login`: xsd:string, required.
        public var login: Swift.String
        /// WSDL element `psw`: xsd:string, required.
        public var psw: Swift.String
        /// WSDL element `phones`: xsd:string, required.
        public var phones: Swift.String
        /// WSDL element `mes`: xsd:string, required.
        public var mes: Swift.String
        /// WSDL element `id`: xsd:string, optional.
        public var id: Swift.String?
        /// WSDL element `sender`: xsd:string, optional.
        public var sender: Swift.String?
        /// WSDL element `time`: xsd:string, optional.
        public var time: Swift.String?

        /// Creates a value from its fields.
        public init(login: Swift.String, psw: Swift.String, phones: Swift.String, mes: Swift.String, id: Swift.String? = nil, sender: Swift.String? = nil, time: Swift.String? = nil) {
            self.login = login
            self.psw = psw
            self.phones = phones
            self.mes = mes
            self.id = id
            self.sender = sender
            self.time = time
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 7)
            values["login"] = self.login.soapLexicalForm
            values["psw"] = self.psw.soapLexicalForm
            values["phones"] = self.phones.soapLexicalForm
            values["mes"] = self.mes.soapLexicalForm
            if let value = self.id {
                values["id"] = value.soapLexicalForm
            }
            if let value = self.sender {
                values["sender"] = value.soapLexicalForm
            }
            if let value = self.time {
                values["time"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("login", value: self.login)
            try writer.writeElement("psw", value: self.psw)
            try writer.writeElement("phones", value: self.phones)
            try writer.writeElement("mes", value: self.mes)
            if let value = self.id {
                try writer.writeElement("id", value: value)
            }
            if let value = self.sender {
                try writer.writeElement("sender", value: value)
            }
            if let value = self.time {
                try writer.writeElement("time", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var login: Swift.String? = nil
            var psw: Swift.String? = nil
            var phones: Swift.String? = nil
            var mes: Swift.String? = nil
            var id: Swift.String? = nil
            var sender: Swift.String? = nil
            var time: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "login":
                    login = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: login, from: child, in: element, xsdType: "xsd:string")
                case "psw":
                    psw = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: psw, from: child, in: element, xsdType: "xsd:string")
                case "phones":
                    phones = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: phones, from: child, in: element, xsdType: "xsd:string")
                case "mes":
                    mes = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: mes, from: child, in: element, xsdType: "xsd:string")
                case "id":
                    id = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: id, from: child, in: element, xsdType: "xsd:string")
                case "sender":
                    sender = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: sender, from: child, in: element, xsdType: "xsd:string")
                case "time":
                    time = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: time, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.login = try SOAPRuntime.SOAPDecoding.required(login, "login", in: element)
            self.psw = try SOAPRuntime.SOAPDecoding.required(psw, "psw", in: element)
            self.phones = try SOAPRuntime.SOAPDecoding.required(phones, "phones", in: element)
            self.mes = try SOAPRuntime.SOAPDecoding.required(mes, "mes", in: element)
            self.id = id
            self.sender = sender
            self.time = time
        }
    }

    /// WSDL complexType `SendResponseType`.
    public struct SendResponseType: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `id`: xsd:string, optional.
        public var id: Swift.String?
        /// WSDL element `balance`: xsd:string, optional.
        public var balance: Swift.String?
        /// WSDL element `cost`: xsd:string, optional.
        public var cost: Swift.String?
        /// WSDL element `cnt`: xsd:string, optional.
        public var cnt: Swift.String?
        /// WSDL element `error`: xsd:string, optional.
        public var error: Swift.String?

        /// Creates a value from its fields.
        public init(id: Swift.String? = nil, balance: Swift.String? = nil, cost: Swift.String? = nil, cnt: Swift.String? = nil, error: Swift.String? = nil) {
            self.id = id
            self.balance = balance
            self.cost = cost
            self.cnt = cnt
            self.error = error
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 5)
            if let value = self.id {
                values["id"] = value.soapLexicalForm
            }
            if let value = self.balance {
                values["balance"] = value.soapLexicalForm
            }
            if let value = self.cost {
                values["cost"] = value.soapLexicalForm
            }
            if let value = self.cnt {
                values["cnt"] = value.soapLexicalForm
            }
            if let value = self.error {
                values["error"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            if let value = self.id {
                try writer.writeElement("id", value: value)
            }
            if let value = self.balance {
                try writer.writeElement("balance", value: value)
            }
            if let value = self.cost {
                try writer.writeElement("cost", value: value)
            }
            if let value = self.cnt {
                try writer.writeElement("cnt", value: value)
            }
            if let value = self.error {
                try writer.writeElement("error", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var id: Swift.String? = nil
            var balance: Swift.String? = nil
            var cost: Swift.String? = nil
            var cnt: Swift.String? = nil
            var error: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "id":
                    id = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: id, from: child, in: element, xsdType: "xsd:string")
                case "balance":
                    balance = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: balance, from: child, in: element, xsdType: "xsd:string")
                case "cost":
                    cost = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: cost, from: child, in: element, xsdType: "xsd:string")
                case "cnt":
                    cnt = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: cnt, from: child, in: element, xsdType: "xsd:string")
                case "error":
                    error = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: error, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.id = id
            self.balance = balance
            self.cost = cost
            self.cnt = cnt
            self.error = error
        }
    }

    /// WSDL element `SendResponse` (output of operation `send_sms`).
    public struct SendSMSResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "SendResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `sendresult`: tns:SendResponseType, required.
        public var sendresult: SMSCSOAP.SendResponseType

        /// Creates a value from its fields.
        public init(sendresult: SMSCSOAP.SendResponseType) {
            self.sendresult = sendresult
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("sendresult", value: self.sendresult)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var sendresult: SMSCSOAP.SendResponseType? = nil
            for child in element.children {
                switch child.localName {
                case "sendresult":
                    sendresult = try SOAPRuntime.SOAPDecoding.element(SMSCSOAP.SendResponseType.self, current: sendresult, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.sendresult = try SOAPRuntime.SOAPDecoding.required(sendresult, "sendresult", in: element)
        }
    }

    /// WSDL element `send2` (input of operation `send_sms2`).
    public struct SendSMS2Request: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "send2"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `login`: xsd:string, required.
        public var login: Swift.String
        /// WSDL element `psw`: xsd:string, required.
        public var psw: Swift.String
        /// WSDL element `phones`: xsd:string, required.
        public var phones: Swift.String
        /// WSDL element `mes`: xsd:string, required.
        public var mes: Swift.String
        /// WSDL element `id`: xsd:string, optional.
        public var id: Swift.String?
        /// WSDL element `sender`: xsd:string, optional.
        public var sender: Swift.String?
        /// WSDL element `time`: xsd:string, optional.
        public var time: Swift.String?
        /// WSDL element `query`: xsd:string, optional.
        public var query: Swift.String?

        /// Creates a value from its fields.
        public init(login: Swift.String, psw: Swift.String, phones: Swift.String, mes: Swift.String, id: Swift.String? = nil, sender: Swift.String? = nil, time: Swift.String? = nil, query: Swift.String? = nil) {
            self.login = login
            self.psw = psw
            self.phones = phones
            self.mes = mes
            self.id = id
            self.sender = sender
            self.time = time
            self.query = query
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 8)
            values["login"] = self.login.soapLexicalForm
            values["psw"] = self.psw.soapLexicalForm
            values["phones"] = self.phones.soapLexicalForm
            values["mes"] = self.mes.soapLexicalForm
            if let value = self.id {
                values["id"] = value.soapLexicalForm
            }
            if let value = self.sender {
                values["sender"] = value.soapLexicalForm
            }
            if let value = self.time {
                values["time"] = value.soapLexicalForm
            }
            if let value = self.query {
                values["query"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("login", value: self.login)
            try writer.writeElement("psw", value: self.psw)
            try writer.writeElement("phones", value: self.phones)
            try writer.writeElement("mes", value: self.mes)
            if let value = self.id {
                try writer.writeElement("id", value: value)
            }
            if let value = self.sender {
                try writer.writeElement("sender", value: value)
            }
            if let value = self.time {
                try writer.writeElement("time", value: value)
            }
            if let value = self.query {
                try writer.writeElement("query", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var login: Swift.String? = nil
            var psw: Swift.String? = nil
            var phones: Swift.String? = nil
            var mes: Swift.String? = nil
            var id: Swift.String? = nil
            var sender: Swift.String? = nil
            var time: Swift.String? = nil
            var query: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "login":
                    login = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: login, from: child, in: element, xsdType: "xsd:string")
                case "psw":
                    psw = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: psw, from: child, in: element, xsdType: "xsd:string")
                case "phones":
                    phones = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: phones, from: child, in: element, xsdType: "xsd:string")
                case "mes":
                    mes = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: mes, from: child, in: element, xsdType: "xsd:string")
                case "id":
                    id = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: id, from: child, in: element, xsdType: "xsd:string")
                case "sender":
                    sender = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: sender, from: child, in: element, xsdType: "xsd:string")
                case "time":
                    time = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: time, from: child, in: element, xsdType: "xsd:string")
                case "query":
                    query = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: query, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.login = try SOAPRuntime.SOAPDecoding.required(login, "login", in: element)
            self.psw = try SOAPRuntime.SOAPDecoding.required(psw, "psw", in: element)
            self.phones = try SOAPRuntime.SOAPDecoding.required(phones, "phones", in: element)
            self.mes = try SOAPRuntime.SOAPDecoding.required(mes, "mes", in: element)
            self.id = id
            self.sender = sender
            self.time = time
            self.query = query
        }
    }

    /// WSDL complexType `Error`.
    public struct ErrorType: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `phone`: xsd:string, required.
        public var phone: Swift.String
        /// WSDL element `status`: xsd:string, required.
        public var status: Swift.String

        /// Creates a value from its fields.
        public init(phone: Swift.String, status: Swift.String) {
            self.phone = phone
            self.status = status
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 2)
            values["phone"] = self.phone.soapLexicalForm
            values["status"] = self.status.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("phone", value: self.phone)
            try writer.writeElement("status", value: self.status)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var phone: Swift.String? = nil
            var status: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "phone":
                    phone = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: phone, from: child, in: element, xsdType: "xsd:string")
                case "status":
                    status = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: status, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.phone = try SOAPRuntime.SOAPDecoding.required(phone, "phone", in: element)
            self.status = try SOAPRuntime.SOAPDecoding.required(status, "status", in: element)
        }
    }

    /// WSDL complexType `Send2ResponseType`.
    public struct Send2ResponseType: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `id`: xsd:string, optional.
        public var id: Swift.String?
        /// WSDL element `balance`: xsd:string, optional.
        public var balance: Swift.String?
        /// WSDL element `cost`: xsd:string, optional.
        public var cost: Swift.String?
        /// WSDL element `cnt`: xsd:string, optional.
        public var cnt: Swift.String?
        /// WSDL element `error`: xsd:string, optional.
        public var error: Swift.String?
        /// WSDL element `errors`: tns:Error, 0 to unbounded times.
        public var errors: [SMSCSOAP.ErrorType]

        /// Creates a value from its fields.
        public init(id: Swift.String? = nil, balance: Swift.String? = nil, cost: Swift.String? = nil, cnt: Swift.String? = nil, error: Swift.String? = nil, errors: [SMSCSOAP.ErrorType] = []) {
            self.id = id
            self.balance = balance
            self.cost = cost
            self.cnt = cnt
            self.error = error
            self.errors = errors
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 5)
            if let value = self.id {
                values["id"] = value.soapLexicalForm
            }
            if let value = self.balance {
                values["balance"] = value.soapLexicalForm
            }
            if let value = self.cost {
                values["cost"] = value.soapLexicalForm
            }
            if let value = self.cnt {
                values["cnt"] = value.soapLexicalForm
            }
            if let value = self.error {
                values["error"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            if let value = self.id {
                try writer.writeElement("id", value: value)
            }
            if let value = self.balance {
                try writer.writeElement("balance", value: value)
            }
            if let value = self.cost {
                try writer.writeElement("cost", value: value)
            }
            if let value = self.cnt {
                try writer.writeElement("cnt", value: value)
            }
            if let value = self.error {
                try writer.writeElement("error", value: value)
            }
            for item in self.errors {
                try writer.writeElement("errors", value: item)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var id: Swift.String? = nil
            var balance: Swift.String? = nil
            var cost: Swift.String? = nil
            var cnt: Swift.String? = nil
            var error: Swift.String? = nil
            var errors: [SMSCSOAP.ErrorType] = []
            for child in element.children {
                switch child.localName {
                case "id":
                    id = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: id, from: child, in: element, xsdType: "xsd:string")
                case "balance":
                    balance = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: balance, from: child, in: element, xsdType: "xsd:string")
                case "cost":
                    cost = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: cost, from: child, in: element, xsdType: "xsd:string")
                case "cnt":
                    cnt = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: cnt, from: child, in: element, xsdType: "xsd:string")
                case "error":
                    error = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: error, from: child, in: element, xsdType: "xsd:string")
                case "errors":
                    errors.append(try SOAPRuntime.SOAPDecoding.elementItem(SMSCSOAP.ErrorType.self, from: child, in: element, index: errors.count))
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.id = id
            self.balance = balance
            self.cost = cost
            self.cnt = cnt
            self.error = error
            self.errors = errors
        }
    }

    /// WSDL element `Send2Response` (output of operation `send_sms2`).
    public struct SendSMS2Response: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "Send2Response"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `sendresult`: tns:Send2ResponseType, required.
        public var sendresult: SMSCSOAP.Send2ResponseType

        /// Creates a value from its fields.
        public init(sendresult: SMSCSOAP.Send2ResponseType) {
            self.sendresult = sendresult
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("sendresult", value: self.sendresult)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var sendresult: SMSCSOAP.Send2ResponseType? = nil
            for child in element.children {
                switch child.localName {
                case "sendresult":
                    sendresult = try SOAPRuntime.SOAPDecoding.element(SMSCSOAP.Send2ResponseType.self, current: sendresult, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.sendresult = try SOAPRuntime.SOAPDecoding.required(sendresult, "sendresult", in: element)
        }
    }

    /// WSDL element `cost` (input of operation `get_sms_cost`).
    public struct GetSMSCostRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "cost"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `login`: xsd:string, required.
        public var login: Swift.String
        /// WSDL element `psw`: xsd:string, required.
        public var psw: Swift.String
        /// WSDL element `phones`: xsd:string, required.
        public var phones: Swift.String
        /// WSDL element `mes`: xsd:string, required.
        public var mes: Swift.String

        /// Creates a value from its fields.
        public init(login: Swift.String, psw: Swift.String, phones: Swift.String, mes: Swift.String) {
            self.login = login
            self.psw = psw
            self.phones = phones
            self.mes = mes
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 4)
            values["login"] = self.login.soapLexicalForm
            values["psw"] = self.psw.soapLexicalForm
            values["phones"] = self.phones.soapLexicalForm
            values["mes"] = self.mes.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("login", value: self.login)
            try writer.writeElement("psw", value: self.psw)
            try writer.writeElement("phones", value: self.phones)
            try writer.writeElement("mes", value: self.mes)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var login: Swift.String? = nil
            var psw: Swift.String? = nil
            var phones: Swift.String? = nil
            var mes: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "login":
                    login = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: login, from: child, in: element, xsdType: "xsd:string")
                case "psw":
                    psw = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: psw, from: child, in: element, xsdType: "xsd:string")
                case "phones":
                    phones = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: phones, from: child, in: element, xsdType: "xsd:string")
                case "mes":
                    mes = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: mes, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.login = try SOAPRuntime.SOAPDecoding.required(login, "login", in: element)
            self.psw = try SOAPRuntime.SOAPDecoding.required(psw, "psw", in: element)
            self.phones = try SOAPRuntime.SOAPDecoding.required(phones, "phones", in: element)
            self.mes = try SOAPRuntime.SOAPDecoding.required(mes, "mes", in: element)
        }
    }

    /// WSDL complexType `CostResponseType`.
    public struct CostResponseType: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `cost`: xsd:string, optional.
        public var cost: Swift.String?
        /// WSDL element `cnt`: xsd:string, optional.
        public var cnt: Swift.String?
        /// WSDL element `error`: xsd:string, optional.
        public var error: Swift.String?

        /// Creates a value from its fields.
        public init(cost: Swift.String? = nil, cnt: Swift.String? = nil, error: Swift.String? = nil) {
            self.cost = cost
            self.cnt = cnt
            self.error = error
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 3)
            if let value = self.cost {
                values["cost"] = value.soapLexicalForm
            }
            if let value = self.cnt {
                values["cnt"] = value.soapLexicalForm
            }
            if let value = self.error {
                values["error"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            if let value = self.cost {
                try writer.writeElement("cost", value: value)
            }
            if let value = self.cnt {
                try writer.writeElement("cnt", value: value)
            }
            if let value = self.error {
                try writer.writeElement("error", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var cost: Swift.String? = nil
            var cnt: Swift.String? = nil
            var error: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "cost":
                    cost = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: cost, from: child, in: element, xsdType: "xsd:string")
                case "cnt":
                    cnt = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: cnt, from: child, in: element, xsdType: "xsd:string")
                case "error":
                    error = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: error, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.cost = cost
            self.cnt = cnt
            self.error = error
        }
    }

    /// WSDL element `CostResponse` (output of operation `get_sms_cost`).
    public struct GetSMSCostResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "CostResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `costresult`: tns:CostResponseType, required.
        public var costresult: SMSCSOAP.CostResponseType

        /// Creates a value from its fields.
        public init(costresult: SMSCSOAP.CostResponseType) {
            self.costresult = costresult
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("costresult", value: self.costresult)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var costresult: SMSCSOAP.CostResponseType? = nil
            for child in element.children {
                switch child.localName {
                case "costresult":
                    costresult = try SOAPRuntime.SOAPDecoding.element(SMSCSOAP.CostResponseType.self, current: costresult, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.costresult = try SOAPRuntime.SOAPDecoding.required(costresult, "costresult", in: element)
        }
    }

    /// WSDL element `cost2` (input of operation `get_sms_cost2`).
    public struct GetSMSCost2Request: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "cost2"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `login`: xsd:string, required.
        public var login: Swift.String
        /// WSDL element `psw`: xsd:string, required.
        public var psw: Swift.String
        /// WSDL element `phones`: xsd:string, required.
        public var phones: Swift.String
        /// WSDL element `mes`: xsd:string, required.
        public var mes: Swift.String
        /// WSDL element `query`: xsd:string, required.
        public var query: Swift.String

        /// Creates a value from its fields.
        public init(login: Swift.String, psw: Swift.String, phones: Swift.String, mes: Swift.String, query: Swift.String) {
            self.login = login
            self.psw = psw
            self.phones = phones
            self.mes = mes
            self.query = query
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 5)
            values["login"] = self.login.soapLexicalForm
            values["psw"] = self.psw.soapLexicalForm
            values["phones"] = self.phones.soapLexicalForm
            values["mes"] = self.mes.soapLexicalForm
            values["query"] = self.query.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("login", value: self.login)
            try writer.writeElement("psw", value: self.psw)
            try writer.writeElement("phones", value: self.phones)
            try writer.writeElement("mes", value: self.mes)
            try writer.writeElement("query", value: self.query)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var login: Swift.String? = nil
            var psw: Swift.String? = nil
            var phones: Swift.String? = nil
            var mes: Swift.String? = nil
            var query: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "login":
                    login = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: login, from: child, in: element, xsdType: "xsd:string")
                case "psw":
                    psw = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: psw, from: child, in: element, xsdType: "xsd:string")
                case "phones":
                    phones = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: phones, from: child, in: element, xsdType: "xsd:string")
                case "mes":
                    mes = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: mes, from: child, in: element, xsdType: "xsd:string")
                case "query":
                    query = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: query, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.login = try SOAPRuntime.SOAPDecoding.required(login, "login", in: element)
            self.psw = try SOAPRuntime.SOAPDecoding.required(psw, "psw", in: element)
            self.phones = try SOAPRuntime.SOAPDecoding.required(phones, "phones", in: element)
            self.mes = try SOAPRuntime.SOAPDecoding.required(mes, "mes", in: element)
            self.query = try SOAPRuntime.SOAPDecoding.required(query, "query", in: element)
        }
    }

    /// WSDL complexType `Cost2ResponseType`.
    public struct Cost2ResponseType: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `cost`: xsd:string, optional.
        public var cost: Swift.String?
        /// WSDL element `cnt`: xsd:string, optional.
        public var cnt: Swift.String?
        /// WSDL element `error`: xsd:string, optional.
        public var error: Swift.String?

        /// Creates a value from its fields.
        public init(cost: Swift.String? = nil, cnt: Swift.String? = nil, error: Swift.String? = nil) {
            self.cost = cost
            self.cnt = cnt
            self.error = error
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 3)
            if let value = self.cost {
                values["cost"] = value.soapLexicalForm
            }
            if let value = self.cnt {
                values["cnt"] = value.soapLexicalForm
            }
            if let value = self.error {
                values["error"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            if let value = self.cost {
                try writer.writeElement("cost", value: value)
            }
            if let value = self.cnt {
                try writer.writeElement("cnt", value: value)
            }
            if let value = self.error {
                try writer.writeElement("error", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var cost: Swift.String? = nil
            var cnt: Swift.String? = nil
            var error: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "cost":
                    cost = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: cost, from: child, in: element, xsdType: "xsd:string")
                case "cnt":
                    cnt = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: cnt, from: child, in: element, xsdType: "xsd:string")
                case "error":
                    error = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: error, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.cost = cost
            self.cnt = cnt
            self.error = error
        }
    }

    /// WSDL element `Cost2Response` (output of operation `get_sms_cost2`).
    public struct GetSMSCost2Response: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "Cost2Response"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `costresult`: tns:Cost2ResponseType, required.
        public var costresult: SMSCSOAP.Cost2ResponseType

        /// Creates a value from its fields.
        public init(costresult: SMSCSOAP.Cost2ResponseType) {
            self.costresult = costresult
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("costresult", value: self.costresult)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var costresult: SMSCSOAP.Cost2ResponseType? = nil
            for child in element.children {
                switch child.localName {
                case "costresult":
                    costresult = try SOAPRuntime.SOAPDecoding.element(SMSCSOAP.Cost2ResponseType.self, current: costresult, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.costresult = try SOAPRuntime.SOAPDecoding.required(costresult, "costresult", in: element)
        }
    }

    /// WSDL element `status` (input of operation `get_status`).
    public struct GetStatusRequest: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "status"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `login`: xsd:string, required.
        public var login: Swift.String
        /// WSDL element `psw`: xsd:string, required.
        public var psw: Swift.String
        /// WSDL element `phone`: xsd:string, required.
        public var phone: Swift.String
        /// WSDL element `id`: xsd:string, required.
        public var id: Swift.String
        /// WSDL element `all`: xsd:string, optional.
        public var all: Swift.String?

        /// Creates a value from its fields.
        public init(login: Swift.String, psw: Swift.String, phone: Swift.String, id: Swift.String, all: Swift.String? = nil) {
            self.login = login
            self.psw = psw
            self.phone = phone
            self.id = id
            self.all = all
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 5)
            values["login"] = self.login.soapLexicalForm
            values["psw"] = self.psw.soapLexicalForm
            values["phone"] = self.phone.soapLexicalForm
            values["id"] = self.id.soapLexicalForm
            if let value = self.all {
                values["all"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("login", value: self.login)
            try writer.writeElement("psw", value: self.psw)
            try writer.writeElement("phone", value: self.phone)
            try writer.writeElement("id", value: self.id)
            if let value = self.all {
                try writer.writeElement("all", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var login: Swift.String? = nil
            var psw: Swift.String? = nil
            var phone: Swift.String? = nil
            var id: Swift.String? = nil
            var all: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "login":
                    login = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: login, from: child, in: element, xsdType: "xsd:string")
                case "psw":
                    psw = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: psw, from: child, in: element, xsdType: "xsd:string")
                case "phone":
                    phone = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: phone, from: child, in: element, xsdType: "xsd:string")
                case "id":
                    id = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: id, from: child, in: element, xsdType: "xsd:string")
                case "all":
                    all = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: all, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.login = try SOAPRuntime.SOAPDecoding.required(login, "login", in: element)
            self.psw = try SOAPRuntime.SOAPDecoding.required(psw, "psw", in: element)
            self.phone = try SOAPRuntime.SOAPDecoding.required(phone, "phone", in: element)
            self.id = try SOAPRuntime.SOAPDecoding.required(id, "id", in: element)
            self.all = all
        }
    }

    /// WSDL complexType `StatusResponseType`.
    public struct StatusResponseType: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `status`: xsd:string, optional.
        public var status: Swift.String?
        /// WSDL element `last_date`: xsd:string, optional.
        public var lastDate: Swift.String?
        /// WSDL element `last_timestamp`: xsd:string, optional.
        public var lastTimestamp: Swift.String?
        /// WSDL element `err`: xsd:string, optional.
        public var err: Swift.String?
        /// WSDL element `error`: xsd:string, optional.
        public var error: Swift.String?
        /// WSDL element `send_date`: xsd:string, optional.
        public var sendDate: Swift.String?
        /// WSDL element `send_timestamp`: xsd:string, optional.
        public var sendTimestamp: Swift.String?
        /// WSDL element `phone`: xsd:string, optional.
        public var phone: Swift.String?
        /// WSDL element `cost`: xsd:string, optional.
        public var cost: Swift.String?
        /// WSDL element `sender_id`: xsd:string, optional.
        public var senderID: Swift.String?
        /// WSDL element `status_name`: xsd:string, optional.
        public var statusName: Swift.String?
        /// WSDL element `message`: xsd:string, optional.
        public var message: Swift.String?
        /// WSDL element `operator`: xsd:string, optional.
        public var `operator`: Swift.String?
        /// WSDL element `region`: xsd:string, optional.
        public var region: Swift.String?

        /// Creates a value from its fields.
        public init(status: Swift.String? = nil, lastDate: Swift.String? = nil, lastTimestamp: Swift.String? = nil, err: Swift.String? = nil, error: Swift.String? = nil, sendDate: Swift.String? = nil, sendTimestamp: Swift.String? = nil, phone: Swift.String? = nil, cost: Swift.String? = nil, senderID: Swift.String? = nil, statusName: Swift.String? = nil, message: Swift.String? = nil, `operator`: Swift.String? = nil, region: Swift.String? = nil) {
            self.status = status
            self.lastDate = lastDate
            self.lastTimestamp = lastTimestamp
            self.err = err
            self.error = error
            self.sendDate = sendDate
            self.sendTimestamp = sendTimestamp
            self.phone = phone
            self.cost = cost
            self.senderID = senderID
            self.statusName = statusName
            self.message = message
            self.operator = `operator`
            self.region = region
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 14)
            if let value = self.status {
                values["status"] = value.soapLexicalForm
            }
            if let value = self.lastDate {
                values["last_date"] = value.soapLexicalForm
            }
            if let value = self.lastTimestamp {
                values["last_timestamp"] = value.soapLexicalForm
            }
            if let value = self.err {
                values["err"] = value.soapLexicalForm
            }
            if let value = self.error {
                values["error"] = value.soapLexicalForm
            }
            if let value = self.sendDate {
                values["send_date"] = value.soapLexicalForm
            }
            if let value = self.sendTimestamp {
                values["send_timestamp"] = value.soapLexicalForm
            }
            if let value = self.phone {
                values["phone"] = value.soapLexicalForm
            }
            if let value = self.cost {
                values["cost"] = value.soapLexicalForm
            }
            if let value = self.senderID {
                values["sender_id"] = value.soapLexicalForm
            }
            if let value = self.statusName {
                values["status_name"] = value.soapLexicalForm
            }
            if let value = self.message {
                values["message"] = value.soapLexicalForm
            }
            if let value = self.operator {
                values["operator"] = value.soapLexicalForm
            }
            if let value = self.region {
                values["region"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            if let value = self.status {
                try writer.writeElement("status", value: value)
            }
            if let value = self.lastDate {
                try writer.writeElement("last_date", value: value)
            }
            if let value = self.lastTimestamp {
                try writer.writeElement("last_timestamp", value: value)
            }
            if let value = self.err {
                try writer.writeElement("err", value: value)
            }
            if let value = self.error {
                try writer.writeElement("error", value: value)
            }
            if let value = self.sendDate {
                try writer.writeElement("send_date", value: value)
            }
            if let value = self.sendTimestamp {
                try writer.writeElement("send_timestamp", value: value)
            }
            if let value = self.phone {
                try writer.writeElement("phone", value: value)
            }
            if let value = self.cost {
                try writer.writeElement("cost", value: value)
            }
            if let value = self.senderID {
                try writer.writeElement("sender_id", value: value)
            }
            if let value = self.statusName {
                try writer.writeElement("status_name", value: value)
            }
            if let value = self.message {
                try writer.writeElement("message", value: value)
            }
            if let value = self.operator {
                try writer.writeElement("operator", value: value)
            }
            if let value = self.region {
                try writer.writeElement("region", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var status: Swift.String? = nil
            var lastDate: Swift.String? = nil
            var lastTimestamp: Swift.String? = nil
            var err: Swift.String? = nil
            var error: Swift.String? = nil
            var sendDate: Swift.String? = nil
            var sendTimestamp: Swift.String? = nil
            var phone: Swift.String? = nil
            var cost: Swift.String? = nil
            var senderID: Swift.String? = nil
            var statusName: Swift.String? = nil
            var message: Swift.String? = nil
            var `operator`: Swift.String? = nil
            var region: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "status":
                    status = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: status, from: child, in: element, xsdType: "xsd:string")
                case "last_date":
                    lastDate = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: lastDate, from: child, in: element, xsdType: "xsd:string")
                case "last_timestamp":
                    lastTimestamp = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: lastTimestamp, from: child, in: element, xsdType: "xsd:string")
                case "err":
                    err = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: err, from: child, in: element, xsdType: "xsd:string")
                case "error":
                    error = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: error, from: child, in: element, xsdType: "xsd:string")
                case "send_date":
                    sendDate = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: sendDate, from: child, in: element, xsdType: "xsd:string")
                case "send_timestamp":
                    sendTimestamp = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: sendTimestamp, from: child, in: element, xsdType: "xsd:string")
                case "phone":
                    phone = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: phone, from: child, in: element, xsdType: "xsd:string")
                case "cost":
                    cost = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: cost, from: child, in: element, xsdType: "xsd:string")
                case "sender_id":
                    senderID = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: senderID, from: child, in: element, xsdType: "xsd:string")
                case "status_name":
                    statusName = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: statusName, from: child, in: element, xsdType: "xsd:string")
                case "message":
                    message = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: message, from: child, in: element, xsdType: "xsd:string")
                case "operator":
                    `operator` = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: `operator`, from: child, in: element, xsdType: "xsd:string")
                case "region":
                    region = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: region, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.status = status
            self.lastDate = lastDate
            self.lastTimestamp = lastTimestamp
            self.err = err
            self.error = error
            self.sendDate = sendDate
            self.sendTimestamp = sendTimestamp
            self.phone = phone
            self.cost = cost
            self.senderID = senderID
            self.statusName = statusName
            self.message = message
            self.operator = `operator`
            self.region = region
        }
    }

    /// WSDL element `StatusResponse` (output of operation `get_status`).
    public struct GetStatusResponse: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "StatusResponse"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `statusresult`: tns:StatusResponseType, required.
        public var statusresult: SMSCSOAP.StatusResponseType

        /// Creates a value from its fields.
        public init(statusresult: SMSCSOAP.StatusResponseType) {
            self.statusresult = statusresult
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("statusresult", value: self.statusresult)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var statusresult: SMSCSOAP.StatusResponseType? = nil
            for child in element.children {
                switch child.localName {
                case "statusresult":
                    statusresult = try SOAPRuntime.SOAPDecoding.element(SMSCSOAP.StatusResponseType.self, current: statusresult, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.statusresult = try SOAPRuntime.SOAPDecoding.required(statusresult, "statusresult", in: element)
        }
    }

    /// WSDL element `status2` (input of operation `get_status2`).
    public struct GetStatus2Request: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "status2"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `login`: xsd:string, required.
        public var login: Swift.String
        /// WSDL element `psw`: xsd:string, required.
        public var psw: Swift.String
        /// WSDL element `phone`: xsd:string, required.
        public var phone: Swift.String
        /// WSDL element `id`: xsd:string, required.
        public var id: Swift.String
        /// WSDL element `all`: xsd:string, optional.
        public var all: Swift.String?
        /// WSDL element `query`: xsd:string, required.
        public var query: Swift.String

        /// Creates a value from its fields.
        public init(login: Swift.String, psw: Swift.String, phone: Swift.String, id: Swift.String, all: Swift.String? = nil, query: Swift.String) {
            self.login = login
            self.psw = psw
            self.phone = phone
            self.id = id
            self.all = all
            self.query = query
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 6)
            values["login"] = self.login.soapLexicalForm
            values["psw"] = self.psw.soapLexicalForm
            values["phone"] = self.phone.soapLexicalForm
            values["id"] = self.id.soapLexicalForm
            if let value = self.all {
                values["all"] = value.soapLexicalForm
            }
            values["query"] = self.query.soapLexicalForm
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("login", value: self.login)
            try writer.writeElement("psw", value: self.psw)
            try writer.writeElement("phone", value: self.phone)
            try writer.writeElement("id", value: self.id)
            if let value = self.all {
                try writer.writeElement("all", value: value)
            }
            try writer.writeElement("query", value: self.query)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var login: Swift.String? = nil
            var psw: Swift.String? = nil
            var phone: Swift.String? = nil
            var id: Swift.String? = nil
            var all: Swift.String? = nil
            var query: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "login":
                    login = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: login, from: child, in: element, xsdType: "xsd:string")
                case "psw":
                    psw = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: psw, from: child, in: element, xsdType: "xsd:string")
                case "phone":
                    phone = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: phone, from: child, in: element, xsdType: "xsd:string")
                case "id":
                    id = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: id, from: child, in: element, xsdType: "xsd:string")
                case "all":
                    all = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: all, from: child, in: element, xsdType: "xsd:string")
                case "query":
                    query = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: query, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.login = try SOAPRuntime.SOAPDecoding.required(login, "login", in: element)
            self.psw = try SOAPRuntime.SOAPDecoding.required(psw, "psw", in: element)
            self.phone = try SOAPRuntime.SOAPDecoding.required(phone, "phone", in: element)
            self.id = try SOAPRuntime.SOAPDecoding.required(id, "id", in: element)
            self.all = all
            self.query = try SOAPRuntime.SOAPDecoding.required(query, "query", in: element)
        }
    }

    /// WSDL complexType `Status2ResponseType`.
    public struct Status2ResponseType: SOAPRuntime.SOAPElementCodable, Swift.Hashable {
        /// WSDL element `status`: xsd:string, optional.
        public var status: Swift.String?
        /// WSDL element `last_date`: xsd:string, optional.
        public var lastDate: Swift.String?
        /// WSDL element `last_timestamp`: xsd:string, optional.
        public var lastTimestamp: Swift.String?
        /// WSDL element `err`: xsd:string, optional.
        public var err: Swift.String?
        /// WSDL element `error`: xsd:string, optional.
        public var error: Swift.String?
        /// WSDL element `send_date`: xsd:string, optional.
        public var sendDate: Swift.String?
        /// WSDL element `send_timestamp`: xsd:string, optional.
        public var sendTimestamp: Swift.String?
        /// WSDL element `phone`: xsd:string, optional.
        public var phone: Swift.String?
        /// WSDL element `cost`: xsd:string, optional.
        public var cost: Swift.String?
        /// WSDL element `sender_id`: xsd:string, optional.
        public var senderID: Swift.String?
        /// WSDL element `status_name`: xsd:string, optional.
        public var statusName: Swift.String?
        /// WSDL element `message`: xsd:string, optional.
        public var message: Swift.String?
        /// WSDL element `operator`: xsd:string, optional.
        public var `operator`: Swift.String?
        /// WSDL element `region`: xsd:string, optional.
        public var region: Swift.String?

        /// Creates a value from its fields.
        public init(status: Swift.String? = nil, lastDate: Swift.String? = nil, lastTimestamp: Swift.String? = nil, err: Swift.String? = nil, error: Swift.String? = nil, sendDate: Swift.String? = nil, sendTimestamp: Swift.String? = nil, phone: Swift.String? = nil, cost: Swift.String? = nil, senderID: Swift.String? = nil, statusName: Swift.String? = nil, message: Swift.String? = nil, `operator`: Swift.String? = nil, region: Swift.String? = nil) {
            self.status = status
            self.lastDate = lastDate
            self.lastTimestamp = lastTimestamp
            self.err = err
            self.error = error
            self.sendDate = sendDate
            self.sendTimestamp = sendTimestamp
            self.phone = phone
            self.cost = cost
            self.senderID = senderID
            self.statusName = statusName
            self.message = message
            self.operator = `operator`
            self.region = region
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            var values = [Swift.String: Swift.String](minimumCapacity: 14)
            if let value = self.status {
                values["status"] = value.soapLexicalForm
            }
            if let value = self.lastDate {
                values["last_date"] = value.soapLexicalForm
            }
            if let value = self.lastTimestamp {
                values["last_timestamp"] = value.soapLexicalForm
            }
            if let value = self.err {
                values["err"] = value.soapLexicalForm
            }
            if let value = self.error {
                values["error"] = value.soapLexicalForm
            }
            if let value = self.sendDate {
                values["send_date"] = value.soapLexicalForm
            }
            if let value = self.sendTimestamp {
                values["send_timestamp"] = value.soapLexicalForm
            }
            if let value = self.phone {
                values["phone"] = value.soapLexicalForm
            }
            if let value = self.cost {
                values["cost"] = value.soapLexicalForm
            }
            if let value = self.senderID {
                values["sender_id"] = value.soapLexicalForm
            }
            if let value = self.statusName {
                values["status_name"] = value.soapLexicalForm
            }
            if let value = self.message {
                values["message"] = value.soapLexicalForm
            }
            if let value = self.operator {
                values["operator"] = value.soapLexicalForm
            }
            if let value = self.region {
                values["region"] = value.soapLexicalForm
            }
            return values
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            if let value = self.status {
                try writer.writeElement("status", value: value)
            }
            if let value = self.lastDate {
                try writer.writeElement("last_date", value: value)
            }
            if let value = self.lastTimestamp {
                try writer.writeElement("last_timestamp", value: value)
            }
            if let value = self.err {
                try writer.writeElement("err", value: value)
            }
            if let value = self.error {
                try writer.writeElement("error", value: value)
            }
            if let value = self.sendDate {
                try writer.writeElement("send_date", value: value)
            }
            if let value = self.sendTimestamp {
                try writer.writeElement("send_timestamp", value: value)
            }
            if let value = self.phone {
                try writer.writeElement("phone", value: value)
            }
            if let value = self.cost {
                try writer.writeElement("cost", value: value)
            }
            if let value = self.senderID {
                try writer.writeElement("sender_id", value: value)
            }
            if let value = self.statusName {
                try writer.writeElement("status_name", value: value)
            }
            if let value = self.message {
                try writer.writeElement("message", value: value)
            }
            if let value = self.operator {
                try writer.writeElement("operator", value: value)
            }
            if let value = self.region {
                try writer.writeElement("region", value: value)
            }
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var status: Swift.String? = nil
            var lastDate: Swift.String? = nil
            var lastTimestamp: Swift.String? = nil
            var err: Swift.String? = nil
            var error: Swift.String? = nil
            var sendDate: Swift.String? = nil
            var sendTimestamp: Swift.String? = nil
            var phone: Swift.String? = nil
            var cost: Swift.String? = nil
            var senderID: Swift.String? = nil
            var statusName: Swift.String? = nil
            var message: Swift.String? = nil
            var `operator`: Swift.String? = nil
            var region: Swift.String? = nil
            for child in element.children {
                switch child.localName {
                case "status":
                    status = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: status, from: child, in: element, xsdType: "xsd:string")
                case "last_date":
                    lastDate = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: lastDate, from: child, in: element, xsdType: "xsd:string")
                case "last_timestamp":
                    lastTimestamp = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: lastTimestamp, from: child, in: element, xsdType: "xsd:string")
                case "err":
                    err = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: err, from: child, in: element, xsdType: "xsd:string")
                case "error":
                    error = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: error, from: child, in: element, xsdType: "xsd:string")
                case "send_date":
                    sendDate = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: sendDate, from: child, in: element, xsdType: "xsd:string")
                case "send_timestamp":
                    sendTimestamp = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: sendTimestamp, from: child, in: element, xsdType: "xsd:string")
                case "phone":
                    phone = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: phone, from: child, in: element, xsdType: "xsd:string")
                case "cost":
                    cost = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: cost, from: child, in: element, xsdType: "xsd:string")
                case "sender_id":
                    senderID = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: senderID, from: child, in: element, xsdType: "xsd:string")
                case "status_name":
                    statusName = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: statusName, from: child, in: element, xsdType: "xsd:string")
                case "message":
                    message = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: message, from: child, in: element, xsdType: "xsd:string")
                case "operator":
                    `operator` = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: `operator`, from: child, in: element, xsdType: "xsd:string")
                case "region":
                    region = try SOAPRuntime.SOAPDecoding.scalar(Swift.String.self, current: region, from: child, in: element, xsdType: "xsd:string")
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.status = status
            self.lastDate = lastDate
            self.lastTimestamp = lastTimestamp
            self.err = err
            self.error = error
            self.sendDate = sendDate
            self.sendTimestamp = sendTimestamp
            self.phone = phone
            self.cost = cost
            self.senderID = senderID
            self.statusName = statusName
            self.message = message
            self.operator = `operator`
            self.region = region
        }
    }

    /// WSDL element `Status2Response` (output of operation `get_status2`).
    public struct GetStatus2Response: SOAPRuntime.SOAPBodyElement, Swift.Hashable {
        /// The body element's name.
        public static let elementName = "Status2Response"
        /// The body element's namespace in the namespace table (`ns1`).
        public static let namespaceIndex = 1
        /// WSDL element `statusresult`: tns:Status2ResponseType, required.
        public var statusresult: SMSCSOAP.Status2ResponseType

        /// Creates a value from its fields.
        public init(statusresult: SMSCSOAP.Status2ResponseType) {
            self.statusresult = statusresult
        }

        /// The simple fields that are present, by wire name, in their XML Schema lexical form (repeated and complex
        /// fields are not included).
        public var lexicalValues: [Swift.String: Swift.String] {
            [:]
        }

        /// Writes the children of this element in schema order.
        public func encodeContent(to writer: inout SOAPRuntime.SOAPXMLWriter) throws(SOAPRuntime.SOAPEncodingError) {
            try writer.writeElement("statusresult", value: self.statusresult)
        }

        /// Reads the element's children by local name, in any order; unknown children are skipped.
        ///
        /// - Throws: `SOAPDecodingError` when a required child is missing, a single child repeats or a value does not parse.
        public init(decoding element: SOAPXML.XMLTree.Element) throws(SOAPRuntime.SOAPDecodingError) {
            var statusresult: SMSCSOAP.Status2ResponseType? = nil
            for child in element.children {
                switch child.localName {
                case "statusresult":
                    statusresult = try SOAPRuntime.SOAPDecoding.element(SMSCSOAP.Status2ResponseType.self, current: statusresult, from: child, in: element)
                default:
                    // Elements the schema does not list are skipped: services add fields over time.
                    continue
                }
            }
            self.statusresult = try SOAPRuntime.SOAPDecoding.required(statusresult, "statusresult", in: element)
        }
    }
}
