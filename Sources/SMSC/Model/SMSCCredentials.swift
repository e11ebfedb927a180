import SOAPRuntime

/// How the client authenticates: login and password, or an API key.
///
/// Descriptions never show the secrets: `print(credentials)` and `debugPrint(credentials)` mask them.
public struct SMSCCredentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    enum Storage: Sendable, Hashable {
        case password(login: String, password: String)
        case apiKey(String)
    }

    let storage: Storage

    /// The account's login and password (`psw`).
    public static func login(_ login: String, password: String) -> SMSCCredentials {
        SMSCCredentials(storage: .password(login: login, password: password))
    }

    /// An API key for simplified authorisation. SOAP carries it as `apikey=KEY` in the `query` of the "2"
    /// operations, so `get_balance`, which has no query, cannot use it.
    public static func apiKey(_ key: String) -> SMSCCredentials {
        SMSCCredentials(storage: .apiKey(key))
    }

    /// The login, or `nil` for an API key.
    public var login: String? {
        if case .password(let login, _) = storage { return login }
        return nil
    }

    public var description: String {
        switch storage {
        case .password: "SMSCCredentials(login: ***, password: ***)"
        case .apiKey: "SMSCCredentials(apiKey: ***)"
        }
    }

    public var debugDescription: String { description }
}

extension SMSCCredentials {
    /// Refuses a credential that no request could carry: checked once, when a client is made.
    func validate() throws(SMSCError) {
        let fields: [(String, String)]
        switch storage {
        case .password(let login, let password): fields = [("login", login), ("password", password)]
        case .apiKey(let key): fields = [("apiKey", key)]
        }
        for (field, value) in fields {
            if let violation = XMLCharacterViolation.first(in: value) {
                throw .validation(nil, field: field, rule: violation.description)
            }
        }
    }
}
